// Export and print at scale (issue 15), no server involved: N inventory rows in the real model
// and proxy (read from a local cache file, sorted by SKU descending), then
//   - reading what the table shows into an ExportTable (TableCollector, in slices on the UI
//     thread) with a 1 ms heartbeat on the UI thread recording the worst gap;
//   - writing it as CSV on the thread pool (TableFileJob): time, bytes, worst UI gap meanwhile;
//   - writing it as PDF on the thread pool (TablePrinter): time, pages, per page.
//
//   QT_QPA_PLATFORM=offscreen GLANCE_BENCH_EXPORT_RECORDS=100000 build/<dir>/tests/bench_export
//
// Prints figures; fails only when rows are lost.
#include "benchsupport.h"
#include "core/cache/localcache.h"
#include "core/export/tablefilejob.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "models/tablecollector.h"
#include "ui/print/tableprinter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Glance;

using Glance::Bench::Heartbeat;
using Glance::Bench::makeRecords;

class BenchExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_records = 2000;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bool ok = false;
        const int value = qEnvironmentVariableIntValue("GLANCE_BENCH_EXPORT_RECORDS", &ok);
        if (ok && value > 0)
            m_records = value;
    }

    void shownTableToCsvAndPdf()
    {
        const QList<InventoryRecord> records = makeRecords(m_records);
        LocalCache cache(m_dir.filePath(QStringLiteral("cache.sqlite")));
        for (qsizetype from = 0; from < records.size(); from += 5000)
            cache.store(records.mid(from, 5000), QDateTime::currentDateTimeUtc(), from == 0,
                        records.size(), from + 5000 >= records.size(), 100);
        QTRY_VERIFY_WITH_TIMEOUT(cache.pendingWrites() == 0, 600000);
        InventoryTableModel model(nullptr);
        InventoryProxyModel proxy;
        proxy.setSourceModel(&model);
        QSignalSpy loaded(&model, &InventoryTableModel::cacheLoaded);
        model.setLocalCache(&cache);
        model.setQuery({});
        QVERIFY(loaded.wait(600000));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), m_records, 600000);
        proxy.sort(InventoryTableModel::SkuColumn, Qt::DescendingOrder);

        QList<int> columns;
        for (int c = 0; c < InventoryTableModel::ColumnCount; ++c)
            columns << c;
        ExportTable table;
        {
            Heartbeat heartbeat;
            TableCollector collector(&proxy, columns, {}, InventoryTableModel::SortRole);
            QSignalSpy finished(&collector, &TableCollector::finished);
            QElapsedTimer clock;
            clock.start();
            collector.start();
            QVERIFY(finished.wait(600000));
            const qint64 ns = clock.nsecsElapsed();
            table = collector.takeTable();
            qInfo("read %d shown rows in slices of %d: %.1f ms; worst UI-thread gap %.2f ms",
                  m_records, TableCollector::SliceRows, double(ns) / 1e6, heartbeat.worstMs());
        }
        QCOMPARE(table.rows.size(), m_records);
        {
            Heartbeat heartbeat;
            QFutureWatcher<FileWriteResult> watcher;
            QSignalSpy done(&watcher, &QFutureWatcher<FileWriteResult>::finished);
            QElapsedTimer clock;
            clock.start();
            watcher.setFuture(
                    TableFileJob::writeCsv(table, m_dir.filePath(QStringLiteral("x.csv"))));
            QVERIFY(done.wait(600000));
            const FileWriteResult result = watcher.result();
            QVERIFY(result.ok);
            QCOMPARE(result.rows, table.rows.size());
            qInfo("CSV of %d rows: %.1f ms on the thread pool, %lld bytes; worst UI-thread gap "
                  "%.2f ms",
                  m_records, double(clock.nsecsElapsed()) / 1e6, result.bytes, heartbeat.worstMs());
        }
        {
            Heartbeat heartbeat;
            QFutureWatcher<FileWriteResult> watcher;
            QSignalSpy done(&watcher, &QFutureWatcher<FileWriteResult>::finished);
            int pages = 0;
            connect(&watcher, &QFutureWatcher<FileWriteResult>::progressRangeChanged, this,
                    [&pages](int, int maximum) { pages = maximum; });
            QElapsedTimer clock;
            clock.start();
            const QString path = m_dir.filePath(QStringLiteral("x.pdf"));
            watcher.setFuture(TablePrinter::writePdfAsync(table, path, Qt::RightToLeft,
                                                          QLocale(QLocale::Hebrew)));
            QVERIFY(done.wait(1800000));
            QVERIFY(watcher.result().ok);
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            qInfo("PDF of %d rows (Hebrew, right to left): %.1f ms, %d pages (%.1f ms a page), "
                  "%lld bytes; worst UI-thread gap %.2f ms",
                  m_records, ms, pages, ms / qMax(1, pages), QFileInfo(path).size(),
                  heartbeat.worstMs());
        }
    }
};

QTEST_MAIN(BenchExport)
#include "bench_export.moc"
