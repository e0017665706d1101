// glance-sandbox: fault injection (CLI and admin endpoint), one test per fault kind.
#include "rawhttp.h"
#include "sandboxchecks.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using Glance::Test::HttpResult;
using Glance::Test::isSdkError;
using Glance::Test::issuePaths;
using Glance::Test::RawHttp;
using Glance::Test::SandboxFixture;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;

    // Over a plain socket: exactly one request, no transparent re-send on a dropped connection.
    HttpResult rawAdjust(int amount, int timeoutMs = 10000)
    {
        const QByteArray body =
                QJsonDocument(QJsonObject {{u"actions"_s,
                                            QJsonArray {QJsonObject {{u"productId"_s, 1},
                                                                     {u"warehouseId"_s, 1},
                                                                     {u"amount"_s, amount}}}}})
                        .toJson(QJsonDocument::Compact);
        return RawHttp::sendOverSocket(
                "POST", m_sandbox.endpoint(u"/inventory/adjust"_s),
                {{"Authorization", "Bearer " + m_sandbox.editorKey().toUtf8()}}, body, timeoutMs);
    }

    HttpResult rawGet(const QString &path, int timeoutMs = 10000)
    {
        return RawHttp::sendOverSocket(
                "GET", m_sandbox.endpoint(path),
                {{"Authorization", "Bearer " + m_sandbox.editorKey().toUtf8()}}, {}, timeoutMs);
    }

    qint64 quantity()
    {
        return m_sandbox.get(u"/inventory/1"_s)
                .data()
                .toObject()
                .value("quantity"_L1)
                .toInteger(-1);
    }

    qint64 movementCount()
    {
        return m_sandbox.get(u"/inventory/movements?limit=1"_s)
                .json()
                .value("pagination"_L1)
                .toObject()
                .value("total"_L1)
                .toInteger(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--no-rate-limit"_s, u"--seed"_s, u"3"_s}),
                 qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(m_sandbox.reset());
    }

    void adminEndpoint()
    {
        QVERIFY(m_sandbox.setFaults({u"500@GET /inventory"_s, u"latency=1ms"_s}));
        HttpResult r = m_sandbox.get(u"/__sandbox/faults"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toObject().value("faults"_L1).toArray(),
                 QJsonArray({u"500@GET /inventory"_s, u"latency=1ms"_s}));

        // An invalid spec changes nothing and names its index.
        r = m_sandbox.post(u"/__sandbox/faults"_s,
                           {{u"faults"_s, QJsonArray {u"503"_s, u"explode:2"_s}}});
        QVERIFY(isSdkError(r, 400, u"INVALID_FIELD"_s));
        QCOMPARE(issuePaths(r), QStringList {u"[\"faults\",1]"_s});
        QCOMPARE(m_sandbox.get(u"/__sandbox/faults"_s)
                         .data()
                         .toObject()
                         .value("faults"_L1)
                         .toArray()
                         .size(),
                 2);

        // Editor key only; admin routes are never faulted themselves.
        QCOMPARE(m_sandbox.get(u"/__sandbox/faults"_s, u""_s).status, 401);
        QVERIFY(isSdkError(m_sandbox.get(u"/__sandbox/faults"_s, m_sandbox.viewerKey()), 403,
                           u"NO_ACCESS"_s));
        QVERIFY(m_sandbox.setFaults({u"500"_s}));
        QCOMPARE(m_sandbox.get(u"/warehouses"_s).status, 500);
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(m_sandbox.get(u"/warehouses"_s).status, 200);
    }

    void endpointMatching()
    {
        QVERIFY(m_sandbox.setFaults({u"500@POST /inventory/adjust"_s, u"503@* /products/**"_s,
                                     u"502-html@/inventory/:id"_s}));
        QCOMPARE(m_sandbox.get(u"/inventory?limit=1"_s).status, 200);
        QCOMPARE(m_sandbox.get(u"/inventory/3"_s).status, 502);
        QCOMPARE(m_sandbox.get(u"/products/id/1"_s).status, 503);
        QCOMPARE(m_sandbox.get(u"/products"_s).status, 503); // "**" also matches nothing
        QCOMPARE(m_sandbox.get(u"/warehouses"_s).status, 200);
        QCOMPARE(rawAdjust(1).status, 500);
    }

    void queryMatching()
    {
        QVERIFY(m_sandbox.setFaults(
                {u"500@GET /inventory?warehouseId=2"_s, u"503@/products?search=a%20b&limit=1"_s}));
        QCOMPARE(m_sandbox.get(u"/inventory?warehouseId=2&limit=1"_s).status, 500);
        QCOMPARE(m_sandbox.get(u"/inventory?limit=1&warehouseId=2"_s).status, 500);
        QCOMPARE(m_sandbox.get(u"/inventory?warehouseId=1&limit=1"_s).status, 200);
        QCOMPARE(m_sandbox.get(u"/inventory?warehouseId=22"_s).status, 200);
        QCOMPARE(m_sandbox.get(u"/inventory?limit=1"_s).status, 200);
        QCOMPARE(m_sandbox.get(u"/products?search=a+b&limit=1"_s).status, 503);
        QCOMPARE(m_sandbox.get(u"/products?search=a"_s).status, 200);
        QVERIFY(!m_sandbox.setFaults({u"500@GET /inventory?"_s}));
    }

    void latency()
    {
        QVERIFY(m_sandbox.setFaults({u"latency=400ms@GET /warehouses"_s}));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_sandbox.get(u"/warehouses"_s).status, 200);
        QVERIFY2(timer.elapsed() >= 390, qPrintable(QString::number(timer.elapsed())));
        timer.restart();
        QCOMPARE(m_sandbox.get(u"/warehouses/1"_s).status, 200);
        QVERIFY(timer.elapsed() < 390);
    }

    void latencyDoesNotBlockOtherRequests()
    {
        QVERIFY(m_sandbox.setFaults({u"latency=2s@GET /warehouses"_s}));
        // A slow request in flight must not stall the event loop for the others.
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest slowRequest(m_sandbox.endpoint(u"/warehouses"_s));
        slowRequest.setRawHeader("Authorization", "Bearer " + m_sandbox.editorKey().toUtf8());
        QNetworkReply *slow = manager.get(slowRequest);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_sandbox.get(u"/warehouses/1"_s).status, 200);
        QVERIFY(timer.elapsed() < 1500);
        QVERIFY(!slow->isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(slow->isFinished(), 10000);
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete slow;
    }

    void error500()
    {
        QVERIFY(m_sandbox.setFaults({u"500"_s}));
        const HttpResult r = m_sandbox.get(u"/inventory"_s);
        QVERIFY(isSdkError(r, 500, u"UNKNOWN_ERROR"_s));
    }

    void html502()
    {
        QVERIFY(m_sandbox.setFaults({u"502-html:1@GET /inventory"_s}));
        const HttpResult r = m_sandbox.get(u"/inventory"_s);
        QCOMPARE(r.status, 502);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("<html>"));
        QVERIFY(r.body.contains("502 Bad Gateway"));
        QVERIFY(!r.isJson());
    }

    void unavailable503()
    {
        QVERIFY(m_sandbox.setFaults({u"503"_s}));
        const HttpResult r = m_sandbox.get(u"/inventory"_s);
        QCOMPARE(r.status, 503);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
    }

    void burst429()
    {
        QVERIFY(m_sandbox.setFaults({u"429-burst=3@GET /warehouses"_s}));
        for (int i = 0; i < 3; ++i) {
            const HttpResult r = m_sandbox.get(u"/warehouses"_s);
            QVERIFY(isSdkError(r, 429, u"RATE_LIMIT_EXCEEDED"_s));
            QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        }
        QCOMPARE(m_sandbox.get(u"/warehouses/1"_s).status, 200); // other endpoint

        // With a rate, a burst starts at random and then answers 429 to the next 3 requests.
        QVERIFY(m_sandbox.setFaults({u"429-burst=3:0.2@GET /warehouses"_s}));
        int first429 = -1;
        for (int i = 0; i < 60 && first429 < 0; ++i) {
            if (m_sandbox.get(u"/warehouses"_s).status == 429)
                first429 = i;
        }
        QVERIFY(first429 >= 0);
        QCOMPARE(m_sandbox.get(u"/warehouses"_s).status, 429);
        QCOMPARE(m_sandbox.get(u"/warehouses"_s).status, 429);
    }

    void dropBeforeDoesNotApply()
    {
        const qint64 before = quantity();
        const qint64 movements = movementCount();
        QVERIFY(m_sandbox.setFaults({u"drop-before@POST /inventory/adjust"_s}));
        const HttpResult r = rawAdjust(5);
        QCOMPARE(r.status, 0);
        QVERIFY(r.incomplete);
        QVERIFY(!r.timedOut);
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(quantity(), before);
        QCOMPARE(movementCount(), movements);
    }

    void dropAfterCommitApplies()
    {
        const qint64 before = quantity();
        const qint64 movements = movementCount();
        QVERIFY(m_sandbox.setFaults({u"drop-after-commit:0.5@POST /inventory/adjust"_s,
                                     u"drop-after-commit:1@POST /inventory/adjust"_s}));
        const HttpResult r = rawAdjust(5);
        QCOMPARE(r.status, 0);
        QVERIFY(r.incomplete);
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(quantity(), before + 5); // committed exactly once
        QCOMPARE(movementCount(), movements + 1);
    }

    void truncatedJson()
    {
        QVERIFY(m_sandbox.setFaults({u"truncated-json@GET /inventory"_s}));
        const HttpResult raw = rawGet(u"/inventory?limit=20"_s);
        QCOMPARE(raw.status, 200);
        QVERIFY(raw.incomplete);
        const qint64 announced = raw.header("Content-Length").toLongLong();
        QVERIFY(raw.body.size() > 0 && raw.body.size() < announced);
        QVERIFY(raw.body.startsWith("{\""));
        QVERIFY(!raw.isJson());
        // Through QNetworkAccessManager it is an error, not a success.
        const HttpResult viaQnam = m_sandbox.get(u"/inventory?limit=20"_s);
        QVERIFY(viaQnam.networkError != QNetworkReply::NoError);
    }

    void truncatedWriteIsCommitted()
    {
        const qint64 before = quantity();
        QVERIFY(m_sandbox.setFaults({u"truncated-json@POST /inventory/adjust"_s}));
        const HttpResult r = rawAdjust(2);
        QCOMPARE(r.status, 200);
        QVERIFY(r.incomplete);
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(quantity(), before + 2);
    }

    void malformedJson()
    {
        QVERIFY(m_sandbox.setFaults({u"malformed-json@GET /inventory"_s}));
        const HttpResult r = m_sandbox.get(u"/inventory"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.isJson());
    }

    void hangKeepsConnectionOpen()
    {
        const qint64 before = quantity();
        QVERIFY(m_sandbox.setFaults({u"hang@POST /inventory/adjust"_s}));
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = rawAdjust(9, 1500);
        QVERIFY(r.timedOut);
        QCOMPARE(r.status, 0);
        QVERIFY(timer.elapsed() >= 1400);
        // The server keeps serving others, and the held request changed nothing.
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(m_sandbox.get(u"/warehouses"_s).status, 200);
        QCOMPARE(quantity(), before);
    }

    void rateIsSeededAndDeterministic()
    {
        auto run = [](SandboxFixture &sandbox) {
            QString statuses;
            for (int i = 0; i < 40; ++i)
                statuses += sandbox.get(u"/warehouses/1"_s).status == 500 ? u'x' : u'.';
            return statuses;
        };
        SandboxFixture a;
        SandboxFixture b;
        QVERIFY2(a.start({u"--no-rate-limit"_s, u"--fault"_s, u"500:0.3"_s}),
                 qPrintable(a.errorString()));
        QVERIFY2(b.start({u"--no-rate-limit"_s, u"--fault"_s, u"500:0.3"_s}),
                 qPrintable(b.errorString()));
        const QString first = run(a);
        QCOMPARE(run(b), first);
        QVERIFY2(first.contains(u'x') && first.contains(u'.'), qPrintable(first));
    }

    void faultFromCommandLine()
    {
        SandboxFixture other;
        QVERIFY2(other.start(
                         {u"--fault"_s, u"503@GET /warehouses"_s, u"--fault"_s, u"latency=10ms"_s}),
                 qPrintable(other.errorString()));
        QCOMPARE(other.get(u"/warehouses"_s).status, 503);
        QCOMPARE(other.get(u"/inventory?limit=1"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
