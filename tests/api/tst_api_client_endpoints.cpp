// Every endpoint of ApiClient against glance-sandbox over loopback: values decoded, URLs encoded,
// both keys' roles, both error shapes, and the pagination edges the server produces.

#include "api/apiclient.h"
#include "apitestsupport.h"
#include "resultcatcher.h"
#include "sandboxfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glance;
using namespace Glance::ApiTest;
using Glance::Test::SandboxFixture;

class TestApiClientEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void listInventory();
    void listInventoryFilters();
    void listInventoryServerClampsLimit();
    void listInventoryEmptyResult();
    void getInventory();
    void getInventoryNotFound();
    void inventoryByProductHasNoPagination();
    void createEditDelete();
    void createValidationErrorListsFields();
    void adjust();
    void viewerKeyIsReadOnly();
    void wrongKeyIsUnauthorized();
    void listProducts();
    void productById();
    void productBySkuEncodesTheSegment_data();
    void productBySkuEncodesTheSegment();
    void listWarehouses();
    void warehousesEndpointMissing();
    void listMovements();
    void basePathPrefix();

private:
    // A product with no record in warehouse 3 (for create).
    qint64 productMissingFromWarehouse(qint64 warehouseId);

    SandboxFixture m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClientEndpoints::initTestCase()
{
    QVERIFY2(m_sandbox.start({u"--no-rate-limit"_s}), qPrintable(m_sandbox.errorString()));
    m_network = makeNetwork();
    m_client = std::make_unique<ApiClient>(m_network.get(), sandboxConfig(m_sandbox));
}

void TestApiClientEndpoints::cleanupTestCase()
{
    m_client.reset();
    m_sandbox.stop();
}

void TestApiClientEndpoints::listInventory()
{
    ResultCatcher<Page<InventoryRecord>> page;
    InventoryQuery query;
    query.page = 2;
    query.limit = 100;
    m_client->listInventory(query, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY2(page.ok(), page.describe().constData());
    QCOMPARE(page.value().items.size(), 100);
    QCOMPARE(page.value().requestedPage, 2);
    QCOMPARE(page.value().requestedLimit, 100);
    const Pagination &p = page.value().pagination;
    QVERIFY(p.present);
    QCOMPARE(p.total, std::optional<qint64>(700));
    QCOMPARE(p.limit, 100);
    QCOMPARE(p.offset, 100);
    QCOMPARE(p.hasMore, std::optional<bool>(true));
    for (const InventoryRecord &record : page.value().items) {
        QVERIFY(record.id > 0);
        QVERIFY(record.product.id > 0);
        QVERIFY(!record.product.sku.isEmpty());
        QVERIFY(record.warehouse.id > 0);
        QVERIFY(!record.warehouse.name.isEmpty());
        QVERIFY(record.quantity.has_value());
    }
}

void TestApiClientEndpoints::listInventoryFilters()
{
    ResultCatcher<Page<InventoryRecord>> page;
    InventoryQuery query;
    query.warehouseId = 2;
    query.search = u"Widget"_s;
    m_client->listInventory(query, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY2(page.ok(), page.describe().constData());
    QVERIFY(!page.value().items.isEmpty());
    for (const InventoryRecord &record : page.value().items) {
        QCOMPARE(record.warehouse.id, 2);
        QVERIFY2(record.product.name.contains(u"Widget"_s)
                         || record.product.sku.contains(u"Widget"_s)
                         || record.location.contains(u"Widget"_s),
                 qPrintable(record.product.name));
    }
}

void TestApiClientEndpoints::listInventoryServerClampsLimit()
{
    ResultCatcher<Page<InventoryRecord>> page;
    InventoryQuery query;
    query.limit = 500;
    m_client->listInventory(query, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY2(page.ok(), page.describe().constData());
    QCOMPARE(page.value().requestedLimit, 500);
    QCOMPARE(page.value().pagination.limit, 100); // what the server echoes is what counts
    QCOMPARE(page.value().items.size(), 100);
}

void TestApiClientEndpoints::listInventoryEmptyResult()
{
    ResultCatcher<Page<InventoryRecord>> page;
    InventoryQuery query;
    query.search = u"no such thing zzqx"_s;
    m_client->listInventory(query, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY2(page.ok(), page.describe().constData());
    QVERIFY(page.value().items.isEmpty());
    QCOMPARE(page.value().pagination.total, std::optional<qint64>(0));
    QVERIFY(page.value().isLast(0));
}

void TestApiClientEndpoints::getInventory()
{
    ResultCatcher<InventoryRecord> record;
    m_client->getInventory(5, this, record.callback());
    QVERIFY(record.wait());
    QVERIFY2(record.ok(), record.describe().constData());
    QCOMPARE(record.value().id, 5);
    QVERIFY(record.value().product.id > 0);
    QVERIFY(!record.value().product.name.isEmpty());
    QVERIFY(record.value().warehouse.id > 0);
}

void TestApiClientEndpoints::getInventoryNotFound()
{
    ResultCatcher<InventoryRecord> record;
    m_client->getInventory(987654, this, record.callback());
    QVERIFY(record.wait());
    QVERIFY(!record.ok());
    QVERIFY2(record.error().isNotFound(), record.describe().constData());
    QCOMPARE(record.error().serverCode(), u"INVENTORY_NOT_FOUND"_s); // SDK error shape
    QVERIFY(record.error().serverMessage().contains(u"987654"_s));
    QVERIFY(record.error().userMessage().contains(u"could not find"_s));
}

void TestApiClientEndpoints::inventoryByProductHasNoPagination()
{
    ResultCatcher<QList<InventoryRecord>> records;
    m_client->inventoryByProduct(1, this, records.callback());
    QVERIFY(records.wait());
    QVERIFY2(records.ok(), records.describe().constData());
    QVERIFY(!records.value().isEmpty());
    for (const InventoryRecord &record : records.value()) {
        QCOMPARE(record.product.id, 1); // filled from the request: the body has no product
        QVERIFY(record.warehouse.id > 0);
    }

    ResultCatcher<QList<InventoryRecord>> missing;
    m_client->inventoryByProduct(999999, this, missing.callback());
    QVERIFY(missing.wait());
    QVERIFY(missing.error().isNotFound());
    QCOMPARE(missing.error().serverCode(), u"PRODUCT_NOT_FOUND"_s);
}

qint64 TestApiClientEndpoints::productMissingFromWarehouse(qint64 warehouseId)
{
    for (qint64 productId = 5; productId < 300; ++productId) {
        if (productId % 50 == 0)
            continue; // services hold no inventory
        ResultCatcher<QList<InventoryRecord>> records;
        m_client->inventoryByProduct(productId, this, records.callback());
        if (!records.wait() || !records.ok())
            return 0;
        const bool present = std::any_of(
                records.value().cbegin(), records.value().cend(),
                [&](const InventoryRecord &r) { return r.warehouse.id == warehouseId; });
        if (!present)
            return productId;
    }
    return 0;
}

void TestApiClientEndpoints::createEditDelete()
{
    const qint64 productId = productMissingFromWarehouse(3);
    QVERIFY(productId > 0);

    CreateRecordRequest create;
    create.productId = productId;
    create.warehouseId = 3;
    create.quantity = 12;
    create.location = u"מדף 4 / Bin 7"_s;
    ResultCatcher<InventoryRecord> created;
    m_client->createInventory(create, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created.ok(), created.describe().constData());
    const qint64 id = created.value().id;
    QVERIFY(id > 0);
    QCOMPARE(created.value().product.id, productId);
    QCOMPARE(created.value().warehouse.id, 3);
    QCOMPARE(created.value().quantity, std::optional<qint64>(12));
    QCOMPARE(created.value().location, u"מדף 4 / Bin 7"_s);

    // The same pair again: the server refuses (409), and says why.
    ResultCatcher<InventoryRecord> duplicate;
    m_client->createInventory(create, this, duplicate.callback());
    QVERIFY(duplicate.wait());
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind(), ApiError::Kind::Http);
    QCOMPARE(duplicate.error().httpStatus(), 409);
    QVERIFY(!duplicate.error().userMessage().isEmpty());

    EditRecordRequest edit;
    edit.quantity = 40;
    edit.location = u"Shelf Z9"_s;
    ResultCatcher<InventoryRecord> edited;
    m_client->editInventory(id, edit, this, edited.callback());
    QVERIFY(edited.wait());
    QVERIFY2(edited.ok(), edited.describe().constData());
    QCOMPARE(edited.value().id, id);
    QCOMPARE(edited.value().quantity, std::optional<qint64>(40));
    QCOMPARE(edited.value().location, u"Shelf Z9"_s);

    ResultCatcher<InventoryRecord> reread;
    m_client->getInventory(id, this, reread.callback());
    QVERIFY(reread.wait());
    QVERIFY2(reread.ok(), reread.describe().constData());
    QCOMPARE(reread.value().quantity, std::optional<qint64>(40));

    ResultCatcher<bool> deleted;
    m_client->deleteInventory(id, this, deleted.callback());
    QVERIFY(deleted.wait());
    QVERIFY2(deleted.ok(), deleted.describe().constData());
    QVERIFY(deleted.value());

    ResultCatcher<InventoryRecord> gone;
    m_client->getInventory(id, this, gone.callback());
    QVERIFY(gone.wait());
    QVERIFY(gone.error().isNotFound());

    ResultCatcher<bool> deletedTwice;
    m_client->deleteInventory(id, this, deletedTwice.callback());
    QVERIFY(deletedTwice.wait());
    QVERIFY(deletedTwice.error().isNotFound());
}

void TestApiClientEndpoints::createValidationErrorListsFields()
{
    CreateRecordRequest create; // productId 0, warehouseId 0
    ResultCatcher<InventoryRecord> created;
    m_client->createInventory(create, this, created.callback());
    QVERIFY(created.wait());
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind(), ApiError::Kind::Http);
    QCOMPARE(created.error().httpStatus(), 400);
    QCOMPARE(created.error().serverCode(), u"INVALID_FIELD"_s);
    QVERIFY(!created.error().issues().isEmpty());
    QCOMPARE(created.error().issues().first().path, u"productId"_s);
    // The client's own sentences for the fields it sends, not Glance's field names.
    const QString message = created.error().userMessage();
    QVERIFY2(message.contains(u"this product"_s) && message.contains(u"this warehouse"_s),
             qPrintable(message));
    QVERIFY2(!message.contains(u"productId"_s), qPrintable(message));
}

void TestApiClientEndpoints::adjust()
{
    ResultCatcher<InventoryRecord> before;
    m_client->getInventory(10, this, before.callback());
    QVERIFY(before.wait());
    QVERIFY2(before.ok(), before.describe().constData());
    const InventoryRecord record = before.value();
    const qint64 quantity = record.quantity.value_or(0);

    AdjustAction action;
    action.productId = record.product.id;
    action.warehouseId = record.warehouse.id;
    action.amount = 7;
    action.reason = u"Restock"_s;
    action.notes = u"ספירה"_s;
    ResultCatcher<AdjustResult> adjusted;
    m_client->adjustInventory({action}, this, adjusted.callback());
    QVERIFY(adjusted.wait());
    QVERIFY2(adjusted.ok(), adjusted.describe().constData());
    QVERIFY(!adjusted.value().dataWasNull);
    QCOMPARE(adjusted.value().adjusted.size(), 1);
    const AdjustedLine &line = adjusted.value().adjusted.first();
    QCOMPARE(line.productId, record.product.id);
    QCOMPARE(line.warehouseId, record.warehouse.id);
    QCOMPARE(line.previousQuantity, std::optional<qint64>(quantity));
    QCOMPARE(line.newQuantity, std::optional<qint64>(quantity + 7));
    QCOMPARE(line.amount, std::optional<qint64>(7));

    // Taking more than there is: the server's issue names the action's field.
    action.amount = -(quantity + 1000);
    ResultCatcher<AdjustResult> refused;
    m_client->adjustInventory({action}, this, refused.callback());
    QVERIFY(refused.wait());
    if (refused.ok()) {
        const AdjustResult &unexpected = refused.value();
        QFAIL(qPrintable(
                u"adjust by %1 from %2 was accepted: %3 line(s), new quantity %4"_s
                        .arg(action.amount)
                        .arg(quantity + 7)
                        .arg(unexpected.adjusted.size())
                        .arg(unexpected.adjusted.isEmpty()
                                     ? -1
                                     : unexpected.adjusted.first().newQuantity.value_or(-1))));
    }
    QCOMPARE(refused.error().httpStatus(), 400);
    QCOMPARE(refused.error().serverCode(), u"INSUFFICIENT_STOCK"_s);
    QCOMPARE(refused.error().issues().value(0).path, u"actions.0.amount"_s);
    // The sentence says it in our words, without the path.
    const QString message = refused.error().userMessage();
    QVERIFY2(message.contains(u"not enough stock"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"actions."_s), qPrintable(message));
}

void TestApiClientEndpoints::viewerKeyIsReadOnly()
{
    ApiClient viewer(m_network.get(), sandboxConfig(m_sandbox, m_sandbox.viewerKey()));
    ResultCatcher<Page<InventoryRecord>> read;
    viewer.listInventory({}, this, read.callback());
    QVERIFY(read.wait());
    QVERIFY2(read.ok(), read.describe().constData());

    EditRecordRequest edit;
    edit.quantity = 1;
    ResultCatcher<InventoryRecord> write;
    viewer.editInventory(1, edit, this, write.callback());
    QVERIFY(write.wait());
    QVERIFY(write.error().isForbidden());
    QCOMPARE(write.error().serverCode(), u"NO_ACCESS"_s);
    QVERIFY(write.error().userMessage().contains(u"editor key"_s));
}

void TestApiClientEndpoints::wrongKeyIsUnauthorized()
{
    ApiClient wrong(m_network.get(), sandboxConfig(m_sandbox, u"glnc_sk_not_a_key"_s));
    ResultCatcher<Page<InventoryRecord>> read;
    wrong.listInventory({}, this, read.callback());
    QVERIFY(read.wait());
    QVERIFY2(read.error().isUnauthorized(), read.describe().constData());
    // The docs' error shape: {"error": "Unauthorized", "message": ..., "statusCode": 401}
    QCOMPARE(read.error().serverCode(), u"Unauthorized"_s);
    QVERIFY(!read.error().serverMessage().isEmpty());
    QVERIFY(read.error().userMessage().contains(u"sign in again"_s));
}

void TestApiClientEndpoints::listProducts()
{
    ResultCatcher<Page<Product>> page;
    ProductQuery query;
    query.limit = 50;
    query.isPhysical = false;
    m_client->listProducts(query, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY2(page.ok(), page.describe().constData());
    QVERIFY(!page.value().items.isEmpty());
    QCOMPARE(page.value().pagination.limit, 50);
    for (const Product &product : page.value().items)
        QCOMPARE(product.isPhysical, std::optional<bool>(false));
}

void TestApiClientEndpoints::productById()
{
    ResultCatcher<Product> product;
    m_client->productById(2, this, product.callback());
    QVERIFY(product.wait());
    QVERIFY2(product.ok(), product.describe().constData());
    QCOMPARE(product.value().id, 2);
    QCOMPARE(product.value().sku, u"AB-120/3"_s);
    QVERIFY(product.value().unitCost.has_value());
    QVERIFY(product.value().createdAt.isValid());
    QVERIFY(!product.value().vendorName.isEmpty());
}

void TestApiClientEndpoints::productBySkuEncodesTheSegment_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<qint64>("id");
    QTest::newRow("plain") << u"WDG-001"_s << qint64(1);
    QTest::newRow("slash") << u"AB-120/3"_s << qint64(2);
    QTest::newRow("space") << u"CB 200-1"_s << qint64(3);
    QTest::newRow("hebrew and slash") << u"מק-4/1"_s << qint64(4);
}

void TestApiClientEndpoints::productBySkuEncodesTheSegment()
{
    QFETCH(QString, sku);
    QFETCH(qint64, id);
    ResultCatcher<Product> product;
    m_client->productBySku(sku, this, product.callback());
    QVERIFY(product.wait());
    QVERIFY2(product.ok(), product.describe().constData());
    QCOMPARE(product.value().id, id);
    QCOMPARE(product.value().sku, sku);
}

void TestApiClientEndpoints::listWarehouses()
{
    ResultCatcher<WarehouseList> list;
    m_client->listWarehouses(this, list.callback());
    QVERIFY(list.wait());
    QVERIFY2(list.ok(), list.describe().constData());
    QVERIFY(list.value().available);
    QCOMPARE(list.value().warehouses.size(), 3);
    QCOMPARE(list.value().warehouses.first().code, u"MAIN"_s);
}

void TestApiClientEndpoints::warehousesEndpointMissing()
{
    SandboxFixture noWarehouses;
    QVERIFY2(noWarehouses.start({u"--no-rate-limit"_s, u"--no-warehouses-endpoint"_s}),
             qPrintable(noWarehouses.errorString()));
    ApiClient client(m_network.get(), sandboxConfig(noWarehouses));
    ResultCatcher<WarehouseList> list;
    client.listWarehouses(this, list.callback());
    QVERIFY(list.wait());
    QVERIFY2(list.ok(), list.describe().constData()); // 404 is an answer, not a failure
    QVERIFY(!list.value().available);
    QVERIFY(list.value().warehouses.isEmpty());
}

void TestApiClientEndpoints::listMovements()
{
    ResultCatcher<Page<Movement>> page;
    MovementQuery query;
    query.limit = 20;
    query.startDate = QDate(2000, 1, 1);
    query.endDate = QDate(2100, 1, 1);
    m_client->listMovements(query, this, page.callback());
    QVERIFY(page.wait());
    QVERIFY2(page.ok(), page.describe().constData());
    QVERIFY(!page.value().items.isEmpty());
    QVERIFY(page.value().items.size() <= 20);
    const Movement &movement = page.value().items.first();
    QVERIFY(movement.id > 0);
    QVERIFY(movement.product.id > 0);
    QVERIFY(movement.fromWarehouse || movement.toWarehouse);
    QVERIFY(movement.createdAt.isValid());

    const qint64 productId = movement.product.id;
    ResultCatcher<Page<Movement>> filtered;
    MovementQuery byProduct;
    byProduct.productId = productId;
    m_client->listMovements(byProduct, this, filtered.callback());
    QVERIFY(filtered.wait());
    QVERIFY2(filtered.ok(), filtered.describe().constData());
    for (const Movement &m : filtered.value().items)
        QCOMPARE(m.product.id, productId);
}

void TestApiClientEndpoints::basePathPrefix()
{
    // A base URL with a path: requests go below it (the sandbox has no prefix, so 404 proves
    // where the request went; the server's message names the path it saw).
    ClientConfig config = sandboxConfig(m_sandbox);
    QUrl base = m_sandbox.url();
    base.setPath(u"/prefix/api/"_s);
    config.baseUrl = base;
    ApiClient client(m_network.get(), config);
    ResultCatcher<Product> product;
    client.productBySku(u"AB-120/3"_s, this, product.callback());
    QVERIFY(product.wait());
    QVERIFY(product.error().isNotFound());
    QVERIFY2(product.error().serverMessage().contains(u"/prefix/api/products/sku/AB-120%2F3"_s),
             qPrintable(product.error().serverMessage()));
}

QTEST_GUILESS_MAIN(TestApiClientEndpoints)
#include "tst_api_client_endpoints.moc"
