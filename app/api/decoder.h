#pragma once

#include "api/apiresult.h"
#include "api/apitypes.h"
#include "api/decodeenvelope.h"
#include "api/decodevalues.h"

#include <QByteArray>
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

// ---- Objects (inside `data`) --------------------------------------------------------------
// `productIdFallback` is used when the record names no product.
ApiResult<InventoryRecord> readInventoryRecord(const QJsonValue &value,
                                               std::optional<qint64> productIdFallback = {});
ApiResult<Product> readProduct(const QJsonValue &value);
ApiResult<Warehouse> readWarehouse(const QJsonValue &value);
ApiResult<Movement> readMovement(const QJsonValue &value);
ApiResult<AdjustedLine> readAdjustedLine(const QJsonValue &value);

} // namespace Glance::Decode
