// RateLimiter as pure logic with an injected clock: sliding windows, margins, header
// corrections, holds, and a 150-request burst checked against a simulated server that uses the
// sandbox's rule (a sliding-window log per key of accepted requests).

#include "api/ratelimiter.h"
#include "api/ratelimitheaders.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <deque>

using namespace Glance;

namespace {

// The sandbox's rule: accept when fewer than perMinute were accepted in the last 60 s and fewer
// than perSecond in the last 1 s.
class SimulatedServer
{
public:
    SimulatedServer(int perMinute, int perSecond)
        : m_perMinute(perMinute)
        , m_perSecond(perSecond)
    {
    }

    bool accept(qint64 atMs)
    {
        while (!m_accepted.empty() && m_accepted.front() <= atMs - 60'000)
            m_accepted.pop_front();
        const auto inLastSecond = std::count_if(m_accepted.cbegin(), m_accepted.cend(),
                                                [&](qint64 t) { return t > atMs - 1000; });
        if (int(m_accepted.size()) >= m_perMinute || int(inLastSecond) >= m_perSecond)
            return false;
        m_accepted.push_back(atMs);
        return true;
    }

    int remaining(qint64 atMs) const
    {
        const auto inWindow = std::count_if(m_accepted.cbegin(), m_accepted.cend(),
                                            [&](qint64 t) { return t > atMs - 60'000; });
        return m_perMinute - int(inWindow);
    }

private:
    int m_perMinute;
    int m_perSecond;
    std::deque<qint64> m_accepted;
};

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshLimiterSendsNow();
    void perSecondWindowWithMargin();
    void perMinuteWindowWithMargin();
    void windowSlides();
    void burstOf150StaysWithinLimits_data();
    void burstOf150StaysWithinLimits();
    void remainingZeroHoldsUntilReset();
    void holdIsCappedAndTolerant();
    void serverLimitLowersOurs();
    void fewerRemainingThanWeThinkAddsPlaceholders();
    void zeroMeansUnlimited();
    void headersAreReadTolerantly();
    void retryTimeAfter429();

private:
    qint64 m_now = 1'000'000;
    QDateTime m_wallStart;
    RateLimiter::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }
    QDateTime wallNow() const { return m_wallStart.addMSecs(m_now - 1'000'000); }
};

void TestRateLimiter::init()
{
    m_now = 1'000'000;
    m_wallStart = QDateTime(QDate(2025, 1, 1), QTime(12, 0), QTimeZone::utc());
}

void TestRateLimiter::freshLimiterSendsNow()
{
    RateLimiter limiter({}, clock());
    QCOMPARE(limiter.delayUntilNextMs(), 0);
    QCOMPARE(limiter.limits().perMinute, 100);
    QCOMPARE(limiter.limits().perSecond, 20);
    QCOMPARE(limiter.effectivePerMinute(), 95);
    QCOMPARE(limiter.effectivePerSecond(), 19);
}

void TestRateLimiter::perSecondWindowWithMargin()
{
    RateLimiter limiter({100, 20}, clock());
    for (int i = 0; i < 19; ++i) {
        QCOMPARE(limiter.delayUntilNextMs(), 0);
        limiter.recordSend();
    }
    const qint64 delay = limiter.delayUntilNextMs();
    QVERIFY2(delay > 1000 && delay <= 1300, qPrintable(QString::number(delay)));
    m_now += delay;
    QCOMPARE(limiter.delayUntilNextMs(), 0);
}

void TestRateLimiter::perMinuteWindowWithMargin()
{
    RateLimiter limiter({100, 20}, clock());
    int sent = 0;
    // Spread out so the per-second window never binds: 95 fit in the first minute, not 96.
    while (limiter.delayUntilNextMs() == 0 && sent < 200) {
        limiter.recordSend();
        ++sent;
        m_now += 100;
    }
    QCOMPARE(sent, 95);
    QCOMPARE(limiter.sentInLastMinute(), 95);
    const qint64 delay = limiter.delayUntilNextMs();
    // The first send leaves the (padded) minute window 61 s after it was made.
    QVERIFY2(delay > 0 && delay <= 61'000 - 9'500 + 1, qPrintable(QString::number(delay)));
}

void TestRateLimiter::windowSlides()
{
    RateLimiter limiter({0, 5}, clock());
    for (int i = 0; i < 4; ++i) {
        limiter.recordSend();
        m_now += 100;
    }
    QVERIFY(limiter.delayUntilNextMs() > 0);
    // The oldest leaves after its 1.2 s window: then exactly one more may go.
    m_now += limiter.delayUntilNextMs();
    QCOMPARE(limiter.delayUntilNextMs(), 0);
    limiter.recordSend();
    QVERIFY(limiter.delayUntilNextMs() > 0);
}

void TestRateLimiter::burstOf150StaysWithinLimits_data()
{
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<int>("perSecond");
    QTest::addColumn<int>("maxLatencyMs");
    QTest::newRow("documented, no latency") << 100 << 20 << 0;
    QTest::newRow("documented, jittery network") << 100 << 20 << 150;
    QTest::newRow("sandbox test limits") << 600 << 20 << 150;
    QTest::newRow("tight") << 30 << 3 << 100;
}

void TestRateLimiter::burstOf150StaysWithinLimits()
{
    QFETCH(int, perMinute);
    QFETCH(int, perSecond);
    QFETCH(int, maxLatencyMs);
    RateLimiter limiter({perMinute, perSecond}, clock());
    SimulatedServer server(perMinute, perSecond);
    QRandomGenerator random(42);
    const qint64 start = m_now;
    qint64 lastArrival = 0;
    for (int i = 0; i < 150; ++i) {
        m_now += limiter.delayUntilNextMs();
        QCOMPARE(limiter.delayUntilNextMs(), 0);
        limiter.recordSend();
        // Arrivals keep their order (one connection) but each is late by up to maxLatencyMs.
        const qint64 arrival = std::max(lastArrival, m_now + random.bounded(maxLatencyMs + 1));
        lastArrival = arrival;
        QVERIFY2(server.accept(arrival), qPrintable(QStringLiteral("request %1 refused").arg(i)));
    }
    // And not slower than needed: windows of 61 s for every (perMinute - margin) requests.
    const qint64 elapsed = m_now - start;
    const int perWindow = limiter.effectivePerMinute();
    const qint64 bound = perMinute > 0
            ? qint64((150 - 1) / perWindow) * 61'000 + 150 * 1200 / limiter.effectivePerSecond()
            : 0;
    QVERIFY2(elapsed <= bound, qPrintable(QStringLiteral("%1 ms > %2 ms").arg(elapsed).arg(bound)));
}

void TestRateLimiter::remainingZeroHoldsUntilReset()
{
    RateLimiter limiter({}, clock());
    const qint64 reset = wallNow().addSecs(5).toSecsSinceEpoch();
    limiter.applyHeaders(100, 0, reset, wallNow());
    const qint64 delay = limiter.delayUntilNextMs();
    QVERIFY2(delay >= 4000 && delay <= 5000, qPrintable(QString::number(delay)));
    m_now += delay;
    QCOMPARE(limiter.delayUntilNextMs(), 0);

    // Remaining 0 without a Reset: a short hold rather than none.
    limiter.applyHeaders(100, 0, 0, wallNow());
    QVERIFY(limiter.delayUntilNextMs() > 0);
}

void TestRateLimiter::holdIsCappedAndTolerant()
{
    RateLimiter limiter({}, clock());
    // A Reset far away (or garbage) never freezes the client for more than one window.
    limiter.holdUntil(wallNow().addDays(3), wallNow());
    QVERIFY(limiter.delayUntilNextMs() <= 61'000);

    RateLimiter millis({}, clock());
    millis.applyHeaders(100, 0, wallNow().addSecs(3).toMSecsSinceEpoch(), wallNow());
    const qint64 delay = millis.delayUntilNextMs();
    QVERIFY2(delay > 2000 && delay <= 3000, qPrintable(QString::number(delay)));

    RateLimiter relative({}, clock());
    relative.applyHeaders(100, 0, 2, wallNow()); // "seconds from now"
    const qint64 relativeDelay = relative.delayUntilNextMs();
    QVERIFY2(relativeDelay > 1000 && relativeDelay <= 2000,
             qPrintable(QString::number(relativeDelay)));

    RateLimiter past({}, clock());
    past.holdUntil(wallNow().addSecs(-10), wallNow());
    QCOMPARE(past.delayUntilNextMs(), 0);
}

void TestRateLimiter::serverLimitLowersOurs()
{
    RateLimiter limiter({100, 20}, clock());
    limiter.applyHeaders(60, 59, 0, wallNow());
    QCOMPARE(limiter.limits().perMinute, 60);
    limiter.applyHeaders(1000, 999, 0, wallNow());
    QCOMPARE(limiter.limits().perMinute, 60); // never raised by a header
}

void TestRateLimiter::fewerRemainingThanWeThinkAddsPlaceholders()
{
    RateLimiter limiter({100, 0}, clock());
    limiter.recordSend();
    // Someone else used the same key: the server has only 10 left in this minute.
    const qint64 reset = wallNow().addSecs(20).toSecsSinceEpoch();
    limiter.applyHeaders(100, 10, reset, wallNow());
    int sent = 0;
    while (limiter.delayUntilNextMs() == 0 && sent < 100) {
        limiter.recordSend();
        ++sent;
    }
    QCOMPARE(sent, 10);
    // The placeholders leave around the server's Reset, not a whole minute later.
    const qint64 delay = limiter.delayUntilNextMs();
    QVERIFY2(delay >= 20'000 && delay <= 22'000, qPrintable(QString::number(delay)));
}

void TestRateLimiter::zeroMeansUnlimited()
{
    RateLimiter limiter({0, 0}, clock());
    for (int i = 0; i < 1000; ++i)
        limiter.recordSend();
    QCOMPARE(limiter.delayUntilNextMs(), 0);
}

void TestRateLimiter::headersAreReadTolerantly()
{
    const QDateTime now = wallNow();
    const RateLimitHeaders headers = RateLimitHeaders::fromPairs(
            {{"x-ratelimit-limit", "100"},
             {"X-RATELIMIT-REMAINING", " 7 "},
             {"X-RateLimit-Reset", QByteArray::number(now.addSecs(30).toSecsSinceEpoch())},
             {"Content-Type", "application/json"}});
    QVERIFY(headers.hasRateLimitHeaders());
    QCOMPARE(headers.limit, std::optional<qint64>(100));
    QCOMPARE(headers.remaining, std::optional<qint64>(7));
    QCOMPARE(headers.resetTime(now), now.addSecs(30));
    QVERIFY(!RateLimitHeaders::fromPairs({{"Content-Type", "text/html"}}).hasRateLimitHeaders());

    QCOMPARE(RateLimitHeaders::resetToTime(now.addSecs(5).toMSecsSinceEpoch(), now),
             now.addSecs(5));
    QCOMPARE(RateLimitHeaders::resetToTime(12, now), now.addSecs(12));
    QVERIFY(!RateLimitHeaders::resetToTime(0, now).isValid());

    RateLimitHeaders date;
    date.retryAfter = now.addSecs(20).toString(Qt::RFC2822Date).toLatin1();
    QCOMPARE(date.retryAfterTime(now), now.addSecs(20));
}

void TestRateLimiter::retryTimeAfter429()
{
    const QDateTime now = wallNow();
    // Retry-After wins.
    RateLimitHeaders retryAfter;
    retryAfter.retryAfter = "2";
    retryAfter.reset = now.addSecs(50).toSecsSinceEpoch();
    QCOMPARE(retryAfter.retryTime(0, now), now.addSecs(2));

    // No Retry-After, window exhausted: the Reset (a little after it).
    RateLimitHeaders exhausted;
    exhausted.remaining = 0;
    exhausted.reset = now.addSecs(40).toSecsSinceEpoch();
    const qint64 untilReset = now.msecsTo(exhausted.retryTime(0, now));
    QVERIFY2(untilReset >= 40'000 && untilReset <= 41'000, qPrintable(QString::number(untilReset)));

    // Requests remaining (another window refused): the back-off caps a far Reset.
    RateLimitHeaders remaining = exhausted;
    remaining.remaining = 50;
    QCOMPARE(remaining.retryTime(0, now), now.addSecs(1));

    // Nothing usable: back-off 1 s, 2 s, 4 s, 8 s, 8 s.
    const RateLimitHeaders none;
    QCOMPARE(none.retryTime(0, now), now.addSecs(1));
    QCOMPARE(none.retryTime(1, now), now.addSecs(2));
    QCOMPARE(none.retryTime(2, now), now.addSecs(4));
    QCOMPARE(none.retryTime(3, now), now.addSecs(8));
    QCOMPARE(none.retryTime(7, now), now.addSecs(8));

    // A Reset in the past is no reason to hammer: back-off.
    RateLimitHeaders past;
    past.reset = now.addSecs(-5).toSecsSinceEpoch();
    QCOMPARE(past.retryTime(1, now), now.addSecs(2));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_api_ratelimiter.moc"
