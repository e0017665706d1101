#pragma once

#include "api/apiresult.h"
#include "api/apitypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// Turns Glance API bodies into the value types of apitypes.h, by the tolerance rules of
// REFERENCE.md: the {"data": ...} envelope with or without "success" (or a bare value), nested
// (product{id}) or flat (productId) references, numeric strings for ids and numbers, missing or
// null fields as empty/optional, unknown fields ignored, a missing `pagination` as one complete
// page. A required id that is missing or not an integer (object, bool, fraction, non-numeric
// string), or a body that is not JSON, gives Kind::Decode: never a crash, never a silent zero.
// Public and free of the network so tests can feed raw JSON.
namespace Glance::Decode {

// ---- Whole response bodies -------------------------------------------------------------------
ApiResult<Page<InventoryRecord>> inventoryPage(const QByteArray &body);
ApiResult<InventoryRecord> inventoryRecord(const QByteArray &body);
// Items carry no product object: product.id is filled from `productId` (the request's).
ApiResult<QList<InventoryRecord>> inventoryByProduct(const QByteArray &body, qint64 productId);
// {adjusted:[...]} (inside data, or data itself an array), or data null (dataWasNull = true).
ApiResult<AdjustResult> adjustResult(const QByteArray &body);
// {success:true}, data null, or an empty body: true. {success:false}: false.
ApiResult<bool> deleted(const QByteArray &body);
ApiResult<Page<Product>> productPage(const QByteArray &body);
ApiResult<Product> product(const QByteArray &body);
ApiResult<WarehouseList> warehouseList(const QByteArray &body);
ApiResult<Page<Movement>> movementPage(const QByteArray &body);

// ---- Building blocks ---------------------------------------------------------------------------
struct Envelope
{
    QJsonValue data; // the payload: root["data"], or the root itself when there is no "data"
    QJsonObject root; // the top-level object (empty when the body is a bare array)
    bool hasDataKey = false;
};
// Fails with Kind::Decode for a body that is not a JSON object or array (HTML, truncated,
// empty), and with the server's error for {"success": false, "error": ...}.
ApiResult<Envelope> envelope(const QByteArray &body);

Pagination pagination(const QJsonObject &root);

// An id: an integral JSON number or a string of digits. Anything else is no id.
std::optional<qint64> id(const QJsonValue &value);
// A whole number by the same rules (quantities); nullopt when missing or not a whole number.
std::optional<qint64> integer(const QJsonValue &value);
std::optional<double> number(const QJsonValue &value);
std::optional<bool> boolean(const QJsonValue &value);
QString string(const QJsonValue &value);
QDateTime dateTime(const QJsonValue &value);

// Objects (inside `data`). `productIdFallback` is used when the record names no product.
ApiResult<InventoryRecord> readInventoryRecord(const QJsonValue &value,
                                               std::optional<qint64> productIdFallback = {});
ApiResult<Product> readProduct(const QJsonValue &value);
ApiResult<Warehouse> readWarehouse(const QJsonValue &value);
ApiResult<Movement> readMovement(const QJsonValue &value);
ApiResult<AdjustedLine> readAdjustedLine(const QJsonValue &value);

// The ApiError for a body that could not be decoded (Kind::Decode with `detail`).
ApiError decodeError(const QString &detail);
// A JSON value in a few words, for error details ("null", "an object", "\"abc\"").
QString describe(const QJsonValue &value);

inline bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace Glance::Decode
