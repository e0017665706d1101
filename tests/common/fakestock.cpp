#include "fakestock.h"

#include <QHash>
#include <QJsonDocument>
#include <QPair>

namespace Glance::Test {

namespace {

struct Paging
{
    int page = 1;
    int limit = 50;
};

Paging pagingOf(const FakeRequest &request)
{
    Paging paging;
    if (request.hasQuery(QStringLiteral("page")))
        paging.page = qMax(1, request.query(QStringLiteral("page")).toInt());
    if (request.hasQuery(QStringLiteral("limit")))
        paging.limit = qBound(1, request.query(QStringLiteral("limit")).toInt(), 100);
    return paging;
}

FakeResponse pageOf(const QJsonArray &all, const Paging &paging)
{
    const qint64 offset = qint64(paging.page - 1) * paging.limit;
    QJsonArray items;
    for (qint64 i = offset; i < all.size() && i < offset + paging.limit; ++i)
        items.append(all.at(i));
    return FakeResponse::page(items, all.size(), paging.page, paging.limit);
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject ref(qint64 id, const QString &name)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

} // namespace

FakeStock::FakeStock(int products, int warehouses)
{
    for (qint64 product = 1; product <= products; ++product) {
        for (qint64 warehouse = 1; warehouse <= warehouses; ++warehouse) {
            Record record;
            record.id = m_nextRecordId++;
            record.productId = product;
            record.warehouseId = warehouse;
            record.quantity = 10 + (record.id * 7) % 90;
            record.location =
                    record.id % 3 == 0 ? QString() : QStringLiteral("Shelf %1").arg(record.id % 17);
            m_records.append(record);
        }
    }
}

QString FakeStock::productName(qint64 productId)
{
    return QStringLiteral("Product %1").arg(productId);
}

QString FakeStock::sku(qint64 productId)
{
    return QStringLiteral("P%1").arg(productId);
}

QString FakeStock::warehouseName(qint64 warehouseId)
{
    return QStringLiteral("Warehouse %1").arg(warehouseId);
}

void FakeStock::install(FakeNetworkAccessManager &network)
{
    const auto serve = [this](FakeReply *reply) {
        reply->respond(handle(reply->fakeRequest()));
    };
    network.on("GET", QStringLiteral("/inventory"), serve);
    network.on("GET", QStringLiteral("/inventory/product/:id"), serve);
    network.on("POST", QStringLiteral("/inventory/adjust"), serve);
    network.on("GET", QStringLiteral("/inventory/movements"), serve);
}

FakeResponse FakeStock::handle(const FakeRequest &request)
{
    const QString path = request.path();
    if (request.method == "GET" && path == QLatin1String("/inventory"))
        return list(request);
    if (request.method == "GET" && path.startsWith(QLatin1String("/inventory/product/")))
        return byProduct(request);
    if (request.method == "POST" && path == QLatin1String("/inventory/adjust"))
        return adjustRequest(request);
    if (request.method == "GET" && path == QLatin1String("/inventory/movements"))
        return movementList(request);
    return FakeResponse::sdkError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Not found"));
}

QJsonObject FakeStock::recordJson(const Record &record) const
{
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("product"),
             QJsonObject {{QStringLiteral("id"), record.productId},
                          {QStringLiteral("name"), productName(record.productId)},
                          {QStringLiteral("sku"), sku(record.productId)}}},
            {QStringLiteral("warehouse"),
             ref(record.warehouseId, warehouseName(record.warehouseId))},
            {QStringLiteral("quantity"), record.quantity},
            {QStringLiteral("location"), nullable(record.location)},
            {QStringLiteral("reservedQuantity"), QJsonValue::Null},
            {QStringLiteral("minStockLevel"), QJsonValue::Null}};
}

FakeResponse FakeStock::list(const FakeRequest &request) const
{
    const QString search = request.query(QStringLiteral("search")).toCaseFolded();
    const bool byWarehouse = request.hasQuery(QStringLiteral("warehouseId"));
    const qint64 warehouse = request.query(QStringLiteral("warehouseId")).toLongLong();
    QJsonArray all;
    for (const Record &record : m_records) {
        if (byWarehouse && record.warehouseId != warehouse)
            continue;
        if (!search.isEmpty()
            && !(productName(record.productId) + QLatin1Char(' ') + sku(record.productId)
                 + QLatin1Char(' ') + warehouseName(record.warehouseId) + QLatin1Char(' ')
                 + record.location)
                        .toCaseFolded()
                        .contains(search))
            continue;
        all.append(recordJson(record));
    }
    return pageOf(all, pagingOf(request));
}

FakeResponse FakeStock::byProduct(const FakeRequest &request) const
{
    bool ok = false;
    const qint64 product = request.path().section(QLatin1Char('/'), -1).toLongLong(&ok);
    if (!ok)
        return FakeResponse::sdkError(400, QStringLiteral("INVALID_FIELD"),
                                      QStringLiteral("Invalid product id"));
    QJsonArray records;
    for (const Record &record : m_records) {
        if (record.productId != product)
            continue;
        QJsonObject object = recordJson(record);
        object.remove(QStringLiteral("product")); // as documented: no product object here
        records.append(object);
    }
    return FakeResponse::ok(records);
}

FakeStock::Record *FakeStock::recordFor(qint64 productId, qint64 warehouseId)
{
    for (Record &record : m_records) {
        if (record.productId == productId && record.warehouseId == warehouseId)
            return &record;
    }
    return nullptr;
}

FakeResponse FakeStock::adjustRequest(const FakeRequest &request)
{
    const QJsonArray actions = request.json().value(QStringLiteral("actions")).toArray();
    if (actions.isEmpty())
        return FakeResponse::sdkError(400, QStringLiteral("INVALID_FIELD"),
                                      QStringLiteral("Expected between 1 and 500 actions"));
    // All or nothing: check every action first.
    QHash<QPair<qint64, qint64>, qint64> after;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QJsonObject action = actions.at(i).toObject();
        const qint64 product = action.value(QStringLiteral("productId")).toInteger();
        const qint64 warehouse = action.value(QStringLiteral("warehouseId")).toInteger();
        const qint64 amount = action.value(QStringLiteral("amount")).toInteger();
        const QPair<qint64, qint64> pair {product, warehouse};
        const Record *record = recordFor(product, warehouse);
        const qint64 current = after.value(pair, record ? record->quantity : 0);
        if (!record && amount < 0)
            return FakeResponse::sdkError(
                    404, QStringLiteral("INVENTORY_NOT_FOUND"),
                    QStringLiteral("No inventory record for product %1 in warehouse %2 "
                                   "(action %3)")
                            .arg(product)
                            .arg(warehouse)
                            .arg(i));
        if (current + amount < 0) {
            const QString message = QStringLiteral("Insufficient stock: product %1 in warehouse "
                                                   "%2 has %3, cannot adjust by %4 (action %5)")
                                            .arg(product)
                                            .arg(warehouse)
                                            .arg(current)
                                            .arg(amount)
                                            .arg(i);
            const QJsonObject issue {
                    {QStringLiteral("path"),
                     QJsonArray {QStringLiteral("actions"), int(i), QStringLiteral("amount")}},
                    {QStringLiteral("message"), message}};
            return FakeResponse::sdkError(400, QStringLiteral("INSUFFICIENT_STOCK"), message,
                                          {issue});
        }
        after.insert(pair, current + amount);
    }
    QJsonArray adjusted;
    for (const QJsonValue value : actions) {
        const QJsonObject action = value.toObject();
        const qint64 product = action.value(QStringLiteral("productId")).toInteger();
        const qint64 warehouse = action.value(QStringLiteral("warehouseId")).toInteger();
        const qint64 amount = action.value(QStringLiteral("amount")).toInteger();
        Record *record = recordFor(product, warehouse);
        if (!record) {
            m_records.append({m_nextRecordId++, product, warehouse, 0, {}});
            record = &m_records.last();
        }
        const qint64 previous = record->quantity;
        record->quantity += amount;
        const QString reason = action.value(QStringLiteral("reason")).toString();
        m_movements.append({m_nextMovementId++, product, warehouse, amount,
                            reason.isEmpty() ? QStringLiteral("Adjustment") : reason,
                            action.value(QStringLiteral("notes")).toString(),
                            QDateTime::currentDateTimeUtc()});
        adjusted.append(QJsonObject {{QStringLiteral("productId"), product},
                                     {QStringLiteral("warehouseId"), warehouse},
                                     {QStringLiteral("previousQuantity"), previous},
                                     {QStringLiteral("newQuantity"), record->quantity},
                                     {QStringLiteral("amount"), amount}});
    }
    return FakeResponse::ok(QJsonObject {{QStringLiteral("adjusted"), adjusted}});
}

FakeResponse FakeStock::movementList(const FakeRequest &request) const
{
    const bool byProduct = request.hasQuery(QStringLiteral("productId"));
    const qint64 product = request.query(QStringLiteral("productId")).toLongLong();
    const bool byWarehouse = request.hasQuery(QStringLiteral("warehouseId"));
    const qint64 warehouse = request.query(QStringLiteral("warehouseId")).toLongLong();
    const QString type = request.query(QStringLiteral("type"));
    const QString startDate = request.query(QStringLiteral("startDate"));
    const QString endDate = request.query(QStringLiteral("endDate"));
    QJsonArray all;
    // Newest first, as the sandbox lists them.
    for (qsizetype i = m_movements.size() - 1; i >= 0; --i) {
        const Movement &movement = m_movements.at(i);
        const QString day = movement.createdAt.toString(Qt::ISODate).left(10);
        if ((byProduct && movement.productId != product)
            || (byWarehouse && movement.warehouseId != warehouse)
            || (!type.isEmpty() && type != QLatin1String("adjustment"))
            || (!startDate.isEmpty() && day < startDate) || (!endDate.isEmpty() && day > endDate))
            continue;
        const QJsonObject side = ref(movement.warehouseId, warehouseName(movement.warehouseId));
        all.append(QJsonObject {
                {QStringLiteral("id"), movement.id},
                {QStringLiteral("product"),
                 QJsonObject {{QStringLiteral("id"), movement.productId},
                              {QStringLiteral("name"), productName(movement.productId)},
                              {QStringLiteral("sku"), sku(movement.productId)}}},
                {QStringLiteral("fromWarehouse"),
                 movement.change < 0 ? QJsonValue(side) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("toWarehouse"),
                 movement.change >= 0 ? QJsonValue(side) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("quantity"), qAbs(movement.change)},
                {QStringLiteral("reason"), movement.reason},
                {QStringLiteral("type"), QStringLiteral("adjustment")},
                {QStringLiteral("createdAt"), movement.createdAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("notes"), nullable(movement.notes)}});
    }
    return pageOf(all, pagingOf(request));
}

std::optional<qint64> FakeStock::quantity(qint64 productId, qint64 warehouseId) const
{
    for (const Record &record : m_records) {
        if (record.productId == productId && record.warehouseId == warehouseId)
            return record.quantity;
    }
    return std::nullopt;
}

bool FakeStock::adjust(qint64 productId, qint64 warehouseId, qint64 amount, const QString &notes)
{
    QJsonObject action {{QStringLiteral("productId"), productId},
                        {QStringLiteral("warehouseId"), warehouseId},
                        {QStringLiteral("amount"), amount}};
    if (!notes.isEmpty())
        action.insert(QStringLiteral("notes"), notes);
    FakeRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("https://fake.invalid/inventory/adjust"));
    request.body = QJsonDocument(QJsonObject {{QStringLiteral("actions"), QJsonArray {action}}})
                           .toJson(QJsonDocument::Compact);
    return adjustRequest(request).status == 200;
}

int FakeStock::movements(qint64 productId, qint64 warehouseId) const
{
    int count = 0;
    for (const Movement &movement : m_movements)
        count += movement.productId == productId && movement.warehouseId == warehouseId;
    return count;
}

} // namespace Glance::Test
