#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace Glance::Sandbox {

/*!
    Per-key sliding-window log: a request is accepted when fewer than perMinute requests were
    accepted in the last 60 s and fewer than perSecond in the last 1 s. Rejected requests are
    not counted.
*/
class RateLimiter
{
public:
    RateLimiter(int perMinute, int perSecond);

    struct Decision
    {
        bool allowed = true;
        int limit = 0; // X-RateLimit-Limit (= perMinute)
        int remaining = 0; // X-RateLimit-Remaining
        qint64 resetSeconds = 0; // X-RateLimit-Reset, Unix seconds (ceil)
        int retryAfterSeconds = 0; // Retry-After, only when !allowed
    };

    /*! Decides for a request at nowMs and counts it when accepted. */
    Decision check(const QString &key, qint64 nowMs);
    /*! The headers' values without counting anything. */
    Decision peek(const QString &key, qint64 nowMs);
    void clear();

    int perMinute() const { return m_perMinute; }
    int perSecond() const { return m_perSecond; }

private:
    Decision evaluate(std::deque<qint64> &log, qint64 nowMs, bool count);

    int m_perMinute;
    int m_perSecond;
    QHash<QString, std::deque<qint64>> m_logs;
};

} // namespace Glance::Sandbox
