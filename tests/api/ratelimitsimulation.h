#pragma once

// A fake-clock model of a client that sends through a RateLimiter to a server that applies the
// sandbox's rate-limit rule (app/sandbox/ratelimiter.cpp): pure logic, for the limiter's tests.

#include "api/ratelimiter.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <vector>

namespace Glance::ApiTest {

// The sandbox's rule: accept when fewer than perMinute were accepted in the last 60 s and fewer
// than perSecond in the last 1 s (refusals are not counted); Remaining and Reset (when the
// oldest accepted request leaves the minute, rounded up to a second) as it sends them.
class SimulatedServer
{
public:
    struct Decision
    {
        bool allowed = false;
        int limit = 0;
        int remaining = 0;
        qint64 resetMs = 0; // in the simulation's time, a whole second
    };

    SimulatedServer(int perMinute, int perSecond)
        : m_perMinute(perMinute)
        , m_perSecond(perSecond)
    {
    }

    Decision accept(qint64 atMs)
    {
        while (!m_accepted.empty() && m_accepted.front() <= atMs - 60'000)
            m_accepted.pop_front();
        const auto inLastSecond = std::count_if(m_accepted.cbegin(), m_accepted.cend(),
                                                [&](qint64 t) { return t > atMs - 1000; });
        Decision decision;
        decision.limit = m_perMinute;
        decision.allowed = int(m_accepted.size()) < m_perMinute && int(inLastSecond) < m_perSecond;
        if (decision.allowed)
            m_accepted.push_back(atMs);
        decision.remaining = std::max(0, m_perMinute - int(m_accepted.size()));
        const qint64 oldest = m_accepted.empty() ? atMs - 60'000 : m_accepted.front();
        decision.resetMs = (oldest + 60'000 + 999) / 1000 * 1000;
        return decision;
    }

private:
    int m_perMinute;
    int m_perSecond;
    std::deque<qint64> m_accepted;
};

// Earliest send time (ms) of the last of `requests` requests under the sandbox's limits, the
// first sent at 0: the floor no client can beat (request i waits for request i - perMinute plus
// 60 s and for request i - perSecond plus 1 s).
inline qint64 slidingWindowFloorMs(int requests, int perMinute, int perSecond)
{
    std::vector<qint64> t(std::size_t(std::max(requests, 1)), 0);
    for (int i = 1; i < requests; ++i) {
        qint64 at = t[std::size_t(i - 1)];
        if (perMinute > 0 && i >= perMinute)
            at = std::max(at, t[std::size_t(i - perMinute)] + 60'000);
        if (perSecond > 0 && i >= perSecond)
            at = std::max(at, t[std::size_t(i - perSecond)] + 1'000);
        t[std::size_t(i)] = at;
    }
    return t.back();
}

// Event-driven client: each request reaches the server up to maxLatencyMs after it was sent
// (arrivals keep their order: one connection) and its answer returns up to maxLatencyMs later;
// every answer is given to the limiter with the server's headers, as CallDispatcher does.
class RateLimitSimulation
{
public:
    RateLimitSimulation(RateLimiter &limiter, SimulatedServer &server, qint64 &now,
                        qint64 wallEpochMsAtZero, int maxLatencyMs, int maxInFlight,
                        quint32 seed = 42)
        : m_limiter(limiter)
        , m_server(server)
        , m_now(now)
        , m_wallAtZero(wallEpochMsAtZero)
        , m_maxLatency(maxLatencyMs)
        , m_maxInFlight(maxInFlight)
        , m_random(seed)
    {
    }

    // Sends one request of `priority` as soon as the limiter (and the connection count) allow,
    // delivering the answers due meanwhile. Returns the send time.
    qint64 send(RequestPriority priority = RequestPriority::Interactive)
    {
        for (;;) {
            deliverDue();
            const qint64 delay = m_limiter.delayUntilNextMs(priority);
            if (delay == 0 && int(m_answers.size()) < m_maxInFlight)
                break;
            qint64 next = delay > 0 ? m_now + delay : std::numeric_limits<qint64>::max();
            if (!m_answers.empty())
                next = std::min(next, m_answers.cbegin()->first);
            m_now = std::max(m_now, next);
        }
        const quint64 ticket = m_limiter.recordSend();
        const qint64 arrival = std::max(m_lastArrival, m_now + latency());
        m_lastArrival = arrival;
        const SimulatedServer::Decision decision = m_server.accept(arrival);
        if (!decision.allowed)
            ++m_refused;
        ++m_sent;
        m_answers.emplace(arrival + latency(), Answer {ticket, decision});
        return m_now;
    }

    // Waits for every answer.
    void finish()
    {
        while (!m_answers.empty()) {
            m_now = std::max(m_now, m_answers.cbegin()->first);
            deliverDue();
        }
    }

    int sent() const { return m_sent; }
    int refused() const { return m_refused; }
    int inFlight() const { return int(m_answers.size()); }

private:
    struct Answer
    {
        quint64 ticket;
        SimulatedServer::Decision decision;
    };

    qint64 latency() { return m_maxLatency > 0 ? qint64(m_random.bounded(m_maxLatency + 1)) : 0; }

    void deliverDue()
    {
        while (!m_answers.empty() && m_answers.cbegin()->first <= m_now) {
            const Answer answer = m_answers.cbegin()->second;
            m_answers.erase(m_answers.cbegin());
            const qint64 sentAt = m_limiter.recordAnswered(answer.ticket);
            const QDateTime wallNow =
                    QDateTime::fromMSecsSinceEpoch(m_wallAtZero + m_now, QTimeZone::utc());
            m_limiter.applyHeaders(answer.decision.limit, answer.decision.remaining,
                                   (m_wallAtZero + answer.decision.resetMs) / 1000, wallNow,
                                   sentAt);
        }
    }

    RateLimiter &m_limiter;
    SimulatedServer &m_server;
    qint64 &m_now;
    qint64 m_wallAtZero;
    int m_maxLatency;
    int m_maxInFlight;
    QRandomGenerator m_random;
    std::multimap<qint64, Answer> m_answers; // by the time the answer arrives
    qint64 m_lastArrival = 0;
    int m_sent = 0;
    int m_refused = 0;
};

} // namespace Glance::ApiTest
