#include "api/ratelimiter.h"

#include "api/ratelimitheaders.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Glance {

namespace {

constexpr qint64 kSecondMs = 1000;
constexpr qint64 kMinuteMs = 60 * 1000;
// The server counts arrivals, the client counts sends: pad each window so that a request that
// arrives a little later than it left still falls outside the server's window when ours frees.
constexpr qint64 kSecondPaddingMs = 200;
constexpr qint64 kMinutePaddingMs = 1000;
// Never hold longer than one window on the word of a header (a bogus Reset must not freeze us).
constexpr qint64 kMaxHoldMs = kMinuteMs + kMinutePaddingMs;

// A few requests of headroom: other clients of the same key, clock differences.
int withMargin(int limit, int divisor)
{
    if (limit <= 0)
        return 0; // unlimited
    const int margin = std::max(1, limit / divisor);
    return std::max(1, limit - margin);
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
    const qint64 horizon = now() - (kMinuteMs + kMinutePaddingMs);
    while (!m_sends.empty() && m_sends.front() <= horizon)
        m_sends.pop_front();
}

int RateLimiter::effectivePerMinute() const
{
    return withMargin(m_limits.perMinute, 20); // 100 -> 95
}

int RateLimiter::effectivePerSecond() const
{
    return withMargin(m_limits.perSecond, 20); // 20 -> 19
}

qint64 RateLimiter::delayUntilNextMs() const
{
    prune();
    const qint64 t = now();
    qint64 delay = std::max<qint64>(0, m_holdUntilMs - t);

    // In a sliding-window log, the next request may go when the entry that makes the window
    // full has left it: with n sends in the window and a limit of L, that is the (n-L)th oldest.
    auto windowDelay = [&](int limit, qint64 windowMs) -> qint64 {
        if (limit <= 0)
            return 0;
        const auto firstInWindow = std::upper_bound(m_sends.cbegin(), m_sends.cend(), t - windowMs);
        const auto inWindow = std::distance(firstInWindow, m_sends.cend());
        if (inWindow < limit)
            return 0;
        const qint64 blocking = *(firstInWindow + (inWindow - limit));
        return std::max<qint64>(0, blocking + windowMs - t + 1);
    };
    delay = std::max(delay, windowDelay(effectivePerSecond(), kSecondMs + kSecondPaddingMs));
    delay = std::max(delay, windowDelay(effectivePerMinute(), kMinuteMs + kMinutePaddingMs));
    return delay;
}

void RateLimiter::recordSend()
{
    const qint64 t = now();
    // Keep the log sorted even if an injected clock steps backwards.
    m_sends.push_back(m_sends.empty() ? t : std::max(t, m_sends.back()));
    prune();
}

void RateLimiter::applyHeaders(int limit, int remaining, qint64 resetEpochSeconds,
                               QDateTime serverNow)
{
    if (!serverNow.isValid())
        serverNow = QDateTime::currentDateTimeUtc();

    const QDateTime reset = RateLimitHeaders::resetToTime(resetEpochSeconds, serverNow);

    // The server may know a lower limit than ours (never raise ours from a header).
    if (limit > 0 && (m_limits.perMinute <= 0 || limit < m_limits.perMinute))
        m_limits.perMinute = limit;

    if (remaining < 0)
        return;
    if (remaining == 0) {
        if (reset.isValid())
            holdUntil(reset, serverNow);
        else
            holdUntil(serverNow.addSecs(1), serverNow);
        return;
    }

    // The server counts fewer free requests than we do (another client of the same key, or
    // requests we do not know of): add placeholder sends that leave the window at Reset.
    const int perMinute = effectivePerMinute();
    if (perMinute <= 0)
        return;
    const int ourRemaining = perMinute - sentInLastMinute();
    const int deficit = std::min(ourRemaining - remaining, perMinute);
    if (deficit <= 0)
        return;
    const qint64 t = now();
    qint64 stamp = t;
    if (reset.isValid()) {
        const qint64 untilReset = std::clamp<qint64>(serverNow.msecsTo(reset), 0, kMinuteMs);
        stamp = t - (kMinuteMs + kMinutePaddingMs) + untilReset + kMinutePaddingMs;
    }
    stamp = std::min(stamp, t);
    const auto pos = std::upper_bound(m_sends.begin(), m_sends.end(), stamp);
    m_sends.insert(pos, std::size_t(deficit), stamp);
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
    const qint64 t = now();
    const auto first =
            std::upper_bound(m_sends.cbegin(), m_sends.cend(), t - (kMinuteMs + kMinutePaddingMs));
    return int(std::distance(first, m_sends.cend()));
}

} // namespace Glance
