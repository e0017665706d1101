#include "ratelimiter.h"

#include <algorithm>

namespace Glance::Sandbox {

namespace {

constexpr qint64 minuteMs = 60000;
constexpr qint64 secondMs = 1000;

qint64 ceilSeconds(qint64 ms)
{
    return (ms + 999) / 1000;
}

} // namespace

RateLimiter::RateLimiter(int perMinute, int perSecond)
    : m_perMinute(qMax(1, perMinute))
    , m_perSecond(qMax(1, perSecond))
{
}

RateLimiter::Decision RateLimiter::check(const QString &key, qint64 nowMs)
{
    return evaluate(m_logs[key], nowMs, true);
}

RateLimiter::Decision RateLimiter::peek(const QString &key, qint64 nowMs)
{
    auto it = m_logs.find(key);
    if (it == m_logs.end()) {
        std::deque<qint64> empty;
        return evaluate(empty, nowMs, false);
    }
    return evaluate(*it, nowMs, false);
}

void RateLimiter::clear()
{
    m_logs.clear();
}

RateLimiter::Decision RateLimiter::evaluate(std::deque<qint64> &log, qint64 nowMs, bool count)
{
    while (!log.empty() && log.front() <= nowMs - minuteMs)
        log.pop_front();

    // Entries of the last second are at the back (the log is in time order).
    const auto firstInSecond = std::upper_bound(log.begin(), log.end(), nowMs - secondMs);
    const qsizetype inSecond = qsizetype(std::distance(firstInSecond, log.end()));
    const qsizetype inMinute = qsizetype(log.size());

    Decision decision;
    decision.limit = m_perMinute;
    if (count && (inMinute >= m_perMinute || inSecond >= m_perSecond)) {
        decision.allowed = false;
        decision.remaining = int(qMax<qsizetype>(0, m_perMinute - inMinute));
        qint64 freeAtMs = 0;
        if (inMinute >= m_perMinute) {
            // The oldest counted request must leave the 60 s window.
            freeAtMs = log.at(std::size_t(inMinute - m_perMinute)) + minuteMs;
        } else {
            // The 1 s window blocks: wait until enough of its entries leave it.
            freeAtMs = *(firstInSecond + (inSecond - m_perSecond)) + secondMs;
        }
        decision.resetSeconds = ceilSeconds(freeAtMs);
        decision.retryAfterSeconds = int(qMax<qint64>(1, ceilSeconds(freeAtMs - nowMs)));
        return decision;
    }
    if (count)
        log.push_back(nowMs);
    decision.remaining = int(qMax<qsizetype>(0, m_perMinute - qsizetype(log.size())));
    decision.resetSeconds = log.empty() ? ceilSeconds(nowMs) : ceilSeconds(log.front() + minuteMs);
    return decision;
}

} // namespace Glance::Sandbox
