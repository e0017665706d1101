// Load all against glance-sandbox with its rate limit on, and clicks in the middle of it: the
// pages are background requests, a click is interactive. Proves, at the wire: zero 429s, every
// record loaded; a click issued while Load all runs is the very next request sent and is
// answered before the next background page; while Load all waits for the minute window, the
// reserve answers clicks at once. The worst wait of a click is printed (the benchmark
// bench_inventorybrowser measures it at scale).
#include "api/apiclient.h"
#include "models/inventorytablemodel.h"
#include "sandboxfixture.h"
#include "tests/models/countingnetwork.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Glance;
using Glance::Test::CountingNetworkAccessManager;
using Glance::Test::SandboxFixture;

namespace {

// Where a click stood against Load all when it was issued and when its answer came.
struct Click
{
    qsizetype wireIndexAtIssue = 0; // requests sent before it was issued
    int rowsAtIssue = 0;
    int rowsAtAnswer = -1;
    qint64 waitMs = -1;
    bool ok = false;
    qint64 backgroundDelayAtAnswer = 0; // how long Load all still had to wait then
};

} // namespace

class TestLoadAllPriority : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<InventoryTableModel> m_model;
    QList<std::shared_ptr<Click>> m_clicks;

    bool start(const QString &limit, int records)
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        if (!m_sandbox->start({QStringLiteral("--rate-limit"), limit, QStringLiteral("--records"),
                               QString::number(records)})) {
            qWarning("%s", qPrintable(m_sandbox->errorString()));
            return false;
        }
        const QStringList parts = limit.split(QLatin1Char(','));
        m_network = std::make_unique<CountingNetworkAccessManager>();
        ClientConfig config;
        config.baseUrl = m_sandbox->url();
        config.apiKey = m_sandbox->editorKey();
        config.limits.perMinute = parts.at(0).toInt();
        config.limits.perSecond = parts.at(1).toInt();
        m_client = std::make_unique<ApiClient>(m_network.get(), config);
        m_model = std::make_unique<InventoryTableModel>(m_client.get());
        return true;
    }

    // Opens record `id` as the record dialog does (an interactive request).
    std::shared_ptr<Click> click(qint64 id)
    {
        auto record = std::make_shared<Click>();
        record->wireIndexAtIssue = m_network->urls().size();
        record->rowsAtIssue = m_model->rowCount();
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_client->getInventory(id, this, [this, record, timer](const auto &result) {
            record->waitMs = timer->elapsed();
            record->rowsAtAnswer = m_model->rowCount();
            record->ok = result.ok();
            record->backgroundDelayAtAnswer =
                    m_client->rateLimiter().delayUntilNextMs(RequestPriority::Background);
        });
        m_clicks.append(record);
        return record;
    }

    // The click's request was the first one sent after it was issued, and its answer came
    // before a second background page (one may have been in flight when it was issued).
    void verifyWentFirst(const Click &record, qint64 id)
    {
        QVERIFY(record.ok);
        const QList<QUrl> urls = m_network->urls();
        QVERIFY(record.wireIndexAtIssue < urls.size());
        QCOMPARE(urls.at(record.wireIndexAtIssue).path(), QStringLiteral("/inventory/%1").arg(id));
        QVERIFY2(record.rowsAtAnswer - record.rowsAtIssue <= 100,
                 qPrintable(QStringLiteral("%1 -> %2 rows")
                                    .arg(record.rowsAtIssue)
                                    .arg(record.rowsAtAnswer)));
    }

    qint64 worstWait() const
    {
        qint64 worst = 0;
        for (const auto &record : m_clicks)
            worst = std::max(worst, record->waitMs);
        return worst;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_clicks.clear();
        m_model.reset();
        m_client.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    // 10 a second binds (Load all gets 9 of them): clicks among the pages go first.
    void clicksGoBeforeTheNextPages()
    {
        QVERIFY(start(QStringLiteral("1000,10"), 3000));
        QSignalSpy finished(m_model.get(), &InventoryTableModel::loadAllFinished);
        m_model->setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 100, 10000);
        m_model->loadAll();
        const QList<int> clickAtRows {600, 1400, 2200};
        for (int i = 0; i < clickAtRows.size(); ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() >= clickAtRows.at(i), 20000);
            const auto record = click(i + 1);
            QTRY_VERIFY_WITH_TIMEOUT(record->waitMs >= 0, 10000);
            verifyWentFirst(*record, i + 1);
        }
        QVERIFY(finished.wait(30000) || !m_model->isLoadingAll());
        QVERIFY(m_model->isComplete());
        QCOMPARE(m_model->rowCount(), 3000);
        QCOMPARE(m_network->requests(QStringLiteral("/inventory")), 30);
        QCOMPARE(m_network->answers(429), 0);
        qInfo("worst wait of a click during Load all (10/s): %lld ms", worstWait());
    }

    // 30 a minute: Load all takes 27 (the first page included) and then waits for the window;
    // the three requests of the reserve answer three clicks at once, while Load all still waits.
    void reserveAnswersClicksWhileLoadAllWaitsForTheMinute()
    {
        QVERIFY(start(QStringLiteral("30,10"), 3000));
        const RateLimiter &limiter = m_client->rateLimiter();
        const int backgroundShare = limiter.effectivePerMinute(RequestPriority::Background);
        const int reserve = limiter.effectivePerMinute() - backgroundShare;
        QCOMPARE(backgroundShare, 27);
        QSignalSpy finished(m_model.get(), &InventoryTableModel::loadAllFinished);
        m_model->setQuery({});
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 100, 10000);
        m_model->loadAll();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), backgroundShare * 100, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(limiter.delayUntilNextMs(RequestPriority::Background) > 30'000,
                                 5000);
        QCOMPARE(limiter.delayUntilNextMs(RequestPriority::Interactive), 0);
        for (qint64 id = 1; id <= reserve; ++id) {
            const auto record = click(id);
            QTRY_VERIFY_WITH_TIMEOUT(record->waitMs >= 0, 10000);
            verifyWentFirst(*record, id);
            QCOMPARE(record->rowsAtAnswer, backgroundShare * 100);
            // Answered while Load all was still held by the minute window: from the reserve.
            QVERIFY2(record->backgroundDelayAtAnswer > 20'000,
                     qPrintable(QString::number(record->backgroundDelayAtAnswer)));
        }
        // The window is now full for everyone: the rest of Load all follows when it slides.
        QVERIFY(limiter.delayUntilNextMs(RequestPriority::Interactive) > 0);
        QVERIFY(finished.wait(90'000) || !m_model->isLoadingAll());
        QVERIFY(m_model->isComplete());
        QCOMPARE(m_model->rowCount(), 3000);
        QCOMPARE(m_network->requests(QStringLiteral("/inventory")), 30);
        QCOMPARE(m_network->answers(429), 0);
        qInfo("worst wait of a click while Load all waited for the minute window: %lld ms",
              worstWait());
    }
};

QTEST_GUILESS_MAIN(TestLoadAllPriority)
#include "tst_loadallpriority.moc"
