#include "core/stocktake/stocktakedeltas.h"

#include "core/adjust/movementreader.h"

namespace Glance {

QList<StocktakeDelta> StocktakeDeltas::compute(const QList<StocktakeItem> &items,
                                               qint64 warehouseId, const QList<Movement> *movements,
                                               const QHash<qint64, std::optional<qint64>> &now,
                                               std::chrono::milliseconds margin, bool zeroUncounted,
                                               const QDateTime &applyTime)
{
    // The movements per product, once.
    QHash<qint64, QList<const Movement *>> byProduct;
    if (movements) {
        for (const Movement &movement : *movements) {
            if (MovementReader::signedChange(movement, warehouseId) != 0)
                byProduct[movement.product.id].append(&movement);
        }
    }
    const qint64 marginMs = margin.count();
    QList<StocktakeDelta> result;
    for (int i = 0; i < items.size(); ++i) {
        const StocktakeItem &item = items.at(i);
        StocktakeDelta delta;
        delta.index = i;
        delta.productId = item.productId;
        if (item.counted) {
            delta.counted = *item.counted;
        } else if (zeroUncounted) {
            delta.zeroed = true;
        } else {
            continue; // left alone
        }
        const QDateTime countedAt = delta.zeroed ? applyTime : item.firstCountedAt;
        if (!movements) {
            delta.check = StocktakeDelta::Check::NoHistory;
            const std::optional<qint64> read = now.value(item.productId);
            delta.systemAtCount = read;
            if (read)
                delta.amount = delta.counted - *read;
            else
                delta.check = StocktakeDelta::Check::NoQuantity;
            result.append(delta);
            continue;
        }
        if (!item.expected) {
            delta.check = StocktakeDelta::Check::NoQuantity;
            result.append(delta);
            continue;
        }
        qint64 system = *item.expected;
        for (const Movement *movement : byProduct.value(item.productId)) {
            const QDateTime at = movement->createdAt;
            const qint64 change = MovementReader::signedChange(*movement, warehouseId);
            if (!at.isValid()) {
                delta.check = StocktakeDelta::Check::NearCount;
                continue;
            }
            const qint64 sinceFetch = item.fetchedAt.msecsTo(at);
            const qint64 sinceCount = countedAt.msecsTo(at);
            if (sinceFetch < -marginMs)
                continue; // in the fetched quantity already
            if (sinceFetch <= marginMs) {
                delta.check = StocktakeDelta::Check::NearFetch;
                continue;
            }
            if (sinceCount < -marginMs) {
                system += change; // between the fetch and the count
            } else if (sinceCount <= marginMs) {
                if (delta.check == StocktakeDelta::Check::None)
                    delta.check = StocktakeDelta::Check::NearCount;
            } else {
                delta.movedSinceCount += change; // after the count: kept
                ++delta.movementsSinceCount;
            }
        }
        delta.systemAtCount = system;
        delta.amount = delta.counted - system;
        result.append(delta);
    }
    return result;
}

QString StocktakeDeltas::checkText(StocktakeDelta::Check check)
{
    switch (check) {
    case StocktakeDelta::Check::None:
        return {};
    case StocktakeDelta::Check::NearFetch:
        return tr("Stock moved while the expected quantities were fetched: count it again.");
    case StocktakeDelta::Check::NearCount:
        return tr("Stock moved at about the time it was counted: count it again.");
    case StocktakeDelta::Check::NoHistory:
        return tr("Glance's history could not be read: the difference is taken from the "
                  "quantity now.");
    case StocktakeDelta::Check::NoQuantity:
        return tr("Glance gave no quantity for this product.");
    }
    return {};
}

} // namespace Glance
