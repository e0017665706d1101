#pragma once

#include "api/apitypes.h"
#include "models/collatedstrings.h"
#include "models/inventoryrow.h"

#include <QHash>
#include <QList>

namespace Glance {

// The strings and references every cached inventory row points into: products (id, name, SKU),
// warehouses (id, name) and locations (interned: many rows share one), each kept in collation
// order.
// Shared by all cached views of one InventoryTableModel, so a product seen in five views costs
// its strings once.
class InventoryPool
{
public:
    struct ProductEntry
    {
        qint64 id = 0;
        quint32 name = 0; // index in names()
        quint32 sku = 0; // index in skus()
    };
    struct WarehouseEntry
    {
        qint64 id = 0;
        quint32 name = 0; // index in warehouseNames()
    };

    InventoryPool();

    // Converts a decoded record into a row, interning its strings. A later record with a
    // non-empty name or SKU for a known product updates it (`renamed` is then set: sorted
    // orders must be rebuilt). `newWarehouse` tells whether the warehouse was first seen now.
    InventoryRow intern(const InventoryRecord &record, bool *renamed = nullptr,
                        bool *newWarehouse = nullptr);
    // The decoded form again (for dialogs, signals and other layers).
    InventoryRecord record(const InventoryRow &row) const;

    const ProductEntry &product(quint32 index) const { return m_products.at(index); }
    const WarehouseEntry &warehouse(quint32 index) const { return m_warehouses.at(index); }
    qsizetype warehouseCount() const { return m_warehouses.size(); }
    // -1 when unknown.
    qint64 warehouseIndex(qint64 warehouseId) const
    {
        return m_warehouseIndex.value(warehouseId, -1);
    }

    const QString &productName(const InventoryRow &row) const
    {
        return m_names.at(m_products.at(row.product).name);
    }
    const QString &sku(const InventoryRow &row) const
    {
        return m_skus.at(m_products.at(row.product).sku);
    }
    const QString &warehouseName(const InventoryRow &row) const
    {
        return m_warehouseNames.at(m_warehouses.at(row.warehouse).name);
    }
    const QString &location(const InventoryRow &row) const { return m_locations.at(row.location); }
    qint64 productId(const InventoryRow &row) const { return m_products.at(row.product).id; }
    qint64 warehouseId(const InventoryRow &row) const { return m_warehouses.at(row.warehouse).id; }

    // Collation ranks (call ensureRanks() once before a loop over many rows).
    const CollatedStrings &names() const { return m_names; }
    const CollatedStrings &skus() const { return m_skus; }
    const CollatedStrings &warehouseNames() const { return m_warehouseNames; }
    const CollatedStrings &locations() const { return m_locations; }
    void ensureRanks() const;

    void setCollator(const QCollator &collator);

    qsizetype memoryBytes() const;

private:
    CollatedStrings m_names;
    CollatedStrings m_skus;
    CollatedStrings m_warehouseNames;
    CollatedStrings m_locations;
    QList<ProductEntry> m_products;
    QList<WarehouseEntry> m_warehouses;
    QHash<qint64, quint32> m_productIndex;
    QHash<qint64, quint32> m_warehouseIndex;
};

} // namespace Glance
