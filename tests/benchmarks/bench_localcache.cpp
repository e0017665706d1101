// The local read cache at scale (issue 13), no server involved:
//   - writing N rows the way pages arrive (N/100 writes of 100 rows through LocalCache, on its
//     own thread) while a 1 ms heartbeat on the UI thread records the worst gap;
//   - bytes per row on disk;
//   - start to the first cached row painted: a LocalCache and an InventoryTableModel under a
//     shown table view, from construction to the viewport's first paint with rows, against a
//     bare QWidget shown the same way.
//
//   QT_QPA_PLATFORM=offscreen GLANCE_BENCH_CACHE_RECORDS=100000 build/<dir>/tests/bench_localcache
//
// Prints figures; fails only when the cache loses rows.
#include "benchsupport.h"
#include "core/cache/cachedatabase.h"
#include "core/cache/localcache.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Glance;
using Glance::Bench::Heartbeat;
using Glance::Bench::makeRecords;

namespace {

// The time of the first paint of a widget once `ready` says so.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *widget, std::function<bool()> ready)
        : m_ready(std::move(ready))
    {
        widget->installEventFilter(this);
    }
    qint64 paintedAtNs = -1;
    QElapsedTimer clock;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedAtNs < 0 && m_ready())
            paintedAtNs = clock.nsecsElapsed();
        return QObject::eventFilter(object, event);
    }

private:
    std::function<bool()> m_ready;
};

} // namespace

class BenchLocalCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_records = 2000;

    QString file() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        bool ok = false;
        const int value = qEnvironmentVariableIntValue("GLANCE_BENCH_CACHE_RECORDS", &ok);
        if (ok && value > 0)
            m_records = value;
    }

    void writeAsPagesArrive()
    {
        const QList<InventoryRecord> records = makeRecords(m_records);
        QElapsedTimer clock;
        {
            LocalCache cache(file());
            Heartbeat heartbeat;
            // One page per event-loop turn, as pages arrive from the server.
            qsizetype from = 0;
            qint64 postingNs = 0;
            QTimer pages;
            pages.setInterval(0);
            connect(&pages, &QTimer::timeout, this, [&] {
                QElapsedTimer post;
                post.start();
                const bool last = from + 100 >= records.size();
                cache.store(records.mid(from, 100), QDateTime::currentDateTimeUtc(), from == 0,
                            records.size(), last, 100);
                postingNs = qMax(postingNs, post.nsecsElapsed());
                from += 100;
                if (last)
                    pages.stop();
            });
            clock.start();
            pages.start();
            QTRY_VERIFY_WITH_TIMEOUT(!pages.isActive() && cache.pendingWrites() == 0, 600000);
            const qint64 writtenNs = clock.nsecsElapsed();
            qInfo("write %d rows in %d pages of 100: %.1f ms; the longest store() call on the UI "
                  "thread: %.3f ms; UI-thread gaps while writing: %s",
                  m_records, int((records.size() + 99) / 100), double(writtenNs) / 1e6,
                  double(postingNs) / 1e6, qPrintable(heartbeat.stop()));
        } // closed: the WAL is checkpointed into the file
        const qint64 bytes =
                QFileInfo(file()).size() + QFileInfo(file() + QStringLiteral("-wal")).size();
        qInfo("on disk: %lld bytes, %.1f bytes per row", bytes, double(bytes) / m_records);
        CacheDatabase db(file());
        QVERIFY(db.open());
        QCOMPARE(int(db.read().records.size()), m_records);
    }

    void startToFirstCachedRow()
    {
        // A bare window first, shown the same way, for the ratio.
        qint64 bareNs = 0;
        {
            QElapsedTimer clock;
            clock.start();
            QWidget bare;
            PaintWatcher watcher(&bare, [] { return true; });
            watcher.clock = clock;
            bare.resize(1200, 800);
            bare.show();
            QTRY_VERIFY(watcher.paintedAtNs >= 0);
            bareNs = watcher.paintedAtNs;
        }
        QElapsedTimer clock;
        clock.start();
        LocalCache cache(file());
        InventoryTableModel model(nullptr);
        InventoryProxyModel proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        PaintWatcher watcher(view.viewport(), [&model] { return model.rowCount() > 0; });
        watcher.clock = clock;
        QSignalSpy loaded(&model, &InventoryTableModel::cacheLoaded);
        qint64 loadedNs = -1;
        connect(&model, &InventoryTableModel::cacheLoaded, this,
                [&] { loadedNs = clock.nsecsElapsed(); });
        Heartbeat heartbeat;
        model.setLocalCache(&cache);
        model.setQuery({});
        view.resize(1200, 800);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(watcher.paintedAtNs >= 0, 60000);
        const int firstRows = model.rowCount();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
        QCOMPARE(model.rowCount(), m_records);
        qInfo("start to first cached row painted (%d rows): %.1f ms; bare QWidget: %.1f ms; "
              "ratio %.2f (%d rows then); all rows in the model at %.1f ms; UI-thread gaps "
              "meanwhile: %s",
              m_records, double(watcher.paintedAtNs) / 1e6, double(bareNs) / 1e6,
              double(watcher.paintedAtNs) / double(qMax<qint64>(1, bareNs)), firstRows,
              double(loadedNs) / 1e6, qPrintable(heartbeat.stop()));
    }
};

QTEST_MAIN(BenchLocalCache)
#include "bench_localcache.moc"
