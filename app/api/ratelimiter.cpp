#include "api/ratelimiter.h"

#include "api/ratelimitheaders.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Glance {

namespace {

constexpr qint64 kMinuteSpanMs = RateLimiter::kMinuteMs + RateLimiter::kMinutePaddingMs;
constexpr qint64 kSecondSpanMs = RateLimiter::kSecondMs + RateLimiter::kSecondPaddingMs;
// Never hold longer than one window on the word of a header (a bogus Reset must not freeze us).
constexpr qint64 kMaxHoldMs = kMinuteSpanMs;

// The reserve actually kept: at most a tenth of the limit, so that tiny limits still let
// background requests through.
int reserveOf(int limit, int reserve)
{
    if (limit <= 0)
        return 0;
    return std::clamp(reserve, 0, limit / 10);
}

qint64 monotonicNowMs()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    // Start above zero so that "0" can mean "never" in the members.
    return timer.elapsed() + 1;
}

} // namespace

RateLimiter::RateLimiter()
    : RateLimiter(Limits())
{
}

RateLimiter::RateLimiter(Limits limits, Clock clock)
    : m_limits(limits)
    , m_clock(std::move(clock))
{
}

void RateLimiter::setLimits(Limits limits)
{
    m_limits = limits;
}

qint64 RateLimiter::now() const
{
    return m_clock ? m_clock() : monotonicNowMs();
}

void RateLimiter::prune() const
{
    // Two windows: applyHeaders() counts from a window before the answered request was sent.
    const qint64 horizon = now() - 2 * kMinuteSpanMs;
    while (!m_counted.empty() && m_counted.front() <= horizon)
        m_counted.pop_front();
}

int RateLimiter::countSince(qint64 horizonMs) const
{
    const auto first = std::upper_bound(m_counted.cbegin(), m_counted.cend(), horizonMs);
    return int(m_inFlight.size()) + int(std::distance(first, m_counted.cend()));
}

int RateLimiter::effectivePerMinute(RequestPriority priority) const
{
    if (m_limits.perMinute <= 0)
        return 0; // unlimited
    return priority == RequestPriority::Background
            ? m_limits.perMinute - reserveOf(m_limits.perMinute, m_limits.reservePerMinute)
            : m_limits.perMinute;
}

int RateLimiter::effectivePerSecond(RequestPriority priority) const
{
    if (m_limits.perSecond <= 0)
        return 0;
    return priority == RequestPriority::Background
            ? m_limits.perSecond - reserveOf(m_limits.perSecond, m_limits.reservePerSecond)
            : m_limits.perSecond;
}

// A sliding-window log allows one more request when fewer than `allowed` count in the window;
// else when enough answered entries have left it: with n counting, the (n - allowed + 1)th
// oldest answered one. Entries in flight never leave before their answer.
qint64 RateLimiter::windowDelay(int allowed, qint64 spanMs, qint64 t) const
{
    if (allowed <= 0)
        return 0;
    const auto first = std::upper_bound(m_counted.cbegin(), m_counted.cend(), t - spanMs);
    const qint64 answered = std::distance(first, m_counted.cend());
    const qint64 counting = answered + qint64(m_inFlight.size());
    if (counting < allowed)
        return 0;
    const qint64 mustLeave = counting - allowed + 1;
    if (mustLeave > answered)
        return spanMs; // only an answer can free it
    const qint64 blocking = *(first + (mustLeave - 1));
    return std::max<qint64>(1, blocking + spanMs - t);
}

qint64 RateLimiter::delayUntilNextMs(RequestPriority priority) const
{
    prune();
    const qint64 t = now();
    qint64 delay = std::max<qint64>(0, m_holdUntilMs - t);
    delay = std::max(delay, windowDelay(effectivePerSecond(priority), kSecondSpanMs, t));
    delay = std::max(delay, windowDelay(effectivePerMinute(priority), kMinuteSpanMs, t));
    return delay;
}

quint64 RateLimiter::recordSend()
{
    const quint64 ticket = m_nextTicket++;
    m_inFlight.emplace(ticket, now());
    return ticket;
}

qint64 RateLimiter::recordAnswered(quint64 ticket)
{
    const auto it = m_inFlight.find(ticket);
    if (it == m_inFlight.end())
        return -1;
    const qint64 sentAt = it->second;
    m_inFlight.erase(it);
    const qint64 t = std::max(now(), m_counted.empty() ? 0 : m_counted.back());
    m_counted.push_back(t); // answers arrive in time order; the log stays sorted
    prune();
    return sentAt;
}

void RateLimiter::applyHeaders(int limit, int remaining, qint64 resetEpochSeconds,
                               QDateTime serverNow, qint64 sentAtMs)
{
    if (!serverNow.isValid())
        serverNow = QDateTime::currentDateTimeUtc();

    // The server may know a lower limit than ours (never raise ours from a header).
    if (limit > 0 && (m_limits.perMinute <= 0 || limit < m_limits.perMinute))
        m_limits.perMinute = limit;
    if (remaining < 0 || m_limits.perMinute <= 0)
        return;

    const QDateTime reset = RateLimitHeaders::resetToTime(resetEpochSeconds, serverNow);
    if (remaining == 0 && !reset.isValid()) {
        holdUntil(serverNow.addSecs(1), serverNow); // exhausted, no idea until when
        return;
    }

    // The server counted the answered request among the arrivals of the 60 s before it; each of
    // ours among them is in flight or was answered after it was sent: what we count since
    // `sentAtMs - 60 s` covers every one of ours the server counts. Fewer left on the server
    // than by our count: someone else used the key. Placeholders for the difference leave at
    // Reset (when the server's oldest entry leaves), or after a whole window without one.
    prune();
    const qint64 t = now();
    const qint64 sentAt = sentAtMs >= 0 ? std::min(sentAtMs, t) : t;
    const int ourRemaining = m_limits.perMinute - countSince(sentAt - kMinuteMs);
    const int deficit = std::min(ourRemaining - remaining, m_limits.perMinute);
    if (deficit <= 0)
        return;
    qint64 stamp = t;
    if (reset.isValid()) {
        const qint64 untilReset = std::clamp<qint64>(serverNow.msecsTo(reset), 0, kMinuteMs);
        stamp = std::min(t, t + untilReset - kMinuteSpanMs);
    }
    const auto pos = std::upper_bound(m_counted.begin(), m_counted.end(), stamp);
    m_counted.insert(pos, std::size_t(deficit), stamp);
}

void RateLimiter::holdUntil(const QDateTime &until, QDateTime now)
{
    if (!until.isValid())
        return;
    if (!now.isValid())
        now = QDateTime::currentDateTimeUtc();
    const qint64 ms = std::clamp<qint64>(now.msecsTo(until), 0, kMaxHoldMs);
    m_holdUntilMs = std::max(m_holdUntilMs, this->now() + ms);
}

int RateLimiter::sentInLastMinute() const
{
    prune();
    return countSince(now() - kMinuteSpanMs);
}

} // namespace Glance
