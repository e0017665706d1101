#pragma once

#include <QString>

#include <optional>

namespace Glance {

// One row of a draft document as the user entered it. Ids are 0 while unknown: a typed SKU is
// resolved to `productId` later, a typed warehouse (code, name or id from a pasted sheet) to
// `warehouseId`; until then `sku` / `warehouseName` hold the text as entered.
// `shownQuantity` is the current quantity the editor last showed for the pair (kept so a
// reopened draft shows something before the first refresh).
struct DraftLine
{
    QString sku;
    qint64 productId = 0;
    QString productName;
    qint64 warehouseId = 0;
    QString warehouseName;
    qint64 amount = 0;
    QString reason;
    QString notes;
    std::optional<qint64> shownQuantity;
    QString extra; // JSON object for later document kinds (e.g. a stocktake's counted quantity)

    friend bool operator==(const DraftLine &, const DraftLine &) = default;
};

} // namespace Glance
