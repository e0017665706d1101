// InventoryFetchAll: ceil(N/100) requests for N records, one at a time, progress per page, and
// every end condition (hasMore false, empty data, total reached, no pagination), the limit the
// server echoes, cancel and failure.

#include "api/apiclient.h"
#include "api/fetchall.h"
#include "apitestsupport.h"
#include "logcapture.h"
#include "sandboxfixture.h"
#include "scriptedhttpserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glance;
using namespace Glance::ApiTest;
using Glance::Test::SandboxFixture;

class TestFetchAll : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void loadsEverything_data();
    void loadsEverything();
    void emptyPageEndsEvenIfHasMore();
    void totalReachedEndsWithoutHasMore();
    void missingPaginationIsOnePage();
    void followsTheEchoedLimit();
    void cancelStopsAfterTheCurrentPage();
    void failureEndsTheRun();
    void isBackgroundWorkUnlessTold();

private:
    struct Run
    {
        std::unique_ptr<QSignalSpy> finished;
        std::unique_ptr<QSignalSpy> failed;
        std::unique_ptr<QSignalSpy> progress;
        std::unique_ptr<QSignalSpy> pages;
    };
    Run watch(InventoryFetchAll &fetch) const;
    std::unique_ptr<ApiClient> clientFor(const QUrl &url, const QString &key) const;

    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestFetchAll::init()
{
    m_network = makeNetwork();
}

void TestFetchAll::cleanup()
{
    m_network.reset();
}

TestFetchAll::Run TestFetchAll::watch(InventoryFetchAll &fetch) const
{
    Run run;
    run.finished = std::make_unique<QSignalSpy>(&fetch, &InventoryFetchAll::finished);
    run.failed = std::make_unique<QSignalSpy>(&fetch, &InventoryFetchAll::failed);
    run.progress = std::make_unique<QSignalSpy>(&fetch, &InventoryFetchAll::progress);
    run.pages = std::make_unique<QSignalSpy>(&fetch, &InventoryFetchAll::pageLoaded);
    return run;
}

std::unique_ptr<ApiClient> TestFetchAll::clientFor(const QUrl &url, const QString &key) const
{
    ClientConfig config;
    config.baseUrl = url;
    config.apiKey = key;
    return std::make_unique<ApiClient>(m_network.get(), config);
}

void TestFetchAll::loadsEverything_data()
{
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("requests");
    QTest::newRow("none") << 0 << 1;
    QTest::newRow("one page, not full") << 37 << 1;
    QTest::newRow("exactly one page") << 100 << 1;
    QTest::newRow("exact multiple") << 200 << 2;
    QTest::newRow("one more") << 201 << 3;
    QTest::newRow("several pages") << 450 << 5;
}

void TestFetchAll::loadsEverything()
{
    QFETCH(int, records);
    QFETCH(int, requests);
    SandboxFixture sandbox;
    QVERIFY2(sandbox.start({u"--records"_s, QString::number(records)}),
             qPrintable(sandbox.errorString()));
    LogCapture log;
    const auto client = clientFor(sandbox.url(), sandbox.editorKey());
    InventoryFetchAll fetch(client.get(), {});
    Run run = watch(fetch);
    fetch.start();
    QVERIFY(fetch.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(run.finished->count(), 1, 15000);
    QCOMPARE(run.failed->count(), 0);
    QVERIFY(!fetch.isRunning());
    QCOMPARE(fetch.loaded(), records);
    QCOMPARE(fetch.total(), std::optional<qint64>(records));
    QCOMPARE(fetch.requestsUsed(), requests);
    QCOMPARE(log.count(u"GET /inventory?"_s), requests); // what really went over the wire
    QCOMPARE(run.pages->count(), requests);
    QCOMPARE(run.progress->count(), requests);
    QCOMPARE(run.progress->last().at(0).toLongLong(), qint64(records));

    QSet<qint64> ids;
    for (const QList<QVariant> &page : std::as_const(*run.pages)) {
        for (const InventoryRecord &record : page.at(0).value<QList<InventoryRecord>>())
            ids.insert(record.id);
    }
    QCOMPARE(ids.size(), records); // every record once
    QTest::qWait(100); // a second finished() would be queued: nothing may come meanwhile
    QCOMPARE(run.finished->count(), 1);
}

void TestFetchAll::emptyPageEndsEvenIfHasMore()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setAnswer(
            200, {},
            R"({"data":[],"pagination":{"total":500,"limit":100,"offset":0,"hasMore":true}})");
    const auto client = clientFor(server.url(), u"k"_s);
    InventoryFetchAll fetch(client.get(), {});
    Run run = watch(fetch);
    fetch.start();
    QVERIFY(run.finished->wait());
    QCOMPARE(fetch.requestsUsed(), 1);
    QCOMPARE(server.requests().size(), 1);
}

void TestFetchAll::totalReachedEndsWithoutHasMore()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    // Every page holds one record and says nothing of hasMore: the total (2) decides.
    server.setAnswer(
            200, {},
            R"({"data":[{"id":1,"productId":1,"warehouseId":1}],"pagination":{"total":2}})");
    const auto client = clientFor(server.url(), u"k"_s);
    InventoryFetchAll fetch(client.get(), {});
    Run run = watch(fetch);
    fetch.start();
    QVERIFY(run.finished->wait());
    QCOMPARE(fetch.requestsUsed(), 2);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(fetch.loaded(), 2);
}

void TestFetchAll::missingPaginationIsOnePage()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setAnswer(
            200, {},
            R"({"data":[{"id":1,"productId":1,"warehouseId":1},{"id":2,"productId":1,"warehouseId":2}]})");
    const auto client = clientFor(server.url(), u"k"_s);
    InventoryFetchAll fetch(client.get(), {});
    Run run = watch(fetch);
    fetch.start();
    QVERIFY(run.finished->wait());
    QCOMPARE(fetch.requestsUsed(), 1);
    QCOMPARE(fetch.loaded(), 2);
    QVERIFY(!fetch.total().has_value());
}

void TestFetchAll::followsTheEchoedLimit()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    // Asked for 100, the server serves 50 a page: the next page must be asked with 50.
    server.addOneTimeAnswer(
            200, {},
            R"({"data":[{"id":1,"productId":1,"warehouseId":1}],"pagination":{"total":60,"limit":50,"offset":0,"hasMore":true}})");
    server.setAnswer(
            200, {},
            R"({"data":[{"id":2,"productId":1,"warehouseId":1}],"pagination":{"total":60,"limit":50,"offset":50,"hasMore":false}})");
    const auto client = clientFor(server.url(), u"k"_s);
    InventoryFetchAll fetch(client.get(), {});
    Run run = watch(fetch);
    fetch.start();
    QVERIFY(run.finished->wait());
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(0).target, QByteArray("/inventory?page=1&limit=100"));
    QCOMPARE(server.requests().at(1).target, QByteArray("/inventory?page=2&limit=50"));
}

void TestFetchAll::cancelStopsAfterTheCurrentPage()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.start({u"--no-rate-limit"_s, u"--fault"_s, u"latency=200@GET /inventory"_s}),
             qPrintable(sandbox.errorString()));
    LogCapture log;
    const auto client = clientFor(sandbox.url(), sandbox.editorKey());
    InventoryQuery query;
    query.warehouseId = 1;
    InventoryFetchAll fetch(client.get(), query);
    Run run = watch(fetch);
    fetch.start();
    QVERIFY(run.pages->wait(5000));
    QCOMPARE(fetch.requestsUsed(), 2); // the second page is on its way
    fetch.cancel();
    QVERIFY(run.failed->wait(2000));
    QCOMPARE(run.failed->first().first().value<ApiError>().kind(), ApiError::Kind::Cancelled);
    QVERIFY(!fetch.isRunning());
    // The page on its way (200 ms) would have landed and a next one been asked for by now.
    QTest::qWait(400);
    QCOMPARE(run.finished->count(), 0);
    QCOMPARE(run.failed->count(), 1);
    QCOMPARE(run.pages->count(), 1);
    QCOMPARE(fetch.requestsUsed(), 2);
    QCOMPARE(log.count(u"-> 200"_s), 1); // the cancelled request's answer was never read
    QCOMPARE(client->pendingCalls(), 0);
}

void TestFetchAll::failureEndsTheRun()
{
    SandboxFixture sandbox;
    QVERIFY2(sandbox.start({u"--no-rate-limit"_s}), qPrintable(sandbox.errorString()));
    const auto client = clientFor(sandbox.url(), sandbox.editorKey());
    QVERIFY(sandbox.setFaults({u"502-html@GET /inventory"_s}));
    InventoryFetchAll fetch(client.get(), {});
    Run run = watch(fetch);
    fetch.start();
    QVERIFY(run.failed->wait());
    const ApiError error = run.failed->first().first().value<ApiError>();
    QCOMPARE(error.httpStatus(), 502);
    QCOMPARE(fetch.requestsUsed(), 1);
    QCOMPARE(run.finished->count(), 0);
}

// A bulk load (the stocktake's expected quantities) leaves the queue after the clicks and the
// reserve to them, unless its caller says a person waits for it.
void TestFetchAll::isBackgroundWorkUnlessTold()
{
    InventoryFetchAll fetch(nullptr, {});
    QCOMPARE(fetch.priority(), RequestPriority::Background);
    fetch.setPriority(RequestPriority::Interactive);
    QCOMPARE(fetch.priority(), RequestPriority::Interactive);
}

QTEST_GUILESS_MAIN(TestFetchAll)
#include "tst_api_fetchall.moc"
