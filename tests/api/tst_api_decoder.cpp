// Decoder tolerance (REFERENCE.md "Tolerance rules"), fed with raw JSON: no network.

#include "api/decoder.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Glance;

class TestDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void docsInventoryList();
    void successEnvelopeAndBareArray();
    void flatRecordWithNumericStrings();
    void missingAndNullFieldsAreEmpty();
    void unknownFieldsIgnored();
    void missingPaginationIsOneCompletePage();
    void paginationNumericStringsAndEchoedLimit();
    void invalidIds_data();
    void invalidIds();
    void invalidIdInsideAList();
    void notJsonOrTruncated_data();
    void notJsonOrTruncated();
    void successFalseIsTheServersError();
    void inventoryByProductFillsProductId();
    void adjustShapes();
    void deleteShapes();
    void productFields();
    void warehouseList();
    void movements();
    void wholeNumbersOnlyForQuantities();
    void hugeNumbersNeverOverflow();
};

void TestDecoder::docsInventoryList()
{
    const QByteArray body = R"({
      "data": [
        { "id": 1, "product": { "id": 1, "name": "Widget Pro", "sku": "WDG-001" },
          "warehouse": { "id": 1, "name": "Main Warehouse" },
          "quantity": 150, "location": "Shelf A3" } ],
      "pagination": { "total": 85, "limit": 50, "offset": 0, "hasMore": true } })";
    const auto page = Decode::inventoryPage(body);
    QVERIFY2(page.ok(), qPrintable(page.error().toLogString()));
    QCOMPARE(page->items.size(), 1);
    const InventoryRecord &r = page->items.first();
    QCOMPARE(r.id, 1);
    QCOMPARE(r.product.id, 1);
    QCOMPARE(r.product.name, u"Widget Pro"_s);
    QCOMPARE(r.product.sku, u"WDG-001"_s);
    QCOMPARE(r.warehouse.id, 1);
    QCOMPARE(r.warehouse.name, u"Main Warehouse"_s);
    QCOMPARE(r.quantity, std::optional<qint64>(150));
    QCOMPARE(r.location, u"Shelf A3"_s);
    QVERIFY(page->pagination.present);
    QCOMPARE(page->pagination.total, std::optional<qint64>(85));
    QCOMPARE(page->pagination.limit, 50);
    QCOMPARE(page->pagination.offset, 0);
    QCOMPARE(page->pagination.hasMore, std::optional<bool>(true));
    QVERIFY(!page->isLast(1));
    QVERIFY(page->isLast(85));
}

void TestDecoder::successEnvelopeAndBareArray()
{
    const auto withSuccess = Decode::inventoryPage(
            R"({"success":true,"data":[{"id":2,"productId":3,"warehouseId":4}]})");
    QVERIFY2(withSuccess.ok(), qPrintable(withSuccess.error().toLogString()));
    QCOMPARE(withSuccess->items.first().product.id, 3);
    QCOMPARE(withSuccess->items.first().warehouse.id, 4);

    const auto bare = Decode::inventoryPage(R"([{"id":2,"productId":3,"warehouseId":4}])");
    QVERIFY(bare.ok());
    QCOMPARE(bare->items.size(), 1);
    QVERIFY(!bare->pagination.present);

    const auto nullData = Decode::inventoryPage(R"({"data":null})");
    QVERIFY(nullData.ok());
    QVERIFY(nullData->items.isEmpty());
}

void TestDecoder::flatRecordWithNumericStrings()
{
    const auto record = Decode::inventoryRecord(
            R"({"data":{"id":"10","productId":"5","warehouseId":" 1 ","quantity":"100",
                "location":"Shelf B1"}})");
    QVERIFY2(record.ok(), qPrintable(record.error().toLogString()));
    QCOMPARE(record->id, 10);
    QCOMPARE(record->product.id, 5);
    QCOMPARE(record->warehouse.id, 1);
    QCOMPARE(record->quantity, std::optional<qint64>(100));
    QCOMPARE(record->location, u"Shelf B1"_s);
    QVERIFY(record->product.name.isEmpty());
}

void TestDecoder::missingAndNullFieldsAreEmpty()
{
    const auto record = Decode::inventoryRecord(
            R"({"data":{"id":1,"product":{"id":2,"name":null},"warehouse":{"id":3},
                "quantity":null,"location":null}})");
    QVERIFY2(record.ok(), qPrintable(record.error().toLogString()));
    QVERIFY(record->product.name.isEmpty());
    QVERIFY(record->product.sku.isEmpty());
    QVERIFY(record->warehouse.name.isEmpty());
    QVERIFY(!record->quantity.has_value());
    QVERIFY(record->location.isEmpty());
    QVERIFY(!record->reservedQuantity.has_value());
    QVERIFY(!record->minStockLevel.has_value());
}

void TestDecoder::unknownFieldsIgnored()
{
    const auto record = Decode::inventoryRecord(
            R"({"data":{"id":1,"product":{"id":2,"color":"red","tags":[1,2]},"warehouse":{"id":3},
                "quantity":4,"reservedQuantity":"1","minStockLevel":2,"futureField":{"x":[]}},
                "meta":{"requestId":"abc"}})");
    QVERIFY2(record.ok(), qPrintable(record.error().toLogString()));
    QCOMPARE(record->quantity, std::optional<qint64>(4));
    QCOMPARE(record->reservedQuantity, std::optional<qint64>(1));
    QCOMPARE(record->minStockLevel, std::optional<qint64>(2));
}

void TestDecoder::missingPaginationIsOneCompletePage()
{
    const auto page = Decode::inventoryPage(
            R"({"data":[{"id":1,"productId":2,"warehouseId":3},{"id":4,"productId":2,"warehouseId":5}]})");
    QVERIFY(page.ok());
    QVERIFY(!page->pagination.present);
    QCOMPARE(page->pagination.limit, 0);
    QVERIFY(page->isLast(2));
}

void TestDecoder::paginationNumericStringsAndEchoedLimit()
{
    const auto page = Decode::inventoryPage(
            R"({"data":[{"id":1,"productId":2,"warehouseId":3}],
                "pagination":{"total":"250","limit":"100","offset":"100","hasMore":"true"}})");
    QVERIFY(page.ok());
    QCOMPARE(page->pagination.total, std::optional<qint64>(250));
    QCOMPARE(page->pagination.limit, 100);
    QCOMPARE(page->pagination.offset, 100);
    QCOMPARE(page->pagination.hasMore, std::optional<bool>(true));

    // No hasMore: the total decides; an empty page always ends.
    const auto noHasMore = Decode::inventoryPage(
            R"({"data":[{"id":1,"productId":2,"warehouseId":3}],"pagination":{"total":2}})");
    QVERIFY(noHasMore.ok());
    QVERIFY(!noHasMore->isLast(1));
    QVERIFY(noHasMore->isLast(2));
    const auto empty =
            Decode::inventoryPage(R"({"data":[],"pagination":{"total":10,"hasMore":true}})");
    QVERIFY(empty.ok());
    QVERIFY(empty->isLast(0));
}

void TestDecoder::invalidIds_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("id missing") << QByteArray(R"({"data":{"productId":1,"warehouseId":1}})");
    QTest::newRow("id null") << QByteArray(R"({"data":{"id":null,"productId":1,"warehouseId":1}})");
    QTest::newRow("id object") << QByteArray(
            R"({"data":{"id":{"v":1},"productId":1,"warehouseId":1}})");
    QTest::newRow("id bool") << QByteArray(R"({"data":{"id":true,"productId":1,"warehouseId":1}})");
    QTest::newRow("id text") << QByteArray(
            R"({"data":{"id":"abc","productId":1,"warehouseId":1}})");
    QTest::newRow("id empty text")
            << QByteArray(R"({"data":{"id":"","productId":1,"warehouseId":1}})");
    QTest::newRow("id fraction") << QByteArray(
            R"({"data":{"id":1.5,"productId":1,"warehouseId":1}})");
    QTest::newRow("id fraction text")
            << QByteArray(R"({"data":{"id":"1.5","productId":1,"warehouseId":1}})");
    QTest::newRow("id array") << QByteArray(R"({"data":{"id":[1],"productId":1,"warehouseId":1}})");
    QTest::newRow("id too big") << QByteArray(
            R"({"data":{"id":1e300,"productId":1,"warehouseId":1}})");
    QTest::newRow("product missing") << QByteArray(R"({"data":{"id":1,"warehouseId":1}})");
    QTest::newRow("product id bool")
            << QByteArray(R"({"data":{"id":1,"product":{"id":false},"warehouseId":1}})");
    QTest::newRow("productId text")
            << QByteArray(R"({"data":{"id":1,"productId":"x1","warehouseId":1}})");
    QTest::newRow("warehouse missing") << QByteArray(R"({"data":{"id":1,"productId":1}})");
    QTest::newRow("warehouse id object")
            << QByteArray(R"({"data":{"id":1,"productId":1,"warehouse":{"id":{}}}})");
    QTest::newRow("record is a number") << QByteArray(R"({"data":7})");
    QTest::newRow("record null") << QByteArray(R"({"data":null})");
}

void TestDecoder::invalidIds()
{
    QFETCH(QByteArray, body);
    const auto record = Decode::inventoryRecord(body);
    QVERIFY(!record.ok());
    QCOMPARE(record.error().kind(), ApiError::Kind::Decode);
    QVERIFY(!record.error().detail().isEmpty());
    QVERIFY(!record.error().userMessage().isEmpty());
}

void TestDecoder::invalidIdInsideAList()
{
    const auto page = Decode::inventoryPage(
            R"({"data":[{"id":1,"productId":2,"warehouseId":3},{"id":"two","productId":2,"warehouseId":3}]})");
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind(), ApiError::Kind::Decode);
    QVERIFY2(page.error().detail().contains(u"[1]"_s), qPrintable(page.error().detail()));

    const auto notAList = Decode::inventoryPage(R"({"data":{"id":1}})");
    QVERIFY(!notAList.ok());
    QCOMPARE(notAList.error().kind(), ApiError::Kind::Decode);
}

void TestDecoder::notJsonOrTruncated_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray("  \n");
    QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
    QTest::newRow("truncated") << QByteArray(R"({"data":[{"id":1,"productId":2,"wareh)");
    QTest::newRow("malformed") << QByteArray(R"({"data":[{"id":1,,}]})");
    QTest::newRow("plain text") << QByteArray("OK");
    QTest::newRow("number") << QByteArray("42");
}

void TestDecoder::notJsonOrTruncated()
{
    QFETCH(QByteArray, body);
    for (const ApiError &error :
         {Decode::inventoryPage(body).error(), Decode::inventoryRecord(body).error(),
          Decode::productPage(body).error(), Decode::adjustResult(body).error(),
          Decode::warehouseList(body).error()}) {
        QCOMPARE(error.kind(), ApiError::Kind::Decode);
    }
}

void TestDecoder::successFalseIsTheServersError()
{
    const auto page = Decode::inventoryPage(
            R"({"success":false,"error":{"status":403,"message":"No access","code":"NO_ACCESS"}})");
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind(), ApiError::Kind::Http);
    QCOMPARE(page.error().httpStatus(), 403);
    QCOMPARE(page.error().serverCode(), u"NO_ACCESS"_s);

    const auto noStatus = Decode::inventoryPage(R"({"success":false})");
    QVERIFY(!noStatus.ok());
    QCOMPARE(noStatus.error().kind(), ApiError::Kind::Decode);
}

void TestDecoder::inventoryByProductFillsProductId()
{
    const QByteArray body = R"({"data":[
        {"id":1,"warehouse":{"id":1,"name":"Main Warehouse"},"quantity":150,"location":"Shelf A3"},
        {"id":4,"warehouse":{"id":2,"name":"Secondary Storage"},"quantity":30,"location":"Bin 7"}]})";
    const auto records = Decode::inventoryByProduct(body, 77);
    QVERIFY2(records.ok(), qPrintable(records.error().toLogString()));
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(0).product.id, 77);
    QCOMPARE(records->at(1).product.id, 77);
    QCOMPARE(records->at(1).warehouse.name, u"Secondary Storage"_s);

    // The same body through the general decoder: no product, no id -> Decode, not a zero.
    QCOMPARE(Decode::inventoryPage(body).error().kind(), ApiError::Kind::Decode);
}

void TestDecoder::adjustShapes()
{
    const auto docs = Decode::adjustResult(R"({"data":{"adjusted":[
        {"productId":1,"warehouseId":1,"previousQuantity":150,"newQuantity":145,"amount":-5},
        {"productId":"2","warehouseId":1,"previousQuantity":80,"newQuantity":90,"amount":10}]}})");
    QVERIFY2(docs.ok(), qPrintable(docs.error().toLogString()));
    QVERIFY(!docs->dataWasNull);
    QCOMPARE(docs->adjusted.size(), 2);
    QCOMPARE(docs->adjusted.at(0).amount, std::optional<qint64>(-5));
    QCOMPARE(docs->adjusted.at(1).productId, 2);
    QCOMPARE(docs->adjusted.at(1).newQuantity, std::optional<qint64>(90));

    const auto sdk = Decode::adjustResult(R"({"success":true,"data":null})");
    QVERIFY(sdk.ok());
    QVERIFY(sdk->dataWasNull);
    QVERIFY(sdk->adjusted.isEmpty());

    const auto successOnly = Decode::adjustResult(R"({"success":true})");
    QVERIFY(successOnly.ok());
    QVERIFY(successOnly->dataWasNull);

    const auto array = Decode::adjustResult(R"({"data":[{"productId":1,"warehouseId":2}]})");
    QVERIFY(array.ok());
    QCOMPARE(array->adjusted.size(), 1);
    QVERIFY(!array->adjusted.first().amount.has_value());

    const auto badLine = Decode::adjustResult(R"({"data":{"adjusted":[{"productId":1}]}})");
    QCOMPARE(badLine.error().kind(), ApiError::Kind::Decode);
}

void TestDecoder::deleteShapes()
{
    QCOMPARE(Decode::deleted(R"({"data":{"success":true}})").value(), true);
    QCOMPARE(Decode::deleted(R"({"success":true,"data":null})").value(), true);
    QCOMPARE(Decode::deleted(R"({"success":true})").value(), true);
    QCOMPARE(Decode::deleted("").value(), true);
    QCOMPARE(Decode::deleted(R"({"data":{"success":false}})").value(), false);
    QCOMPARE(Decode::deleted("<html>").error().kind(), ApiError::Kind::Decode);
}

void TestDecoder::productFields()
{
    const auto product = Decode::product(R"({"data":{"id":"9","name":"Drill","sku":12345,
        "unit":"pcs","unitCost":"12.50","buyingPrice":10,"isPhysical":"true","isWithInventory":1,
        "trackSerialNumbers":false,"createdAt":"2024-03-01T10:20:30.123Z",
        "vendor":{"visibleId":"V1","name":"ACME"}}})");
    QVERIFY2(product.ok(), qPrintable(product.error().toLogString()));
    QCOMPARE(product->id, 9);
    QCOMPARE(product->sku, u"12345"_s);
    QCOMPARE(product->unitCost, std::optional<double>(12.5));
    QCOMPARE(product->buyingPrice, std::optional<double>(10));
    QCOMPARE(product->isPhysical, std::optional<bool>(true));
    QCOMPARE(product->isWithInventory, std::optional<bool>(true));
    QCOMPARE(product->trackSerialNumbers, std::optional<bool>(false));
    QCOMPARE(product->createdAt.toUTC(),
             QDateTime(QDate(2024, 3, 1), QTime(10, 20, 30, 123), QTimeZone::utc()));
    QCOMPARE(product->vendorName, u"ACME"_s);

    const auto sparse = Decode::productPage(R"({"data":[{"id":1}],"pagination":{"total":1}})");
    QVERIFY(sparse.ok());
    QVERIFY(!sparse->items.first().unitCost.has_value());
    QVERIFY(!sparse->items.first().createdAt.isValid());
    QCOMPARE(Decode::product(R"({"data":{"name":"no id"}})").error().kind(),
             ApiError::Kind::Decode);
}

void TestDecoder::warehouseList()
{
    const auto list = Decode::warehouseList(
            R"({"data":[{"id":1,"name":"Main","code":"MAIN","isActive":true,"isDefault":"1"},{"id":"2"}]})");
    QVERIFY2(list.ok(), qPrintable(list.error().toLogString()));
    QVERIFY(list->available);
    QCOMPARE(list->warehouses.size(), 2);
    QCOMPARE(list->warehouses.at(0).code, u"MAIN"_s);
    QCOMPARE(list->warehouses.at(0).isDefault, std::optional<bool>(true));
    QCOMPARE(list->warehouses.at(1).id, 2);
    QVERIFY(!list->warehouses.at(1).isActive.has_value());

    QVERIFY(Decode::warehouseList(R"({"data":null})")->warehouses.isEmpty());
    QCOMPARE(Decode::warehouseList(R"({"data":[{"name":"x"}]})").error().kind(),
             ApiError::Kind::Decode);
}

void TestDecoder::movements()
{
    const auto page = Decode::movementPage(R"({"data":[
        {"id":1,"product":{"id":2,"name":"Drill","sku":"D-1"},"fromWarehouse":{"id":3,"name":"A"},
         "toWarehouse":null,"quantity":-4,"reason":"sale","type":"out","createdAt":"2024-01-02 03:04:05"},
        {"id":"5","productId":6,"toWarehouseId":7,"quantity":"8"}],
        "pagination":{"total":2,"limit":100,"offset":0,"hasMore":false}})");
    QVERIFY2(page.ok(), qPrintable(page.error().toLogString()));
    QCOMPARE(page->items.size(), 2);
    const Movement &first = page->items.at(0);
    QCOMPARE(first.product.sku, u"D-1"_s);
    QVERIFY(first.fromWarehouse.has_value());
    QCOMPARE(first.fromWarehouse->id, 3);
    QVERIFY(!first.toWarehouse.has_value());
    QCOMPARE(first.quantity, std::optional<qint64>(-4));
    QVERIFY(first.createdAt.isValid());
    const Movement &second = page->items.at(1);
    QCOMPARE(second.id, 5);
    QCOMPARE(second.product.id, 6);
    QVERIFY(!second.fromWarehouse.has_value());
    QCOMPARE(second.toWarehouse->id, 7);

    QCOMPARE(Decode::movementPage(R"({"data":[{"id":1,"productId":2,"toWarehouse":{"id":"x"}}]})")
                     .error()
                     .kind(),
             ApiError::Kind::Decode);
}

void TestDecoder::wholeNumbersOnlyForQuantities()
{
    QCOMPARE(Decode::integer(QJsonValue(12)), std::optional<qint64>(12));
    QCOMPARE(Decode::integer(QJsonValue(u"12"_s)), std::optional<qint64>(12));
    QCOMPARE(Decode::integer(QJsonValue(u"12.0"_s)), std::optional<qint64>(12));
    QCOMPARE(Decode::integer(QJsonValue(-3)), std::optional<qint64>(-3));
    QVERIFY(!Decode::integer(QJsonValue(2.5)).has_value());
    QVERIFY(!Decode::integer(QJsonValue(u"many"_s)).has_value());
    QVERIFY(!Decode::integer(QJsonValue(true)).has_value());
    QVERIFY(!Decode::integer(QJsonValue()).has_value());
    QCOMPARE(Decode::id(QJsonValue(u"12345678901234567"_s)),
             std::optional<qint64>(12345678901234567LL));
    QVERIFY(!Decode::id(QJsonValue(u"1e3"_s)).has_value());
}

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_api_decoder.moc"

void TestDecoder::hugeNumbersNeverOverflow()
{
    // A broken server or proxy: numbers no qint64 can hold become "unknown", never UB (the asan
    // preset runs this with -fsanitize=float-cast-overflow).
    const auto page = Decode::movementPage(R"({"data":[
        {"id":1,"productId":2,"toWarehouseId":3,"quantity":1e300,"createdAt":1e300,"notes":"n"},
        {"id":2,"productId":2,"toWarehouseId":3,"quantity":-1e19,"createdAt":-1e19}],
        "pagination":{"total":1e300,"limit":1e300,"offset":-1e300,"hasMore":false}})");
    QVERIFY2(page.ok(), qPrintable(page.error().toLogString()));
    QCOMPARE(page->items.size(), 2);
    QVERIFY(!page->items.at(0).quantity);
    QVERIFY(!page->items.at(0).createdAt.isValid());
    QCOMPARE(page->items.at(0).notes, u"n"_s);
    QVERIFY(!page->items.at(1).quantity);
    const auto records = Decode::inventoryPage(
            R"({"data":[{"id":1e300,"product":{"id":1},"warehouse":{"id":1},"quantity":1}]})");
    QVERIFY(!records.ok());
}
