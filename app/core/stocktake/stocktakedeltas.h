#pragma once

#include "api/apitypes.h"
#include "core/stocktake/stocktake.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <chrono>
#include <optional>

namespace Glance {

// What applying one line of a stocktake changes, computed so that sales and deliveries made
// while counting (and before applying) are kept: the amount is counted − the system quantity
// at the moment the line was first counted, where that quantity is the expected one fetched at
// the start plus the product's movements in the warehouse between the fetch and the count.
struct StocktakeDelta
{
    enum class Check {
        None,
        NearFetch, // a movement within the margin of the fetch: in the fetched quantity or not?
        NearCount, // a movement within the margin of the first count: before it or after?
        NoHistory, // the history could not be read: taken from a quantity read now
        NoQuantity, // Glance gave no quantity for it
    };

    int index = -1; // into the items
    qint64 productId = 0;
    qint64 counted = 0; // 0 for an uncounted item set to zero
    bool zeroed = false; // not counted, set to zero
    std::optional<qint64> systemAtCount;
    std::optional<qint64> amount; // nullopt: cannot be computed
    qint64 movedSinceCount = 0; // the movements after the count (kept by applying the amount)
    int movementsSinceCount = 0;
    Check check = Check::None;

    bool needsCheck() const { return check != Check::None; }
};

class StocktakeDeltas
{
    Q_DECLARE_TR_FUNCTIONS(StocktakeDeltas)

public:
    // `movements`: the warehouse's movements since the earliest fetch (nullptr: the history
    // could not be read; then `now` holds the quantities read instead, per product).
    // Uncounted items are left out unless `zeroUncounted`.
    static QList<StocktakeDelta> compute(const QList<StocktakeItem> &items, qint64 warehouseId,
                                         const QList<Movement> *movements,
                                         const QHash<qint64, std::optional<qint64>> &now,
                                         std::chrono::milliseconds margin, bool zeroUncounted,
                                         const QDateTime &applyTime);
    // The sentence for a line's check flag.
    static QString checkText(StocktakeDelta::Check check);
};

} // namespace Glance
