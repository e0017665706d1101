#pragma once

// The reply of FakeNetworkAccessManager (fakenetwork.h): answered, failed or held by the script.

#include "fakerequest.h"
#include "fakeresponse.h"

#include <QNetworkReply>

namespace Glance::Test {

class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const FakeRequest &request, QObject *parent);
    ~FakeReply() override;

    const FakeRequest &fakeRequest() const { return m_request; }

    // Answers (queued). False when the reply was answered or aborted already.
    bool respond(const FakeResponse &response);
    // Ends with a network error (queued), e.g. RemoteHostClosedError (the connection dropped
    // after the request was sent) or ConnectionRefusedError (nothing was sent).
    bool fail(NetworkError code, const QString &text = {});
    // The client's transfer timeout fires now: ends as Qt does then (OperationCanceledError).
    bool timeOut();
    // Not answered, failed or aborted yet.
    bool isHeld() const { return !m_answered && !isFinished(); }
    bool wasAborted() const { return m_aborted; }

    void abort() override;
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void emitRequestSent();
    void deliver(const FakeResponse &response);
    void finishWithError(NetworkError code, const QString &text);

    FakeRequest m_request;
    QByteArray m_buffer;
    qsizetype m_read = 0;
    bool m_answered = false;
    bool m_aborted = false;
    bool m_sentEmitted = false;
};

} // namespace Glance::Test
