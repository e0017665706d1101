#include "api/ratelimitheaders.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Glance {

namespace {

constexpr qint64 kFirstBackoffMs = 1000;
constexpr qint64 kMaxBackoffMs = 8000;
// Reset has a resolution of one second: retry a little after it.
constexpr qint64 kResetPaddingMs = 250;

std::optional<qint64> number(const QByteArray &text)
{
    const QByteArray value = text.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (ok)
        return n;
    const double d = value.toDouble(&ok);
    // "1e300" or "inf" from a broken proxy: not a number of requests or seconds.
    if (!ok || !std::isfinite(d) || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return qint64(d);
}

} // namespace

RateLimitHeaders RateLimitHeaders::fromPairs(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    RateLimitHeaders out;
    for (const auto &[name, value] : headers) {
        if (name.compare("X-RateLimit-Limit", Qt::CaseInsensitive) == 0)
            out.limit = number(value);
        else if (name.compare("X-RateLimit-Remaining", Qt::CaseInsensitive) == 0)
            out.remaining = number(value);
        else if (name.compare("X-RateLimit-Reset", Qt::CaseInsensitive) == 0)
            out.reset = number(value);
        else if (name.compare("Retry-After", Qt::CaseInsensitive) == 0)
            out.retryAfter = value.trimmed();
    }
    return out;
}

QDateTime RateLimitHeaders::resetToTime(qint64 reset, const QDateTime &now)
{
    if (reset > 100'000'000'000LL) // milliseconds
        return QDateTime::fromMSecsSinceEpoch(reset, QTimeZone::utc());
    if (reset > 0 && reset < 1'000'000'000LL) // seconds from now
        return now.addSecs(reset);
    if (reset > 0)
        return QDateTime::fromSecsSinceEpoch(reset, QTimeZone::utc());
    return {};
}

QDateTime RateLimitHeaders::resetTime(const QDateTime &now) const
{
    return reset ? resetToTime(*reset, now) : QDateTime();
}

QDateTime RateLimitHeaders::retryAfterTime(const QDateTime &now) const
{
    if (retryAfter.isEmpty())
        return {};
    bool ok = false;
    const qint64 seconds = retryAfter.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? now.addSecs(seconds) : QDateTime();
    return QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date).toUTC();
}

QDateTime RateLimitHeaders::retryTime(int retriesSoFar, const QDateTime &now) const
{
    const qint64 backoffMs =
            std::min(kMaxBackoffMs, kFirstBackoffMs << std::clamp(retriesSoFar, 0, 10));
    QDateTime at = retryAfterTime(now);
    if (!at.isValid()) {
        at = resetTime(now);
        if (at.isValid()) {
            at = at.addMSecs(kResetPaddingMs);
            if (remaining.value_or(0) > 0)
                at = std::min(at, now.addMSecs(backoffMs));
        }
    }
    if (!at.isValid() || at <= now)
        at = now.addMSecs(backoffMs);
    return at;
}

} // namespace Glance
