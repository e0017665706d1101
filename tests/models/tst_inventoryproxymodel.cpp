// InventoryProxyModel: natural and numeric sorting, the low-stock filter, rows merged in while
// sorted, persistent indexes, and the partial-view rules. Against the sandbox, with
// QAbstractItemModelTester on the proxy.
#include "api/apiclient.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Glance;
using Glance::Test::SandboxFixture;

class TestInventoryProxyModel : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<InventoryTableModel> m_source;
    std::unique_ptr<InventoryProxyModel> m_proxy;

    bool loadAll()
    {
        QSignalSpy finished(m_source.get(), &InventoryTableModel::loadAllFinished);
        m_source->loadAll();
        return m_source->isComplete() || (finished.wait(30000) && m_source->isComplete());
    }

    bool loadFirstPage()
    {
        QSignalSpy pages(m_source.get(), &InventoryTableModel::pageLoaded);
        m_source->setQuery({});
        return pages.wait(15000);
    }

    QVariant value(int row, int column, int role = InventoryTableModel::SortRole) const
    {
        return m_proxy->index(row, column).data(role);
    }

    qint64 id(int row) const
    {
        return value(row, 0, InventoryTableModel::RecordIdRole).toLongLong();
    }

    // Every neighbouring pair in order (by the collator in numeric mode).
    void verifyTextOrder(int column, Qt::SortOrder order)
    {
        QCollator collator(QLocale(QLocale::English));
        collator.setNumericMode(true);
        for (int row = 1; row < m_proxy->rowCount(); ++row) {
            const QString a = value(row - 1, column).toString();
            const QString b = value(row, column).toString();
            const int c = collator.compare(a, b);
            QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0,
                     qPrintable(QStringLiteral("row %1: %2 / %3").arg(row).arg(a, b)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        config.limits = {0, 0}; // the sandbox runs without limits: so does the client
        m_client = std::make_unique<ApiClient>(&m_network, config);
    }

    void init()
    {
        QVERIFY(m_sandbox.reset());
        m_source = std::make_unique<InventoryTableModel>(m_client.get());
        m_source->setLocale(QLocale(QLocale::English));
        m_proxy = std::make_unique<InventoryProxyModel>();
        m_proxy->setSourceModel(m_source.get());
        new QAbstractItemModelTester(m_proxy.get(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_proxy.get());
    }

    void cleanup()
    {
        m_proxy.reset();
        m_source.reset();
    }

    void textColumnsSortNaturally_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const char *suffix = order == Qt::AscendingOrder ? "asc" : "desc";
            QTest::addRow("product-%s", suffix) << int(InventoryTableModel::ProductColumn) << order;
            QTest::addRow("sku-%s", suffix) << int(InventoryTableModel::SkuColumn) << order;
            QTest::addRow("warehouse-%s", suffix)
                    << int(InventoryTableModel::WarehouseColumn) << order;
            QTest::addRow("location-%s", suffix)
                    << int(InventoryTableModel::LocationColumn) << order;
        }
    }

    void textColumnsSortNaturally()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QVERIFY(loadFirstPage());
        QVERIFY(loadAll());
        QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        m_proxy->sort(column, order);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(m_proxy->rowCount(), 700);
        verifyTextOrder(column, order);
    }

    void skuOrderIsNumeric()
    {
        QVERIFY(loadFirstPage());
        QVERIFY(loadAll());
        m_proxy->sort(InventoryTableModel::SkuColumn);
        // SKUs "XY-<n>…" with the same letters sort by the number: "AB-57" before "AB-120/3",
        // although a plain string sort puts "AB-1…" first.
        static const QRegularExpression pattern(QStringLiteral("^([A-Z]+)-(\\d+)"));
        QHash<QString, qint64> lastNumber;
        int pairs = 0;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QString sku = value(row, InventoryTableModel::SkuColumn).toString();
            const auto match = pattern.match(sku);
            if (!match.hasMatch())
                continue;
            const qint64 number = match.captured(2).toLongLong();
            const auto last = lastNumber.constFind(match.captured(1));
            if (last != lastNumber.cend()) {
                QVERIFY2(*last <= number, qPrintable(sku));
                pairs += QString::number(*last).size() < match.captured(2).size();
            }
            lastNumber.insert(match.captured(1), number);
        }
        QVERIFY(pairs > 0); // some numbers grew by a digit: the order is numeric
    }

    void quantitySortsNumerically()
    {
        QVERIFY(loadFirstPage());
        QVERIFY(loadAll());
        m_proxy->sort(InventoryTableModel::QuantityColumn, Qt::AscendingOrder);
        for (int row = 1; row < m_proxy->rowCount(); ++row)
            QVERIFY(value(row - 1, InventoryTableModel::QuantityColumn).toLongLong()
                    <= value(row, InventoryTableModel::QuantityColumn).toLongLong());
        m_proxy->sort(InventoryTableModel::QuantityColumn, Qt::DescendingOrder);
        for (int row = 1; row < m_proxy->rowCount(); ++row)
            QVERIFY(value(row - 1, InventoryTableModel::QuantityColumn).toLongLong()
                    >= value(row, InventoryTableModel::QuantityColumn).toLongLong());
        // Absent reserved quantities come first when ascending.
        m_proxy->sort(InventoryTableModel::ReservedColumn, Qt::AscendingOrder);
        bool seenValue = false;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const bool present = value(row, InventoryTableModel::ReservedColumn).isValid();
            QVERIFY(!seenValue || present);
            seenValue |= present;
        }
        QVERIFY(seenValue);
    }

    void originalOrderComesBack()
    {
        QVERIFY(loadFirstPage());
        QVERIFY(loadAll());
        QList<qint64> original;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            original.append(id(row));
        m_proxy->sort(InventoryTableModel::LocationColumn, Qt::DescendingOrder);
        QVERIFY(id(0) != original.first() || id(699) != original.last());
        m_proxy->sort(-1);
        QList<qint64> back;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            back.append(id(row));
        QCOMPARE(back, original);
    }

    void lowStockFilter()
    {
        m_source->setLowStockThreshold(60);
        QVERIFY(loadFirstPage());
        QVERIFY(loadAll());
        int expected = 0;
        for (int row = 0; row < m_source->rowCount(); ++row)
            expected += m_source->isLowStock(row);
        QVERIFY(expected > 0);
        QSignalSpy changed(m_proxy.get(), &InventoryProxyModel::lowStockOnlyChanged);
        m_proxy->setLowStockOnly(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_proxy->rowCount(), expected);
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            QVERIFY(value(row, 0, InventoryTableModel::LowStockRole).toBool());
        // A lower threshold drops rows; sorting keeps the filter.
        m_source->setLowStockThreshold(20);
        QVERIFY(m_proxy->rowCount() < expected);
        m_proxy->sort(InventoryTableModel::QuantityColumn);
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            QVERIFY(value(row, 0, InventoryTableModel::LowStockRole).toBool());
            if (row > 0)
                QVERIFY(value(row - 1, InventoryTableModel::QuantityColumn).toLongLong()
                        <= value(row, InventoryTableModel::QuantityColumn).toLongLong());
        }
        m_proxy->setLowStockOnly(false);
        QCOMPARE(m_proxy->rowCount(), 700);
    }

    void rowsArrivingWhileSortedAreMergedIn()
    {
        QVERIFY(loadFirstPage());
        m_proxy->sort(InventoryTableModel::SkuColumn);
        QVERIFY(m_proxy->isPartial());
        QVERIFY(!m_proxy->canFetchMore({})); // a sorted partial view does not page lazily
        QVERIFY(m_source->canFetchMore({}));
        QVERIFY(loadAll());
        QVERIFY(!m_proxy->isPartial());
        QCOMPARE(m_proxy->rowCount(), 700);
        verifyTextOrder(InventoryTableModel::SkuColumn, Qt::AscendingOrder);
        m_proxy->sort(-1);
        QVERIFY(!m_proxy->canFetchMore({}));
    }

    void largeSortedLoadMergesPageByPage_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("product-asc")
                << int(InventoryTableModel::ProductColumn) << Qt::AscendingOrder;
        QTest::newRow("sku-desc") << int(InventoryTableModel::SkuColumn) << Qt::DescendingOrder;
        QTest::newRow("quantity-asc")
                << int(InventoryTableModel::QuantityColumn) << Qt::AscendingOrder;
        QTest::newRow("reserved-desc")
                << int(InventoryTableModel::ReservedColumn) << Qt::DescendingOrder;
    }

    // Beyond a few thousand rows a page is merged into a sorted view by binary search: the
    // result must be the order a full sort gives.
    void largeSortedLoadMergesPageByPage()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        SandboxFixture large;
        QVERIFY2(large.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--records"),
                              QStringLiteral("5000")}),
                 qPrintable(large.errorString()));
        ClientConfig config;
        config.baseUrl = large.url();
        config.apiKey = large.editorKey();
        config.limits = {0, 0};
        ApiClient client(&m_network, config);
        InventoryTableModel source(&client);
        source.setLocale(QLocale(QLocale::English));
        InventoryProxyModel proxy;
        proxy.setSourceModel(&source);
        new QAbstractItemModelTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &proxy);
        proxy.sort(column, order);
        QSignalSpy pages(&source, &InventoryTableModel::pageLoaded);
        source.setQuery({});
        QVERIFY(pages.wait(15000));
        QSignalSpy finished(&source, &InventoryTableModel::loadAllFinished);
        source.loadAll();
        QVERIFY(finished.wait(60000));
        QCOMPARE(proxy.rowCount(), 5000);
        QList<qint64> merged;
        for (int row = 0; row < proxy.rowCount(); ++row)
            merged.append(proxy.index(row, 0).data(InventoryTableModel::RecordIdRole).toLongLong());
        proxy.sort(-1);
        proxy.sort(column, order); // a full sort of the same rows
        QList<qint64> sorted;
        for (int row = 0; row < proxy.rowCount(); ++row)
            sorted.append(proxy.index(row, 0).data(InventoryTableModel::RecordIdRole).toLongLong());
        QCOMPARE(merged, sorted);
    }

    void lazyPagingWhenUnsorted()
    {
        QVERIFY(loadFirstPage());
        QVERIFY(m_proxy->canFetchMore({}));
        m_proxy->setLowStockOnly(true);
        QVERIFY(!m_proxy->canFetchMore({}));
        QVERIFY(m_proxy->isPartial());
        m_proxy->setLowStockOnly(false);
        QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
        m_proxy->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(m_proxy->rowCount() >= 200, 15000);
        QCOMPARE(inserted.at(0).at(1).toInt(), 100); // appended: the server's order
    }

    void persistentIndexesFollowTheirRecord()
    {
        QVERIFY(loadFirstPage());
        QVERIFY(loadAll());
        const int row = 123;
        const qint64 record = id(row);
        const QPersistentModelIndex persistent(m_proxy->index(row, 2));
        m_proxy->sort(InventoryTableModel::ProductColumn, Qt::DescendingOrder);
        QVERIFY(persistent.isValid());
        QCOMPARE(persistent.column(), 2);
        QCOMPARE(persistent.data(InventoryTableModel::RecordIdRole).toLongLong(), record);
        QCOMPARE(m_proxy->mapToSource(persistent)
                         .data(InventoryTableModel::RecordIdRole)
                         .toLongLong(),
                 record);
    }

    void changedValuesAreSortedAgain()
    {
        QVERIFY(loadFirstPage());
        QVERIFY(loadAll());
        m_proxy->sort(InventoryTableModel::QuantityColumn);
        InventoryRecord record = m_source->record(m_proxy->sourceRow(0));
        record.quantity = 1'000'000;
        m_source->applyRecordChange(record);
        QCOMPARE(id(m_proxy->rowCount() - 1), record.id);
        // Removed records leave the sorted view too.
        m_source->removeRecord(record.id);
        QCOMPARE(m_proxy->rowCount(), 699);
        QVERIFY(id(m_proxy->rowCount() - 1) != record.id);
    }

    void typeAheadFindsByPrefix()
    {
        QVERIFY(loadFirstPage());
        m_proxy->sort(InventoryTableModel::SkuColumn);
        const QModelIndex start = m_proxy->index(0, InventoryTableModel::SkuColumn);
        const QModelIndexList hits = m_proxy->match(start, Qt::DisplayRole, QStringLiteral("cb"));
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().data().toString().startsWith(QLatin1String("CB"),
                                                          Qt::CaseInsensitive));
        // The first such row in the sorted view.
        for (int row = 0; row < hits.first().row(); ++row)
            QVERIFY(!value(row, InventoryTableModel::SkuColumn, Qt::DisplayRole)
                             .toString()
                             .startsWith(QLatin1String("CB"), Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestInventoryProxyModel)
#include "tst_inventoryproxymodel.moc"
