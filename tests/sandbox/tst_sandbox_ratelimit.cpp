// glance-sandbox: rate-limit headers, 429 past the per-second and per-minute limits.
#include "sandboxchecks.h"
#include "sandboxfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using Glance::Test::HttpResult;
using Glance::Test::isSdkError;
using Glance::Test::SandboxFixture;

class TestSandboxRateLimit : public QObject
{
    Q_OBJECT

private:
    static qint64 nowSeconds() { return QDateTime::currentSecsSinceEpoch(); }

    static bool hasLimitHeaders(const HttpResult &r, int limit)
    {
        return r.header("X-RateLimit-Limit") == QByteArray::number(limit)
                && !r.header("X-RateLimit-Remaining").isEmpty()
                && !r.header("X-RateLimit-Reset").isEmpty();
    }

private Q_SLOTS:
    void headersOnEveryResponse()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const qint64 before = nowSeconds();
        const HttpResult ok = sandbox.get(u"/inventory?limit=1"_s);
        QCOMPARE(ok.status, 200);
        QVERIFY(hasLimitHeaders(ok, 100));
        QCOMPARE(ok.header("X-RateLimit-Remaining"), QByteArray("99"));
        const qint64 reset = ok.header("X-RateLimit-Reset").toLongLong();
        QVERIFY2(reset >= before + 59 && reset <= nowSeconds() + 61,
                 qPrintable(QString::number(reset - before)));

        const HttpResult notFound = sandbox.get(u"/inventory/999999"_s);
        QCOMPARE(notFound.status, 404);
        QVERIFY(hasLimitHeaders(notFound, 100));
        QCOMPARE(notFound.header("X-RateLimit-Remaining"), QByteArray("98"));
        const HttpResult bad = sandbox.get(u"/inventory?limit=x"_s);
        QCOMPARE(bad.status, 400);
        QVERIFY(hasLimitHeaders(bad, 100));
        const HttpResult unauthorized = sandbox.get(u"/inventory"_s, u"glnc_sk_nope"_s);
        QCOMPARE(unauthorized.status, 401);
        QVERIFY(hasLimitHeaders(unauthorized, 100));
        const HttpResult write = sandbox.put(u"/inventory/1/edit"_s, {{u"quantity"_s, 2}});
        QCOMPARE(write.status, 200);
        QVERIFY(hasLimitHeaders(write, 100));
        QCOMPARE(write.header("X-RateLimit-Remaining"), QByteArray("96"));
    }

    void perSecondAndPerMinuteLimits()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start({u"--rate-limit"_s, u"10,5"_s}), qPrintable(sandbox.errorString()));

        // Five in a burst are fine, the sixth within the same second is not.
        QElapsedTimer burst;
        burst.start();
        for (int i = 0; i < 5; ++i) {
            const HttpResult r = sandbox.get(u"/warehouses"_s);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("10"));
            QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray::number(9 - i));
        }
        int accepted = 5;
        const HttpResult blocked = sandbox.get(u"/warehouses"_s);
        if (burst.elapsed() < 900) { // the burst really fit in one second
            QVERIFY(isSdkError(blocked, 429, u"RATE_LIMIT_EXCEEDED"_s));
            QCOMPARE(blocked.header("Retry-After"), QByteArray("1"));
            QCOMPARE(blocked.header("X-RateLimit-Remaining"), QByteArray("5")); // not counted
            QVERIFY(blocked.header("X-RateLimit-Reset").toLongLong() <= nowSeconds() + 2);
        } else if (blocked.status == 200) { // a very slow machine: the window had moved on
            ++accepted;
        }

        // The other key has its own budget.
        QCOMPARE(sandbox.get(u"/warehouses"_s, sandbox.viewerKey()).status, 200);

        // Once the second has passed the editor key may go on, up to 10 per minute.
        QElapsedTimer waited;
        waited.start();
        while (accepted < 10) {
            QVERIFY2(waited.elapsed() < 20000, "the per-second window never reopened");
            const HttpResult r = sandbox.get(u"/warehouses"_s);
            if (r.status == 429) { // the per-second window: wait it out
                QCOMPARE(r.header("Retry-After"), QByteArray("1"));
                QTest::qWait(200); // polls the clock-driven window (the loop is bounded above)
                continue;
            }
            QCOMPARE(r.status, 200);
            ++accepted;
            QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray::number(10 - accepted));
        }
        QTest::qWait(1100); // leave the 1 s window so the minute is what blocks
        const HttpResult minute = sandbox.get(u"/warehouses"_s);
        QVERIFY(isSdkError(minute, 429, u"RATE_LIMIT_EXCEEDED"_s));
        QCOMPARE(minute.header("X-RateLimit-Remaining"), QByteArray("0"));
        const int retryAfter = minute.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 50 && retryAfter <= 60, minute.header("Retry-After").constData());
        const qint64 reset = minute.header("X-RateLimit-Reset").toLongLong();
        QVERIFY(reset >= nowSeconds() + 50 && reset <= nowSeconds() + 61);
        // Writes are limited too, and 429s are not counted.
        QCOMPARE(sandbox.put(u"/inventory/1/edit"_s, {{u"quantity"_s, 1}}).status, 429);
        QCOMPARE(sandbox.get(u"/warehouses"_s).header("X-RateLimit-Remaining"), QByteArray("0"));
        // Admin endpoints are never limited.
        QVERIFY(sandbox.reset());
        QCOMPARE(sandbox.get(u"/warehouses"_s).status, 200); // reset forgets the history
    }

    void noRateLimit()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start({u"--no-rate-limit"_s}), qPrintable(sandbox.errorString()));
        for (int i = 0; i < 130; ++i) {
            const HttpResult r = sandbox.get(u"/warehouses/1"_s);
            QCOMPARE(r.status, 200);
            QVERIFY(!r.hasHeader("X-RateLimit-Limit"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxRateLimit)
#include "tst_sandbox_ratelimit.moc"
