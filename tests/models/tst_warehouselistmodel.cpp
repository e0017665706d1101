// WarehouseListModel: the server's list (GET /warehouses), the list derived from inventory
// records when the endpoint answers 404, and counts/totals once known. Against two sandboxes.
#include "api/apiclient.h"
#include "models/inventorytablemodel.h"
#include "models/warehouselistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Glance;
using Glance::Test::SandboxFixture;

class TestWarehouseListModel : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    SandboxFixture m_noEndpoint;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiClient> m_derivingClient;

    static std::unique_ptr<ApiClient> clientFor(QNetworkAccessManager *network,
                                                const SandboxFixture &sandbox)
    {
        ClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = sandbox.editorKey();
        config.limits = {0, 0}; // the sandboxes run without limits: so does the client
        return std::make_unique<ApiClient>(network, config);
    }

    static void addTester(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model);
    }

    // Warehouse id -> [records, quantity] from the server's inventory.
    QHash<qint64, QPair<qint64, qint64>> serverTotals()
    {
        QHash<qint64, QPair<qint64, qint64>> totals;
        for (int page = 1;; ++page) {
            const QJsonArray rows =
                    m_sandbox.get(QStringLiteral("/inventory?page=%1&limit=100").arg(page))
                            .data()
                            .toArray();
            for (const auto &row : rows) {
                const QJsonObject record = row.toObject();
                const qint64 id = record.value(QStringLiteral("warehouse"))
                                          .toObject()
                                          .value(QStringLiteral("id"))
                                          .toInteger();
                totals[id].first += 1;
                totals[id].second += record.value(QStringLiteral("quantity")).toInteger();
            }
            if (rows.size() < 100)
                return totals;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--warehouses"),
                                  QStringLiteral("5")}),
                 qPrintable(m_sandbox.errorString()));
        QVERIFY2(m_noEndpoint.start({QStringLiteral("--no-rate-limit"),
                                     QStringLiteral("--no-warehouses-endpoint")}),
                 qPrintable(m_noEndpoint.errorString()));
        m_client = clientFor(&m_network, m_sandbox);
        m_derivingClient = clientFor(&m_network, m_noEndpoint);
    }

    void listFromTheServer()
    {
        WarehouseListModel model(m_client.get());
        addTester(&model);
        QSignalSpy loaded(&model, &WarehouseListModel::loaded);
        model.load();
        QVERIFY(loaded.wait(15000));
        QVERIFY(!model.isDerived());
        const QJsonArray server = m_sandbox.get(QStringLiteral("/warehouses")).data().toArray();
        QCOMPARE(server.size(), 5);
        QCOMPARE(model.rowCount(), 1 + int(server.size()));
        QVERIFY(!model.warehouseIdAt(0).has_value()); // All warehouses
        QVERIFY(!model.index(0, WarehouseListModel::NameColumn).data().toString().isEmpty());
        for (int i = 0; i < server.size(); ++i) {
            const QJsonObject warehouse = server.at(i).toObject();
            QCOMPARE(model.warehouseIdAt(i + 1),
                     std::optional<qint64>(warehouse.value(QStringLiteral("id")).toInteger()));
            QCOMPARE(model.index(i + 1, WarehouseListModel::NameColumn).data().toString(),
                     warehouse.value(QStringLiteral("name")).toString());
            QCOMPARE(model.rowOf(warehouse.value(QStringLiteral("id")).toInteger()), i + 1);
        }
    }

    void derivedWhenTheEndpointIsMissing()
    {
        WarehouseListModel model(m_derivingClient.get());
        addTester(&model);
        InventoryTableModel inventory(m_derivingClient.get());
        model.trackInventory(&inventory);
        QSignalSpy derived(&model, &WarehouseListModel::derivedChanged);
        QSignalSpy loaded(&model, &WarehouseListModel::loaded);
        model.load();
        QVERIFY(loaded.wait(15000));
        QVERIFY(model.isDerived());
        QCOMPARE(derived.count(), 1);
        QVERIFY(!model.lastError().isError()); // a 404 here is an answer, not an error
        QCOMPARE(model.rowCount(), 1); // nothing seen yet

        QSignalSpy pages(&inventory, &InventoryTableModel::pageLoaded);
        inventory.setQuery({});
        QVERIFY(pages.wait(15000));
        // The seed's three warehouses appear on the first page; sorted by name.
        QCOMPARE(model.rowCount(), 4);
        QStringList names;
        for (int row = 1; row < model.rowCount(); ++row)
            names << model.index(row, WarehouseListModel::NameColumn).data().toString();
        QStringList expected = {QStringLiteral("Secondary Storage"), QStringLiteral("מחסן ראשי"),
                                QStringLiteral("סניף חיפה")};
        QCOMPARE(names, expected);
        QCOMPARE(model.index(0, WarehouseListModel::RecordsColumn).data().toString(),
                 QLocale().toString(700));
    }

    void countsAndTotalsOnceKnown()
    {
        WarehouseListModel model(m_client.get());
        InventoryTableModel inventory(m_client.get());
        inventory.setLocale(QLocale(QLocale::English));
        model.setLocale(QLocale(QLocale::English));
        model.trackInventory(&inventory);
        QSignalSpy counted(&model, &WarehouseListModel::countsFinished);
        model.load();
        QVERIFY(counted.wait(15000));

        InventoryQuery second;
        second.warehouseId = model.warehouseIdAt(2);
        QSignalSpy pages(&inventory, &InventoryTableModel::pageLoaded);
        inventory.setQuery(second);
        QVERIFY(pages.wait(15000));
        const auto totals = serverTotals();
        // A view's total gives its count; the quantity waits for every record.
        QCOMPARE(model.index(2, WarehouseListModel::RecordsColumn)
                         .data(WarehouseListModel::SortRole)
                         .toLongLong(),
                 totals.value(*second.warehouseId).first);
        QVERIFY(!model.index(2, WarehouseListModel::QuantityColumn)
                         .data(WarehouseListModel::SortRole)
                         .isValid());
        // Every count is known from the start (tst_warehousecounts), quantities are not.
        QCOMPARE(model.index(1, WarehouseListModel::RecordsColumn)
                         .data(WarehouseListModel::SortRole)
                         .toLongLong(),
                 totals.value(*model.warehouseIdAt(1)).first);
        QVERIFY(!model.index(1, WarehouseListModel::QuantityColumn)
                         .data(WarehouseListModel::SortRole)
                         .isValid());

        inventory.setQuery({});
        QVERIFY(pages.wait(15000));
        QSignalSpy finished(&inventory, &InventoryTableModel::loadAllFinished);
        inventory.loadAll();
        QVERIFY(finished.wait(30000));
        qint64 all = 0;
        for (int row = 1; row < model.rowCount(); ++row) {
            const qint64 id = *model.warehouseIdAt(row);
            const auto expected = totals.value(id); // (0, 0) for a warehouse without records
            QCOMPARE(model.index(row, WarehouseListModel::RecordsColumn)
                             .data(WarehouseListModel::SortRole)
                             .toLongLong(),
                     expected.first);
            QCOMPARE(model.index(row, WarehouseListModel::QuantityColumn)
                             .data(WarehouseListModel::SortRole)
                             .toLongLong(),
                     expected.second);
            all += expected.second;
        }
        QCOMPARE(model.index(0, WarehouseListModel::QuantityColumn)
                         .data(WarehouseListModel::SortRole)
                         .toLongLong(),
                 all);
        QCOMPARE(model.index(0, WarehouseListModel::QuantityColumn).data().toString(),
                 QLocale(QLocale::English).toString(all));
    }
};

QTEST_GUILESS_MAIN(TestWarehouseListModel)
#include "tst_warehouselistmodel.moc"
