#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/pendingcall.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Glance {

class RateLimiter;
class RequestFactory;

// Internal to glance_api: carries every call of ApiClient from submission to its one delivery.
// Calls wait in a queue and leave it when the RateLimiter allows (a QTimer, never blocking), at
// most a few in flight at once; interactive calls leave before background ones, which also
// leave one connection and the limiter's reserve to them; answers are classified into values or
// ApiErrors (timeouts, TLS, redirects, 429 with retries for idempotent requests, OutcomeUnknown for
// lost answers of non-idempotent ones); cancellation and context death abort the network reply.
class CallDispatcher : public QObject
{
    Q_OBJECT

public:
    CallDispatcher(QNetworkAccessManager *network, RequestFactory *factory, RateLimiter *limiter,
                   QObject *parent = nullptr);
    ~CallDispatcher() override;

    void setMaxRateLimitRetries(int retries) { m_maxRateLimitRetries = retries; }

    // The handle is parented to `handleParent` (the client) and deleted later once finished.
    ApiCall *submit(const QString &operation, RequestSpec spec, QObject *context,
                    std::function<ApiError(const ServerAnswer &)> deliverValue,
                    std::function<void(const ApiError &)> deliverError, QObject *handleParent);

    int pendingCount() const { return int(m_queue.size() + m_inFlight.size()); }

    // Aborts everything without invoking a callback (the client is going away).
    void shutdown();

Q_SIGNALS:
    void callSucceeded();
    void callFailed(const Glance::ApiError &error);
    void rateLimitUpdated(int limit, int remaining, const QDateTime &reset);

private:
    using CallPtr = std::shared_ptr<PendingCall>;

    void onNetworkDestroyed();
    void schedulePump(qint64 delayMs = 0);
    void pump();
    void send(const CallPtr &call);
    void onRedirected(const CallPtr &call, const QUrl &target);
    void onReplyFinished(const CallPtr &call);
    // The limiter's entry of the call's attempt ends now; returns when it was sent (-1: none).
    qint64 releaseLimiterSlot(const CallPtr &call);
    void readRateLimitHeaders(QNetworkReply *reply, qint64 sentAtMs);
    // After a 429: true if the call was put back in the queue for an automatic retry.
    bool retryAfterRateLimit(const CallPtr &call, QNetworkReply *reply, ApiError &error);
    void cancel(const CallPtr &call, PendingCall::Abort reason);
    void detachReply(const CallPtr &call, bool abort);
    void settle(const CallPtr &call, const ApiError &error, std::optional<ServerAnswer> answer,
                bool queued);
    void deliver(const CallPtr &call, ApiError error, const std::optional<ServerAnswer> &answer);

    QPointer<QNetworkAccessManager> m_network;
    RequestFactory *m_factory;
    RateLimiter *m_limiter;
    int m_maxRateLimitRetries = 3;
    QList<CallPtr> m_queue; // waiting to be sent, oldest first
    QList<CallPtr> m_inFlight; // sent, no answer yet
    QTimer m_pumpTimer;
};

} // namespace Glance
