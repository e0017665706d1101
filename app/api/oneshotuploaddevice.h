#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Glance {

// The body of a non-idempotent request (POST create/adjust). It can be read once and never
// rewound: when QNetworkAccessManager tries to re-send the request on a new connection after
// the old one closed (which it does even for POST once the request was written), the rewind
// fails, QNAM gives up with ContentReSendError, and the client reports OutcomeUnknown instead of
// applying the change twice.
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUploadDevice(QByteArray data, QObject *parent = nullptr);
    ~OneShotUploadDevice() override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override;
    bool seek(qint64 pos) override;
    bool reset() override;

    bool wasRewindRefused() const { return m_rewindRefused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    bool m_started = false;
    bool m_rewindRefused = false;
};

} // namespace Glance
