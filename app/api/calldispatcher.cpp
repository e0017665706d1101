#include "api/calldispatcher.h"

#include "api/logging.h"
#include "api/oneshotuploaddevice.h"
#include "api/ratelimiter.h"
#include "api/ratelimitheaders.h"
#include "api/replyerrors.h"
#include "api/requestfactory.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

#include <algorithm>
#include <utility>

namespace Glance {

namespace {

constexpr qint64 kMaxBodyBytes = 32 * 1024 * 1024;

// QNetworkAccessManager opens at most six connections per host; more in flight would wait
// inside QNAM, out of the rate limiter's sight. Background calls leave one to interactive ones.
constexpr int kMaxInFlight = 6;
constexpr int kMaxBackgroundInFlight = kMaxInFlight - 1;
// An automatic retry waits at most this long; beyond, the caller gets RateLimited (retryAt).
constexpr qint64 kMaxRetryWaitMs = 30'000;

} // namespace

CallDispatcher::CallDispatcher(QNetworkAccessManager *network, RequestFactory *factory,
                               RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_factory(factory)
    , m_limiter(limiter)
{
    m_pumpTimer.setSingleShot(true);
    // A coarse timer may fire 5 % late: 3 s of a minute's wait, lost on every window.
    m_pumpTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pumpTimer, &QTimer::timeout, this, &CallDispatcher::pump);
    if (network) {
        connect(network, &QObject::destroyed, this, &CallDispatcher::onNetworkDestroyed);
    }
}

CallDispatcher::~CallDispatcher()
{
    shutdown();
}

ApiCall *CallDispatcher::submit(const QString &operation, RequestSpec spec, QObject *context,
                                std::function<ApiError(const ServerAnswer &)> deliverValue,
                                std::function<void(const ApiError &)> deliverError,
                                QObject *handleParent)
{
    auto call = std::make_shared<PendingCall>();
    auto *handle = new ApiCall(operation, handleParent);
    call->handle = handle;
    call->context = context;
    call->hasContext = context != nullptr;
    call->url = m_factory->url(spec.path, spec.query);
    call->spec = std::move(spec);
    call->deliverValue = std::move(deliverValue);
    call->deliverError = std::move(deliverError);

    const std::weak_ptr<PendingCall> weak = call;
    connect(handle, &ApiCall::cancelRequested, this, [this, weak] {
        if (const CallPtr c = weak.lock())
            cancel(c, PendingCall::Abort::User);
    });
    if (context) {
        connect(context, &QObject::destroyed, handle, [this, weak] {
            if (const CallPtr c = weak.lock())
                cancel(c, PendingCall::Abort::Context);
        });
    }

    // Refused before anything is sent: no key, no valid URL, plain HTTP to another host.
    const ApiError refused = m_factory->check(call->url);
    if (refused.isError()) {
        qCInfo(lcApi).noquote() << operation
                                << "refused before sending:" << redact(refused.toLogString());
        settle(call, refused, std::nullopt, true);
        return handle;
    }

    m_queue.append(call);
    schedulePump();
    return handle;
}

void CallDispatcher::shutdown()
{
    m_pumpTimer.stop();
    const QList<CallPtr> calls = m_inFlight + m_queue;
    m_queue.clear();
    m_inFlight.clear();
    for (const CallPtr &call : calls) {
        call->state = PendingCall::State::Settled;
        detachReply(call, true);
        // Every call still ends with a callback (a window must never wait forever on a client
        // that was replaced, e.g. after signing in again), from the event loop, on its context.
        QObject *target = call->hasContext ? call->context.data() : QCoreApplication::instance();
        if (!target)
            continue;
        QMetaObject::invokeMethod(
                target,
                [call] {
                    if (!call->contextGone())
                        call->deliverError(ApiError(ApiError::Kind::Cancelled,
                                                    QStringLiteral("the client was closed")));
                    if (call->handle)
                        call->handle->markFinished();
                },
                Qt::QueuedConnection);
    }
}

void CallDispatcher::onNetworkDestroyed()
{
    // The manager deletes its replies itself; no call may wait for a reply that never ends.
    const QList<CallPtr> calls = m_inFlight + m_queue;
    for (const CallPtr &call : calls) {
        if (QNetworkReply *reply = call->reply) {
            disconnect(reply, nullptr, this, nullptr);
            call->reply = nullptr;
        }
        settle(call,
               ApiError(ApiError::Kind::Network,
                        QStringLiteral("the QNetworkAccessManager was destroyed")),
               std::nullopt, true);
    }
}

void CallDispatcher::schedulePump(qint64 delayMs)
{
    // Never send from inside a call: pump() runs from the event loop.
    if (m_pumpTimer.isActive() && m_pumpTimer.remainingTime() <= delayMs)
        return;
    m_pumpTimer.start(int(std::clamp<qint64>(delayMs, 0, 120'000)));
}

void CallDispatcher::pump()
{
    while (!m_queue.isEmpty()) {
        // The oldest interactive call first; background calls only when none waits (a waiting
        // interactive call that may not go yet holds the background ones back too).
        const auto interactive =
                std::find_if(m_queue.cbegin(), m_queue.cend(), [](const CallPtr &call) {
                    return call->spec.priority == RequestPriority::Interactive;
                });
        const bool isInteractive = interactive != m_queue.cend();
        const qsizetype index = isInteractive ? qsizetype(interactive - m_queue.cbegin()) : 0;
        const RequestPriority priority =
                isInteractive ? RequestPriority::Interactive : RequestPriority::Background;
        if (m_inFlight.size() >= (isInteractive ? kMaxInFlight : kMaxBackgroundInFlight))
            return; // an answer pumps again
        const qint64 delay = m_limiter->delayUntilNextMs(priority);
        if (delay > 0) {
            schedulePump(delay);
            return;
        }
        send(m_queue.takeAt(index));
    }
}

void CallDispatcher::send(const CallPtr &call)
{
    if (!m_network) {
        settle(call,
               ApiError(ApiError::Kind::Configuration, QStringLiteral("no QNetworkAccessManager")),
               std::nullopt, false);
        return;
    }
    const RequestSpec &spec = call->spec;
    const QNetworkRequest request = m_factory->request(call->url, spec.hasBody);
    QNetworkReply *reply = nullptr;
    if (spec.method == "GET") {
        reply = m_network->get(request);
    } else if (spec.hasBody && !spec.idempotent) {
        auto *body = new OneShotUploadDevice(spec.body);
        reply = m_network->sendCustomRequest(request, spec.method, body);
        body->setParent(reply);
    } else if (spec.hasBody) {
        reply = m_network->sendCustomRequest(request, spec.method, spec.body);
    } else {
        reply = m_network->sendCustomRequest(request, spec.method);
    }
    call->limiterTicket = m_limiter->recordSend();
    call->reply = reply;
    call->state = PendingCall::State::InFlight;
    call->requestSent = false;
    call->tlsDetail.clear();
    ++call->attempts;
    call->elapsed.start();
    m_inFlight.append(call);

    connect(reply, &QNetworkReply::requestSent, this, [call] { call->requestSent = true; });
    connect(reply, &QNetworkReply::uploadProgress, this, [call](qint64 sent, qint64) {
        if (sent > 0)
            call->requestSent = true;
    });
    // A body larger than any answer of Glance's (a page of 100 records is ~30 KB) is not read
    // into memory: a misbehaving server or proxy cannot exhaust it.
    connect(reply, &QNetworkReply::downloadProgress, this, [call](qint64 received, qint64 total) {
        if ((received > kMaxBodyBytes || total > kMaxBodyBytes) && call->reply
            && call->abort == PendingCall::Abort::None) {
            call->abort = PendingCall::Abort::TooLarge;
            call->reply->abort(); // finished() follows
        }
    });
    connect(reply, &QNetworkReply::redirected, this,
            [this, call](const QUrl &target) { onRedirected(call, target); });
#ifndef QT_NO_SSL
    // Recorded for the error detail; the handshake fails because nothing ignores them.
    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        call->tlsDetail = texts.join(QStringLiteral("; "));
    });
#endif
    connect(reply, &QNetworkReply::finished, this, [this, call] { onReplyFinished(call); });
}

void CallDispatcher::onRedirected(const CallPtr &call, const QUrl &target)
{
    QNetworkReply *reply = call->reply;
    if (!reply)
        return;
    const QUrl resolved = call->url.resolved(target);
    if (m_factory->isSameOrigin(resolved) && !m_factory->check(resolved).isError()) {
        qCDebug(lcApi).noquote() << "following same-origin redirect to" << redactedUrl(resolved);
        Q_EMIT reply->redirectAllowed();
        return;
    }
    qCWarning(lcApi).noquote() << "blocked redirect of" << redactedUrl(call->url)
                               << "to another origin:" << resolved.scheme() << resolved.host()
                               << resolved.port();
    call->abort = PendingCall::Abort::Redirect;
    call->blockedRedirect = resolved;
    reply->abort(); // finished() follows synchronously
}

void CallDispatcher::onReplyFinished(const CallPtr &call)
{
    QNetworkReply *reply = call->reply;
    if (!reply || call->state == PendingCall::State::Settled)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError networkError = reply->error();
    const RequestSpec &spec = call->spec;

    if (lcApi().isDebugEnabled()) {
        QString line = QStringLiteral("%1 %2 -> %3 in %4 ms")
                               .arg(QString::fromLatin1(spec.method), redactedUrl(call->url))
                               .arg(status)
                               .arg(call->elapsed.elapsed());
        if (networkError != QNetworkReply::NoError)
            line += QStringLiteral(" (network error %1)").arg(int(networkError));
        if (call->attempts > 1)
            line += QStringLiteral(" (attempt %1)").arg(call->attempts);
        qCDebug(lcApi).noquote() << line;
    }
    // The server saw the request by now at the latest: its window runs from here.
    const qint64 sentAtMs = releaseLimiterSlot(call);
    if (status > 0)
        readRateLimitHeaders(reply, sentAtMs);

    ApiError error;
    std::optional<ServerAnswer> answer;
    if (call->abort == PendingCall::Abort::TooLarge) {
        // Whatever the server did, its answer is not readable: for a change, as lost.
        error = ReplyErrors::unreadableAnswer(
                status, spec.idempotent,
                QStringLiteral("answer larger than %1 bytes").arg(kMaxBodyBytes));
    } else if (call->abort == PendingCall::Abort::Redirect) {
        error = ApiError(ApiError::Kind::RedirectBlocked,
                         QStringLiteral("redirect to %1://%2:%3 refused")
                                 .arg(call->blockedRedirect.scheme(), call->blockedRedirect.host())
                                 .arg(call->blockedRedirect.port()));
    } else if (status == 429) {
        error = ApiError::fromHttpResponse(status, body);
        if (retryAfterRateLimit(call, reply, error))
            return;
    } else if ((status >= 200 && status < 300 && networkError == QNetworkReply::NoError)
               || (status > 0 && spec.valueStatuses.contains(status))) {
        answer = ServerAnswer {status, body};
    } else if (status >= 200 && status < 300
               && networkError != QNetworkReply::OperationCanceledError
               && networkError != QNetworkReply::TimeoutError) {
        // The headers arrived, the body did not (all of it).
        error = ReplyErrors::unreadableAnswer(status, spec.idempotent,
                                              QStringLiteral("incomplete body: %1 bytes, then %2")
                                                      .arg(body.size())
                                                      .arg(reply->errorString()));
    } else if (status >= 300) {
        error = ReplyErrors::serverError(status, body, spec.idempotent);
    } else {
        error = ReplyErrors::noAnswer({.code = networkError,
                                       .errorString = reply->errorString(),
                                       .idempotent = spec.idempotent,
                                       .requestSent = call->requestSent,
                                       .tlsDetail = call->tlsDetail,
                                       .networkGone = !m_network});
    }
    // The callback runs from inside the reply's own code (finished(), e.g. from its transfer
    // timeout). A receiver may run an event loop there, and since Qt 6.7 such a loop carries out
    // deferred deletes posted before it: the reply is deleted only after the callback returned.
    call->reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    const QPointer<QNetworkReply> finishedReply(reply);
    settle(call, error, std::move(answer), false);
    if (finishedReply)
        finishedReply->deleteLater();
}

qint64 CallDispatcher::releaseLimiterSlot(const CallPtr &call)
{
    const quint64 ticket = std::exchange(call->limiterTicket, 0);
    return ticket ? m_limiter->recordAnswered(ticket) : -1;
}

void CallDispatcher::readRateLimitHeaders(QNetworkReply *reply, qint64 sentAtMs)
{
    const RateLimitHeaders headers = RateLimitHeaders::fromPairs(reply->rawHeaderPairs());
    if (!headers.hasRateLimitHeaders())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_limiter->applyHeaders(int(headers.limit.value_or(0)), int(headers.remaining.value_or(-1)),
                            headers.reset.value_or(0), now, sentAtMs);
    Q_EMIT rateLimitUpdated(int(headers.limit.value_or(-1)), int(headers.remaining.value_or(-1)),
                            headers.resetTime(now));
}

bool CallDispatcher::retryAfterRateLimit(const CallPtr &call, QNetworkReply *reply, ApiError &error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime retryAt = RateLimitHeaders::fromPairs(reply->rawHeaderPairs())
                                      .retryTime(call->rateLimitRetries, now);
    m_limiter->holdUntil(retryAt, now);

    const bool mayRetry = call->spec.idempotent && call->rateLimitRetries < m_maxRateLimitRetries
            && now.msecsTo(retryAt) <= kMaxRetryWaitMs;
    if (!mayRetry) {
        ApiError limited(ApiError::Kind::RateLimited,
                         QStringLiteral("after %1 automatic retries").arg(call->rateLimitRetries));
        limited.setHttpStatus(429);
        limited.setServerCode(error.serverCode());
        limited.setServerMessage(error.serverMessage());
        limited.setRetryAt(retryAt);
        error = limited;
        return false;
    }
    ++call->rateLimitRetries;
    qCInfo(lcApi).noquote() << "429 on" << redactedUrl(call->url) << "- retry"
                            << call->rateLimitRetries << "in" << now.msecsTo(retryAt) << "ms";
    detachReply(call, false);
    m_inFlight.removeOne(call);
    call->state = PendingCall::State::Queued;
    m_queue.prepend(call);
    schedulePump(m_limiter->delayUntilNextMs(call->spec.priority));
    return true;
}

void CallDispatcher::cancel(const CallPtr &call, PendingCall::Abort reason)
{
    if (call->state == PendingCall::State::Settled)
        return;
    call->abort = reason;
    if (reason == PendingCall::Abort::User && call->handle)
        call->handle->m_cancelled = true;
    detachReply(call, true);
    if (reason == PendingCall::Abort::User) {
        settle(call, ApiError(ApiError::Kind::Cancelled, QStringLiteral("cancelled by the caller")),
               std::nullopt, true);
    } else {
        // The context is gone: no callback; the handle still finishes.
        qCDebug(lcApi).noquote() << redactedUrl(call->url) << "aborted: its context was destroyed";
        settle(call, ApiError(ApiError::Kind::Cancelled, QStringLiteral("context destroyed")),
               std::nullopt, false);
    }
}

void CallDispatcher::detachReply(const CallPtr &call, bool abort)
{
    // An aborted request reached the server by now, if at all.
    releaseLimiterSlot(call);
    QNetworkReply *reply = call->reply;
    call->reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (abort && reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void CallDispatcher::settle(const CallPtr &call, const ApiError &error,
                            std::optional<ServerAnswer> answer, bool queued)
{
    if (call->state == PendingCall::State::Settled)
        return;
    call->state = PendingCall::State::Settled;
    detachReply(call, true);
    m_queue.removeOne(call);
    m_inFlight.removeOne(call);
    if (!m_queue.isEmpty())
        schedulePump();

    if (queued) {
        QMetaObject::invokeMethod(
                this, [this, call, error, answer] { deliver(call, error, answer); },
                Qt::QueuedConnection);
    } else {
        deliver(call, error, answer);
    }
}

void CallDispatcher::deliver(const CallPtr &call, ApiError error,
                             const std::optional<ServerAnswer> &answer)
{
    const QPointer<ApiCall> handle = call->handle;
    if (call->contextGone() || call->abort == PendingCall::Abort::Context) {
        if (handle)
            handle->markFinished();
        return;
    }
    const QPointer<CallDispatcher> self(this);
    const QString operation = handle ? handle->operation() : QString();
    if (answer) {
        error = call->deliverValue(*answer); // runs the callback when the value decodes
        if (error.isError()) {
            if (error.httpStatus() == 0)
                error.setHttpStatus(answer->status);
            if (!call->spec.idempotent) {
                // Applied (2xx), but the answer is unreadable: same advice as a lost answer.
                ApiError unknown(ApiError::Kind::OutcomeUnknown, error.detail());
                unknown.setHttpStatus(answer->status);
                error = unknown;
            }
        }
    }
    if (error.isError()) {
        error.setWriteRequest(call->spec.method != QByteArrayLiteral("GET"));
        qCInfo(lcApi).noquote() << operation << "failed:" << redact(error.toLogString());
        call->deliverError(error);
    }
    // The callback may have destroyed the client, and this dispatcher with it.
    if (!self)
        return;
    // A cancelled call says nothing about the connection: no status signal.
    if (!error.isError())
        Q_EMIT callSucceeded();
    else if (error.kind() != ApiError::Kind::Cancelled)
        Q_EMIT callFailed(error);
    if (handle)
        handle->markFinished();
}

} // namespace Glance
