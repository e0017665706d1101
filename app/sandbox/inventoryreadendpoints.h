#pragma once

#include "apiresponse.h"

#include <QStringList>

namespace Glance::Sandbox {

struct ApiRequest;
class CatalogStore;
class InventoryStore;
class MovementStore;

/*! GET /inventory, /inventory/:id, /inventory/product/:productId, /inventory/movements. */
class InventoryReadEndpoints
{
public:
    InventoryReadEndpoints(InventoryStore &inventory, CatalogStore &catalog,
                           MovementStore &movements);

    ApiResponse list(const ApiRequest &request);
    ApiResponse get(const ApiRequest &request, const QStringList &params);
    ApiResponse forProduct(const ApiRequest &request, const QStringList &params);
    ApiResponse movements(const ApiRequest &request);

private:
    InventoryStore &m_inventory;
    CatalogStore &m_catalog;
    MovementStore &m_movements;
};

} // namespace Glance::Sandbox
