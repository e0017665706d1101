#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Glance {

// Where a stocktake stands. Persisted by name (see stocktakeStateName()).
enum class StocktakeState {
    Fetching, // the expected quantities are being fetched
    Counting, // open: scans are taken
    Closed, // counting finished: review and apply
    Applied, // every difference applied: read-only history
};

QString stocktakeStateName(StocktakeState state);
StocktakeState stocktakeStateFromName(const QString &name);

// What part of the warehouse is counted (only what is in scope is ever changed).
struct StocktakeScope
{
    enum class Kind { Warehouse, Search, Skus, LowStock };
    Kind kind = Kind::Warehouse;
    QString search; // Kind::Search
    QStringList skus; // Kind::Skus
    qint64 lowStockThreshold = 0; // Kind::LowStock: quantity ≤ min level (or this)

    QString toText() const;
    static StocktakeScope fromText(const QString &text);
};

// One product of the scope: what Glance had when it was fetched, and what was counted.
struct StocktakeItem
{
    qint64 productId = 0;
    QString sku;
    QString name;
    QString location;
    std::optional<qint64> expected; // nullopt: Glance gave no quantity
    QDateTime fetchedAt; // when the page with this record was read (UTC)
    std::optional<qint64> counted; // nullopt: not counted; 0: counted, none found
    QDateTime firstCountedAt; // UTC
    bool recount = false;
    std::optional<double> unitCost; // GET /products unitCost, once read for the review
};

// The value of a difference at the product's unit cost; nullopt without a difference or a cost.
inline std::optional<double> valueAtCost(const std::optional<qint64> &difference,
                                         const StocktakeItem &item)
{
    if (!difference || !item.unitCost)
        return std::nullopt;
    return double(*difference) * *item.unitCost;
}

struct Stocktake
{
    qint64 id = 0;
    QString profile;
    QString title;
    qint64 warehouseId = 0;
    QString warehouseName;
    StocktakeScope scope;
    bool blind = false;
    StocktakeState state = StocktakeState::Fetching;
    QDateTime createdAt;
    QDateTime fetchedAt;
    QDateTime closedAt;
    qint64 submissionId = 0; // linked in the transaction that records the submission
    int heldBack = 0; // lines "to check" the user chose to leave unchanged when applying
    QDateTime costsAt; // when the unit costs were read (invalid: not read)
    bool zeroUncounted = false;

    // Expected quantities and differences may be shown (not while a blind count is open).
    bool showsExpected() const { return !blind || state != StocktakeState::Counting; }
    bool isReadOnly() const { return state == StocktakeState::Applied; }
};

// A scan that has no product (yet): kept until assigned or dropped.
struct UnknownScan
{
    qint64 scanId = 0;
    QString code;
    qint64 quantity = 0;
    QDateTime at;
};

} // namespace Glance
