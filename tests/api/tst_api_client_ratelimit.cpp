// Rate limiting against glance-sandbox: 429 answers retried after the reset (idempotent requests
// only), RateLimited when retries run out, POSTs never retried, the server's X-RateLimit
// headers correcting the client, and a burst of 150 requests that the client limiter keeps free
// of 429s.

#include "api/apiclient.h"
#include "apitestsupport.h"
#include "logcapture.h"
#include "resultcatcher.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glance;
using namespace Glance::ApiTest;
using Glance::Test::SandboxFixture;
using Kind = ApiError::Kind;

class TestApiClientRateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tooManyAtOnceAreRetriedAfterTheReset();
    void retriesRunOutGivesRateLimited();
    void rateLimitedAdjustIsNotRetriedNorApplied();
    void burstFaultOnGetIsRetried();
    void serverHeadersCorrectTheClient();
    void burstOf150StaysFreeOf429();

private:
    bool startSandbox(const QStringList &args);
    std::unique_ptr<ApiClient> client(RateLimiter::Limits limits, int maxRetries = 3) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestApiClientRateLimit::init()
{
    m_network = makeNetwork();
}

void TestApiClientRateLimit::cleanup()
{
    m_sandbox.reset();
    m_network.reset();
}

bool TestApiClientRateLimit::startSandbox(const QStringList &args)
{
    m_sandbox = std::make_unique<SandboxFixture>();
    if (m_sandbox->start(args))
        return true;
    qWarning("%s", qPrintable(m_sandbox->errorString()));
    return false;
}

std::unique_ptr<ApiClient> TestApiClientRateLimit::client(RateLimiter::Limits limits,
                                                          int maxRetries) const
{
    ClientConfig config = sandboxConfig(*m_sandbox);
    config.limits = limits;
    config.maxRateLimitRetries = maxRetries;
    return std::make_unique<ApiClient>(m_network.get(), config);
}

void TestApiClientRateLimit::tooManyAtOnceAreRetriedAfterTheReset()
{
    QVERIFY(startSandbox({u"--rate-limit"_s, u"100,2"_s}));
    LogCapture log;
    const auto api = client({0, 0}); // the client's own limiter off: the server must refuse
    QSignalSpy updates(api.get(), &ApiClient::rateLimitUpdated);
    QList<ResultCatcher<InventoryRecord>> records(5);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < records.size(); ++i)
        api->getInventory(i + 1, this, records[i].callback());
    for (const auto &record : records) {
        QVERIFY(record.wait(15000));
        QVERIFY2(record.ok(), record.describe().constData());
        QCOMPARE(record.count(), 1);
    }
    QVERIFY2(log.count(u"-> 429"_s) >= 1, qPrintable(log.text()));
    QVERIFY2(log.count(u"429 on"_s) >= 1, qPrintable(log.text())); // retried, not failed
    QVERIFY2(timer.elapsed() >= 900, "a retry waits for the window to free");
    QVERIFY2(timer.elapsed() < 12000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!updates.isEmpty());
    QCOMPARE(updates.first().at(0).toInt(), 100);
    QVERIFY(updates.first().at(2).toDateTime().isValid());
}

void TestApiClientRateLimit::retriesRunOutGivesRateLimited()
{
    QVERIFY(startSandbox({u"--rate-limit"_s, u"100,1"_s}));
    const auto api = client({0, 0}, 0);
    QList<ResultCatcher<InventoryRecord>> records(3);
    for (int i = 0; i < records.size(); ++i)
        api->getInventory(i + 1, this, records[i].callback());
    int limited = 0;
    for (const auto &record : records) {
        QVERIFY(record.wait());
        if (record.ok())
            continue;
        QVERIFY2(record.error().kind() == Kind::RateLimited, record.describe().constData());
        QCOMPARE(record.error().httpStatus(), 429);
        QCOMPARE(record.error().serverCode(), u"RATE_LIMIT_EXCEEDED"_s);
        const QDateTime retryAt = record.error().retryAt();
        QVERIFY(retryAt.isValid());
        const qint64 inMs = QDateTime::currentDateTimeUtc().msecsTo(retryAt);
        QVERIFY2(inMs > -1000 && inMs < 5000, qPrintable(QString::number(inMs)));
        QVERIFY(record.error().userMessage().startsWith(u"Too many requests"_s));
        ++limited;
    }
    QVERIFY(limited >= 1);
}

void TestApiClientRateLimit::rateLimitedAdjustIsNotRetriedNorApplied()
{
    QVERIFY(startSandbox({u"--rate-limit"_s, u"100,20"_s}));
    LogCapture log;
    const auto api = client({});
    ResultCatcher<InventoryRecord> before;
    api->getInventory(7, this, before.callback());
    QVERIFY(before.wait());
    QVERIFY2(before.ok(), before.describe().constData());

    QVERIFY(m_sandbox->setFaults({u"429-burst=1@POST /inventory/adjust"_s}));
    ResultCatcher<AdjustResult> adjust;
    api->adjustInventory(
            {AdjustAction {before.value().product.id, before.value().warehouse.id, 3, {}, {}}},
            this, adjust.callback());
    QVERIFY(adjust.wait());
    QVERIFY2(adjust.error().kind() == Kind::RateLimited, adjust.describe().constData());
    QVERIFY(adjust.error().retryAt().isValid());
    QVERIFY(m_sandbox->clearFaults());
    QCOMPARE(log.count(u"POST /inventory/adjust ->"_s), 1); // one attempt, no retry

    ResultCatcher<InventoryRecord> after;
    api->getInventory(7, this, after.callback());
    QVERIFY(after.wait());
    QVERIFY2(after.ok(), after.describe().constData());
    QCOMPARE(after.value().quantity, before.value().quantity); // a 429 applied nothing
}

void TestApiClientRateLimit::burstFaultOnGetIsRetried()
{
    QVERIFY(startSandbox({u"--no-rate-limit"_s}));
    LogCapture log;
    const auto api = client({});
    QVERIFY(m_sandbox->setFaults({u"429-burst@GET /inventory"_s}));
    ResultCatcher<Page<InventoryRecord>> page;
    api->listInventory({}, this, page.callback());
    // The first answer is a 429 with Retry-After: 1; the fault ends while the client waits.
    QTRY_VERIFY_WITH_TIMEOUT(log.count(u"429 on"_s) == 1, 5000);
    QVERIFY(m_sandbox->clearFaults());
    QVERIFY(page.wait(10000));
    QVERIFY2(page.ok(), page.describe().constData());
    QCOMPARE(log.count(u"GET /inventory?page=1&limit=100 ->"_s), 2); // the 429, then the page
    QCOMPARE(log.count(u"(attempt 2)"_s), 1);
}

void TestApiClientRateLimit::serverHeadersCorrectTheClient()
{
    // The server allows 10 a minute; the client believes 100 until the first answer says 10.
    QVERIFY(startSandbox({u"--rate-limit"_s, u"10,10"_s}));
    LogCapture log;
    auto api = client({100, 100});
    QList<ResultCatcher<InventoryRecord>> records(12);
    for (int i = 0; i < records.size(); ++i)
        api->getInventory(i + 1, this, records[i].callback());
    const auto done = [&] {
        return int(std::count_if(records.cbegin(), records.cend(),
                                 [](const auto &r) { return r.delivered(); }));
    };
    // No margin: exactly the server's 10 (the client counts the ones it had sent already).
    QTRY_COMPARE_WITH_TIMEOUT(done(), 10, 5000);
    // Past the server's 1 s window (a client that kept only the per-second limit would send
    // again now); only the minute window holds the rest back.
    QTest::qWait(1000);
    QCOMPARE(done(), 10); // the rest wait for the minute window, without asking the server
    for (const auto &record : records) {
        if (record.delivered())
            QVERIFY2(record.ok(), record.describe().constData());
    }
    QCOMPARE(api->rateLimiter().limits().perMinute, 10);
    QCOMPARE(api->pendingCalls(), 2);
    QCOMPARE(log.count(u"-> 429"_s), 0);
    // Destroying the client ends the waiting calls, each with one (cancelled) callback.
    api.reset();
    QTRY_COMPARE(done(), 12);
}

void TestApiClientRateLimit::burstOf150StaysFreeOf429()
{
    // Reduced limits so the test stays short: 20 per second binds (150 requests take ~10 s).
    QVERIFY(startSandbox({u"--rate-limit"_s, u"1000,20"_s}));
    LogCapture log;
    const auto api = client({1000, 20});
    QList<ResultCatcher<Page<InventoryRecord>>> pages(150);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < pages.size(); ++i) {
        InventoryQuery query;
        query.page = i + 1;
        query.limit = 1;
        api->listInventory(query, this, pages[i].callback());
    }
    QCOMPARE(api->pendingCalls(), 150);
    for (const auto &page : pages) {
        QVERIFY(page.wait(30000));
        QVERIFY2(page.ok(), page.describe().constData());
    }
    QCOMPARE(log.count(u"-> 429"_s), 0);
    QCOMPARE(log.count(u"GET /inventory?"_s), 150); // one request each, no retries
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    // Not faster than the server allows either: 150 at <= 20/s need > 7 s.
    QVERIFY2(timer.elapsed() > 7000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestApiClientRateLimit)
#include "tst_api_client_ratelimit.moc"
