// WarehouseListModel's record counts from the start (WarehouseCounter): one GET
// /inventory?warehouseId=…&limit=1 per warehouse and one for "All warehouses", against the real
// sandbox over loopback, every model under QAbstractItemModelTester: right before any page is
// loaded (0 included), exactly N+1 requests a round, a failing count leaves its row unknown with
// the reason, a stale round's answers never land, counts follow changes, the newer of a view's
// figure and a count wins. Offline, the derived list and the local cache:
// tst_warehousecounts_offline.
#include "api/apiclient.h"
#include "models/inventorytablemodel.h"
#include "models/warehouselistmodel.h"
#include "tests/models/countingnetwork.h"
#include "tests/models/warehousecountsupport.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>

#include <algorithm>
#include <functional>

using namespace Glance;
using namespace Glance::Test;

class TestWarehouseCounts : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox; // 5 warehouses, 700 records
    SandboxFixture m_sparse; // 4 warehouses, 2 records: at least two warehouses are empty

    template<typename T>
    static std::optional<T> await(const std::function<ApiCall *(ApiCallback<T>)> &send)
    {
        std::optional<ApiResult<T>> answer;
        send([&answer](const ApiResult<T> &result) { answer = result; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000) || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--warehouses"),
                                  QStringLiteral("5")}),
                 qPrintable(m_sandbox.errorString()));
        QVERIFY2(m_sparse.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--warehouses"),
                                 QStringLiteral("4"), QStringLiteral("--records"),
                                 QStringLiteral("2")}),
                 qPrintable(m_sparse.errorString()));
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(m_sandbox.reset());
    }

    void countsBeforeAnyPageExactlyOneRequestEach()
    {
        CountingNetworkAccessManager network;
        auto client = countingClient(&network, m_sandbox);
        auto model = makeModel(client.get());
        InventoryTableModel inventory(client.get()); // tracked, but no view is shown
        model->trackInventory(&inventory);
        QSignalSpy finished(model.get(), &WarehouseListModel::countsFinished);
        model->load();
        QVERIFY(finished.wait(15000));
        QVERIFY(!model->isCounting());
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(inventory.requestCount(), 0);
        VERIFY_COUNTS(*model, serverTotals(m_sandbox));
        // Quantities wait for the records.
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(!model->index(row, WarehouseListModel::QuantityColumn)
                             .data(WarehouseListModel::SortRole)
                             .isValid());

        // N + 1: one per warehouse and one for all, nothing else on /inventory.
        QCOMPARE(network.requests(QStringLiteral("/inventory")), 6);
        QCOMPARE(countedWarehouses(network.urls()), expectedWarehouses(*model));
        QCOMPARE(model->countRequests(), 6);

        // Reading and repainting costs nothing.
        for (int pass = 0; pass < 3; ++pass) {
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < WarehouseListModel::ColumnCount; ++column) {
                    model->index(row, column).data();
                    model->index(row, column).data(Qt::ToolTipRole);
                }
            }
        }
        model->setLocale(QLocale(QLocale::Hebrew));
        QTest::qWait(50); // a re-count would be sent at once: nothing may leave meanwhile
        QCOMPARE(network.requests(QStringLiteral("/inventory")), 6);

        // A re-count (refresh) is one more round of N + 1.
        model->recount();
        QVERIFY(model->isCounting());
        QVERIFY(finished.wait(15000));
        QCOMPARE(network.requests(QStringLiteral("/inventory")), 12);
        QCOMPARE(model->countRequests(), 12);
    }

    void emptyWarehouseCountsZero()
    {
        CountingNetworkAccessManager network;
        auto client = countingClient(&network, m_sparse);
        auto model = makeModel(client.get());
        QSignalSpy finished(model.get(), &WarehouseListModel::countsFinished);
        model->load();
        QVERIFY(finished.wait(15000));
        const Totals totals = serverTotals(m_sparse);
        QCOMPARE(model->rowCount(), 5);
        VERIFY_COUNTS(*model, totals);
        int empty = 0;
        for (int row = 1; row < model->rowCount(); ++row) {
            if (totals.value(*model->warehouseIdAt(row)).first == 0) {
                ++empty;
                QCOMPARE(recordsAt(*model, row), QVariant(qint64(0)));
                QCOMPARE(model->index(row, WarehouseListModel::RecordsColumn).data().toString(),
                         QStringLiteral("0"));
            }
        }
        QVERIFY(empty >= 2);
        QCOMPARE(network.requests(QStringLiteral("/inventory")), 5);
    }

    void failingCountLeavesItsRowUnknown()
    {
        const QJsonArray listed = m_sandbox.get(QStringLiteral("/warehouses")).data().toArray();
        const qint64 failing = listed.at(2).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(m_sandbox.setFaults(
                {QStringLiteral("500@GET /inventory?warehouseId=%1").arg(failing)}));
        CountingNetworkAccessManager network;
        auto client = countingClient(&network, m_sandbox);
        auto model = makeModel(client.get());
        QSignalSpy finished(model.get(), &WarehouseListModel::countsFinished);
        model->load();
        QVERIFY(finished.wait(15000));
        const Totals totals = serverTotals(m_sandbox);
        const int failingRow = model->rowOf(failing);
        QVERIFY(failingRow > 0);
        QVERIFY(!recordsAt(*model, failingRow).isValid());
        QVERIFY(model->index(failingRow, WarehouseListModel::RecordsColumn)
                        .data()
                        .toString()
                        .isEmpty());
        // Why, in the one sentence every error of the client gets (ApiError::userMessage()).
        QCOMPARE(recordsTip(*model, failingRow),
                 QStringLiteral("The number of records could not be read. ")
                         + ApiError::http(500, QStringLiteral("UNKNOWN_ERROR"),
                                          QStringLiteral("Internal server error (injected fault)"))
                                   .userMessage());
        // The others are right.
        QCOMPARE(recordsAt(*model, 0).toLongLong(), allRecords(totals));
        for (int row = 1; row < model->rowCount(); ++row) {
            if (row != failingRow)
                QCOMPARE(recordsAt(*model, row).toLongLong(),
                         totals.value(*model->warehouseIdAt(row)).first);
        }
        QCOMPARE(network.requests(QStringLiteral("/inventory")), 6); // 500 is not retried

        // Once the server answers again, a re-count fills it in.
        QVERIFY(m_sandbox.clearFaults());
        model->recount();
        QVERIFY(finished.wait(15000));
        VERIFY_COUNTS(*model, totals);
    }

    void staleRoundIsIgnored()
    {
        // The first round's answers are held back 0.7 s and would be right; every answer of the
        // round that replaces it (the list loaded again) fails. None of the first may land.
        QVERIFY(m_sandbox.setFaults({QStringLiteral("latency=700ms@GET /inventory")}));
        CountingNetworkAccessManager network;
        auto client = countingClient(&network, m_sandbox);
        auto model = makeModel(client.get());
        QSignalSpy loaded(model.get(), &WarehouseListModel::loaded);
        QSignalSpy finished(model.get(), &WarehouseListModel::countsFinished);
        model->load();
        QVERIFY(loaded.wait(15000));
        // Sent (background calls leave one of the six connections to clicks: five at once).
        QTRY_VERIFY(countedWarehouses(network.urls()).size() >= 5);
        QElapsedTimer firstRound;
        firstRound.start();
        QVERIFY(model->isCounting());
        QCOMPARE(recordsTip(*model, 1), QStringLiteral("Counting the records…"));

        QVERIFY(m_sandbox.setFaults({QStringLiteral("503@GET /inventory")}));
        model->load();
        QVERIFY(loaded.wait(15000));
        QVERIFY(finished.wait(15000));
        // The first round's answers would have arrived by now: five answered 0.7 s after they
        // were sent, the sixth sent on the first free connection and answered 0.7 s later.
        QTest::qWait(int(std::max<qint64>(300, 2 * 700 + 300 - firstRound.elapsed())));
        QCOMPARE(finished.size(), 1);
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY2(!recordsAt(*model, row).isValid(), qPrintable(QString::number(row)));
            QCOMPARE(recordsTip(*model, row),
                     QStringLiteral("The number of records could not be read. ")
                             + ApiError::http(503).userMessage());
        }
    }

    void countsFollowThisAppsChanges()
    {
        CountingNetworkAccessManager network;
        auto client = countingClient(&network, m_sandbox);
        auto model = makeModel(client.get());
        QSignalSpy finished(model.get(), &WarehouseListModel::countsFinished);
        model->load();
        QVERIFY(finished.wait(15000));
        const Totals before = serverTotals(m_sandbox);
        VERIFY_COUNTS(*model, before);

        // A product stocked in warehouse A and not in warehouse B.
        QHash<qint64, QSet<qint64>> productsIn;
        for (int page = 1;; ++page) {
            const QJsonArray pageRows =
                    m_sandbox.get(QStringLiteral("/inventory?page=%1&limit=100").arg(page))
                            .data()
                            .toArray();
            for (const auto &row : pageRows) {
                const QJsonObject record = row.toObject();
                productsIn[record.value(QStringLiteral("warehouse"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toInteger()]
                        .insert(record.value(QStringLiteral("product"))
                                        .toObject()
                                        .value(QStringLiteral("id"))
                                        .toInteger());
            }
            if (pageRows.size() < 100)
                break;
        }
        const qint64 warehouseB = *model->warehouseIdAt(2);
        qint64 product = 0;
        qint64 product2 = 0;
        for (const auto &stocked : std::as_const(productsIn)) {
            for (const qint64 id : stocked) {
                if (productsIn.value(warehouseB).contains(id))
                    continue;
                if (!product)
                    product = id;
                else if (id != product && !product2)
                    product2 = id;
            }
        }
        QVERIFY(product && product2);
        const int rowB = model->rowOf(warehouseB);

        // Create: +1 in B and in all.
        const auto created = await<InventoryRecord>([&](auto callback) {
            return client->createInventory({product, warehouseB, 3, std::nullopt}, nullptr,
                                           callback);
        });
        QVERIFY(created);
        model->recount();
        QVERIFY(finished.wait(15000));
        QCOMPARE(recordsAt(*model, rowB).toLongLong(), before.value(warehouseB).first + 1);
        QCOMPARE(recordsAt(*model, 0).toLongLong(), allRecords(before) + 1);

        // Adjust of a product B does not stock: Glance creates its record, +1 again.
        const auto adjusted = await<AdjustResult>([&](auto callback) {
            return client->adjustInventory({{product2, warehouseB, 4, QString(), QString()}},
                                           nullptr, callback);
        });
        QVERIFY(adjusted);
        model->recount();
        QVERIFY(finished.wait(15000));
        QCOMPARE(recordsAt(*model, rowB).toLongLong(), before.value(warehouseB).first + 2);
        QCOMPARE(recordsAt(*model, 0).toLongLong(), allRecords(before) + 2);

        // Delete: −1.
        const auto deleted = await<bool>([&](auto callback) {
            return client->deleteInventory(created->id, nullptr, callback);
        });
        QVERIFY(deleted);
        model->recount();
        QVERIFY(finished.wait(15000));
        QCOMPARE(recordsAt(*model, rowB).toLongLong(), before.value(warehouseB).first + 1);
        QCOMPARE(recordsAt(*model, 0).toLongLong(), allRecords(before) + 1);
        VERIFY_COUNTS(*model, serverTotals(m_sandbox));
    }

    void newerOfViewAndCountWins()
    {
        CountingNetworkAccessManager network;
        auto client = countingClient(&network, m_sandbox);
        auto model = makeModel(client.get());
        InventoryTableModel inventory(client.get());
        inventory.setLocale(QLocale(QLocale::English));
        model->trackInventory(&inventory);
        QSignalSpy finished(model.get(), &WarehouseListModel::countsFinished);
        model->load();
        QVERIFY(finished.wait(15000));
        const Totals before = serverTotals(m_sandbox);
        const qint64 warehouse = *model->warehouseIdAt(1);

        // The warehouse's view: its first page says the same as the count.
        QSignalSpy pages(&inventory, &InventoryTableModel::pageLoaded);
        InventoryQuery query;
        query.warehouseId = warehouse;
        inventory.setQuery(query);
        QVERIFY(pages.wait(15000));
        QCOMPARE(recordsAt(*model, 1).toLongLong(), before.value(warehouse).first);

        // Deleted elsewhere; the re-count is newer than the view's figure.
        const qint64 doomed = inventory.record(0).id;
        QCOMPARE(m_sandbox.del(QStringLiteral("/inventory/%1/delete").arg(doomed)).status, 200);
        model->recount();
        QVERIFY(finished.wait(15000));
        QCOMPARE(recordsAt(*model, 1).toLongLong(), before.value(warehouse).first - 1);

        // Another view's page makes the views speak again; this one's unchanged (older) figure
        // does not take the count back.
        inventory.setQuery({});
        QVERIFY(pages.wait(15000));
        QCOMPARE(recordsAt(*model, 1).toLongLong(), before.value(warehouse).first - 1);
        QCOMPARE(recordsAt(*model, 0).toLongLong(), allRecords(before) - 1);

        // The view read again: its figure is news and wins without a count.
        inventory.setQuery(query);
        const qint64 second = inventory.record(1).id;
        QCOMPARE(m_sandbox.del(QStringLiteral("/inventory/%1/delete").arg(second)).status, 200);
        const int counts = model->countRequests();
        inventory.refresh();
        QTRY_COMPARE(recordsAt(*model, 1).toLongLong(), before.value(warehouse).first - 2);
        QCOMPARE(model->countRequests(), counts);
    }
};

QTEST_GUILESS_MAIN(TestWarehouseCounts)
#include "tst_warehousecounts.moc"
