#pragma once

// Plain value types for what the Glance API sends and receives.
// Decoding rules (REFERENCE.md): every field but the ids may be missing or null, so optional
// fields are std::optional or empty strings; ids are always present once decoded.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Glance {

struct ProductRef
{
    qint64 id = 0;
    QString name;
    QString sku;
};

struct WarehouseRef
{
    qint64 id = 0;
    QString name;
};

// One inventory record: a product in a warehouse. `GET /inventory/product/:id` carries no
// product object; the decoder fills product.id from the request in that case.
struct InventoryRecord
{
    qint64 id = 0;
    ProductRef product;
    WarehouseRef warehouse;
    std::optional<qint64> quantity;
    QString location;
    std::optional<qint64> reservedQuantity; // when the API gives it
    std::optional<qint64> minStockLevel; // when the API gives it
};

struct Product
{
    qint64 id = 0;
    QString name;
    QString sku;
    QString unit;
    std::optional<double> unitCost;
    std::optional<double> buyingPrice;
    std::optional<bool> isPhysical;
    std::optional<bool> isWithInventory;
    std::optional<bool> trackSerialNumbers;
    QDateTime createdAt;
    QString vendorName;
};

struct Warehouse
{
    qint64 id = 0;
    QString name;
    QString code;
    std::optional<bool> isActive;
    std::optional<bool> isDefault;
};

// `GET /warehouses` is not documented. When the server answers 404 or 403 the call still
// succeeds with available == false, so the caller derives the list from inventory records.
struct WarehouseList
{
    bool available = true;
    QList<Warehouse> warehouses;
};

struct Movement
{
    qint64 id = 0;
    ProductRef product;
    std::optional<WarehouseRef> fromWarehouse;
    std::optional<WarehouseRef> toWarehouse;
    std::optional<qint64> quantity;
    QString reason;
    QString type;
    QString notes; // empty when the server keeps none (undocumented whether Glance does)
    QDateTime createdAt;
};

struct Pagination
{
    bool present = false; // false: the response had no `pagination` (one complete page)
    std::optional<qint64> total;
    int limit = 0; // as echoed by the server (0 when not given)
    qint64 offset = 0;
    std::optional<bool> hasMore;
};

template<typename T>
struct Page
{
    QList<T> items;
    Pagination pagination;
    int requestedPage = 1;
    int requestedLimit = 0;

    // True when no further page should be requested (REFERENCE.md end conditions).
    bool isLast(qint64 loadedSoFar) const
    {
        if (!pagination.present || items.isEmpty())
            return true;
        if (pagination.hasMore.has_value() && !*pagination.hasMore)
            return true;
        if (pagination.total.has_value() && loadedSoFar >= *pagination.total)
            return true;
        return false;
    }
};

struct InventoryQuery
{
    QString search;
    std::optional<qint64> warehouseId;
    int page = 1;
    int limit = 100; // the API's maximum; its default would be 50
};

struct ProductQuery
{
    QString search;
    std::optional<qint64> vendorId;
    std::optional<bool> isPhysical;
    int page = 1;
    int limit = 100;
};

struct MovementQuery
{
    std::optional<qint64> productId;
    std::optional<qint64> warehouseId;
    QString type;
    QDate startDate; // sent as YYYY-MM-DD when valid
    QDate endDate;
    int page = 1;
    int limit = 100;
};

struct CreateRecordRequest
{
    qint64 productId = 0;
    qint64 warehouseId = 0;
    std::optional<qint64> quantity;
    std::optional<QString> location;
};

struct EditRecordRequest
{
    std::optional<qint64> quantity;
    std::optional<QString> location;
};

struct AdjustAction
{
    qint64 productId = 0;
    qint64 warehouseId = 0;
    qint64 amount = 0; // signed delta
    QString reason; // omitted from the body when empty
    QString notes; // omitted from the body when empty
};

struct AdjustedLine
{
    qint64 productId = 0;
    qint64 warehouseId = 0;
    std::optional<qint64> previousQuantity;
    std::optional<qint64> newQuantity;
    std::optional<qint64> amount;
};

struct AdjustResult
{
    bool dataWasNull = false; // the SDK's `data: null` form: applied, but no per-line detail
    QList<AdjustedLine> adjusted;
};

} // namespace Glance
