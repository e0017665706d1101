#include "models/inventorysorter.h"

#include "models/inventorytablemodel.h"

#include <algorithm>
#include <array>
#include <bit>

namespace Glance {

namespace {

int bitsFor(quint64 value)
{
    return value == 0 ? 0 : 64 - std::countl_zero(value);
}

// Stable LSD radix sort of `values` by their bits [low, low + bits), 11 bits a pass: two or
// three passes for the keys of 100,000 rows.
void radixSort(std::vector<quint64> &values, int low, int bits)
{
    constexpr int kDigit = 11;
    constexpr quint64 kMask = (quint64(1) << kDigit) - 1;
    std::vector<quint64> scratch(values.size());
    for (int shift = low; shift < low + bits; shift += kDigit) {
        std::array<std::size_t, kMask + 1> offsets {};
        for (const quint64 value : values)
            ++offsets[(value >> shift) & kMask];
        std::size_t sum = 0;
        for (std::size_t &offset : offsets)
            sum += std::exchange(offset, sum);
        for (const quint64 value : values)
            scratch[offsets[(value >> shift) & kMask]++] = value;
        values.swap(scratch);
    }
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
    if (m_column < 0 && sortedPrefix > 0) {
        std::sort(middle, rows.end());
        std::inplace_merge(rows.begin(), middle, rows.end());
        return;
    }
    // A full sort reads the rows in the model's order (sequential memory, and ties keep the
    // server's order through the stable radix sort); new rows come in that order anyway. That
    // order is also the server's order (column -1).
    if (sortedPrefix == 0) {
        std::vector<char> member(std::size_t(m_model.rowCount()), 0);
        for (const int row : rows)
            member[std::size_t(row)] = 1;
        std::size_t next = 0;
        for (std::size_t row = 0; row < member.size(); ++row) {
            if (member[row])
                rows[next++] = int(row);
        }
        if (m_column < 0)
            return;
    } else if (!std::is_sorted(middle, rows.end())) {
        std::sort(middle, rows.end());
    }

    // Compact keys: a text column's collation rank, times the tie-break column's count, plus
    // the tie-break's rank; a number as itself (absent first).
    const InventoryPool &pool = m_model.pool();
    pool.ensureRanks();
    const std::vector<quint32> &names = pool.names().ranks();
    const std::vector<quint32> &skus = pool.skus().ranks();
    const std::vector<quint32> &warehouses = pool.warehouseNames().ranks();
    const std::vector<quint32> &locations = pool.locations().ranks();
    const auto nameCount = quint64(names.size());
    const auto warehouseCount = quint64(warehouses.size());
    const auto nameRank = [&](const InventoryRow &row) {
        return quint64(names[pool.product(row.product).name]);
    };
    const auto warehouseRank = [&](const InventoryRow &row) {
        return quint64(warehouses[pool.warehouse(row.warehouse).name]);
    };
    const auto number = [](bool present, qint64 value) {
        return present ? (quint64(value) ^ (quint64(1) << 63)) : 0; // signed order, unsigned
    };
    const auto keyOf = [&](const InventoryRow &row) -> quint64 {
        switch (m_column) {
        case InventoryTableModel::ProductColumn:
            return nameRank(row) * warehouseCount + warehouseRank(row);
        case InventoryTableModel::SkuColumn:
            return quint64(skus[pool.product(row.product).sku]) * warehouseCount
                    + warehouseRank(row);
        case InventoryTableModel::WarehouseColumn:
            return warehouseRank(row) * nameCount + nameRank(row);
        case InventoryTableModel::LocationColumn:
            return quint64(locations[row.location]) * nameCount + nameRank(row);
        case InventoryTableModel::QuantityColumn:
            return number(row.has(InventoryRow::HasQuantity), row.quantity);
        case InventoryTableModel::ReservedColumn:
            return number(row.has(InventoryRow::HasReserved), row.reserved);
        default:
            return 0;
        }
    };

    const bool descending = m_order == Qt::DescendingOrder;
    const std::size_t count = rows.size();
    const std::size_t added = count - sortedPrefix;
    if (sortedPrefix > 0 && added * 32 < sortedPrefix) {
        // A few rows into many (a page arriving in a sorted view): each finds its place by a
        // binary search, so only the keys on the search paths are computed.
        std::vector<std::pair<quint64, int>> fresh(added);
        for (std::size_t i = 0; i < added; ++i) {
            const int row = rows[sortedPrefix + i];
            fresh[i] = {keyOf(m_model.rowAt(row)), row};
        }
        const auto before = [descending](const std::pair<quint64, int> &a,
                                         const std::pair<quint64, int> &b) {
            if (a.first != b.first)
                return descending ? a.first > b.first : a.first < b.first;
            return a.second < b.second;
        };
        std::sort(fresh.begin(), fresh.end(), before);
        std::vector<int> merged;
        merged.reserve(count);
        auto from = rows.cbegin();
        const auto prefixEnd = rows.cbegin() + std::ptrdiff_t(sortedPrefix);
        for (const auto &entry : fresh) {
            const auto at = std::upper_bound(
                    from, prefixEnd, entry, [&](const std::pair<quint64, int> &value, int row) {
                        return before(value, {keyOf(m_model.rowAt(row)), row});
                    });
            merged.insert(merged.end(), from, at);
            merged.push_back(entry.second);
            from = at;
        }
        merged.insert(merged.end(), from, prefixEnd);
        rows.swap(merged);
        return;
    }

    std::vector<quint64> keys(count);
    quint64 lowest = ~quint64(0);
    quint64 highest = 0;
    bool absent = false; // a number column: absent values are key 0
    for (std::size_t i = 0; i < count; ++i) {
        keys[i] = keyOf(m_model.rowAt(rows[i]));
        if (keys[i] == 0) {
            absent = true;
            continue;
        }
        lowest = std::min(lowest, keys[i]);
        highest = std::max(highest, keys[i]);
    }
    if (absent) {
        // Absent values go just below the smallest one present, so that the keys stay narrow
        // enough to pack (0 next to sign-flipped numbers would span all 64 bits).
        if (lowest == ~quint64(0)) {
            lowest = highest = 0;
        } else if (lowest > 0) {
            --lowest;
            for (quint64 &key : keys)
                key = key == 0 ? lowest : key;
        }
    }
    const int keyBits = count ? bitsFor(highest - lowest) : 0;
    const int rowBits = bitsFor(quint64(std::max(m_model.rowCount(), 1)));
    const auto keyAt = [&](std::size_t i) {
        return descending ? highest - keys[i] : keys[i] - lowest;
    };

    if (keyBits + rowBits <= 64) {
        // (key, row) packed in one integer: the radix sort orders the new part by key (stable,
        // so rows stay ascending among equal keys) and a merge joins it to the sorted part.
        std::vector<quint64> packed(count);
        for (std::size_t i = 0; i < count; ++i)
            packed[i] = keyAt(i) << rowBits | quint64(rows[i]);
        std::vector<quint64> tail(packed.begin() + std::ptrdiff_t(sortedPrefix), packed.end());
        radixSort(tail, rowBits, keyBits);
        std::copy(tail.cbegin(), tail.cend(), packed.begin() + std::ptrdiff_t(sortedPrefix));
        std::inplace_merge(packed.begin(), packed.begin() + std::ptrdiff_t(sortedPrefix),
                           packed.end());
        const quint64 rowMask = (quint64(1) << rowBits) - 1;
        for (std::size_t i = 0; i < count; ++i)
            rows[i] = int(packed[i] & rowMask);
        return;
    }
    // Keys too wide to pack (values spanning the whole 64-bit range): compare pairs.
    std::vector<std::pair<quint64, int>> pairs(count);
    for (std::size_t i = 0; i < count; ++i)
        pairs[i] = {keyAt(i), rows[i]};
    const auto pairsMiddle = pairs.begin() + std::ptrdiff_t(sortedPrefix);
    std::sort(pairsMiddle, pairs.end());
    std::inplace_merge(pairs.begin(), pairsMiddle, pairs.end());
    for (std::size_t i = 0; i < count; ++i)
        rows[i] = pairs[i].second;
}

} // namespace Glance
