#include "inventoryreadendpoints.h"

#include "apierror.h"
#include "apirequest.h"
#include "catalogstore.h"
#include "inventorystore.h"
#include "movementstore.h"
#include "pathid.h"
#include "validator.h"

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

InventoryReadEndpoints::InventoryReadEndpoints(InventoryStore &inventory, CatalogStore &catalog,
                                               MovementStore &movements)
    : m_inventory(inventory)
    , m_catalog(catalog)
    , m_movements(movements)
{
}

ApiResponse InventoryReadEndpoints::list(const ApiRequest &request)
{
    Validator validator;
    const Paging paging = validator.paging(request);
    InventoryStore::ListFilter filter;
    filter.warehouseId = validator.queryInt(request, u"warehouseId"_s, 1, Validator::int32Max);
    filter.search = request.queryItem(u"search"_s).trimmed();
    if (validator.hasIssues())
        return validator.error().toResponse();

    QJsonArray items;
    const qint64 total = m_inventory.list(filter, paging.limit, paging.offset(), &items);
    return ApiResponse::ok(items, 200, {{u"pagination"_s, paging.toJson(total, items.size())}});
}

ApiResponse InventoryReadEndpoints::get(const ApiRequest &, const QStringList &params)
{
    const PathId id = PathId::parse(params.value(0), u"id"_s);
    if (!id.id)
        return id.error;
    const auto record = m_inventory.get(*id.id);
    if (!record) {
        return ApiError::notFound(u"INVENTORY_NOT_FOUND"_s,
                                  u"Inventory record %1 not found"_s.arg(*id.id))
                .toResponse();
    }
    return ApiResponse::ok(*record);
}

ApiResponse InventoryReadEndpoints::forProduct(const ApiRequest &, const QStringList &params)
{
    const PathId id = PathId::parse(params.value(0), u"productId"_s);
    if (!id.id)
        return id.error;
    if (!m_catalog.productNameAndSku(*id.id)) {
        return ApiError::notFound(u"PRODUCT_NOT_FOUND"_s, u"Product %1 not found"_s.arg(*id.id))
                .toResponse();
    }
    return ApiResponse::ok(m_inventory.forProduct(*id.id));
}

ApiResponse InventoryReadEndpoints::movements(const ApiRequest &request)
{
    Validator validator;
    const Paging paging = validator.paging(request);
    MovementStore::Filter filter;
    filter.productId = validator.queryInt(request, u"productId"_s, 1, Validator::int32Max);
    filter.warehouseId = validator.queryInt(request, u"warehouseId"_s, 1, Validator::int32Max);
    filter.type = request.queryItem(u"type"_s).trimmed();
    filter.startDate = validator.queryDate(request, u"startDate"_s);
    filter.endDate = validator.queryDate(request, u"endDate"_s);
    if (filter.startDate && filter.endDate && *filter.startDate > *filter.endDate)
        validator.addIssue({u"endDate"_s}, u"endDate must not be before startDate"_s);
    if (validator.hasIssues())
        return validator.error().toResponse();

    QJsonArray items;
    const qint64 total = m_movements.list(filter, paging.limit, paging.offset(), &items);
    return ApiResponse::ok(items, 200, {{u"pagination"_s, paging.toJson(total, items.size())}});
}

} // namespace Glance::Sandbox
