#include "models/inventorypool.h"

namespace Glance {

InventoryPool::InventoryPool()
    // Names repeat across products (interned: stored once); a SKU belongs to one product only,
    // so looking SKUs up by text would only cost a large hash (and its rehash stalls).
    : m_names(CollatedStrings::Interning::Unique)
    , m_skus(CollatedStrings::Interning::None)
{
}

InventoryRow InventoryPool::intern(const InventoryRecord &record, bool *renamed, bool *newWarehouse)
{
    InventoryRow row;
    row.id = record.id;

    // Product: by id; names and SKUs only ever improve (a flat record carries none).
    const auto product = m_productIndex.constFind(record.product.id);
    if (product == m_productIndex.cend()) {
        row.product = quint32(m_products.size());
        m_products.append({record.product.id, m_names.add(record.product.name),
                           m_skus.add(record.product.sku)});
        m_productIndex.insert(record.product.id, row.product);
    } else {
        row.product = product.value();
        ProductEntry &entry = m_products[row.product];
        if (!record.product.name.isEmpty() && m_names.at(entry.name) != record.product.name) {
            entry.name = m_names.add(record.product.name);
            if (renamed)
                *renamed = true;
        }
        if (!record.product.sku.isEmpty() && m_skus.at(entry.sku) != record.product.sku) {
            entry.sku = m_skus.add(record.product.sku);
            if (renamed)
                *renamed = true;
        }
    }

    const auto warehouse = m_warehouseIndex.constFind(record.warehouse.id);
    if (warehouse == m_warehouseIndex.cend()) {
        row.warehouse = quint32(m_warehouses.size());
        m_warehouses.append({record.warehouse.id, m_warehouseNames.add(record.warehouse.name)});
        m_warehouseIndex.insert(record.warehouse.id, row.warehouse);
        if (newWarehouse)
            *newWarehouse = true;
    } else {
        row.warehouse = warehouse.value();
        WarehouseEntry &entry = m_warehouses[row.warehouse];
        if (!record.warehouse.name.isEmpty()
            && m_warehouseNames.at(entry.name) != record.warehouse.name) {
            entry.name = m_warehouseNames.add(record.warehouse.name);
            if (renamed)
                *renamed = true;
        }
    }

    row.location = m_locations.add(record.location);
    if (record.location.isNull())
        row.flags |= InventoryRow::LocationNull;
    if (record.quantity) {
        row.quantity = *record.quantity;
        row.flags |= InventoryRow::HasQuantity;
    }
    if (record.reservedQuantity) {
        row.reserved = *record.reservedQuantity;
        row.flags |= InventoryRow::HasReserved;
    }
    if (record.minStockLevel) {
        row.minStock = *record.minStockLevel;
        row.flags |= InventoryRow::HasMinStock;
    }
    return row;
}

InventoryRecord InventoryPool::record(const InventoryRow &row) const
{
    InventoryRecord record;
    record.id = row.id;
    const ProductEntry &product = m_products.at(row.product);
    record.product = {product.id, m_names.at(product.name), m_skus.at(product.sku)};
    const WarehouseEntry &warehouse = m_warehouses.at(row.warehouse);
    record.warehouse = {warehouse.id, m_warehouseNames.at(warehouse.name)};
    if (!row.has(InventoryRow::LocationNull)) {
        // "" stays "", not null: an edit must send back what the server had.
        record.location =
                row.location == 0 ? QString(QLatin1StringView("")) : m_locations.at(row.location);
    }
    if (row.has(InventoryRow::HasQuantity))
        record.quantity = row.quantity;
    if (row.has(InventoryRow::HasReserved))
        record.reservedQuantity = row.reserved;
    if (row.has(InventoryRow::HasMinStock))
        record.minStockLevel = row.minStock;
    return record;
}

void InventoryPool::ensureRanks() const
{
    m_names.ensureRanks();
    m_skus.ensureRanks();
    m_warehouseNames.ensureRanks();
    m_locations.ensureRanks();
}

void InventoryPool::setCollator(const QCollator &collator)
{
    m_names.setCollator(collator);
    m_skus.setCollator(collator);
    m_warehouseNames.setCollator(collator);
    m_locations.setCollator(collator);
}

qsizetype InventoryPool::memoryBytes() const
{
    const auto hashBytes = [](const QHash<qint64, quint32> &hash) {
        return qsizetype(hash.capacity()) * qsizetype(sizeof(qint64) + sizeof(quint32) + 4 + 1);
    };
    return qsizetype(sizeof(*this)) + m_names.memoryBytes() + m_skus.memoryBytes()
            + m_warehouseNames.memoryBytes() + m_locations.memoryBytes()
            + m_products.capacity() * qsizetype(sizeof(ProductEntry))
            + m_warehouses.capacity() * qsizetype(sizeof(WarehouseEntry))
            + hashBytes(m_productIndex) + hashBytes(m_warehouseIndex);
}

} // namespace Glance
