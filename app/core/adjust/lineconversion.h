#pragma once

#include "api/apitypes.h"
#include "core/adjust/adjustimport.h"
#include "core/adjust/adjustmentline.h"
#include "core/adjust/draftline.h"

// The one place where the line types of an adjustment turn into each other: a record, a
// product in a warehouse, an imported row, a draft's row (DraftLine) and the change handed to
// the AdjustmentSubmitter (AdjustmentLine, which a SubmissionLine carries). Windows and models
// call these instead of copying fields one by one, so a field added to a line type is carried
// (or deliberately not) in one place. What each leaves out is said below and tested
// (tests/core/adjust/tst_lineconversion).
namespace Glance {

// A change of `amount` to `product` in `warehouse`: ids and names; no reason, notes or shown
// quantity (the caller knows them, or there are none).
AdjustmentLine adjustmentFor(const ProductRef &product, const WarehouseRef &warehouse,
                             qint64 amount);
// A change of `amount` to a record: its pair and names, and its quantity as the one shown.
AdjustmentLine adjustmentFromRecord(const InventoryRecord &record, qint64 amount);
// A draft's row as it is sent: every field, reason and notes trimmed, shownQuantity as the
// quantity shown. Not carried: `extra` (the document's own data, never sent).
AdjustmentLine adjustmentFromDraft(const DraftLine &draft);

// A new draft row for `product` in `warehouse`, with no amount yet.
DraftLine draftFor(const ProductRef &product, const WarehouseRef &warehouse);
// A new draft row for a record, its quantity as the one shown, with no amount yet.
DraftLine draftFromRecord(const InventoryRecord &record);
// A change back in a draft (the rest of a submission): every field but `shownBefore`, which
// was the quantity before the send and is stale now (the editor reads the current one).
DraftLine draftFromAdjustment(const AdjustmentLine &adjustment);
// An imported row as typed: SKU and warehouse as text (resolved to ids later), amount, reason
// and notes. Not carried: the row's line number in its source.
DraftLine draftFromImported(const ImportedRow &row);

} // namespace Glance
