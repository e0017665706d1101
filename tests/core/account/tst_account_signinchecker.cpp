// The key check before storing, against the real sandbox over loopback.
#include "core/account/apikeyformat.h"
#include "core/account/signinchecker.h"
#include "core/text/bidi.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Glance;
using namespace std::chrono_literals;
using Glance::Test::SandboxFixture;

class TestSignInChecker : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;

    struct Outcome
    {
        bool accepted = false;
        QString message;
        ApiError error;
    };

    // Runs one check and returns its outcome (exactly one signal, checked).
    Outcome run(SignInChecker &checker, const QUrl &url, const QString &key)
    {
        QSignalSpy accepted(&checker, &SignInChecker::accepted);
        QSignalSpy refused(&checker, &SignInChecker::refused);
        checker.check(url, key);
        Outcome outcome;
        if (!accepted.isEmpty() || !refused.isEmpty()) {
            QTest::qFail("the check answered synchronously", __FILE__, __LINE__);
            return outcome;
        }
        if (!QTest::qWaitFor([&] { return !accepted.isEmpty() || !refused.isEmpty(); }, 30000)) {
            QTest::qFail("the check did not answer", __FILE__, __LINE__);
            return outcome;
        }
        QTest::qWait(20); // a second answer would be queued: nothing may come meanwhile
        if (accepted.size() + refused.size() != 1)
            QTest::qFail("more than one answer", __FILE__, __LINE__);
        outcome.accepted = !accepted.isEmpty();
        if (!refused.isEmpty()) {
            outcome.message = refused.first().at(0).toString();
            outcome.error = refused.first().at(1).value<ApiError>();
        }
        return outcome;
    }

    static QUrl closedPort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return {};
        const quint16 port = server.serverPort();
        server.close();
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>("Glance::ApiError");
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void init() { QVERIFY(m_sandbox.clearFaults()); }

    void validKeyIsAccepted()
    {
        SignInChecker checker(&m_network);
        const Outcome outcome = run(checker, m_sandbox.url(), m_sandbox.editorKey());
        QVERIFY2(outcome.accepted, qPrintable(outcome.message));
        QCOMPARE(checker.requestsSent(), 1);
        QVERIFY(!checker.isRunning());
        // The viewer (read-only) key is a valid key too.
        QVERIFY(run(checker, m_sandbox.url(), m_sandbox.viewerKey()).accepted);
    }

    void invalidKeyGets401Sentence()
    {
        SignInChecker checker(&m_network);
        const Outcome outcome =
                run(checker, m_sandbox.url(), QStringLiteral("glnc_sk_not_a_real_key"));
        QVERIFY(!outcome.accepted);
        QVERIFY2(outcome.error.isUnauthorized(), qPrintable(outcome.error.toLogString()));
        // A sentence for someone signing in: no server English, no "sign in again".
        QCOMPARE(outcome.message,
                 QStringLiteral("Glance did not accept this key. Check that you copied the whole "
                                "key, or create a new one in Glance."));
        QVERIFY(!outcome.error.serverMessage().isEmpty()); // the server did say something
        QVERIFY(!outcome.message.contains(outcome.error.serverMessage()));
        QCOMPARE(checker.requestsSent(), 1);
    }

    void refusalsHaveSignInSentences_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("401") << 401 << QStringLiteral("copied the whole key");
        QTest::newRow("403") << 403 << QStringLiteral("does not let it read the inventory");
        QTest::newRow("404") << 404 << QStringLiteral("server address");
        QTest::newRow("400") << 400 << QStringLiteral("error");
        QTest::newRow("429") << 429 << QStringLiteral("Too many requests");
        QTest::newRow("503") << 503 << QStringLiteral("having trouble");
    }

    void refusalsHaveSignInSentences()
    {
        QFETCH(int, status);
        QFETCH(QString, mustContain);
        const QString server = QStringLiteral("Invalid or missing API key");
        for (const QByteArray &body :
             {QByteArray(R"({"error":"Unauthorized","message":"Invalid or missing API key"})"),
              QByteArray(R"({"success":false,"error":{"message":"Invalid or missing API key",)"
                         R"("code":"NO_ACCESS"}})"),
              QByteArray("<html>502</html>")}) {
            const QString message =
                    SignInChecker::refusalMessage(ApiError::fromHttpResponse(status, body));
            QVERIFY2(Bidi::stripFormatting(message).contains(mustContain), qPrintable(message));
            QVERIFY2(!message.contains(server), qPrintable(message));
            QVERIFY2(!message.contains(QStringLiteral("sign in again")), qPrintable(message));
        }
        // Not an answer of the server: the client's own sentence.
        const ApiError timeout(ApiError::Kind::Timeout);
        QCOMPARE(SignInChecker::refusalMessage(timeout), timeout.userMessage());
    }

    void unreachableServerGetsItsOwnSentence()
    {
        const QUrl url = closedPort();
        QVERIFY(url.isValid());
        SignInChecker checker(&m_network);
        const Outcome unreachable = run(checker, url, m_sandbox.editorKey());
        QVERIFY(!unreachable.accepted);
        QCOMPARE(unreachable.error.kind(), ApiError::Kind::Network);
        QCOMPARE(unreachable.message, unreachable.error.userMessage());

        const Outcome invalid = run(checker, m_sandbox.url(), QStringLiteral("glnc_sk_wrong"));
        QVERIFY(invalid.error.isUnauthorized());
        QVERIFY(unreachable.message != invalid.message);
    }

    void malformedKeyIsRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << QStringLiteral("glnc_sk_ab cd");
        QTest::newRow("line break") << QStringLiteral("glnc_sk_ab\ncd");
        QTest::newRow("tab") << QStringLiteral("glnc_sk_ab\tcd");
        QTest::newRow("non-ascii") << QStringLiteral("מפתח");
    }

    void malformedKeyIsRefusedBeforeAnyRequest()
    {
        QFETCH(QString, key);
        SignInChecker checker(&m_network);
        // A closed port: had a request been made, the answer would be a network error.
        const Outcome outcome = run(checker, closedPort(), key);
        QVERIFY(!outcome.accepted);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::None);
        QCOMPARE(outcome.message, ApiKeyFormat::message(ApiKeyFormat::check(key)));
        QVERIFY(!outcome.message.isEmpty());
        QCOMPARE(checker.requestsSent(), 0);
    }

    void unusableAddressIsRefused()
    {
        SignInChecker checker(&m_network);
        const Outcome bad =
                run(checker, QUrl(QStringLiteral("ftp://example.com")), m_sandbox.editorKey());
        QCOMPARE(bad.error.kind(), ApiError::Kind::Configuration);
        QVERIFY(!bad.message.isEmpty());
        QCOMPARE(checker.requestsSent(), 0);

        // Plain http to a host that is not loopback: the client refuses it before sending.
        const Outcome insecure =
                run(checker, QUrl(QStringLiteral("http://example.com")), m_sandbox.editorKey());
        QCOMPARE(insecure.error.kind(), ApiError::Kind::InsecureRequest);
        QCOMPARE(insecure.message, insecure.error.userMessage());
    }

    void timeoutIsApplied()
    {
        QVERIFY(m_sandbox.setFaults({QStringLiteral("hang@GET /inventory")}));
        SignInChecker checker(&m_network);
        checker.setTimeout(1s);
        const Outcome outcome = run(checker, m_sandbox.url(), m_sandbox.editorKey());
        QVERIFY(!outcome.accepted);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Timeout);
        QCOMPARE(outcome.message, outcome.error.userMessage());
    }

    void newCheckReplacesRunningOne()
    {
        SignInChecker checker(&m_network);
        QSignalSpy accepted(&checker, &SignInChecker::accepted);
        QSignalSpy refused(&checker, &SignInChecker::refused);
        checker.check(m_sandbox.url(), QStringLiteral("glnc_sk_wrong"));
        checker.check(m_sandbox.url(), m_sandbox.editorKey());
        QVERIFY(accepted.wait(15000));
        QTest::qWait(200); // the replaced check's answer would land within this over loopback
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(refused.size(), 0);

        checker.check(m_sandbox.url(), m_sandbox.editorKey());
        checker.cancel();
        QTest::qWait(300); // the cancelled check's answer would land within this over loopback
        QCOMPARE(accepted.size(), 1);
        QVERIFY(!checker.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSignInChecker)
#include "tst_account_signinchecker.moc"
