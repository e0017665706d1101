// WarehouseListModel's record counts (tst_warehousecounts) offline, with the derived list and
// with the local cache, against the real sandbox (and an address where nothing listens), every
// model under QAbstractItemModelTester: no count request while offline, one round once back;
// warehouses the derived list gains are counted as they appear; an offline start shows the
// count stored with the cache for "All warehouses" and a warehouse's only when every record is
// cached.
#include "api/apiclient.h"
#include "core/cache/localcache.h"
#include "models/inventorytablemodel.h"
#include "models/warehouselistmodel.h"
#include "tests/models/countingnetwork.h"
#include "tests/models/warehousecountsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace Glance;
using namespace Glance::Test;

class TestWarehouseCountsOffline : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox; // 5 warehouses, 700 records
    SandboxFixture m_noEndpoint; // GET /warehouses answers 404: the list is derived
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--warehouses"),
                                  QStringLiteral("5")}),
                 qPrintable(m_sandbox.errorString()));
        QVERIFY2(m_noEndpoint.start({QStringLiteral("--no-rate-limit"),
                                     QStringLiteral("--no-warehouses-endpoint")}),
                 qPrintable(m_noEndpoint.errorString()));
    }

    void init() { QVERIFY(m_sandbox.clearFaults()); }

    void noRequestWhileOffline()
    {
        CountingNetworkAccessManager network;
        auto client = countingClient(&network, m_sandbox);
        auto model = makeModel(client.get());
        model->setOnline(false);
        QSignalSpy loaded(model.get(), &WarehouseListModel::loaded);
        QSignalSpy finished(model.get(), &WarehouseListModel::countsFinished);
        model->load();
        QVERIFY(loaded.wait(15000));
        model->recount();
        QTest::qWait(100); // a count request would be sent at once: nothing may leave meanwhile
        QCOMPARE(network.requests(QStringLiteral("/inventory")), 0);
        QCOMPARE(model->countRequests(), 0);
        QVERIFY(!model->isCounting());
        QCOMPARE(recordsTip(*model, 1), QStringLiteral("Not known until the records are loaded"));

        // Back online: one round.
        model->setOnline(true);
        QVERIFY(finished.wait(15000));
        VERIFY_COUNTS(*model, serverTotals(m_sandbox));
        QCOMPARE(network.requests(QStringLiteral("/inventory")), 6);

        // Going offline cancels a round under way.
        QVERIFY(m_sandbox.setFaults({QStringLiteral("latency=300ms@GET /inventory")}));
        QElapsedTimer sent;
        sent.start();
        model->recount();
        QVERIFY(model->isCounting());
        model->setOnline(false);
        QVERIFY(!model->isCounting());
        // The cancelled round's answers (300 ms after they left) would have landed by now.
        QTest::qWait(int(std::max<qint64>(100, 300 + 200 - sent.elapsed())));
        QCOMPARE(finished.size(), 1);
        VERIFY_COUNTS(*model, serverTotals(m_sandbox)); // what was known stays
    }

    void derivedListCountsWarehousesAsTheyAppear()
    {
        CountingNetworkAccessManager network;
        auto client = countingClient(&network, m_noEndpoint);
        auto model = makeModel(client.get());
        InventoryTableModel inventory(client.get());
        model->trackInventory(&inventory);
        QSignalSpy finished(model.get(), &WarehouseListModel::countsFinished);
        model->load();
        QVERIFY(finished.wait(15000)); // "All warehouses" alone
        QVERIFY(model->isDerived());
        QCOMPARE(model->rowCount(), 1);
        const Totals totals = serverTotals(m_noEndpoint);
        QCOMPARE(recordsAt(*model, 0).toLongLong(), allRecords(totals));
        QCOMPARE(model->countRequests(), 1);

        QSignalSpy pages(&inventory, &InventoryTableModel::pageLoaded);
        inventory.setQuery({});
        QVERIFY(pages.wait(15000));
        QCOMPARE(model->rowCount(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isCounting(), 15000);
        VERIFY_COUNTS(*model, totals);
        QCOMPARE(model->countRequests(), 4);
        QCOMPARE(countedWarehouses(network.urls()), expectedWarehouses(*model));
    }

    void offlineStartShowsWhatTheCacheKnows_data()
    {
        QTest::addColumn<bool>("complete");
        QTest::newRow("first page cached") << false;
        QTest::newRow("every record cached") << true;
    }

    void offlineStartShowsWhatTheCacheKnows()
    {
        QFETCH(bool, complete);
        const QString file =
                m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(complete ? u"all" : u"first"));
        const Totals totals = serverTotals(m_sandbox);
        {
            // A run online fills the cache.
            QNetworkAccessManager network;
            auto client = countingClient(&network, m_sandbox);
            LocalCache cache(file);
            InventoryTableModel inventory(client.get());
            QSignalSpy pages(&inventory, &InventoryTableModel::pageLoaded);
            inventory.setLocalCache(&cache);
            inventory.setQuery({});
            QVERIFY(pages.wait(15000));
            if (complete) {
                inventory.loadAll();
                QTRY_VERIFY_WITH_TIMEOUT(inventory.isComplete(), 20000);
            }
            QTRY_COMPARE(cache.pendingWrites(), 0);
        }

        // Offline (nothing listens): the list fails, so no count is asked for.
        CountingNetworkAccessManager network;
        auto client = countingClient(&network, deadUrl(), m_sandbox.editorKey());
        LocalCache cache(file);
        InventoryTableModel inventory(client.get());
        auto model = makeModel(client.get());
        model->trackInventory(&inventory);
        QSignalSpy cacheLoaded(&inventory, &InventoryTableModel::cacheLoaded);
        QSignalSpy loaded(model.get(), &WarehouseListModel::loaded);
        inventory.setLocalCache(&cache);
        inventory.setQuery({});
        model->load();
        QVERIFY(loaded.wait(15000));
        QTRY_COMPARE(cacheLoaded.size(), 1);
        QTRY_VERIFY(!inventory.isLoading());
        QVERIFY(model->isDerived());
        QCOMPARE(model->countRequests(), 0);
        QCOMPARE(countedWarehouses(network.urls()), QStringList());
        QVERIFY(model->rowCount() > 1); // the warehouses of the cached rows

        // "All warehouses": the count stored with the cache.
        QCOMPARE(recordsAt(*model, 0).toLongLong(), allRecords(totals));
        // A warehouse shown offline is filtered from the cached rows; its count is known only
        // when every record is cached.
        const qint64 warehouse = *model->warehouseIdAt(1);
        InventoryQuery query;
        query.warehouseId = warehouse;
        inventory.setQuery(query);
        QTRY_VERIFY(!inventory.isLoading());
        QVERIFY(inventory.hasLoadedOnce());
        model->trackInventory(&inventory); // the list reads every view's figures again
        for (int row = 1; row < model->rowCount(); ++row) {
            const qint64 id = *model->warehouseIdAt(row);
            if (complete) {
                QCOMPARE(recordsAt(*model, row).toLongLong(), totals.value(id).first);
            } else {
                QVERIFY2(!recordsAt(*model, row).isValid(), qPrintable(QString::number(id)));
            }
        }
        QCOMPARE(model->countRequests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWarehouseCountsOffline)
#include "tst_warehousecounts_offline.moc"
