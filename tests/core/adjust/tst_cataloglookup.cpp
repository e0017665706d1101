// CatalogLookup against a sandbox without GET /warehouses: the warehouse list falls back to the
// warehouses seen in inventory answers; typed warehouses resolve by id, code or name; SKUs with
// slashes, spaces and Hebrew resolve; unknown SKUs are told apart from failures.
#include "api/apiclient.h"
#include "core/adjust/cataloglookup.h"
#include "sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Glance;

class TestCatalogLookup : public QObject
{
    Q_OBJECT

private:
    Test::SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit"),
                                  QStringLiteral("--no-warehouses-endpoint")}),
                 qPrintable(m_sandbox.errorString()));
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        config.limits = {0, 0};
        m_client = std::make_unique<ApiClient>(&m_network, config);
    }

    void warehousesFallBackToThoseSeenInInventory()
    {
        CatalogLookup catalog(m_client.get());
        QSignalSpy changed(&catalog, &CatalogLookup::warehousesChanged);
        catalog.loadWarehouses();
        QTRY_VERIFY_WITH_TIMEOUT(catalog.warehousesLoaded(), 10000);
        QVERIFY(!catalog.warehouseEndpointAvailable());
        QVERIFY(catalog.warehouses().isEmpty());

        catalog.loadStock(3); // product 3 has records in all three warehouses
        QTRY_VERIFY_WITH_TIMEOUT(catalog.hasStock(3), 10000);
        QCOMPARE(catalog.warehouses().size(), 3);
        QVERIFY(!catalog.warehouse(2)->name.isEmpty());
        QCOMPARE(catalog.resolveWarehouse(QStringLiteral("2"))->id, 2);
        QCOMPARE(catalog.resolveWarehouse(catalog.warehouse(3)->name.toUpper())->id, 3);
        QVERIFY(!catalog.resolveWarehouse(QStringLiteral("99")).has_value());
        QVERIFY(!catalog.resolveWarehouse(QStringLiteral("Nowhere")).has_value());
        QVERIFY(catalog.record(3, 1).has_value());
        QVERIFY(changed.count() >= 1);

        // A record of the browser's selection adds its warehouse too.
        catalog.noteWarehouse({7, QStringLiteral("Pop-up store")});
        QCOMPARE(catalog.resolveWarehouse(QStringLiteral("pop-up STORE"))->id, 7);
    }

    void skusResolve()
    {
        CatalogLookup catalog(m_client.get());
        QSignalSpy resolved(&catalog, &CatalogLookup::skuResolved);
        for (const QString &sku : {QStringLiteral("AB-120/3"), QStringLiteral("CB 200-1"),
                                   QStringLiteral("מק-4/1"), QStringLiteral("NOPE-1")})
            catalog.lookupSku(sku);
        catalog.lookupSku(QStringLiteral("AB-120/3")); // pending: not asked twice
        QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 4, 10000);
        QCOMPARE(catalog.productForSku(QStringLiteral("AB-120/3"))->id, 2);
        QCOMPARE(catalog.productForSku(QStringLiteral(" CB 200-1 "))->id, 3);
        QCOMPARE(catalog.productForSku(QStringLiteral("מק-4/1"))->id, 4);
        QCOMPARE(catalog.skuState(QStringLiteral("NOPE-1")), CatalogLookup::SkuState::NotFound);
        QVERIFY(!catalog.productForSku(QStringLiteral("NOPE-1")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCatalogLookup)
#include "tst_cataloglookup.moc"
