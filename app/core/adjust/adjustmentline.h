#pragma once

#include <QString>

#include <optional>

namespace Glance {

// One intended change of stock, as the batch editor (and later the stocktake) hands it to the
// AdjustmentSubmitter: add `amount` (signed, non-zero) to the quantity of `productId` in
// `warehouseId`. The names are kept for the history and the results view; `shownBefore` is the
// quantity the editor showed when the user decided on the amount (the results view highlights
// rows where the server's previous quantity differs from it).
struct AdjustmentLine
{
    qint64 productId = 0;
    qint64 warehouseId = 0;
    QString sku;
    QString productName;
    QString warehouseName;
    qint64 amount = 0;
    QString reason;
    QString notes;
    std::optional<qint64> shownBefore;

    friend bool operator==(const AdjustmentLine &, const AdjustmentLine &) = default;
};

} // namespace Glance
