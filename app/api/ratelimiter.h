#pragma once

#include "api/calloptions.h"

#include <QDateTime>

#include <deque>
#include <functional>
#include <map>

namespace Glance {

// Client-side throttle that models the server's windows exactly. REFERENCE.md documents the
// limits (100 requests a minute, bursts of 20 a second) and the X-RateLimit-* headers; the
// sandbox counts each accepted request in a sliding window of 60 s and one of 1 s from its
// arrival, and the model is that rule. Pure logic with an injectable clock; the dispatcher turns
// delayUntilNextMs() into a QTimer.
//
// Exact, and still safe, because of what each request is stamped with: a request counts from
// the moment it is sent, with no end while it is in flight, and from its answer on for one
// window measured from the answer. The server saw it no later than we saw its answer, so our
// window frees no earlier than the server's: no margin of requests is needed, and the first
// minute's burst and every later window are spent to the last request (a small padding covers
// clock-rate drift between two machines). X-RateLimit-Remaining/Reset correct the model when
// the server counted requests we did not send (another client of the same key).
//
// Priorities: background requests leave a reserve of each window (Limits::reservePerMinute,
// reservePerSecond) unused, so an interactive request finds room at once.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    // The documented limits. 0 (or less) switches that window off.
    struct Limits
    {
        int perMinute = 100;
        int perSecond = 20;
        // Of each window, kept free for interactive requests (at most a tenth of the limit).
        int reservePerMinute = 5;
        int reservePerSecond = 1;
    };

    static constexpr qint64 kMinuteMs = 60'000;
    static constexpr qint64 kSecondMs = 1'000;
    // Added to each window: clock-rate drift between client and server over one window, and
    // the servers' millisecond rounding.
    static constexpr qint64 kMinutePaddingMs = 20;
    static constexpr qint64 kSecondPaddingMs = 2;

    RateLimiter();
    explicit RateLimiter(Limits limits, Clock clock = {});

    Limits limits() const { return m_limits; }
    void setLimits(Limits limits);
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Milliseconds until one more request of `priority` may be sent (0: now). When only
    // requests still in flight block it, the answer of one of them frees it: the value is then
    // a fallback (one window), and the caller asks again after each answer.
    qint64 delayUntilNextMs(RequestPriority priority = RequestPriority::Interactive) const;
    // A request leaves now. Returns its ticket for recordAnswered().
    quint64 recordSend();
    // The request of `ticket` ended now (answer, error or abort): from here it counts for one
    // window. Returns the time it was sent (clock ms), or -1 for an unknown ticket.
    qint64 recordAnswered(quint64 ticket);

    // Corrections from an answer: X-RateLimit-Limit / -Remaining / -Reset (Unix seconds).
    // `serverNow` lets tests control wall-clock time (invalid: now). `sentAtMs` is when the
    // answered request was sent (clock ms, from recordAnswered; -1: now): the server's Remaining
    // is compared with what we had sent by then.
    void applyHeaders(int limit, int remaining, qint64 resetEpochSeconds, QDateTime serverNow = {},
                      qint64 sentAtMs = -1);
    // A 429 happened: hold everything until `until` (wall clock), at most one window.
    void holdUntil(const QDateTime &until, QDateTime now = {});

    // Requests counting in the minute window now: in flight, answered within it, placeholders.
    int sentInLastMinute() const;
    int inFlight() const { return int(m_inFlight.size()); }

    // What a request of `priority` may use of each window: the limit, less the reserve for
    // background requests.
    int effectivePerMinute(RequestPriority priority = RequestPriority::Interactive) const;
    int effectivePerSecond(RequestPriority priority = RequestPriority::Interactive) const;

private:
    qint64 now() const;
    void prune() const;
    int countSince(qint64 horizonMs) const;
    qint64 windowDelay(int allowed, qint64 windowMs, qint64 t) const;

    Limits m_limits;
    Clock m_clock;
    // Answered requests and placeholders, by the time their window starts (ms), oldest first.
    mutable std::deque<qint64> m_counted;
    std::map<quint64, qint64> m_inFlight; // ticket -> send time
    quint64 m_nextTicket = 1;
    qint64 m_holdUntilMs = 0; // in clock time
};

} // namespace Glance
