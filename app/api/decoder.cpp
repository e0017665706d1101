#include "api/decoder.h"

#include <QJsonArray>

namespace Glance::Decode {

namespace {

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

// A reference to another entity: nested ({"product": {"id": 1, ...}}) or flat ("productId": 1).
struct Reference
{
    enum State { Missing, Invalid, Found } state = Missing;
    qint64 id = 0;
    QJsonObject object; // the nested object, when there is one
};

Reference readReference(const QJsonObject &object, const char *nested, const char *flat)
{
    Reference ref;
    const QJsonValue inner = object.value(key(nested));
    if (inner.isObject()) {
        ref.object = inner.toObject();
        const QJsonValue innerId = ref.object.value(key("id"));
        if (!isAbsent(innerId)) {
            const std::optional<qint64> value = id(innerId);
            ref.state = value ? Reference::Found : Reference::Invalid;
            ref.id = value.value_or(0);
            return ref;
        }
    } else if (!isAbsent(inner)) {
        // "product": 5 — a bare id in place of the object
        const std::optional<qint64> value = id(inner);
        ref.state = value ? Reference::Found : Reference::Invalid;
        ref.id = value.value_or(0);
        return ref;
    }
    const QJsonValue flatId = object.value(key(flat));
    if (isAbsent(flatId))
        return ref;
    const std::optional<qint64> value = id(flatId);
    ref.state = value ? Reference::Found : Reference::Invalid;
    ref.id = value.value_or(0);
    return ref;
}

ApiError missingId(const char *what, const char *field, const QJsonValue &value)
{
    return decodeError(QStringLiteral("%1: %2 is %3, not an id")
                               .arg(QLatin1String(what), QLatin1String(field), describe(value)));
}

ApiError referenceError(const char *what, const char *nested, const char *flat,
                        const QJsonObject &object)
{
    const QJsonValue inner = object.value(key(nested));
    const QJsonValue shown = inner.isObject() ? inner.toObject().value(key("id"))
            : isAbsent(inner)                 ? object.value(key(flat))
                                              : inner;
    return decodeError(QStringLiteral("%1: %2 id is %3")
                               .arg(QLatin1String(what), QLatin1String(nested), describe(shown)));
}

template<typename T, typename Reader>
ApiResult<QList<T>> readList(const QJsonValue &data, const char *what, Reader read)
{
    if (isAbsent(data))
        return QList<T>();
    if (!data.isArray())
        return decodeError(QStringLiteral("%1: data is %2, not an array")
                                   .arg(QLatin1String(what), describe(data)));
    const QJsonArray array = data.toArray();
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        ApiResult<T> item = read(array.at(i));
        if (!item.ok()) {
            return decodeError(QStringLiteral("%1[%2]: %3")
                                       .arg(QLatin1String(what))
                                       .arg(i)
                                       .arg(item.error().detail()));
        }
        items << std::move(item.value());
    }
    return items;
}

template<typename T, typename Reader>
ApiResult<Page<T>> readPage(const QByteArray &body, const char *what, Reader read)
{
    const ApiResult<Envelope> env = envelope(body);
    if (!env.ok())
        return env.error();
    ApiResult<QList<T>> items = readList<T>(env->data, what, read);
    if (!items.ok())
        return items.error();
    Page<T> page;
    page.items = std::move(items.value());
    page.pagination = pagination(env->root);
    return page;
}

} // namespace

// ---- Objects -----------------------------------------------------------------------------------

ApiResult<InventoryRecord> readInventoryRecord(const QJsonValue &value,
                                               std::optional<qint64> productIdFallback)
{
    if (!value.isObject())
        return decodeError(QStringLiteral("inventory record is %1").arg(describe(value)));
    const QJsonObject object = value.toObject();
    InventoryRecord record;
    const std::optional<qint64> recordId = id(object.value(key("id")));
    if (!recordId)
        return missingId("inventory record", "id", object.value(key("id")));
    record.id = *recordId;

    const Reference product = readReference(object, "product", "productId");
    if (product.state == Reference::Invalid
        || (product.state == Reference::Missing && !productIdFallback))
        return referenceError("inventory record", "product", "productId", object);
    record.product.id = product.state == Reference::Found ? product.id : *productIdFallback;
    record.product.name = string(product.object.value(key("name")));
    if (record.product.name.isEmpty())
        record.product.name = string(object.value(key("productName")));
    record.product.sku = string(product.object.value(key("sku")));
    if (record.product.sku.isEmpty())
        record.product.sku = string(object.value(key("productSku")));
    if (record.product.sku.isEmpty())
        record.product.sku = string(object.value(key("sku")));

    const Reference warehouse = readReference(object, "warehouse", "warehouseId");
    if (warehouse.state != Reference::Found)
        return referenceError("inventory record", "warehouse", "warehouseId", object);
    record.warehouse.id = warehouse.id;
    record.warehouse.name = string(warehouse.object.value(key("name")));
    if (record.warehouse.name.isEmpty())
        record.warehouse.name = string(object.value(key("warehouseName")));

    record.quantity = integer(object.value(key("quantity")));
    record.location = string(object.value(key("location")));
    record.reservedQuantity = integer(object.value(key("reservedQuantity")));
    record.minStockLevel = integer(object.value(key("minStockLevel")));
    return record;
}

ApiResult<Product> readProduct(const QJsonValue &value)
{
    if (!value.isObject())
        return decodeError(QStringLiteral("product is %1").arg(describe(value)));
    const QJsonObject object = value.toObject();
    Product product;
    const std::optional<qint64> productId = id(object.value(key("id")));
    if (!productId)
        return missingId("product", "id", object.value(key("id")));
    product.id = *productId;
    product.name = string(object.value(key("name")));
    product.sku = string(object.value(key("sku")));
    product.unit = string(object.value(key("unit")));
    product.unitCost = number(object.value(key("unitCost")));
    product.buyingPrice = number(object.value(key("buyingPrice")));
    product.isPhysical = boolean(object.value(key("isPhysical")));
    product.isWithInventory = boolean(object.value(key("isWithInventory")));
    product.trackSerialNumbers = boolean(object.value(key("trackSerialNumbers")));
    product.createdAt = dateTime(object.value(key("createdAt")));
    product.vendorName = string(object.value(key("vendor")).toObject().value(key("name")));
    if (product.vendorName.isEmpty())
        product.vendorName = string(object.value(key("vendorName")));
    return product;
}

ApiResult<Warehouse> readWarehouse(const QJsonValue &value)
{
    if (!value.isObject())
        return decodeError(QStringLiteral("warehouse is %1").arg(describe(value)));
    const QJsonObject object = value.toObject();
    Warehouse warehouse;
    const std::optional<qint64> warehouseId = id(object.value(key("id")));
    if (!warehouseId)
        return missingId("warehouse", "id", object.value(key("id")));
    warehouse.id = *warehouseId;
    warehouse.name = string(object.value(key("name")));
    warehouse.code = string(object.value(key("code")));
    warehouse.isActive = boolean(object.value(key("isActive")));
    warehouse.isDefault = boolean(object.value(key("isDefault")));
    return warehouse;
}

ApiResult<Movement> readMovement(const QJsonValue &value)
{
    if (!value.isObject())
        return decodeError(QStringLiteral("movement is %1").arg(describe(value)));
    const QJsonObject object = value.toObject();
    Movement movement;
    const std::optional<qint64> movementId = id(object.value(key("id")));
    if (!movementId)
        return missingId("movement", "id", object.value(key("id")));
    movement.id = *movementId;

    const Reference product = readReference(object, "product", "productId");
    if (product.state != Reference::Found)
        return referenceError("movement", "product", "productId", object);
    movement.product.id = product.id;
    movement.product.name = string(product.object.value(key("name")));
    movement.product.sku = string(product.object.value(key("sku")));

    // Each side of a movement is optional (stock in, stock out), but an id given must be valid.
    const auto side = [&](const char *nested, const char *flat,
                          std::optional<WarehouseRef> &out) -> bool {
        const Reference ref = readReference(object, nested, flat);
        if (ref.state == Reference::Invalid)
            return false;
        if (ref.state == Reference::Found)
            out = WarehouseRef {ref.id, string(ref.object.value(key("name")))};
        return true;
    };
    if (!side("fromWarehouse", "fromWarehouseId", movement.fromWarehouse))
        return referenceError("movement", "fromWarehouse", "fromWarehouseId", object);
    if (!side("toWarehouse", "toWarehouseId", movement.toWarehouse))
        return referenceError("movement", "toWarehouse", "toWarehouseId", object);

    movement.quantity = integer(object.value(key("quantity")));
    movement.reason = string(object.value(key("reason")));
    movement.type = string(object.value(key("type")));
    movement.notes = string(object.value(key("notes")));
    movement.createdAt = dateTime(object.value(key("createdAt")));
    return movement;
}

ApiResult<AdjustedLine> readAdjustedLine(const QJsonValue &value)
{
    if (!value.isObject())
        return decodeError(QStringLiteral("adjusted line is %1").arg(describe(value)));
    const QJsonObject object = value.toObject();
    AdjustedLine line;
    const Reference product = readReference(object, "product", "productId");
    if (product.state != Reference::Found)
        return referenceError("adjusted line", "product", "productId", object);
    const Reference warehouse = readReference(object, "warehouse", "warehouseId");
    if (warehouse.state != Reference::Found)
        return referenceError("adjusted line", "warehouse", "warehouseId", object);
    line.productId = product.id;
    line.warehouseId = warehouse.id;
    line.previousQuantity = integer(object.value(key("previousQuantity")));
    line.newQuantity = integer(object.value(key("newQuantity")));
    line.amount = integer(object.value(key("amount")));
    return line;
}

// ---- Whole bodies ------------------------------------------------------------------------------

ApiResult<Page<InventoryRecord>> inventoryPage(const QByteArray &body)
{
    return readPage<InventoryRecord>(body, "inventory",
                                     [](const QJsonValue &v) { return readInventoryRecord(v); });
}

ApiResult<InventoryRecord> inventoryRecord(const QByteArray &body)
{
    const ApiResult<Envelope> env = envelope(body);
    if (!env.ok())
        return env.error();
    return readInventoryRecord(env->data);
}

ApiResult<QList<InventoryRecord>> inventoryByProduct(const QByteArray &body, qint64 productId)
{
    const ApiResult<Envelope> env = envelope(body);
    if (!env.ok())
        return env.error();
    return readList<InventoryRecord>(env->data, "inventory", [productId](const QJsonValue &v) {
        return readInventoryRecord(v, productId);
    });
}

ApiResult<AdjustResult> adjustResult(const QByteArray &body)
{
    AdjustResult result;
    const ApiResult<Envelope> env = envelope(body);
    if (!env.ok())
        return env.error();
    QJsonValue lines;
    if (env->data.isArray()) {
        lines = env->data;
    } else if (env->data.isObject() && env->data.toObject().contains(key("adjusted"))) {
        lines = env->data.toObject().value(key("adjusted"));
    } else if (isAbsent(env->data) || !env->hasDataKey) {
        // data: null (the SDK's form) or {"success": true} alone: applied, no detail
        result.dataWasNull = true;
        return result;
    }
    ApiResult<QList<AdjustedLine>> adjusted =
            readList<AdjustedLine>(lines, "adjusted", &readAdjustedLine);
    if (!adjusted.ok())
        return adjusted.error();
    result.adjusted = std::move(adjusted.value());
    return result;
}

ApiResult<bool> deleted(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return true; // 204 No Content
    const ApiResult<Envelope> env = envelope(body);
    if (!env.ok())
        return env.error();
    if (isAbsent(env->data))
        return true;
    if (env->data.isObject()) {
        const std::optional<bool> success = boolean(env->data.toObject().value(key("success")));
        return success.value_or(true);
    }
    return boolean(env->data).value_or(true);
}

ApiResult<Page<Product>> productPage(const QByteArray &body)
{
    return readPage<Product>(body, "products", &readProduct);
}

ApiResult<Product> product(const QByteArray &body)
{
    const ApiResult<Envelope> env = envelope(body);
    if (!env.ok())
        return env.error();
    return readProduct(env->data);
}

ApiResult<WarehouseList> warehouseList(const QByteArray &body)
{
    const ApiResult<Envelope> env = envelope(body);
    if (!env.ok())
        return env.error();
    QJsonValue data = env->data;
    if (data.isObject() && data.toObject().value(key("warehouses")).isArray())
        data = data.toObject().value(key("warehouses"));
    ApiResult<QList<Warehouse>> warehouses =
            readList<Warehouse>(data, "warehouses", &readWarehouse);
    if (!warehouses.ok())
        return warehouses.error();
    WarehouseList list;
    list.warehouses = std::move(warehouses.value());
    return list;
}

ApiResult<Page<Movement>> movementPage(const QByteArray &body)
{
    return readPage<Movement>(body, "movements", &readMovement);
}

} // namespace Glance::Decode
