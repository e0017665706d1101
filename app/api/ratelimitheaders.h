#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <optional>

namespace Glance {

// What an answer says about the rate limit: X-RateLimit-Limit / -Remaining / -Reset and
// Retry-After, read tolerantly (Reset in Unix seconds, or milliseconds, or seconds from now;
// Retry-After in seconds or as an HTTP date). Pure logic over raw header pairs.
struct RateLimitHeaders
{
    std::optional<qint64> limit;
    std::optional<qint64> remaining;
    std::optional<qint64> reset;
    QByteArray retryAfter;

    // From QNetworkReply::rawHeaderPairs() (names compared case-insensitively).
    static RateLimitHeaders fromPairs(const QList<QPair<QByteArray, QByteArray>> &headers);

    bool hasRateLimitHeaders() const { return limit || remaining || reset; }
    // The Reset as a point in time (invalid without a usable Reset).
    QDateTime resetTime(const QDateTime &now) const;
    // Retry-After as a point in time (invalid without one).
    QDateTime retryAfterTime(const QDateTime &now) const;

    // After a 429: when the refused request may go again. Retry-After when given; else Reset
    // when Remaining is 0 or unknown (the window frees then); else the back-off for this retry
    // (1 s, 2 s, 4 s, ... capped at 8 s), which also caps a Reset that names a later moment
    // than the refusal needs.
    QDateTime retryTime(int retriesSoFar, const QDateTime &now) const;

    // Reset value -> time, by the tolerance above.
    static QDateTime resetToTime(qint64 reset, const QDateTime &now);
};

} // namespace Glance
