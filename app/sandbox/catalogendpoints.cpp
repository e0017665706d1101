#include "catalogendpoints.h"

#include "apierror.h"
#include "apirequest.h"
#include "catalogstore.h"
#include "pathid.h"
#include "validator.h"

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

CatalogEndpoints::CatalogEndpoints(CatalogStore &catalog, bool warehousesEndpoint)
    : m_catalog(catalog)
    , m_warehousesEndpoint(warehousesEndpoint)
{
}

ApiResponse CatalogEndpoints::products(const ApiRequest &request)
{
    Validator validator;
    const Paging paging = validator.paging(request);
    CatalogStore::ProductFilter filter;
    filter.search = request.queryItem(u"search"_s).trimmed();
    filter.vendorId = validator.queryInt(request, u"vendorId"_s, 1, Validator::int32Max);
    filter.isPhysical = validator.queryBool(request, u"isPhysical"_s);
    if (validator.hasIssues())
        return validator.error().toResponse();

    QJsonArray items;
    const qint64 total = m_catalog.listProducts(filter, paging.limit, paging.offset(), &items);
    return ApiResponse::ok(items, 200, {{u"pagination"_s, paging.toJson(total, items.size())}});
}

ApiResponse CatalogEndpoints::productById(const ApiRequest &, const QStringList &params)
{
    const PathId id = PathId::parse(params.value(0), u"id"_s);
    if (!id.id)
        return id.error;
    const auto product = m_catalog.productById(*id.id);
    if (!product) {
        return ApiError::notFound(u"PRODUCT_NOT_FOUND"_s, u"Product %1 not found"_s.arg(*id.id))
                .toResponse();
    }
    return ApiResponse::ok(*product);
}

ApiResponse CatalogEndpoints::productBySku(const ApiRequest &, const QStringList &params)
{
    const QString sku = params.value(0);
    const auto product = m_catalog.productBySku(sku);
    if (!product) {
        return ApiError::notFound(u"PRODUCT_NOT_FOUND"_s, u"No product with SKU \"%1\""_s.arg(sku))
                .toResponse();
    }
    return ApiResponse::ok(*product);
}

ApiResponse CatalogEndpoints::warehousesDisabled(const ApiRequest &request) const
{
    return ApiError::notFound(
                   u"NOT_FOUND"_s,
                   u"Cannot %1 %2"_s.arg(QString::fromLatin1(request.method), request.rawPath))
            .toResponse();
}

ApiResponse CatalogEndpoints::warehouses(const ApiRequest &request)
{
    if (!m_warehousesEndpoint)
        return warehousesDisabled(request);
    return ApiResponse::ok(m_catalog.warehouses());
}

ApiResponse CatalogEndpoints::warehouse(const ApiRequest &request, const QStringList &params)
{
    if (!m_warehousesEndpoint)
        return warehousesDisabled(request);
    const PathId id = PathId::parse(params.value(0), u"id"_s);
    if (!id.id)
        return id.error;
    const auto warehouse = m_catalog.warehouse(*id.id);
    if (!warehouse) {
        return ApiError::notFound(u"WAREHOUSE_NOT_FOUND"_s, u"Warehouse %1 not found"_s.arg(*id.id))
                .toResponse();
    }
    return ApiResponse::ok(*warehouse);
}

} // namespace Glance::Sandbox
