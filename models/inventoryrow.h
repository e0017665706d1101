#pragma once

#include <QtGlobal>

namespace Glance {

// One inventory record as the browser keeps it: 48 bytes, strings interned in an InventoryPool
// (product, warehouse and location are indices into it). Absent optional values are flags.
struct InventoryRow
{
    enum Flag : quint8 {
        HasQuantity = 0x01,
        HasReserved = 0x02,
        HasMinStock = 0x04,
        LocationNull = 0x08, // the API sent null (or nothing) rather than ""
    };

    qint64 id = 0;
    qint64 quantity = 0;
    qint64 reserved = 0;
    qint64 minStock = 0;
    quint32 product = 0; // InventoryPool product index
    quint32 warehouse = 0; // InventoryPool warehouse index
    quint32 location = 0; // InventoryPool location string index (0: empty)
    quint8 flags = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
};

static_assert(sizeof(InventoryRow) <= 48, "keep the row compact: 100,000 of them in memory");

} // namespace Glance
