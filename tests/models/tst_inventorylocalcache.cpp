// InventoryTableModel with its local read cache (LocalCache) against the real sandbox, wrapped in
// QAbstractItemModelTester: the first run fills the cache file; a start with no server shows the
// cached rows, searches and sorts them; the background refresh updates a changed row in place
// (selection and sort kept, the row flagged for a moment) and drops deleted ones; a big cache
// reaches a sorted view in slices, the event loop turning between them, without losing a row.
#include "api/apiclient.h"
#include "core/cache/cachedatabase.h"
#include "core/cache/localcache.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Glance;
using namespace std::chrono_literals;
using Glance::Test::SandboxFixture;

namespace {

constexpr int kRecords = 250;

CacheSnapshot readFile(const QString &path)
{
    CacheDatabase db(path);
    if (!db.open())
        return {};
    return db.read();
}

// The first row whose quantity is above the one before it (-1: descending throughout).
int firstOutOfOrder(const QAbstractItemModel &view)
{
    const auto quantity = [&view](int row) {
        return view.index(row, InventoryTableModel::QuantityColumn)
                .data(InventoryTableModel::SortRole)
                .toLongLong();
    };
    for (int row = 1; row < view.rowCount(); ++row) {
        if (quantity(row - 1) < quantity(row))
            return row;
    }
    return -1;
}

} // namespace

class TestInventoryLocalCache : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    QString cacheFile() const { return m_dir.filePath(QStringLiteral("cache/account.sqlite")); }

    std::unique_ptr<ApiClient> makeClient(const QUrl &url)
    {
        ClientConfig config;
        config.baseUrl = url;
        config.apiKey = m_sandbox.editorKey();
        config.timeout = 5s;
        return std::make_unique<ApiClient>(&m_network, config);
    }

    // An address where nothing listens: connection refused.
    static QUrl deadUrl()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        const quint16 port = server.serverPort();
        server.close();
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

    qint64 quantityOf(qint64 id)
    {
        return m_sandbox.get(QStringLiteral("/inventory/%1").arg(id))
                .data()
                .toObject()
                .value(QStringLiteral("quantity"))
                .toInteger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--records"),
                                  QString::number(kRecords)}),
                 qPrintable(m_sandbox.errorString()));
    }

    void firstRunFillsTheCache()
    {
        auto client = makeClient(m_sandbox.url());
        LocalCache cache(cacheFile());
        InventoryTableModel model(client.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &InventoryTableModel::cacheLoaded);
        model.setLocalCache(&cache);
        model.setQuery({});
        QVERIFY(model.isReadingCache());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toInt(), 0); // nothing cached yet
        // (the tester asks for more pages too)
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 100, 10000);
        QVERIFY(!model.isShowingCachedRows());
        model.loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete(), 20000);
        QCOMPARE(model.rowCount(), kRecords);
        QTRY_COMPARE(cache.pendingWrites(), 0);

        const CacheSnapshot snapshot = readFile(cacheFile());
        QCOMPARE(snapshot.records.size(), kRecords);
        QVERIFY(snapshot.complete);
        QCOMPARE(snapshot.total, std::optional<qint64>(kRecords));
        QVERIFY(snapshot.products > 0);
        QVERIFY(snapshot.warehouses > 0);
        QVERIFY(qAbs(snapshot.fetchedAt.secsTo(QDateTime::currentDateTime())) < 60);
        for (int row = 0; row < kRecords; row += 37) {
            const InventoryRecord live = model.record(row);
            const InventoryRecord &cached = snapshot.records.at(row);
            QCOMPARE(cached.id, live.id);
            QCOMPARE(cached.quantity, live.quantity);
            QCOMPARE(cached.product.sku, live.product.sku);
            QCOMPARE(cached.warehouse.name, live.warehouse.name);
            QCOMPARE(cached.location, live.location);
        }
    }

    void cachedRowsShowOfflineAndCanBeSearchedAndSorted()
    {
        const CacheSnapshot snapshot = readFile(cacheFile());
        QCOMPARE(snapshot.records.size(), kRecords);
        auto client = makeClient(deadUrl());
        LocalCache cache(cacheFile());
        InventoryTableModel model(client.get());
        InventoryProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
                &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &InventoryTableModel::errorOccurred);
        QSignalSpy finished(&model, &InventoryTableModel::cacheRefreshFinished);
        model.setLocalCache(&cache);
        model.setQuery({});
        QTRY_COMPARE(model.rowCount(), kRecords);
        QVERIFY(model.isShowingCachedRows());
        QCOMPARE(model.lastRefreshed().toMSecsSinceEpoch(), snapshot.fetchedAt.toMSecsSinceEpoch());
        // The background refresh fails (connection refused); the cached rows stay.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(errors.size() >= 1);
        QCOMPARE(errors.last().first().value<ApiError>().kind(), ApiError::Kind::Network);
        QCOMPARE(model.rowCount(), kRecords);
        QVERIFY(model.isShowingCachedRows());

        // Sorting the cached rows.
        proxy.sort(InventoryTableModel::QuantityColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.rowCount(), kRecords);
        QCOMPARE(firstOutOfOrder(proxy), -1);

        // Searching them: the server cannot be asked, the cache is filtered here.
        const QString sku = snapshot.records.at(42).product.sku;
        InventoryQuery search;
        search.search = sku;
        model.setQuery(search);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasLoadedOnce(), 10000);
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.rowOfRecord(snapshot.records.at(42).id) >= 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const InventoryRecord record = model.record(row);
            QVERIFY(record.product.sku.contains(sku, Qt::CaseInsensitive)
                    || record.product.name.contains(sku, Qt::CaseInsensitive)
                    || record.location.contains(sku, Qt::CaseInsensitive));
        }
        // A warehouse of the complete cached view: filtered here too.
        InventoryQuery warehouse;
        warehouse.warehouseId = snapshot.records.first().warehouse.id;
        model.setQuery(warehouse);
        QVERIFY(model.hasLoadedOnce());
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.record(row).warehouse.id, *warehouse.warehouseId);
        // Nothing of this was written over the cache.
        QTRY_COMPARE(cache.pendingWrites(), 0);
        QCOMPARE(readFile(cacheFile()).records.size(), kRecords);
    }

    void aBigCacheArrivesInSlicesWithoutLosingARow()
    {
        // 6,000 rows of 40 products: three chunks of the cache's reading (500, 5,000, 500).
        constexpr int count = 6000;
        const QString path = m_dir.filePath(QStringLiteral("cache/big.sqlite"));
        {
            QList<InventoryRecord> records;
            for (int i = 0; i < count; ++i) {
                InventoryRecord record;
                record.id = i + 1;
                const int product = i % 40;
                record.product = {product + 1, QStringLiteral("מוצר %1").arg(product),
                                  QStringLiteral("SKU-%1").arg(product)};
                record.warehouse = {i % 3 + 1, QStringLiteral("Warehouse %1").arg(i % 3 + 1)};
                record.quantity = (i * 7) % 300;
                record.location = QStringLiteral("A-%1").arg(i % 50);
                records.append(record);
            }
            CacheDatabase db(path);
            QVERIFY(db.open());
            QVERIFY(db.write(records, QDateTime::currentMSecsSinceEpoch(), true, count, true, 100));
        }
        LocalCache cache(path);
        InventoryTableModel model(nullptr); // no server: the cache is all there is
        InventoryProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(InventoryTableModel::QuantityColumn, Qt::DescendingOrder);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
                &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // No time at all for a slice: every turn of the event loop takes its 64 rows.
        model.setCacheSlice(std::chrono::nanoseconds(0));
        qsizetype biggestInsert = 0;
        int inserts = 0;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    biggestInsert = qMax<qsizetype>(biggestInsert, last - first + 1);
                    ++inserts;
                });
        int turns = 0; // turns of the event loop while the rows arrive
        QTimer turn;
        turn.setInterval(0);
        connect(&turn, &QTimer::timeout, this, [&] { ++turns; });
        QSignalSpy loaded(&model, &InventoryTableModel::cacheLoaded);
        model.setLocalCache(&cache);
        model.setQuery({});
        turn.start();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        turn.stop();
        QCOMPARE(loaded.first().first().toInt(), count);
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(proxy.rowCount(), count);
        for (int row = 0; row < count; ++row)
            QCOMPARE(model.record(row).id, qint64(row + 1)); // every row once, in order
        // The first 500 came at once (a reset), the rest 64 at a time with the loop turning.
        QCOMPARE(biggestInsert, qsizetype(64));
        QVERIFY2(inserts >= (count - 500) / 64, qPrintable(QString::number(inserts)));
        QVERIFY2(turns >= inserts / 2, qPrintable(QStringLiteral("%1 turns").arg(turns)));
        // Sorted as the view asked, across the slices.
        QCOMPARE(firstOutOfOrder(proxy), -1);
    }

    void refreshUpdatesChangedRowsInPlaceKeepingSelectionAndSort()
    {
        const CacheSnapshot snapshot = readFile(cacheFile());
        QCOMPARE(snapshot.records.size(), kRecords);
        // While the app is closed: another user's sale on the second page, a record deleted.
        const InventoryRecord changed = snapshot.records.at(180);
        const InventoryRecord deleted = snapshot.records.at(200);
        const qint64 before = quantityOf(changed.id);
        QCOMPARE(std::optional<qint64>(before), changed.quantity);
        const QJsonObject action {{QStringLiteral("productId"), changed.product.id},
                                  {QStringLiteral("warehouseId"), changed.warehouse.id},
                                  {QStringLiteral("amount"), 7}};
        QCOMPARE(m_sandbox
                         .post(QStringLiteral("/__sandbox/adjust"),
                               QJsonObject {{QStringLiteral("actions"), QJsonArray {action}}})
                         .status,
                 200);
        QCOMPARE(quantityOf(changed.id), before + 7);
        QCOMPARE(m_sandbox.del(QStringLiteral("/inventory/%1/delete").arg(deleted.id)).status / 100,
                 2);
        // Slow answers: the user sorts and selects while the refresh runs.
        QVERIFY(m_sandbox.setFaults({QStringLiteral("latency=400@GET /inventory")}));

        auto client = makeClient(m_sandbox.url());
        LocalCache cache(cacheFile());
        InventoryTableModel model(client.get());
        model.setHighlightDuration(3s);
        InventoryProxyModel proxy;
        proxy.setSourceModel(&model);
        QItemSelectionModel selection(&proxy);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
                &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &InventoryTableModel::cacheRefreshFinished);
        model.setLocalCache(&cache);
        model.setQuery({});
        QTRY_COMPARE(model.rowCount(), kRecords);
        QVERIFY(model.isShowingCachedRows());
        QCOMPARE(finished.size(), 0);

        proxy.sort(InventoryTableModel::QuantityColumn, Qt::DescendingOrder);
        const QModelIndex source = model.index(model.rowOfRecord(changed.id), 0);
        selection.setCurrentIndex(proxy.mapFromSource(source),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!model.isShowingCachedRows());
        QCOMPARE(resets.size(), 0); // updated in place, never reset
        QCOMPARE(model.rowCount(), kRecords - 1);
        QCOMPARE(model.rowOfRecord(deleted.id), -1);
        const int row = model.rowOfRecord(changed.id);
        QVERIFY(row >= 0);
        QCOMPARE(model.record(row).quantity, std::optional<qint64>(before + 7));
        QVERIFY(model.index(row, 0).data(InventoryTableModel::RecentlyChangedRole).toBool());
        QVERIFY(!model.index(row == 0 ? 1 : 0, 0)
                         .data(InventoryTableModel::RecentlyChangedRole)
                         .toBool());
        // The selection follows the record; the sort holds.
        QCOMPARE(proxy.mapToSource(selection.currentIndex()).row(), row);
        QVERIFY(selection.isRowSelected(selection.currentIndex().row()));
        QCOMPARE(proxy.sortColumn(), int(InventoryTableModel::QuantityColumn));
        for (int r = 1; r < proxy.rowCount(); ++r) {
            QVERIFY(proxy.index(r - 1, InventoryTableModel::QuantityColumn)
                            .data(InventoryTableModel::SortRole)
                            .toLongLong()
                    >= proxy.index(r, InventoryTableModel::QuantityColumn)
                               .data(InventoryTableModel::SortRole)
                               .toLongLong());
        }
        // The highlight fades.
        QTRY_VERIFY(!model.index(model.rowOfRecord(changed.id), 0)
                             .data(InventoryTableModel::RecentlyChangedRole)
                             .toBool());
        // The cache file follows the server.
        QVERIFY(m_sandbox.clearFaults());
        QTRY_COMPARE(cache.pendingWrites(), 0);
        const CacheSnapshot after = readFile(cacheFile());
        QCOMPARE(after.records.size(), kRecords - 1);
        const auto it = std::find_if(after.records.cbegin(), after.records.cend(),
                                     [&](const InventoryRecord &r) { return r.id == changed.id; });
        QVERIFY(it != after.records.cend());
        QCOMPARE(it->quantity, std::optional<qint64>(before + 7));
    }
};

QTEST_GUILESS_MAIN(TestInventoryLocalCache)
#include "tst_inventorylocalcache.moc"
