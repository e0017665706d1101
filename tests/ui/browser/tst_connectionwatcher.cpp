// ConnectionWatcher against the sandbox: offline after a dropped connection, online again after
// any answer (an error from Glance included), and one sign-in request per run of 401s.
#include "browsertestsupport.h"
#include "ui/browser/connectionwatcher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Glance;
using namespace Glance::Test;

class TestConnectionWatcher : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;

    // Lists the warehouses once and waits for the answer.
    static bool call(ApiClient *client, QObject *context)
    {
        bool answered = false;
        client->listWarehouses(context,
                               [&answered](const ApiResult<WarehouseList> &) { answered = true; });
        return QTest::qWaitFor([&answered] { return answered; }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void init() { QVERIFY(m_sandbox.clearFaults()); }

    void offlineUntilGlanceAnswers()
    {
        auto client = clientFor(&m_network, m_sandbox);
        ConnectionWatcher watcher;
        QSignalSpy online(&watcher, &ConnectionWatcher::onlineChanged);
        watcher.watch(client.get());
        QVERIFY(watcher.isOnline());

        QVERIFY(m_sandbox.setFaults({QStringLiteral("drop-before@GET /warehouses")}));
        QVERIFY(call(client.get(), this));
        QVERIFY(!watcher.isOnline());
        QCOMPARE(online.count(), 1);
        QCOMPARE(online.at(0).at(0).toBool(), false);

        // A server error is still an answer: Glance is reachable.
        QVERIFY(m_sandbox.setFaults({QStringLiteral("500@GET /warehouses")}));
        QVERIFY(call(client.get(), this));
        QVERIFY(watcher.isOnline());
        QCOMPARE(online.count(), 2);

        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(call(client.get(), this));
        QVERIFY(watcher.isOnline());
        QCOMPARE(online.count(), 2);
    }

    // A 401 is an answer from Glance: online (what it means for the key is AppController's).
    void unauthorizedIsAnAnswer()
    {
        auto wrong = clientFor(&m_network, m_sandbox, false, QStringLiteral("glnc_sk_wrong"));
        ConnectionWatcher watcher;
        QSignalSpy online(&watcher, &ConnectionWatcher::onlineChanged);
        watcher.watch(wrong.get());
        for (int i = 0; i < 3; ++i)
            QVERIFY(call(wrong.get(), this));
        QVERIFY(watcher.isOnline());
        QCOMPARE(online.count(), 0);
    }
};

QTEST_MAIN(TestConnectionWatcher)
#include "tst_connectionwatcher.moc"
