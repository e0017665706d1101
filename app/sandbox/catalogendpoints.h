#pragma once

#include "apiresponse.h"

#include <QStringList>

namespace Glance::Sandbox {

struct ApiRequest;
class CatalogStore;

/*! GET /products, /products/id/:id, /products/sku/:sku, /warehouses, /warehouses/:id. */
class CatalogEndpoints
{
public:
    CatalogEndpoints(CatalogStore &catalog, bool warehousesEndpoint);

    ApiResponse products(const ApiRequest &request);
    ApiResponse productById(const ApiRequest &request, const QStringList &params);
    ApiResponse productBySku(const ApiRequest &request, const QStringList &params);
    ApiResponse warehouses(const ApiRequest &request);
    ApiResponse warehouse(const ApiRequest &request, const QStringList &params);

private:
    ApiResponse warehousesDisabled(const ApiRequest &request) const;

    CatalogStore &m_catalog;
    bool m_warehousesEndpoint = true;
};

} // namespace Glance::Sandbox
