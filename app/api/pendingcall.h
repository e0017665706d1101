#pragma once

// Internal to glance_api: one call as the dispatcher carries it from submission to delivery.

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/calloptions.h"
#include "api/requestfactory.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace Glance {

struct RequestSpec
{
    QByteArray method = QByteArrayLiteral("GET");
    QStringList path; // raw segments, encoded by RequestFactory
    RequestFactory::QueryItems query;
    QByteArray body; // JSON, sent when hasBody
    bool hasBody = false;
    // GET, PUT of absolute values and DELETE may be retried after a 429; POST create/adjust not,
    // and their lost answers become OutcomeUnknown.
    bool idempotent = true;
    // Error statuses the decoder turns into a value (GET /warehouses: 403/404 -> unavailable).
    QList<int> valueStatuses;
    // Set by the caller (CallOptions): its place in the queue and its share of the rate limit.
    RequestPriority priority = RequestPriority::Interactive;
};

// What the server answered, for the decoder.
struct ServerAnswer
{
    int status = 0;
    QByteArray body;
};

struct PendingCall
{
    enum class State { Queued, InFlight, Settled };
    enum class Abort { None, User, Context, Redirect, TooLarge };

    QPointer<ApiCall> handle;
    RequestSpec spec;
    QUrl url;
    QPointer<QObject> context;
    bool hasContext = false;

    // Decodes the answer and, on success, runs the callback with the value; returns the decode
    // error instead (without running the callback).
    std::function<ApiError(const ServerAnswer &)> deliverValue;
    std::function<void(const ApiError &)> deliverError;

    State state = State::Queued;
    Abort abort = Abort::None;
    QPointer<QNetworkReply> reply;
    int attempts = 0; // sends so far
    int rateLimitRetries = 0; // automatic retries after 429 so far
    quint64 limiterTicket = 0; // this attempt's entry in the RateLimiter until it ends (0: none)
    bool requestSent = false; // this attempt's bytes left (QNetworkReply::requestSent)
    QString tlsDetail; // the certificate errors, when there were any
    QUrl blockedRedirect; // where a refused redirect pointed
    QElapsedTimer elapsed;

    bool contextGone() const { return hasContext && context.isNull(); }
};

} // namespace Glance
