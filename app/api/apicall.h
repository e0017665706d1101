#pragma once

#include <QObject>
#include <QString>

namespace Glance {

// Handle to one asynchronous client call. Owned by the ApiClient (deleted later once finished);
// hold it in a QPointer. cancel() makes the call deliver ApiError::Kind::Cancelled (once, queued)
// unless it has already delivered. A call whose context object dies is cancelled silently.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    explicit ApiCall(QString operation, QObject *parent = nullptr);
    ~ApiCall() override;

    QString operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    // Internal: the client listens to abort the network request and deliver Cancelled.
    void cancelRequested();
    // Emitted right after the callback ran (or would have, for a dead context).
    void finished();

private:
    friend class ApiClient;
    friend class ApiCallPrivate;
    friend class CallDispatcher;
    void markFinished();

    QString m_operation;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace Glance
