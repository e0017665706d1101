#include "models/inventorysorter.h"

#include "models/inventorytablemodel.h"

#include <algorithm>

namespace Glance {

namespace {

struct SortEntry
{
    quint64 key;
    quint32 row;
    bool operator<(const SortEntry &other) const
    {
        return key < other.key || (key == other.key && row < other.row);
    }
};

quint64 numberKey(bool present, qint64 value)
{
    // Absent values first; two's complement order turned into unsigned order.
    return present ? quint64(value) ^ (quint64(1) << 63) : 0;
}

} // namespace

InventorySorter::InventorySorter(const InventoryTableModel &model, int column, Qt::SortOrder order)
    : m_model(model)
    , m_column(column)
    , m_order(order)
{
}

void InventorySorter::sort(std::vector<int> &rows, std::size_t sortedPrefix) const
{
    const auto middle = rows.begin() + std::ptrdiff_t(sortedPrefix);
    if (m_column < 0) {
        std::sort(middle, rows.end());
        std::inplace_merge(rows.begin(), middle, rows.end());
        return;
    }
    const InventoryPool &pool = m_model.pool();
    pool.ensureRanks();
    const std::vector<quint32> &names = pool.names().ranks();
    const std::vector<quint32> &skus = pool.skus().ranks();
    const std::vector<quint32> &warehouses = pool.warehouseNames().ranks();
    const std::vector<quint32> &locations = pool.locations().ranks();
    const auto nameRank = [&](const InventoryRow &row) {
        return quint64(names[pool.product(row.product).name]);
    };
    const auto warehouseRank = [&](const InventoryRow &row) {
        return quint64(warehouses[pool.warehouse(row.warehouse).name]);
    };
    const auto keyOf = [&](const InventoryRow &row) -> quint64 {
        switch (m_column) {
        case InventoryTableModel::ProductColumn:
            return nameRank(row) << 32 | warehouseRank(row);
        case InventoryTableModel::SkuColumn:
            return quint64(skus[pool.product(row.product).sku]) << 32 | warehouseRank(row);
        case InventoryTableModel::WarehouseColumn:
            return warehouseRank(row) << 32 | nameRank(row);
        case InventoryTableModel::LocationColumn:
            return quint64(locations[row.location]) << 32 | nameRank(row);
        case InventoryTableModel::QuantityColumn:
            return numberKey(row.has(InventoryRow::HasQuantity), row.quantity);
        case InventoryTableModel::ReservedColumn:
            return numberKey(row.has(InventoryRow::HasReserved), row.reserved);
        default:
            return 0;
        }
    };
    const bool descending = m_order == Qt::DescendingOrder;
    std::vector<SortEntry> entries(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const quint64 key = keyOf(m_model.rowAt(rows[i]));
        entries[i] = {descending ? ~key : key, quint32(rows[i])};
    }
    const auto entriesMiddle = entries.begin() + std::ptrdiff_t(sortedPrefix);
    std::sort(entriesMiddle, entries.end());
    std::inplace_merge(entries.begin(), entriesMiddle, entries.end());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(entries[i].row);
}

} // namespace Glance
