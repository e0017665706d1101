#pragma once

#include <Qt>

#include <cstddef>
#include <vector>

namespace Glance {

class InventoryTableModel;

// Orders rows of an InventoryTableModel by one column without comparing values: each row gets an
// integer key (text columns: the collation rank of the string, then a second column's rank as a
// tie-break; quantities: the number itself, absent values first), packed with its row number
// into 64 bits and put in order by a radix sort; equal keys keep the server's order. 100,000
// rows sort in a few milliseconds.
class InventorySorter
{
public:
    // column -1: the server's order (row numbers ascending).
    InventorySorter(const InventoryTableModel &model, int column, Qt::SortOrder order);

    // Sorts rows[sortedPrefix..] and merges them into rows[0..sortedPrefix), which must already
    // be in this order (ranks only ever grow apart as strings are added, so an order stays
    // valid while rows are appended). sortedPrefix 0 sorts everything.
    void sort(std::vector<int> &rows, std::size_t sortedPrefix = 0) const;

private:
    const InventoryTableModel &m_model;
    int m_column;
    Qt::SortOrder m_order;
};

} // namespace Glance
