#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>

#include <chrono>
#include <deque>
#include <functional>

namespace Glance {

// Client-side throttle: a sliding-window log for the per-minute and per-second limits
// (documented: 100/minute, bursts of 20/second), corrected by X-RateLimit-* headers.
// Pure logic with an injectable clock; ApiClient turns delayUntilNextMs() into a QTimer.
// Safety margins: each limit less 5 % (at least one request), and each window a little longer
// than the server's (1.2 s and 61 s), since the server counts arrivals, not sends.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic enough for windows

    // The documented limits. 0 (or less) switches that window off.
    struct Limits
    {
        int perMinute = 100;
        int perSecond = 20;
    };

    RateLimiter();
    explicit RateLimiter(Limits limits, Clock clock = {});

    Limits limits() const { return m_limits; }
    void setLimits(Limits limits);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Milliseconds until one more request may be sent (0: now).
    qint64 delayUntilNextMs() const;
    // Records that a request was sent now.
    void recordSend();

    // Corrections from a response: X-RateLimit-Limit / -Remaining / -Reset (Unix seconds).
    // `serverNow` lets tests control wall-clock time; invalid means QDateTime::currentDateTimeUtc.
    void applyHeaders(int limit, int remaining, qint64 resetEpochSeconds, QDateTime serverNow = {});
    // A 429 happened: hold everything until `until` (wall clock).
    void holdUntil(const QDateTime &until, QDateTime now = {});

    // Sends the limiter counts in its (padded) minute window, placeholders included.
    int sentInLastMinute() const;

    // What the limiter actually allows: the limits less a safety margin of 5 % (at least one).
    int effectivePerMinute() const;
    int effectivePerSecond() const;

private:
    qint64 now() const;
    void prune() const;

    Limits m_limits;
    Clock m_clock;
    mutable std::deque<qint64> m_sends; // send times (ms), oldest first
    qint64 m_holdUntilMs = 0; // in clock time
};

} // namespace Glance
