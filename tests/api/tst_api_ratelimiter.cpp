// RateLimiter as pure logic with an injected clock: sliding windows stamped by answers,
// in-flight requests, the interactive reserve, header corrections, holds, and whole loads
// checked against a simulated server that uses the sandbox's rule (a sliding-window log per
// key of accepted requests, Remaining and Reset as the sandbox computes them): zero refusals,
// and the exact floor those rules allow.

#include "api/ratelimiter.h"
#include "api/ratelimitheaders.h"
#include "ratelimitsimulation.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Glance;
using Glance::ApiTest::RateLimitSimulation;
using Glance::ApiTest::SimulatedServer;
using Glance::ApiTest::slidingWindowFloorMs;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshLimiterSendsNow();
    void perSecondWindowIsExact();
    void perMinuteWindowIsExact();
    void windowSlides();
    void inFlightRequestsCountUntilAnswered();
    void backgroundLeavesTheReserve();
    void reserveIsATenthAtMost();
    void sequentialLoadReachesTheFloor_data();
    void sequentialLoadReachesTheFloor();
    void burstOf150StaysWithinLimits_data();
    void burstOf150StaysWithinLimits();
    void interactiveNeverWaitsForABackgroundLoad();
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
    qint64 wallAtZero() const { return m_wallStart.toMSecsSinceEpoch() - 1'000'000; }
    // A request sent now and answered `latencyMs` later (the clock moves on).
    void sendAnswered(RateLimiter &limiter, qint64 latencyMs = 0)
    {
        const quint64 ticket = limiter.recordSend();
        m_now += latencyMs;
        QVERIFY(limiter.recordAnswered(ticket) >= 0);
    }
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
    QCOMPARE(limiter.delayUntilNextMs(RequestPriority::Background), 0);
    QCOMPARE(limiter.limits().perMinute, 100);
    QCOMPARE(limiter.limits().perSecond, 20);
    // No margin: the whole window is spent. Background requests leave the reserve.
    QCOMPARE(limiter.effectivePerMinute(), 100);
    QCOMPARE(limiter.effectivePerSecond(), 20);
    QCOMPARE(limiter.effectivePerMinute(RequestPriority::Background), 95);
    QCOMPARE(limiter.effectivePerSecond(RequestPriority::Background), 19);
}

void TestRateLimiter::perSecondWindowIsExact()
{
    RateLimiter limiter({100, 20}, clock());
    const qint64 start = m_now;
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(limiter.delayUntilNextMs(), 0);
        sendAnswered(limiter);
    }
    // The 21st goes when the first answer is a second (and the padding) old, not earlier.
    const qint64 delay = limiter.delayUntilNextMs();
    QCOMPARE(delay, RateLimiter::kSecondMs + RateLimiter::kSecondPaddingMs);
    m_now += delay - 1;
    QVERIFY(limiter.delayUntilNextMs() > 0);
    m_now += 1;
    QCOMPARE(limiter.delayUntilNextMs(), 0);
    QCOMPARE(m_now - start, 1002);
}

void TestRateLimiter::perMinuteWindowIsExact()
{
    RateLimiter limiter({100, 20}, clock());
    int sent = 0;
    // Spread out so the per-second window never binds: 100 fit in the first minute, not 101.
    const qint64 firstAnswer = m_now + 10;
    while (limiter.delayUntilNextMs() == 0 && sent < 200) {
        sendAnswered(limiter, 10);
        ++sent;
        m_now += 90;
    }
    QCOMPARE(sent, 100);
    QCOMPARE(limiter.sentInLastMinute(), 100);
    // Free when the first answer is a minute (and the padding) old.
    const qint64 delay = limiter.delayUntilNextMs();
    QCOMPARE(m_now + delay, firstAnswer + RateLimiter::kMinuteMs + RateLimiter::kMinutePaddingMs);
}

void TestRateLimiter::windowSlides()
{
    RateLimiter limiter({0, 5}, clock());
    for (int i = 0; i < 5; ++i)
        sendAnswered(limiter, 100);
    QVERIFY(limiter.delayUntilNextMs() > 0);
    // The oldest leaves its window: then exactly one more may go.
    m_now += limiter.delayUntilNextMs();
    QCOMPARE(limiter.delayUntilNextMs(), 0);
    sendAnswered(limiter);
    QVERIFY(limiter.delayUntilNextMs() > 0);
}

void TestRateLimiter::inFlightRequestsCountUntilAnswered()
{
    RateLimiter limiter({100, 3}, clock());
    const quint64 first = limiter.recordSend();
    limiter.recordSend();
    limiter.recordSend();
    QCOMPARE(limiter.inFlight(), 3);
    // However long they take, requests without an answer may have reached the server just now.
    m_now += 5000;
    QVERIFY(limiter.delayUntilNextMs() >= RateLimiter::kSecondMs);
    QCOMPARE(limiter.recordAnswered(first), 1'000'000);
    QCOMPARE(limiter.recordAnswered(first), -1); // once
    QCOMPARE(limiter.inFlight(), 2);
    QCOMPARE(limiter.delayUntilNextMs(), RateLimiter::kSecondMs + RateLimiter::kSecondPaddingMs);
    m_now += RateLimiter::kSecondMs + RateLimiter::kSecondPaddingMs;
    QCOMPARE(limiter.delayUntilNextMs(), 0);
    QCOMPARE(limiter.sentInLastMinute(), 3);
}

void TestRateLimiter::backgroundLeavesTheReserve()
{
    RateLimiter limiter({100, 20}, clock());
    // The second: 19 background requests, then only interactive ones.
    for (int i = 0; i < 19; ++i) {
        QCOMPARE(limiter.delayUntilNextMs(RequestPriority::Background), 0);
        sendAnswered(limiter);
    }
    QVERIFY(limiter.delayUntilNextMs(RequestPriority::Background) > 0);
    QCOMPARE(limiter.delayUntilNextMs(RequestPriority::Interactive), 0);
    m_now += 2000;

    // The minute: 95 in all, then the background waits for the window and an interactive
    // request still goes at once, five times.
    int sent = 19;
    while (limiter.delayUntilNextMs(RequestPriority::Background) == 0 && sent < 200) {
        sendAnswered(limiter, 10);
        ++sent;
        m_now += 90;
    }
    QCOMPARE(sent, 95);
    const qint64 backgroundDelay = limiter.delayUntilNextMs(RequestPriority::Background);
    QVERIFY2(backgroundDelay > 40'000, qPrintable(QString::number(backgroundDelay)));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(limiter.delayUntilNextMs(RequestPriority::Interactive), 0);
        sendAnswered(limiter);
    }
    QVERIFY(limiter.delayUntilNextMs(RequestPriority::Interactive) > 0);
}

void TestRateLimiter::reserveIsATenthAtMost()
{
    RateLimiter small({10, 5}, clock());
    QCOMPARE(small.effectivePerMinute(RequestPriority::Background), 9); // 5 > 10 / 10
    QCOMPARE(small.effectivePerSecond(RequestPriority::Background), 5); // 5 / 10 = no reserve
    RateLimiter none({100, 20, 0, 0}, clock());
    QCOMPARE(none.effectivePerMinute(RequestPriority::Background), 100);
    QCOMPARE(none.effectivePerSecond(RequestPriority::Background), 20);
    RateLimiter unlimited({0, 0}, clock());
    QCOMPARE(unlimited.effectivePerMinute(RequestPriority::Background), 0);
}

void TestRateLimiter::sequentialLoadReachesTheFloor_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("maxLatencyMs");
    QTest::addColumn<int>("reservePerMinute");
    QTest::addColumn<int>("reservePerSecond");
    QTest::newRow("200 (20,000 records), loopback") << 200 << 5 << 0 << 0;
    QTest::newRow("1000 (100,000 records), loopback") << 1000 << 5 << 0 << 0;
    QTest::newRow("1000, 25 ms each way") << 1000 << 25 << 0 << 0;
    QTest::newRow("1000, background with the reserve") << 1000 << 5 << 5 << 1;
    QTest::newRow("250, background with the reserve") << 250 << 5 << 5 << 1;
}

// Load all: one page at a time through the limiter to the sandbox's rule, the headers of every
// answer applied. No refusal, and the last request leaves within the latencies (one per
// second window and per minute window) of the exact floor of the limits it may use.
void TestRateLimiter::sequentialLoadReachesTheFloor()
{
    QFETCH(int, requests);
    QFETCH(int, maxLatencyMs);
    QFETCH(int, reservePerMinute);
    QFETCH(int, reservePerSecond);
    RateLimiter limiter({100, 20, reservePerMinute, reservePerSecond}, clock());
    SimulatedServer server(100, 20);
    RateLimitSimulation client(limiter, server, m_now, wallAtZero(), maxLatencyMs, 1);
    const RequestPriority priority =
            reservePerMinute > 0 ? RequestPriority::Background : RequestPriority::Interactive;
    const qint64 start = m_now;
    qint64 last = 0;
    for (int i = 0; i < requests; ++i)
        last = client.send(priority) - start;
    client.finish();
    QCOMPARE(client.refused(), 0);
    const qint64 floor = slidingWindowFloorMs(requests, limiter.effectivePerMinute(priority),
                                              limiter.effectivePerSecond(priority));
    const qint64 slack = qint64(requests / 20 + requests / 100) * (2 * maxLatencyMs + 25);
    QVERIFY2(last >= floor, qPrintable(QStringLiteral("%1 < %2").arg(last).arg(floor)));
    QVERIFY2(last <= floor + slack,
             qPrintable(QStringLiteral("%1 ms > %2 + %3 ms").arg(last).arg(floor).arg(slack)));
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

// Six connections at once, arrivals late by a random latency, answers out of order.
void TestRateLimiter::burstOf150StaysWithinLimits()
{
    QFETCH(int, perMinute);
    QFETCH(int, perSecond);
    QFETCH(int, maxLatencyMs);
    RateLimiter limiter({perMinute, perSecond}, clock());
    SimulatedServer server(perMinute, perSecond);
    RateLimitSimulation client(limiter, server, m_now, wallAtZero(), maxLatencyMs, 6);
    const qint64 start = m_now;
    qint64 last = 0;
    for (int i = 0; i < 150; ++i)
        last = client.send() - start;
    client.finish();
    QCOMPARE(client.refused(), 0);
    // And not slower than needed: the floor, plus latencies for each window that had to free.
    const qint64 floor = slidingWindowFloorMs(150, perMinute, perSecond);
    const qint64 bound =
            floor + qint64(150 / perSecond + 150 / perMinute + 1) * (2 * maxLatencyMs + 25);
    QVERIFY2(last <= bound, qPrintable(QStringLiteral("%1 ms > %2 ms").arg(last).arg(bound)));
}

// A background load of 400 requests, one at a time; an interactive request every 13 s (at most
// five in a minute, as many as the reserve) while the background waits: each goes at once, and
// the background is no slower for them.
void TestRateLimiter::interactiveNeverWaitsForABackgroundLoad()
{
    RateLimiter limiter({100, 20}, clock());
    SimulatedServer server(100, 20);
    RateLimitSimulation client(limiter, server, m_now, wallAtZero(), 5, 2);
    const qint64 start = m_now;
    qint64 nextClick = start + 10'000;
    int clicks = 0;
    qint64 last = 0;
    for (int i = 0; i < 400; ++i) {
        // A click comes before the background's next page may go.
        while (m_now + limiter.delayUntilNextMs(RequestPriority::Background) > nextClick) {
            m_now = std::max(m_now, nextClick);
            const qint64 clickAt = m_now;
            client.send(RequestPriority::Interactive);
            QCOMPARE(m_now, clickAt); // sent at once
            ++clicks;
            nextClick += 13'000;
        }
        last = client.send(RequestPriority::Background) - start;
        client.finish(); // one page at a time
    }
    QCOMPARE(client.refused(), 0);
    QVERIFY2(clicks >= 15, qPrintable(QString::number(clicks)));
    const qint64 floor = slidingWindowFloorMs(400, 95, 19);
    QVERIFY2(last <= floor + 2000, qPrintable(QStringLiteral("%1 > %2").arg(last).arg(floor)));
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
