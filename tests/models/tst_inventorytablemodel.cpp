// InventoryTableModel against the real sandbox, wrapped in QAbstractItemModelTester: paging,
// roles, search, warehouses, errors and changes from elsewhere.
#include "tests/models/inventorytestsupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Glance;
using namespace Glance::Test;
using namespace std::chrono_literals;

class TestInventoryTableModel : public InventoryModelTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startSandbox(); }
    void init() { resetSandbox(); }

    void firstPageMatchesServer()
    {
        auto model = makeModel(false); // no tester: no paging
        QSignalSpy pages(model.get(), &InventoryTableModel::pageLoaded);
        model->setQuery({});
        QVERIFY(pages.wait(15000));
        QCOMPARE(model->rowCount(), InventoryTableModel::PageSize);
        QCOMPARE(model->columnCount(), int(InventoryTableModel::ColumnCount));
        QCOMPARE(modelIds(*model), serverIds(QStringLiteral("/inventory?page=1&limit=100")));
        QVERIFY(model->totalCount().has_value());
        QCOMPARE(*model->totalCount(), 700);
        QVERIFY(model->canFetchMore({}));
        QVERIFY(model->lastRefreshed().isValid());
        QTest::qWait(200); // a next page asked for unasked would be answered within this
        QCOMPARE(pages.count(), 1); // nothing more is fetched until asked
        QCOMPARE(m_network.requests(QStringLiteral("/inventory")), 1);
    }

    void fetchMoreLoadsEveryPageOnce()
    {
        auto model = makeModel(false);
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        int pages = 1;
        while (model->canFetchMore({})) {
            model->fetchMore({});
            model->fetchMore({}); // a second call while in flight must not duplicate the page
            model->setQuery({}); // nor the same query again
            QVERIFY(waitForPage(*model));
            ++pages;
        }
        QCOMPARE(pages, 7);
        QCOMPARE(modelIds(*model), allServerIds(QString()));
        QCOMPARE(m_network.requests(QStringLiteral("/inventory")), 7);
        QCOMPARE(model->requestCount(), 7);
    }

    void testerLoadsEverythingExactlyOnce()
    {
        auto model = makeModel();
        model->setQuery({});
        WAIT_UNTIL_COMPLETE(*model);
        const QList<qint64> ids = modelIds(*model);
        QCOMPARE(ids.size(), 700);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 700);
        QVERIFY(model->isComplete());
    }

    void displayAndSortRoles()
    {
        auto model = makeModel();
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        const QJsonArray rows = serverRows(QString());
        for (int row = 0; row < 100; ++row) {
            const QJsonObject server = rows.at(row).toObject();
            const auto column = [&](int c) {
                return model->index(row, c);
            };
            const QJsonValue quantity = server.value(QStringLiteral("quantity"));
            QCOMPARE(column(InventoryTableModel::QuantityColumn)
                             .data(InventoryTableModel::SortRole)
                             .toLongLong(),
                     quantity.toInteger());
            QCOMPARE(column(InventoryTableModel::QuantityColumn).data().toString(),
                     QLocale(QLocale::English).toString(quantity.toInteger()));
            QCOMPARE(column(InventoryTableModel::SkuColumn).data().toString(),
                     server.value(QStringLiteral("product"))
                             .toObject()
                             .value(QStringLiteral("sku"))
                             .toString());
            QCOMPARE(column(InventoryTableModel::WarehouseColumn).data().toString(),
                     server.value(QStringLiteral("warehouse"))
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString());
            QCOMPARE(column(InventoryTableModel::LocationColumn).data().toString(),
                     server.value(QStringLiteral("location")).toString());
            const QJsonValue reserved = server.value(QStringLiteral("reservedQuantity"));
            QCOMPARE(column(InventoryTableModel::ReservedColumn).data().toString(),
                     reserved.isNull() ? QString()
                                       : QLocale(QLocale::English).toString(reserved.toInteger()));
            // The record goes out again exactly as it came.
            const InventoryRecord record = model->record(row);
            QCOMPARE(record.id, server.value(QStringLiteral("id")).toInteger());
            QCOMPARE(record.location.isNull(), server.value(QStringLiteral("location")).isNull());
            QCOMPARE(record.minStockLevel.has_value(),
                     !server.value(QStringLiteral("minStockLevel")).isNull());
        }
        QVERIFY(!model->headerData(InventoryTableModel::SkuColumn, Qt::Horizontal)
                         .toString()
                         .isEmpty());
    }

    void lowStockFollowsThresholdAndMinimum()
    {
        auto model = makeModel();
        model->setLowStockThreshold(120);
        model->setQuery({});
        WAIT_UNTIL_COMPLETE(*model);
        const QJsonArray rows = serverRows(QString());
        int low = 0;
        int withMinimum = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject server = rows.at(row).toObject();
            const qint64 quantity = server.value(QStringLiteral("quantity")).toInteger();
            const QJsonValue minimum = server.value(QStringLiteral("minStockLevel"));
            withMinimum += !minimum.isNull();
            const bool expected = quantity <= (minimum.isNull() ? 120 : minimum.toInteger());
            QCOMPARE(model->index(row, 0).data(InventoryTableModel::LowStockRole).toBool(),
                     expected);
            low += expected;
        }
        QVERIFY(low > 0);
        QVERIFY(withMinimum > 0); // the seed has records with their own minimum
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        model->setLowStockThreshold(0);
        QCOMPARE(changed.count(), 1);
    }

    void warehouseFilterMatchesServer()
    {
        auto model = makeModel();
        model->setQuery(warehouse(2));
        WAIT_UNTIL_COMPLETE(*model);
        const QList<qint64> expected = allServerIds(QStringLiteral("warehouseId=2"));
        QVERIFY(expected.size() > 100);
        QCOMPARE(modelIds(*model), expected);
        QCOMPARE(*model->totalCount(), expected.size());
    }

    void searchNarrowsToServerRows()
    {
        auto model = makeModel();
        InventoryQuery query;
        query.search = QStringLiteral("shelf");
        model->setQuery(query);
        WAIT_UNTIL_COMPLETE(*model);
        const QList<qint64> expected = allServerIds(QStringLiteral("search=shelf"));
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < 700);
        QCOMPARE(modelIds(*model), expected);
        QCOMPARE(*model->totalCount(), expected.size());
    }

    void newQueryDropsTheOldReply()
    {
        auto model = makeModel();
        QVERIFY(m_sandbox.setFaults({QStringLiteral("latency=400@GET /inventory")}));
        QElapsedTimer asked;
        asked.start();
        InventoryQuery stale;
        stale.search = QStringLiteral("a");
        model->setQuery(stale);
        InventoryQuery fresh;
        fresh.search = QStringLiteral("shelf");
        model->setQuery(fresh);
        WAIT_UNTIL_COMPLETE(*model);
        // The stale reply (400 ms after it was asked) would have arrived by now.
        QTest::qWait(int(std::max<qint64>(50, 400 + 200 - asked.elapsed())));
        QCOMPARE(model->query().search, QStringLiteral("shelf"));
        QCOMPARE(modelIds(*model), allServerIds(QStringLiteral("search=shelf")));
    }

    void serverErrorKeepsRows()
    {
        auto model = makeModel();
        model->setQuery({});
        WAIT_UNTIL_COMPLETE(*model);
        const QList<qint64> before = modelIds(*model);
        QVERIFY(m_sandbox.setFaults({QStringLiteral("500@GET /inventory")}));
        QSignalSpy errors(model.get(), &InventoryTableModel::errorOccurred);
        model->refresh();
        QVERIFY(errors.wait(15000));
        const auto error = errors.at(0).at(0).value<ApiError>();
        QCOMPARE(error.httpStatus(), 500);
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(modelIds(*model), before);
        QVERIFY(!model->isLoading());
        QCOMPARE(model->lastError().httpStatus(), 500);
    }

    void recordChangesReachEveryCachedView()
    {
        auto model = makeModel(false);
        model->setRevalidateAfter(1h);
        model->setQuery(warehouse(1));
        QVERIFY(waitForPage(*model));
        InventoryRecord changed = model->record(0);
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        changed.quantity = 99999;
        changed.location = QStringLiteral("Moved");
        model->applyRecordChange(changed);
        const int row = model->rowOfRecord(changed.id);
        QVERIFY(row >= 0);
        QCOMPARE(model->record(row).quantity, changed.quantity);
        model->setQuery(warehouse(1));
        QCOMPARE(model->record(0).location, QStringLiteral("Moved"));
        const int before = model->rowCount();
        model->removeRecord(changed.id);
        QCOMPARE(model->rowCount(), before - 1);
        QCOMPARE(model->rowOfRecord(changed.id), -1);
        model->setQuery({});
        QCOMPARE(model->rowOfRecord(changed.id), -1);
    }

    void emptyResult()
    {
        auto model = makeModel();
        InventoryQuery query;
        query.search = QStringLiteral("zz-no-such-thing-zz");
        model->setQuery(query);
        QVERIFY(waitForPage(*model));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!model->canFetchMore({}));
        QVERIFY(model->isComplete());
    }

    void memoryIsCompact()
    {
        auto model = makeModel(false);
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        QSignalSpy finished(model.get(), &InventoryTableModel::loadAllFinished);
        model->loadAll();
        QVERIFY(finished.wait(30000));
        // A sanity bound on the model's own estimate; the benchmark measures the heap.
        const qsizetype perRow = model->memoryBytes() / model->rowCount();
        QVERIFY2(perRow < 600, qPrintable(QString::number(perRow)));
    }
};

QTEST_GUILESS_MAIN(TestInventoryTableModel)
#include "tst_inventorytablemodel.moc"
