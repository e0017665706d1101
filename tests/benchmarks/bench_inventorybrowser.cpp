// Figures for the inventory browser at scale (issue "fluid at 100,000 records"). A benchmark,
// not a timed test: it prints figures and fails only when loading itself goes wrong (or a 429
// reaches the wire). In CTest it runs small; for the real figures (Release build):
//
//   QT_QPA_PLATFORM=offscreen GLANCE_BENCH_RECORDS=100000 build/<dir>/tests/bench_inventorybrowser
//   GLANCE_BENCH_RATE_RECORDS=20000 ... bench_inventorybrowser rateLimitedLoadAll
//
// GLANCE_BENCH_RECORDS       records for memory, sorting, filtering, stalls (default 2000)
// GLANCE_BENCH_RATE_RECORDS  records for Load all against the rate limit (default 1000)
// GLANCE_BENCH_RATE_LIMIT    the sandbox's limits, "PER_MIN,PER_SEC" (default "100,20")
// GLANCE_BENCH_TRACE=1       print every event-loop gap over 8 ms while measuring
#include "api/apiclient.h"
#include "benchsupport.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "sandboxfixture.h"
#include "tests/models/countingnetwork.h"
#include "ui/browser/inventoryview.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTestEventLoop>
#include <QTextStream>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

using namespace Glance;
using Glance::Bench::Heartbeat;
using Glance::Test::CountingNetworkAccessManager;
using Glance::Test::SandboxFixture;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

qint64 heapInUse()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd); // small blocks + mmap'd large ones
#else
    return -1; // not measurable here: only the model's own estimate is printed
#endif
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Earliest send time (s) of the last of `requests` requests under a sliding-window limit of
// perMinute per 60 s and perSecond per 1 s, the first sent at 0: the floor no client can beat.
double slidingWindowFloor(int requests, int perMinute, int perSecond)
{
    std::vector<double> t(std::size_t(std::max(requests, 1)), 0.0);
    for (int i = 1; i < requests; ++i) {
        double at = t[std::size_t(i - 1)];
        if (perMinute > 0 && i >= perMinute)
            at = std::max(at, t[std::size_t(i - perMinute)] + 60.0);
        if (perSecond > 0 && i >= perSecond)
            at = std::max(at, t[std::size_t(i - perSecond)] + 1.0);
        t[std::size_t(i)] = at;
    }
    return t.back();
}

// Runs the event loop for `ms` (QTest::qWait() sleeps in 10 ms slices between processing
// events, which would starve the heartbeat and show up as stalls).
void spin(int ms)
{
    QTestEventLoop loop;
    loop.enterLoopMSecs(ms);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

} // namespace

class BenchInventoryBrowser : public QObject
{
    Q_OBJECT

public:
    BenchInventoryBrowser()
    {
        // A full Load all against the real rate limit takes ~10 minutes: more than QtTest's
        // default watchdog (5 minutes) allows a test function.
        if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
            qputenv("QTEST_FUNCTION_TIMEOUT", "7200000");
    }

private:
    bool loadAll(InventoryTableModel &model, int timeoutMs)
    {
        QSignalSpy finished(&model, &InventoryTableModel::loadAllFinished);
        model.loadAll();
        return (model.isComplete() || finished.wait(timeoutMs)) && model.isComplete();
    }

private Q_SLOTS:
    void initTestCase()
    {
        out() << "\nInventory browser figures (Qt " << qVersion() << ", "
#ifdef QT_NO_DEBUG
              << "release"
#else
              << "debug"
#endif
              << " build)\n";
        out().flush();
    }

    // Model memory, sorting each column, the low-stock filter, and the worst stall while
    // loading every page and while sorting, with a real table view on screen (offscreen).
    void loadSortFilter()
    {
        const int records = envInt("GLANCE_BENCH_RECORDS", 2000);
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--records"),
                                QString::number(records)},
                               120000),
                 qPrintable(sandbox.errorString()));
        CountingNetworkAccessManager network;
        ClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = sandbox.editorKey();
        config.limits = {0, 0}; // no limit here: the fastest possible page stream
        ApiClient client(&network, config);
        {
            // Warm up the connection and the allocator before the baseline.
            InventoryTableModel warmup(&client);
            QSignalSpy page(&warmup, &InventoryTableModel::pageLoaded);
            InventoryQuery query;
            query.search = QStringLiteral("warm-up");
            warmup.setQuery(query);
            QVERIFY(page.wait(30000));
        }
        spin(50);
        network.clear();
        const qint64 heapBefore = heapInUse();

        auto *model = new InventoryTableModel(&client);
        auto *proxy = new InventoryProxyModel;
        proxy->setSourceModel(model);
        auto *view = new InventoryView;
        view->setModels(model, proxy);
        view->resize(1200, 800);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));

        Heartbeat heartbeat;
        if (qEnvironmentVariableIsSet("GLANCE_BENCH_TRACE"))
            heartbeat.m_trace = [&model] {
                return QStringLiteral("%1 rows").arg(model ? model->rowCount() : -1);
            };
        heartbeat.start();
        QElapsedTimer wall;
        wall.start();
        QSignalSpy first(model, &InventoryTableModel::pageLoaded);
        model->setQuery({});
        QVERIFY(first.wait(30000));
        spin(50); // the table's first paint: font and glyph caches start cold
        const QString firstPageStall = heartbeat.stop();
        heartbeat.start();
        QVERIFY(loadAll(*model, 3'600'000));
        const double loadMs = double(wall.nsecsElapsed()) / 1e6;
        const QString loadStall = heartbeat.stop();
        QCOMPARE(model->rowCount(), records);
        const int requests = network.requests(QStringLiteral("/inventory"));
        const int expectedRequests = (records + 99) / 100;

        // Sorting: every column, both directions, the view attached (its layout update counts).
        struct Sort
        {
            QString name;
            double ascending;
            double descending;
        };
        QList<Sort> sorts;
        heartbeat.start();
        double worstSort = 0;
        for (int column = 0; column < InventoryTableModel::ColumnCount; ++column) {
            Sort sort {model->headerData(column, Qt::Horizontal).toString(), 0, 0};
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QElapsedTimer timer;
                timer.start();
                proxy->sort(column, order);
                const double elapsed = double(timer.nsecsElapsed()) / 1e6;
                (order == Qt::AscendingOrder ? sort.ascending : sort.descending) = elapsed;
                worstSort = std::max(worstSort, elapsed);
                spin(30); // let the view paint the new order (inside the stall figure)
            }
            sorts.append(sort);
        }
        proxy->sort(-1);
        spin(30);
        const QString sortStall = heartbeat.stop();

        // The same without a view: the proxy's own share.
        view->setModels(nullptr, nullptr);
        double worstModelSort = 0;
        for (int column = 0; column < InventoryTableModel::ColumnCount; ++column) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QElapsedTimer timer;
                timer.start();
                proxy->sort(column, order);
                worstModelSort = std::max(worstModelSort, double(timer.nsecsElapsed()) / 1e6);
            }
        }
        proxy->sort(-1);
        view->setModels(model, proxy);
        spin(30);

        // The low-stock filter, on and off, unsorted and sorted.
        QElapsedTimer timer;
        timer.start();
        proxy->setLowStockOnly(true);
        const double filterOn = double(timer.nsecsElapsed()) / 1e6;
        const int lowRows = proxy->rowCount();
        timer.restart();
        proxy->setLowStockOnly(false);
        const double filterOff = double(timer.nsecsElapsed()) / 1e6;
        proxy->sort(InventoryTableModel::SkuColumn);
        timer.restart();
        proxy->setLowStockOnly(true);
        const double filterSorted = double(timer.nsecsElapsed()) / 1e6;
        proxy->setLowStockOnly(false);
        spin(30);

        // Memory: what each part gives back when it goes (glibc's bytes in use).
        const qint64 estimate = model->memoryBytes();
        const qint64 proxyEstimate = proxy->memoryBytes();
        const qint64 withAll = heapInUse();
        delete view;
        spin(10);
        const qint64 withoutView = heapInUse();
        delete proxy;
        const qint64 withoutProxy = heapInUse();
        delete model;
        model = nullptr;
        const qint64 afterAll = heapInUse();
        const auto perRow = [records](qint64 bytes) {
            return QString::number(double(bytes) / records, 'f', 1);
        };

        // Loading again into a view that is sorted (rows are merged in page by page).
        auto *sortedModel = new InventoryTableModel(&client);
        auto *sortedProxy = new InventoryProxyModel;
        sortedProxy->setSourceModel(sortedModel);
        auto *sortedView = new InventoryView;
        sortedView->setModels(sortedModel, sortedProxy);
        sortedView->resize(1200, 800);
        sortedView->show();
        sortedProxy->sort(InventoryTableModel::ProductColumn);
        heartbeat.start();
        QSignalSpy sortedFirst(sortedModel, &InventoryTableModel::pageLoaded);
        sortedModel->setQuery({});
        QVERIFY(sortedFirst.wait(30000));
        QVERIFY(loadAll(*sortedModel, 3'600'000));
        const QString sortedLoadStall = heartbeat.stop();
        delete sortedView;
        delete sortedProxy;
        delete sortedModel;

        out() << "\n== " << records << " records (no rate limit) ==\n"
              << "requests for Load all: " << requests << " (ceil(N/100) = " << expectedRequests
              << ")\n"
              << "Load all wall time: " << ms(loadMs) << "\n"
              << "model memory: " << perRow(withoutProxy - afterAll) << " B/row measured ("
              << perRow(estimate) << " B/row by the model's own estimate)\n"
              << "proxy (sort/filter) memory: " << perRow(withoutView - withoutProxy)
              << " B/row measured (" << perRow(proxyEstimate) << " B/row estimate)\n"
              << "model + proxy: " << perRow(withoutView - afterAll) << " B/row\n"
              << "table view: " << perRow(withAll - withoutView) << " B/row\n"
              << "heap before/after everything: " << heapBefore << " / " << afterAll << " bytes\n"
              << "sort times (view attached):\n";
        for (const Sort &sort : std::as_const(sorts))
            out() << "  " << sort.name.leftJustified(10) << " ascending " << ms(sort.ascending)
                  << ", descending " << ms(sort.descending) << "\n";
        out() << "worst sort: " << ms(worstSort) << " (without a view: " << ms(worstModelSort)
              << ")\n"
              << "low-stock filter: on " << ms(filterOn) << " (" << lowRows << " rows), off "
              << ms(filterOff) << ", on while sorted " << ms(filterSorted) << "\n"
              << "stalls (1 ms heartbeat) while the first page arrives and is painted: "
              << firstPageStall << "\n"
              << "stalls while loading all other pages: " << loadStall << "\n"
              << "stalls while loading all pages into a sorted view: " << sortedLoadStall << "\n"
              << "stalls while sorting every column: " << sortStall << "\n";
        out().flush();
        QCOMPARE(requests, expectedRequests);
    }

    // Load all against the sandbox with its rate limit on: requests, 429s at the wire, the wall
    // time against the floor the limit allows, and clicks during it (an interactive request
    // every GLANCE_BENCH_CLICK_MS): how long each waited, and whether it left before the
    // background pages queued after it.
    void rateLimitedLoadAll()
    {
        const int records = envInt("GLANCE_BENCH_RATE_RECORDS", 1000);
        const QString limit =
                qEnvironmentVariable("GLANCE_BENCH_RATE_LIMIT", QStringLiteral("100,20"));
        const QStringList parts = limit.split(QLatin1Char(','));
        QCOMPARE(parts.size(), 2);
        const int perMinute = parts.at(0).toInt();
        const int perSecond = parts.at(1).toInt();
        QVERIFY(perMinute > 0 && perSecond > 0);
        const int clickEveryMs = qEnvironmentVariableIsSet("GLANCE_BENCH_CLICK_MS")
                ? qEnvironmentVariableIntValue("GLANCE_BENCH_CLICK_MS")
                : 15000;
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--rate-limit"), limit, QStringLiteral("--records"),
                                QString::number(records)},
                               120000),
                 qPrintable(sandbox.errorString()));
        CountingNetworkAccessManager network;
        ClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = sandbox.editorKey();
        config.limits.perMinute = perMinute; // what the client knows of the server
        config.limits.perSecond = perSecond;
        // GLANCE_BENCH_RESERVE=M,S: the interactive reserve per minute and per second.
        const QStringList reserve = qEnvironmentVariable("GLANCE_BENCH_RESERVE")
                                            .split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (reserve.size() == 2) {
            config.limits.reservePerMinute = reserve.at(0).toInt();
            config.limits.reservePerSecond = reserve.at(1).toInt();
        }
        ApiClient client(&network, config);
        InventoryTableModel model(&client);
        const RateLimiter &limiter = client.rateLimiter();

        // Clicks: open a record (GET /inventory/{id}) while Load all runs.
        struct Click
        {
            qsizetype wireIndex = 0;
            qint64 waitMs = -1;
        };
        QList<std::shared_ptr<Click>> clicks;
        QTimer clicker;
        clicker.setInterval(std::max(clickEveryMs, 1));
        connect(&clicker, &QTimer::timeout, this, [&] {
            if (!model.isLoadingAll())
                return;
            auto click = std::make_shared<Click>();
            click->wireIndex = network.urls().size();
            auto timer = std::make_shared<QElapsedTimer>();
            timer->start();
            client.getInventory(qint64(clicks.size() % std::max(records, 1)) + 1, this,
                                [click, timer](const auto &) { click->waitMs = timer->elapsed(); });
            clicks.append(click);
        });

        QElapsedTimer wall;
        wall.start();
        model.setQuery({});
        if (clickEveryMs > 0)
            clicker.start();
        QVERIFY(loadAll(model, 3'600'000));
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        clicker.stop();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clicks.cbegin(), clicks.cend(),
                                             [](const auto &c) { return c->waitMs >= 0; }),
                                 120000);
        QCOMPARE(model.rowCount(), records);
        const int requests = network.requests(QStringLiteral("/inventory"));
        const int refused = network.answers(429);
        const double floor = slidingWindowFloor(requests, perMinute, perSecond);
        const double reserveFloor = slidingWindowFloor(
                requests, limiter.effectivePerMinute(RequestPriority::Background),
                limiter.effectivePerSecond(RequestPriority::Background));
        const double steady = double(requests) * 60.0 / perMinute;
        // Requests that fit in the first minute's window pay no wait: no floor to compare with.
        const bool beyondFirstWindow = requests > perMinute;
        const auto ratio = [seconds, beyondFirstWindow](double base) {
            return beyondFirstWindow && base >= 1.0
                    ? QString::number(seconds / base, 'f', 3)
                    : QStringLiteral("n/a (within the first minute's burst)");
        };
        // A click goes first: the request sent right after it was issued is the click itself.
        const QList<QUrl> urls = network.urls();
        int overtaken = 0;
        std::vector<qint64> waits;
        for (const auto &click : std::as_const(clicks)) {
            waits.push_back(click->waitMs);
            overtaken += click->wireIndex >= urls.size()
                    || urls.at(click->wireIndex).path() == QStringLiteral("/inventory");
        }
        std::sort(waits.begin(), waits.end());
        const auto waitAt = [&waits](double p) {
            return waits.empty()
                    ? qint64(0)
                    : waits[std::min(waits.size() - 1, std::size_t(p * double(waits.size())))];
        };
        out() << "\n== Load all of " << records << " records, sandbox rate limit " << perMinute
              << "/min, " << perSecond << "/s; interactive reserve "
              << (limiter.effectivePerMinute()
                  - limiter.effectivePerMinute(RequestPriority::Background))
              << "/min, "
              << (limiter.effectivePerSecond()
                  - limiter.effectivePerSecond(RequestPriority::Background))
              << "/s ==\n"
              << "requests: " << requests << " (ceil(N/100) = " << (records + 99) / 100 << ")\n"
              << "429 answers at the wire: " << refused << "\n"
              << "wall time: " << QString::number(seconds, 'f', 2) << " s\n"
              << "floor, exact sliding window (last request at the earliest moment the limits "
                 "allow): "
              << QString::number(floor, 'f', 2) << " s -> wall/floor " << ratio(floor) << "\n"
              << "floor, exact sliding window of what Load all may use (limits less the reserve): "
              << QString::number(reserveFloor, 'f', 2) << " s -> wall/floor " << ratio(reserveFloor)
              << "\n"
              << "floor, sustained rate (requests x 60 s / " << perMinute
              << "): " << QString::number(steady, 'f', 2) << " s -> wall/floor " << ratio(steady)
              << "\n"
              << "clicks during Load all (one every " << clickEveryMs << " ms): " << clicks.size()
              << "; wait median " << waitAt(0.5) << " ms, worst " << waitAt(1.0)
              << " ms; sent after a background page queued behind them: " << overtaken << "\n";
        out().flush();
        QCOMPARE(refused, 0);
        QCOMPARE(requests, (records + 99) / 100);
        QCOMPARE(overtaken, 0);
    }
};

QTEST_MAIN(BenchInventoryBrowser)
#include "bench_inventorybrowser.moc"
