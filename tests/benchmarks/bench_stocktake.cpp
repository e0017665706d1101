// The stocktake at scale, against glance-sandbox (figures in README, "Stocktake"):
//
//   QT_QPA_PLATFORM=offscreen GLANCE_BENCH_STOCKTAKE_LINES=10000 build/<dir>/tests/bench_stocktake
//
// scanToScreen   scans into the real counting window with N lines already counted: the time
//                from Enter to the repainted window (the scan committed to SQLite with
//                synchronous=FULL on the way), median and worst; bytes of the local file per
//                counted line.
// rateLimitedApply  applies N differences against the sandbox's rate limit (100/min, 20/s):
//                requests at the wire (ceil(N/100) adjusts + the history pages) and the wall
//                time against the floor the limit allows.
//
// GLANCE_BENCH_STOCKTAKE_LINES  counted lines (default 1000 so that CTest stays quick)
// GLANCE_BENCH_RATE_LIMIT       the sandbox's limits, "PER_MIN,PER_SEC" (default "100,20")
#include "../models/countingnetwork.h"
#include "../ui/adjust/uitestsupport.h"
#include "core/stocktake/expectedfetch.h"
#include "core/stocktake/stocktakeapplier.h"
#include "core/stocktake/stocktakecounter.h"
#include "core/stocktake/stocktakestore.h"
#include "ui/stocktake/countingwindow.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <time.h>
#endif

using namespace Glance;
using Glance::Test::SandboxFixture;

namespace {

// The UI thread's own CPU time (ns): what the scan costs the thread, whatever else the machine
// runs; the wall time adds the waits (the commit's fsync) and the scheduler's delays.
qint64 threadCpuNs()
{
#ifdef Q_OS_UNIX
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
#else
    return 0;
#endif
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double floorSeconds(int requests, int perMinute, int perSecond)
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

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

bool fetchInto(ApiClient *client, StocktakeStore *store, const Stocktake &stocktake)
{
    ExpectedFetch fetch(client, store, stocktake);
    QSignalSpy done(&fetch, &ExpectedFetch::finished);
    QSignalSpy failed(&fetch, &ExpectedFetch::failed);
    fetch.start();
    return QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 3'600'000)
            && !done.isEmpty();
}

} // namespace

class BenchStocktake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanToScreen()
    {
        const int lines = envInt("GLANCE_BENCH_STOCKTAKE_LINES", 1000);
        Test::AdjustUiFixture fx;
        // One warehouse with `lines` records.
        QVERIFY(fx.sandbox.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--records"),
                                  QString::number(lines), QStringLiteral("--warehouses"),
                                  QStringLiteral("1")},
                                 120000));
        fx.client = fx.makeClient(fx.sandbox.editorKey());
        const QString file = fx.dir.filePath(QStringLiteral("drafts.sqlite"));
        fx.db = std::make_unique<LocalDatabase>(file);
        StocktakeStore store(fx.db.get());
        const qint64 before = fileBytes(file);
        Stocktake s;
        s.profile = QStringLiteral("bench|stocktake");
        s.title = QStringLiteral("bench");
        s.warehouseId = 1;
        s.id = store.create(s);
        QVERIFY(fetchInto(fx.client.get(), &store, s));

        // Every line counted by a scan of its own (as a scanner would), then checkpointed.
        {
            StocktakeCounter counter(&store);
            QVERIFY(counter.load(s.profile, s.id));
            QCOMPARE(counter.items().size(), lines);
            QElapsedTimer timer;
            timer.start();
            for (const StocktakeItem &item : counter.items())
                QCOMPARE(counter.scan(item.sku).outcome, StocktakeCounter::Outcome::Counted);
            out() << "\n== " << lines << " scans through StocktakeCounter (each committed, "
                  << "synchronous=FULL): "
                  << QString::number(double(timer.elapsed()) / lines, 'f', 2) << " ms a scan ==\n";
        }
        {
            QSqlQuery checkpoint(fx.db->database());
            QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            checkpoint.finish();
        }
        const qint64 after = fileBytes(file);
        out() << "local file: " << after - before << " bytes for " << lines
              << " counted lines = " << QString::number(double(after - before) / lines, 'f', 1)
              << " bytes a line (item, its count and its scan)\n";

        // The window with every line counted: Enter to repainted window.
        CountingWindow window(fx.context(s.profile), &store, s.id);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *scan = window.findChild<QLineEdit *>(QStringLiteral("scanEdit"));
        const QList<StocktakeItem> items = window.counter()->items();
        // Counting shelf by shelf, as a store would: every 50th scan is a location's label.
        const QStringList locations = window.counter()->locations();
        QList<double> times;
        QList<double> handling; // Enter handled: the scan committed, the model told
        QList<double> cpu; // the UI thread's CPU time for the whole scan, repaint included
        const int samples = 500;
        for (int n = 0; n < samples; ++n) {
            if (!locations.isEmpty() && n % 50 == 0) {
                scan->setText(locations.at((n / 50) % locations.size()));
                QTest::keyClick(scan, Qt::Key_Return);
                QCoreApplication::processEvents();
            }
            scan->setText(items.at((qsizetype(n) * 7919) % items.size()).sku);
            QElapsedTimer timer;
            timer.start();
            const qint64 cpu0 = threadCpuNs();
            QTest::keyClick(scan, Qt::Key_Return);
            handling.append(double(timer.nsecsElapsed()) / 1e6);
            // What Qt repaints of it (the dirty regions) before the next event.
            QCoreApplication::processEvents();
            times.append(double(timer.nsecsElapsed()) / 1e6);
            cpu.append(double(threadCpuNs() - cpu0) / 1e6);
        }
        std::sort(times.begin(), times.end());
        std::sort(handling.begin(), handling.end());
        std::sort(cpu.begin(), cpu.end());
        const double median = times.at(times.size() / 2);
        const double worst = times.constLast();
        out() << "scan to screen with " << lines << " lines counted (" << samples
              << " scans): median " << QString::number(median, 'f', 2) << " ms, p99 "
              << QString::number(times.at(times.size() * 99 / 100), 'f', 2) << " ms, worst "
              << QString::number(worst, 'f', 2) << " ms (of which the scan's handling, commit "
              << "included: median " << QString::number(handling.at(handling.size() / 2), 'f', 2)
              << " ms, worst " << QString::number(handling.constLast(), 'f', 2) << " ms); "
              << "the UI thread's CPU time a scan: median "
              << QString::number(cpu.at(cpu.size() / 2), 'f', 2) << " ms, worst "
              << QString::number(cpu.constLast(), 'f', 2) << " ms\n";
        out().flush();
        QVERIFY(window.counter()->unknownScans().isEmpty());
        qint64 counted = 0;
        for (const StocktakeItem &item : store.items(s.id))
            counted += item.counted.value_or(0);
        QCOMPARE(counted, qint64(lines + samples)); // every scan on disk
    }

    void rateLimitedApply()
    {
        const int lines = envInt("GLANCE_BENCH_STOCKTAKE_LINES", 1000);
        const QString limit =
                qEnvironmentVariable("GLANCE_BENCH_RATE_LIMIT", QStringLiteral("100,20"));
        const QStringList parts = limit.split(QLatin1Char(','));
        QCOMPARE(parts.size(), 2);
        const int perMinute = parts.at(0).toInt();
        const int perSecond = parts.at(1).toInt();
        SandboxFixture sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--rate-limit"), limit, QStringLiteral("--records"),
                               QString::number(lines), QStringLiteral("--warehouses"),
                               QStringLiteral("1")},
                              120000));
        Test::CountingNetworkAccessManager network;
        ClientConfig config;
        config.baseUrl = sandbox.url();
        config.limits = {perMinute, perSecond};
        // The expected quantities fetched with the viewer key (the limit is per key), so that
        // the apply starts with the editor key's budget untouched, as it would after a count.
        config.apiKey = sandbox.viewerKey();
        ApiClient reader(&network, config);
        config.apiKey = sandbox.editorKey();
        ApiClient writer(&network, config);

        QTemporaryDir dir;
        LocalDatabase db(dir.filePath(QStringLiteral("drafts.sqlite")));
        StocktakeStore store(&db);
        SubmissionJournal journal(&db);
        Stocktake s;
        s.profile = QStringLiteral("bench|apply");
        s.title = QStringLiteral("bench");
        s.warehouseId = 1;
        s.id = store.create(s);
        QVERIFY(fetchInto(&reader, &store, s));
        StocktakeCounter counter(&store);
        QVERIFY(counter.load(s.profile, s.id));
        QHash<int, QList<LocationCount>> counts;
        for (int i = 0; i < counter.items().size(); ++i)
            counts.insert(i, {{QString(), counter.items().at(i).expected.value_or(0) + 1}});
        QVERIFY(counter.importCounts(counts, true));
        QVERIFY(counter.finishCounting());

        network.clear();
        StocktakeApplier applier(&writer, &journal, &store);
        applier.setStocktake(counter.stocktake(), counter.items());
        QSignalSpy applied(&applier, &StocktakeApplier::applied);
        QElapsedTimer wall;
        wall.start();
        QVERIFY(applier.apply(StocktakeApplier::LinesToCheck::HoldBack));
        QVERIFY(applied.wait(3'600'000));
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        const int adjusts = network.requests(QStringLiteral("/inventory/adjust"));
        const int requests = network.requests();
        const double floor = floorSeconds(requests, perMinute, perSecond);
        const double steady = double(requests) * 60.0 / perMinute;
        out() << "\n== Apply " << lines << " differences, sandbox rate limit " << perMinute
              << "/min, " << perSecond << "/s ==\n"
              << "requests: " << requests << " (" << adjusts
              << " adjust, ceil(N/100) = " << (lines + 99) / 100 << "; "
              << network.requests(QStringLiteral("/inventory/movements")) << " history pages; "
              << requests - adjusts - network.requests(QStringLiteral("/inventory/movements"))
              << " other)\n"
              << "429 answers: " << network.answers(429) << "\n"
              << "wall time: " << QString::number(seconds, 'f', 2)
              << " s; floor, sustained rate: " << QString::number(steady, 'f', 2) << " s -> "
              << QString::number(seconds / steady, 'f', 3)
              << "; exact sliding window: " << QString::number(floor, 'f', 2) << " s"
              << (requests > perMinute ? QStringLiteral(" -> %1").arg(seconds / floor, 0, 'f', 3)
                                       : QStringLiteral(" (within the first minute's burst)"))
              << "\n";
        out().flush();
        QCOMPARE(adjusts, (lines + 99) / 100);
        QCOMPARE(network.answers(429), 0);
    }
};

QTEST_MAIN(BenchStocktake)
#include "bench_stocktake.moc"
