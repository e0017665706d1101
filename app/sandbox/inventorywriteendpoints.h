#pragma once

#include "apiresponse.h"

#include <QStringList>

namespace Glance::Sandbox {

struct ApiRequest;
class CatalogStore;
class Database;
class InventoryStore;

/*!
    POST /inventory/create, PUT /inventory/:id/edit, DELETE /inventory/:id/delete and
    POST /inventory/adjust. Each write runs in one SQLite transaction and records movements.

    Decisions (see README.md): a duplicate create answers 409 INVENTORY_ALREADY_EXISTS naming
    the existing record; adjust is all-or-nothing, refuses to go below zero (400
    INSUFFICIENT_STOCK) and creates a missing product x warehouse record when the amount is
    positive (404 INVENTORY_NOT_FOUND when negative).
*/
class InventoryWriteEndpoints
{
public:
    InventoryWriteEndpoints(Database &database, InventoryStore &inventory, CatalogStore &catalog);

    ApiResponse create(const ApiRequest &request);
    ApiResponse edit(const ApiRequest &request, const QStringList &params);
    ApiResponse remove(const ApiRequest &request, const QStringList &params);
    ApiResponse adjust(const ApiRequest &request);

    static constexpr int maxLocationLength = 255;
    static constexpr int maxAdjustActions = 500;

private:
    Database &m_db;
    InventoryStore &m_inventory;
    CatalogStore &m_catalog;
};

} // namespace Glance::Sandbox
