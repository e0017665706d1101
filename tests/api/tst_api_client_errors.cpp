// Every ApiError kind as the client produces it against real sockets: the sandbox with injected
// faults, a closed port, a plain-HTTP port spoken to over TLS, and scripted loopback servers for
// redirects. Non-idempotent requests whose answer is lost must give OutcomeUnknown and must not
// be sent twice.

#include "api/apiclient.h"
#include "apitestsupport.h"
#include "core/sandboxprocess.h"
#include "core/text/bidi.h"
#include "logcapture.h"
#include "resultcatcher.h"
#include "sandboxfixture.h"
#include "scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glance;
using namespace Glance::ApiTest;
using namespace std::chrono_literals;
using Glance::Test::SandboxFixture;
using Kind = ApiError::Kind;

namespace {

const QByteArray kInventoryPage =
        R"({"success":true,"data":[{"id":1,"productId":2,"warehouseId":3}],
    "pagination":{"total":1,"limit":100,"offset":0,"hasMore":false}})";

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestApiClientErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void connectionRefusedIsNetwork();
    void hangIsTimeout();
    void hangAfterSendingAdjustIsOutcomeUnknown();
    void untrustedCertificateIsTls();
    void plainHttpServerSpokenToOverTlsIsTls();
    void serverErrors_data();
    void serverErrors();
    void serverErrorOnCreateIsOutcomeUnknown();
    void truncatedAndMalformedAreDecode_data();
    void truncatedAndMalformedAreDecode();
    void droppedAdjustIsOutcomeUnknownAndAppliedOnce();
    void droppedCreateIsOutcomeUnknownAndSentOnce();
    void droppedBeforeHandlingGetIsNetwork();
    void insecureRequestRefusedBeforeSending();
    void missingKeyIsConfiguration();
    void redirectToOtherHostBlocked();
    void redirectToOtherNameOfSameHostBlocked();
    void sameOriginRedirectFollowed();

private:
    std::unique_ptr<ApiClient> client(std::chrono::milliseconds timeout = 10s) const;
    std::optional<InventoryRecord> readRecord(ApiClient &client, qint64 id);

    SandboxFixture m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestApiClientErrors::initTestCase()
{
    QVERIFY2(m_sandbox.start({u"--no-rate-limit"_s}), qPrintable(m_sandbox.errorString()));
    m_network = makeNetwork();
}

void TestApiClientErrors::cleanup()
{
    QVERIFY2(m_sandbox.clearFaults(), qPrintable(m_sandbox.errorString()));
}

void TestApiClientErrors::cleanupTestCase()
{
    m_sandbox.stop();
}

std::unique_ptr<ApiClient> TestApiClientErrors::client(std::chrono::milliseconds timeout) const
{
    ClientConfig config = sandboxConfig(m_sandbox);
    config.timeout = timeout;
    return std::make_unique<ApiClient>(m_network.get(), config);
}

std::optional<InventoryRecord> TestApiClientErrors::readRecord(ApiClient &client, qint64 id)
{
    ResultCatcher<InventoryRecord> record;
    client.getInventory(id, this, record.callback());
    if (!record.wait() || !record.ok())
        return std::nullopt;
    return record.value();
}

void TestApiClientErrors::connectionRefusedIsNetwork()
{
    ClientConfig config = sandboxConfig(m_sandbox);
    config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort()));
    ApiClient client(m_network.get(), config);

    ResultCatcher<Page<InventoryRecord>> list;
    client.listInventory({}, this, list.callback());
    ResultCatcher<AdjustResult> adjust;
    client.adjustInventory({AdjustAction {1, 1, 1, {}, {}}}, this, adjust.callback());
    QVERIFY(list.wait());
    QVERIFY(adjust.wait());
    QCOMPARE(list.error().kind(), Kind::Network);
    // Nothing was sent, so even a POST is a plain network failure, not OutcomeUnknown.
    QCOMPARE(adjust.error().kind(), Kind::Network);
    QVERIFY(list.error().userMessage().contains(u"Could not reach Glance"_s));
    QCOMPARE(client.pendingCalls(), 0);
}

void TestApiClientErrors::hangIsTimeout()
{
    QVERIFY(m_sandbox.setFaults({u"hang@GET /inventory/:id"_s}));
    const auto api = client(1s);
    ResultCatcher<InventoryRecord> record;
    QElapsedTimer timer;
    timer.start();
    api->getInventory(3, this, record.callback());
    QVERIFY(record.wait());
    QCOMPARE(record.error().kind(), Kind::Timeout);
    QVERIFY2(timer.elapsed() >= 900 && timer.elapsed() < 5000,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY(record.error().userMessage().contains(u"did not answer in time"_s));
}

void TestApiClientErrors::hangAfterSendingAdjustIsOutcomeUnknown()
{
    QVERIFY(m_sandbox.setFaults({u"hang@POST /inventory/adjust"_s}));
    const auto api = client(1s);
    ResultCatcher<AdjustResult> adjust;
    api->adjustInventory({AdjustAction {1, 1, 1, {}, {}}}, this, adjust.callback());
    QVERIFY(adjust.wait());
    QVERIFY2(adjust.error().kind() == Kind::OutcomeUnknown, adjust.describe().constData());
    QVERIFY(adjust.error().userMessage().startsWith(
            u"The change was sent but the answer was lost"_s));
}

void TestApiClientErrors::untrustedCertificateIsTls()
{
    // A real TLS server on loopback with a self-signed certificate nobody trusts.
    QFile certificateFile(QFINDTESTDATA("data/untrusted-selfsigned.crt"));
    QFile keyFile(QFINDTESTDATA("data/untrusted-selfsigned.key"));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certificateFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QVERIFY(!tls.localCertificate().isNull());
    QVERIFY(!tls.privateKey().isNull());
    QSslServer server;
    server.setSslConfiguration(tls);
    int requestBytes = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this,
                    [&, socket] { requestBytes += int(socket->readAll().size()); });
        }
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    ClientConfig config = sandboxConfig(m_sandbox, u"glnc_sk_tls_secret"_s);
    config.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort()));
    ApiClient client(m_network.get(), config);
    ResultCatcher<Page<InventoryRecord>> list;
    ResultCatcher<AdjustResult> adjust;
    client.listInventory({}, this, list.callback());
    client.adjustInventory({AdjustAction {1, 1, 1, {}, {}}}, this, adjust.callback());
    QVERIFY(list.wait());
    QVERIFY(adjust.wait());
    QVERIFY2(list.error().kind() == Kind::Tls, list.describe().constData());
    // The handshake fails before the request leaves: not OutcomeUnknown.
    QVERIFY2(adjust.error().kind() == Kind::Tls, adjust.describe().constData());
    QVERIFY(list.error().userMessage().contains(u"nothing was sent"_s));
    QVERIFY2(list.error().detail().contains(u"self signed"_s, Qt::CaseInsensitive)
                     || list.error().detail().contains(u"self-signed"_s, Qt::CaseInsensitive),
             qPrintable(list.error().detail()));
    QTest::qWait(100); // a request sent after the failed handshake would reach the server now
    QCOMPARE(requestBytes, 0); // no encrypted request, so no key, reached the server
}

void TestApiClientErrors::plainHttpServerSpokenToOverTlsIsTls()
{
    ScriptedHttpServer plain;
    plain.setAnswerOnConnect(true);
    plain.setAnswer(400, {}, "plain HTTP here");
    QVERIFY(plain.listen());
    ClientConfig config = sandboxConfig(m_sandbox);
    QUrl url = plain.url();
    url.setScheme(u"https"_s);
    config.baseUrl = url;
    ApiClient client(m_network.get(), config);
    ResultCatcher<Page<InventoryRecord>> list;
    client.listInventory({}, this, list.callback());
    QVERIFY(list.wait());
    QVERIFY2(list.error().kind() == Kind::Tls, list.describe().constData());
}

void TestApiClientErrors::serverErrors_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("serverMessage");
    QTest::newRow("500 (SDK shape)") << u"500@GET /inventory"_s << 500 << true;
    QTest::newRow("502 (HTML page)") << u"502-html@GET /inventory"_s << 502 << false;
    QTest::newRow("503 (empty)") << u"503@GET /inventory"_s << 503 << false;
}

void TestApiClientErrors::serverErrors()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(bool, serverMessage);
    QVERIFY(m_sandbox.setFaults({fault}));
    const auto api = client();
    ResultCatcher<Page<InventoryRecord>> list;
    api->listInventory({}, this, list.callback());
    QVERIFY(list.wait());
    QCOMPARE(list.error().kind(), Kind::Http);
    QCOMPARE(list.error().httpStatus(), status);
    QCOMPARE(!list.error().serverMessage().isEmpty(), serverMessage);
    const QString message = list.error().userMessage();
    // The status isolated, left to right, inside the sentence.
    QVERIFY2(message.startsWith(u"Glance is having trouble right now (error %1)."_s.arg(
                     Bidi::isolateLtr(QString::number(status)))),
             qPrintable(message));
    QVERIFY2(!message.contains(u'<'), qPrintable(message));
}

void TestApiClientErrors::serverErrorOnCreateIsOutcomeUnknown()
{
    QVERIFY(m_sandbox.setFaults({u"500@POST /inventory/create"_s}));
    const auto api = client();
    ResultCatcher<InventoryRecord> created;
    api->createInventory(CreateRecordRequest {1, 1, 1, {}}, this, created.callback());
    QVERIFY(created.wait());
    QCOMPARE(created.error().kind(), Kind::OutcomeUnknown);
    QCOMPARE(created.error().httpStatus(), 500); // kept for the log
}

void TestApiClientErrors::truncatedAndMalformedAreDecode_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("truncated") << u"truncated-json@GET /inventory"_s;
    QTest::newRow("malformed") << u"malformed-json@GET /inventory"_s;
}

void TestApiClientErrors::truncatedAndMalformedAreDecode()
{
    QFETCH(QString, fault);
    QVERIFY(m_sandbox.setFaults({fault}));
    const auto api = client();
    ResultCatcher<Page<InventoryRecord>> list;
    api->listInventory({}, this, list.callback());
    QVERIFY(list.wait());
    QVERIFY2(list.error().kind() == Kind::Decode, list.describe().constData());
    QCOMPARE(list.error().httpStatus(), 200);
    QVERIFY(list.error().userMessage().contains(u"could not read"_s));
}

void TestApiClientErrors::droppedAdjustIsOutcomeUnknownAndAppliedOnce()
{
    const auto api = client();
    const std::optional<InventoryRecord> before = readRecord(*api, 20);
    QVERIFY(before.has_value());

    QVERIFY(m_sandbox.setFaults({u"drop-after-commit:1@POST /inventory/adjust"_s}));
    ResultCatcher<AdjustResult> adjust;
    api->adjustInventory({AdjustAction {before->product.id, before->warehouse.id, 5, {}, {}}}, this,
                         adjust.callback());
    QVERIFY(adjust.wait());
    QVERIFY2(adjust.error().kind() == Kind::OutcomeUnknown, adjust.describe().constData());
    QTest::qWait(300); // a re-send, if there were one, would land now
    QVERIFY(m_sandbox.clearFaults());

    const std::optional<InventoryRecord> after = readRecord(*api, 20);
    QVERIFY(after.has_value());
    // Applied exactly once: neither QNAM nor the client sent it again.
    QCOMPARE(after->quantity.value_or(0), before->quantity.value_or(0) + 5);
    QCOMPARE(adjust.count(), 1);
}

void TestApiClientErrors::droppedCreateIsOutcomeUnknownAndSentOnce()
{
    // A sandbox of its own that logs each request, to count the creates it received.
    SandboxFixture sandbox;
    QVERIFY2(sandbox.start({u"--no-rate-limit"_s, u"--log-requests"_s, u"--records"_s, u"12"_s}),
             qPrintable(sandbox.errorString()));
    ApiClient api(m_network.get(), sandboxConfig(sandbox));
    const qint64 productId = 200;
    ResultCatcher<QList<InventoryRecord>> before;
    api.inventoryByProduct(productId, this, before.callback());
    QVERIFY(before.wait());
    QVERIFY2(before.ok(), before.describe().constData());
    QVERIFY(before.value().isEmpty());

    QVERIFY(sandbox.setFaults({u"drop-after-commit@POST /inventory/create"_s}));
    ResultCatcher<InventoryRecord> created;
    api.createInventory(CreateRecordRequest {productId, 2, 5, u"A1"_s}, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.error().kind() == Kind::OutcomeUnknown, created.describe().constData());
    QTest::qWait(300); // a re-send, if there were one, would land now
    QVERIFY(sandbox.clearFaults());

    ResultCatcher<QList<InventoryRecord>> after;
    api.inventoryByProduct(productId, this, after.callback());
    QVERIFY(after.wait());
    QVERIFY2(after.ok(), after.describe().constData());
    QCOMPARE(after.value().size(), 1); // the server did apply it
    const QString log = sandbox.process()->errorOutput();
    // ... and received it once (one log line per request the sandbox handled)
    QVERIFY2(log.count(u"\nPOST /inventory/create ->"_s) == 1, qPrintable(log));
}

void TestApiClientErrors::droppedBeforeHandlingGetIsNetwork()
{
    QVERIFY(m_sandbox.setFaults({u"drop-before@GET /inventory/:id"_s}));
    const auto api = client();
    ResultCatcher<InventoryRecord> record;
    api->getInventory(1, this, record.callback());
    QVERIFY(record.wait());
    QVERIFY2(record.error().kind() == Kind::Network, record.describe().constData());
}

void TestApiClientErrors::insecureRequestRefusedBeforeSending()
{
    LogCapture log;
    ClientConfig config = sandboxConfig(m_sandbox);
    config.baseUrl = QUrl(u"http://example.invalid"_s);
    ApiClient client(m_network.get(), config);
    ResultCatcher<Page<InventoryRecord>> list;
    client.listInventory({}, this, list.callback());
    QCOMPARE(list.count(), 0); // never from inside the call
    QVERIFY(list.wait(2000));
    QCOMPARE(list.error().kind(), Kind::InsecureRequest);
    QVERIFY(list.error().userMessage().contains(u"https://"_s));
    QVERIFY2(log.count(u"refused before sending"_s) == 1, qPrintable(log.text()));
    QCOMPARE(log.count(u"GET /inventory"_s), 0); // no request went out
}

void TestApiClientErrors::missingKeyIsConfiguration()
{
    ClientConfig config = sandboxConfig(m_sandbox);
    config.apiKey.clear();
    ApiClient client(m_network.get(), config);
    ResultCatcher<Page<InventoryRecord>> list;
    client.listInventory({}, this, list.callback());
    QVERIFY(list.wait(2000));
    QCOMPARE(list.error().kind(), Kind::Configuration);
}

void TestApiClientErrors::redirectToOtherHostBlocked()
{
    ScriptedHttpServer other;
    QVERIFY(other.listen(QHostAddress(u"127.0.0.2"_s)));
    other.setAnswer(200, {}, kInventoryPage);
    ScriptedHttpServer origin;
    QVERIFY(origin.listen());
    QUrl target = other.url();
    target.setPath(u"/inventory"_s);
    origin.setAnswer(302, {{"Location", target.toEncoded()}});

    ClientConfig config = sandboxConfig(m_sandbox, u"glnc_sk_redirect_secret"_s);
    config.baseUrl = origin.url();
    ApiClient client(m_network.get(), config);
    ResultCatcher<Page<InventoryRecord>> list;
    client.listInventory({}, this, list.callback());
    QVERIFY(list.wait());
    QVERIFY2(list.error().kind() == Kind::RedirectBlocked, list.describe().constData());
    QVERIFY(list.error().userMessage().contains(u"keep the API key safe"_s));
    QCOMPARE(origin.requests().size(), 1);
    QCOMPARE(origin.requests().first().header("Authorization"),
             QByteArray("Bearer glnc_sk_redirect_secret"));
    QTest::qWait(100); // a followed redirect would connect at once
    QCOMPARE(other.connections(), 0); // the other origin never heard from us
}

void TestApiClientErrors::redirectToOtherNameOfSameHostBlocked()
{
    ScriptedHttpServer origin;
    QVERIFY(origin.listen());
    QUrl target = origin.url();
    target.setHost(u"localhost"_s); // same machine, same port, another origin
    target.setPath(u"/inventory"_s);
    origin.setAnswer(307, {{"Location", target.toEncoded()}});

    ClientConfig config = sandboxConfig(m_sandbox);
    config.baseUrl = origin.url();
    ApiClient client(m_network.get(), config);
    ResultCatcher<Page<InventoryRecord>> list;
    client.listInventory({}, this, list.callback());
    QVERIFY(list.wait());
    QVERIFY2(list.error().kind() == Kind::RedirectBlocked, list.describe().constData());
    QTest::qWait(100); // a followed redirect would reach the origin again at once
    QCOMPARE(origin.requests().size(), 1);
}

void TestApiClientErrors::sameOriginRedirectFollowed()
{
    ScriptedHttpServer origin;
    QVERIFY(origin.listen());
    origin.addOneTimeAnswer(301, {{"Location", "/v2/inventory?page=1&limit=100"}});
    origin.setAnswer(200, {{"Content-Type", "application/json"}}, kInventoryPage);

    ClientConfig config = sandboxConfig(m_sandbox, u"glnc_sk_same_origin"_s);
    config.baseUrl = origin.url();
    ApiClient client(m_network.get(), config);
    ResultCatcher<Page<InventoryRecord>> list;
    client.listInventory({}, this, list.callback());
    QVERIFY(list.wait());
    QVERIFY2(list.ok(), list.describe().constData());
    QCOMPARE(list.value().items.size(), 1);
    QCOMPARE(origin.requests().size(), 2);
    QCOMPARE(origin.requests().at(1).target, QByteArray("/v2/inventory?page=1&limit=100"));
    QCOMPARE(origin.requests().at(1).header("Authorization"),
             QByteArray("Bearer glnc_sk_same_origin"));
}

QTEST_GUILESS_MAIN(TestApiClientErrors)
#include "tst_api_client_errors.moc"
