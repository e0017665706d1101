#include "core/adjust/lineconversion.h"

namespace Glance {

AdjustmentLine adjustmentFor(const ProductRef &product, const WarehouseRef &warehouse,
                             qint64 amount)
{
    AdjustmentLine line;
    line.productId = product.id;
    line.warehouseId = warehouse.id;
    line.sku = product.sku;
    line.productName = product.name;
    line.warehouseName = warehouse.name;
    line.amount = amount;
    return line;
}

AdjustmentLine adjustmentFromRecord(const InventoryRecord &record, qint64 amount)
{
    AdjustmentLine line = adjustmentFor(record.product, record.warehouse, amount);
    line.shownBefore = record.quantity;
    return line;
}

AdjustmentLine adjustmentFromDraft(const DraftLine &draft)
{
    AdjustmentLine line;
    line.productId = draft.productId;
    line.warehouseId = draft.warehouseId;
    line.sku = draft.sku;
    line.productName = draft.productName;
    line.warehouseName = draft.warehouseName;
    line.amount = draft.amount;
    line.reason = draft.reason.trimmed();
    line.notes = draft.notes.trimmed();
    line.shownBefore = draft.shownQuantity;
    return line;
}

DraftLine draftFor(const ProductRef &product, const WarehouseRef &warehouse)
{
    DraftLine line;
    line.sku = product.sku;
    line.productId = product.id;
    line.productName = product.name;
    line.warehouseId = warehouse.id;
    line.warehouseName = warehouse.name;
    return line;
}

DraftLine draftFromRecord(const InventoryRecord &record)
{
    DraftLine line = draftFor(record.product, record.warehouse);
    line.shownQuantity = record.quantity;
    return line;
}

DraftLine draftFromAdjustment(const AdjustmentLine &adjustment)
{
    DraftLine line;
    line.sku = adjustment.sku;
    line.productId = adjustment.productId;
    line.productName = adjustment.productName;
    line.warehouseId = adjustment.warehouseId;
    line.warehouseName = adjustment.warehouseName;
    line.amount = adjustment.amount;
    line.reason = adjustment.reason;
    line.notes = adjustment.notes;
    return line;
}

DraftLine draftFromImported(const ImportedRow &row)
{
    DraftLine line;
    line.sku = row.sku;
    line.warehouseName = row.warehouse;
    line.amount = row.amount;
    line.reason = row.reason;
    line.notes = row.notes;
    return line;
}

} // namespace Glance
