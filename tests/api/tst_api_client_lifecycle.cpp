// The life of a call: delivered exactly once and never from inside the call, cancellable (the
// stale search gets Cancelled), silent when its context dies, owned and deleted by the client,
// signals for status bars, and a log that never holds the key.

#include "api/apiclient.h"
#include "apitestsupport.h"
#include "logcapture.h"
#include "resultcatcher.h"
#include "sandboxfixture.h"

#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glance;
using namespace Glance::ApiTest;
using Glance::Test::SandboxFixture;
using Kind = ApiError::Kind;

namespace {

const QString kKey = u"glnc_sk_lifecycle_0123456789abcdef"_s;

// True once a request is on the wire: the manager parents the replies it creates.
bool inFlight(QNetworkAccessManager *network)
{
    return !network->findChildren<QNetworkReply *>().isEmpty();
}

} // namespace

class TestApiClientLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void deliveredOnceAndNeverSynchronously();
    void errorsAreQueuedToo();
    void handleIsOwnedAndDeletedAfterFinishing();
    void cancelDeliversCancelledOnce();
    void cancelAfterDeliveryDoesNothing();
    void cancelWhileQueuedNeverSends();
    void newerSearchCancelsTheOlder();
    void contextDestroyedAbortsWithoutCallback();
    void contextDestroyedBeforeQueuedError();
    void destroyingTheClientEndsCallsAsCancelled();
    void callbackMayDestroyTheClient();
    void networkManagerDestroyedEndsCalls();
    void statusSignals();
    void keyNeverLogged();

private:
    SandboxFixture m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClientLifecycle::initTestCase()
{
    QVERIFY2(m_sandbox.start({u"--no-rate-limit"_s, u"--editor-key"_s, kKey}),
             qPrintable(m_sandbox.errorString()));
    QCOMPARE(m_sandbox.editorKey(), kKey);
}

void TestApiClientLifecycle::init()
{
    m_network = makeNetwork();
    m_client = std::make_unique<ApiClient>(m_network.get(), sandboxConfig(m_sandbox));
}

void TestApiClientLifecycle::cleanup()
{
    if (m_client)
        QCOMPARE(m_client->pendingCalls(), 0);
    m_client.reset();
    m_network.reset();
    QVERIFY(m_sandbox.clearFaults());
}

void TestApiClientLifecycle::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestApiClientLifecycle::deliveredOnceAndNeverSynchronously()
{
    ResultCatcher<InventoryRecord> record;
    m_client->getInventory(1, this, record.callback());
    QCOMPARE(record.count(), 0);
    QVERIFY(record.wait());
    QVERIFY2(record.ok(), record.describe().constData());
    QTest::qWait(50); // a second delivery would be queued: a few turns of the event loop run it
    QCOMPARE(record.count(), 1);
}

void TestApiClientLifecycle::errorsAreQueuedToo()
{
    m_client->setBaseUrl(QUrl(u"http://example.invalid"_s));
    ResultCatcher<InventoryRecord> record;
    ApiCall *call = m_client->getInventory(1, this, record.callback());
    QVERIFY(call);
    QCOMPARE(record.count(), 0);
    QVERIFY(!call->isFinished());
    QVERIFY(record.wait(2000));
    QCOMPARE(record.error().kind(), Kind::InsecureRequest);
    QTest::qWait(50); // a second delivery would be queued: a few turns of the event loop run it
    QCOMPARE(record.count(), 1);
}

void TestApiClientLifecycle::handleIsOwnedAndDeletedAfterFinishing()
{
    ResultCatcher<InventoryRecord> record;
    QPointer<ApiCall> call = m_client->getInventory(1, this, record.callback());
    QVERIFY(call);
    QCOMPARE(call->parent(), m_client.get());
    QCOMPARE(call->operation(), u"getInventory"_s);
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QVERIFY(record.wait());
    QCOMPARE(finished.count(), 1);
    QTRY_VERIFY(call.isNull()); // deleteLater'd by the client
}

void TestApiClientLifecycle::cancelDeliversCancelledOnce()
{
    QVERIFY(m_sandbox.setFaults({u"latency=300@GET /inventory/:id"_s}));
    ResultCatcher<InventoryRecord> record;
    QPointer<ApiCall> call = m_client->getInventory(1, this, record.callback());
    QTRY_VERIFY(inFlight(m_network.get()));
    QCOMPARE(m_client->pendingCalls(), 1);
    call->cancel();
    call->cancel();
    QCOMPARE(record.count(), 0); // queued, not from inside cancel()
    QCOMPARE(m_client->pendingCalls(), 0); // the reply was aborted at once
    QVERIFY(record.wait(500));
    QCOMPARE(record.error().kind(), Kind::Cancelled);
    // The server answers 300 ms after the request: nothing more may arrive until past that.
    QTest::qWait(500);
    QCOMPARE(record.count(), 1);
    QVERIFY(call.isNull());
}

void TestApiClientLifecycle::cancelAfterDeliveryDoesNothing()
{
    ResultCatcher<InventoryRecord> record;
    QPointer<ApiCall> call = m_client->getInventory(1, this, record.callback());
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QVERIFY(finished.wait());
    if (call)
        call->cancel();
    QTest::qWait(50); // a Cancelled would be queued: a few turns of the event loop deliver it
    QCOMPARE(record.count(), 1);
    QVERIFY(record.ok());
}

void TestApiClientLifecycle::cancelWhileQueuedNeverSends()
{
    LogCapture log;
    ResultCatcher<AdjustResult> adjust;
    ApiCall *call =
            m_client->adjustInventory({AdjustAction {1, 1, 1, {}, {}}}, this, adjust.callback());
    call->cancel(); // before the event loop ran: still in the client's queue
    QVERIFY(adjust.wait(1000));
    QCOMPARE(adjust.error().kind(), Kind::Cancelled);
    // A send despite the cancel would leave at the next pump and be answered (and logged) at
    // once over loopback, with no latency fault.
    QTest::qWait(100);
    QCOMPARE(log.count(u"POST /inventory/adjust"_s), 0);
    QCOMPARE(adjust.count(), 1);
}

void TestApiClientLifecycle::newerSearchCancelsTheOlder()
{
    QVERIFY(m_sandbox.setFaults({u"latency=300@GET /inventory"_s}));
    // What a search box does: each keystroke cancels the previous search.
    QPointer<ApiCall> current;
    QList<ResultCatcher<Page<InventoryRecord>>> searches(3);
    const QStringList terms {u"W"_s, u"Wi"_s, u"Widget"_s};
    for (int i = 0; i < terms.size(); ++i) {
        if (current)
            current->cancel();
        InventoryQuery query;
        query.search = terms.at(i);
        current = m_client->listInventory(query, this, searches[i].callback());
        QTest::qWait(20); // the next keystroke, 20 ms later (the older search is on the wire)
    }
    QVERIFY(searches[2].wait());
    QVERIFY2(searches[2].ok(), searches[2].describe().constData());
    for (const auto &record : searches[2].value().items)
        QVERIFY(record.product.name.contains(u"Widget"_s) || record.location.contains(u"Widget"_s));
    for (int i = 0; i < 2; ++i) {
        QVERIFY(searches[i].wait(100));
        QCOMPARE(searches[i].count(), 1);
        QCOMPARE(searches[i].error().kind(), Kind::Cancelled); // the stale one never shows
    }
}

void TestApiClientLifecycle::contextDestroyedAbortsWithoutCallback()
{
    QVERIFY(m_sandbox.setFaults({u"latency=300@GET /inventory/:id"_s}));
    auto *context = new QObject;
    ResultCatcher<InventoryRecord> record;
    QPointer<ApiCall> call = m_client->getInventory(1, context, record.callback());
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QTRY_VERIFY(inFlight(m_network.get()));
    QCOMPARE(m_client->pendingCalls(), 1);
    delete context;
    QCOMPARE(m_client->pendingCalls(), 0); // aborted right away
    // The server answers 300 ms after the request: no callback may run until past that.
    QTest::qWait(500);
    QCOMPARE(record.count(), 0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(call.isNull());
}

void TestApiClientLifecycle::contextDestroyedBeforeQueuedError()
{
    m_client->setBaseUrl(QUrl(u"http://example.invalid"_s));
    auto *context = new QObject;
    ResultCatcher<InventoryRecord> record;
    m_client->getInventory(1, context, record.callback());
    delete context; // the InsecureRequest error is already queued
    QTest::qWait(50); // the queued error would be delivered within a few turns of the event loop
    QCOMPARE(record.count(), 0);
}

void TestApiClientLifecycle::destroyingTheClientEndsCallsAsCancelled()
{
    // A window waiting on a call must never wait forever when the client is replaced (signing
    // in again): every call still ends, once, from the event loop, as cancelled.
    QVERIFY(m_sandbox.setFaults({u"latency=300@GET /inventory/:id"_s}));
    ResultCatcher<InventoryRecord> inFlight;
    ResultCatcher<InventoryRecord> refused;
    m_client->getInventory(1, this, inFlight.callback());
    QTRY_VERIFY(::inFlight(m_network.get()));
    m_client->setBaseUrl(QUrl(u"http://example.invalid"_s));
    m_client->getInventory(1, this, refused.callback());
    m_client.reset();
    QCOMPARE(inFlight.count(), 0); // never from inside the destructor
    QTRY_COMPARE(inFlight.count(), 1);
    QCOMPARE(inFlight.error().kind(), ApiError::Kind::Cancelled);
    QVERIFY(refused.count() <= 1); // refused before it was queued: at most its own error
    // The sandbox answers 300 ms after the request: that answer is not delivered again.
    QTest::qWait(400);
    QCOMPARE(inFlight.count(), 1);
}

void TestApiClientLifecycle::callbackMayDestroyTheClient()
{
    int calls = 0;
    m_client->getInventory(1, this, [&](const ApiResult<InventoryRecord> &) {
        ++calls;
        m_client.reset();
    });
    QTRY_COMPARE(calls, 1);
    QTest::qWait(50); // a second delivery would be queued: a few turns of the event loop run it
    QCOMPARE(calls, 1);
    QVERIFY(!m_client);
}

void TestApiClientLifecycle::networkManagerDestroyedEndsCalls()
{
    QVERIFY(m_sandbox.setFaults({u"latency=300@GET /inventory/:id"_s}));
    ResultCatcher<InventoryRecord> inFlight;
    m_client->getInventory(1, this, inFlight.callback());
    QTRY_VERIFY(::inFlight(m_network.get()));
    m_network.reset(); // the application tore down its manager first
    QVERIFY(inFlight.wait(1000));
    QCOMPARE(inFlight.error().kind(), Kind::Network);
    ResultCatcher<InventoryRecord> later;
    m_client->getInventory(1, this, later.callback());
    QVERIFY(later.wait(1000));
    QVERIFY2(!later.ok(), later.describe().constData());
    // The sandbox would answer 300 ms after the request; its reply died with the manager, so
    // nothing more may be delivered until past that.
    QTest::qWait(300);
    QCOMPARE(inFlight.count(), 1);
}

void TestApiClientLifecycle::statusSignals()
{
    QSignalSpy succeeded(m_client.get(), &ApiClient::callSucceeded);
    QSignalSpy failed(m_client.get(), &ApiClient::callFailed);
    ResultCatcher<InventoryRecord> good;
    ResultCatcher<InventoryRecord> missing;
    m_client->getInventory(1, this, good.callback());
    m_client->getInventory(999999, this, missing.callback());
    QVERIFY(good.wait());
    QVERIFY(missing.wait());
    QCOMPARE(succeeded.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<ApiError>().httpStatus(), 404);
}

void TestApiClientLifecycle::keyNeverLogged()
{
    LogCapture log;
    m_client->getInventory(1, this, [](const ApiResult<InventoryRecord> &) {});
    m_client->getInventory(999999, this, [](const ApiResult<InventoryRecord> &) {});
    m_client->adjustInventory({AdjustAction {1, 1, -100000, {}, {}}}, this,
                              [](const ApiResult<AdjustResult> &) {});
    ResultCatcher<Product> sku;
    m_client->productBySku(kKey, this, sku.callback()); // even a key pasted into a search
    QVERIFY(sku.wait());
    ApiClient wrongKey(m_network.get(), sandboxConfig(m_sandbox, kKey + u"x"_s));
    ResultCatcher<InventoryRecord> unauthorized;
    wrongKey.getInventory(1, this, unauthorized.callback());
    QVERIFY(unauthorized.wait());
    QTRY_COMPARE(m_client->pendingCalls(), 0);

    const QString text = log.text();
    QVERIFY2(log.count(u"GET /inventory/1 -> 200 in"_s) == 1, qPrintable(text));
    QVERIFY2(log.count(u"POST /inventory/adjust -> 400 in"_s) == 1, qPrintable(text));
    QVERIFY2(log.count(u"-> 401"_s) == 1, qPrintable(text));
    QVERIFY2(!text.contains(kKey), qPrintable(text));
    QVERIFY2(!text.contains(u"0123456789abcdef"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestApiClientLifecycle)
#include "tst_api_client_lifecycle.moc"
