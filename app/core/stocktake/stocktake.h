#pragma once

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

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
    enum class Kind { Warehouse, Search, Skus, LowStock, Locations };
    Kind kind = Kind::Warehouse;
    QString search; // Kind::Search
    QStringList skus; // Kind::Skus
    QStringList locations; // Kind::Locations: records at these locations (case-insensitive)
    qint64 lowStockThreshold = 0; // Kind::LowStock: quantity ≤ min level (or this)

    QString toText() const;
    static StocktakeScope fromText(const QString &text);
};

// How much of a product was counted at one place of the warehouse ("" when counted without
// choosing a place). A product has one location in Glance (one record per warehouse), but a
// counter finds it where it is: on its shelf, in the back store, on a display.
struct LocationCount
{
    QString location;
    qint64 quantity = 0;
    friend bool operator==(const LocationCount &a, const LocationCount &b)
    {
        return a.location == b.location && a.quantity == b.quantity;
    }
};

// What one count does to a line's counts per location (the line's count is their sum).
struct CountChange
{
    enum class Kind {
        Add, // a scan, an assigned code, an added import, an undo (negative): at `location`
        Set, // an edited total, counted at `location`: that place takes the difference (or,
             // when that would go below zero there, the whole count)
        Replace, // an import that replaces: the whole count at `location`
        Clear, // not counted any more (recount, an emptied count, undo of the only scan)
    };
    Kind kind = Kind::Add;
    QString location;
    qint64 quantity = 0;
};

// The counts per location after `change`, sorted by location; empty when not counted. The
// count is the sum of the result (nullopt when empty). Pure: the counter and its tests use it.
QList<LocationCount> applyCountChange(QList<LocationCount> counts, const CountChange &change);
std::optional<qint64> totalOf(const QList<LocationCount> &counts);

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
    QList<LocationCount> countedAt; // where it was counted; sums to `counted`

    // Counted somewhere other than its location in Glance (or in several places).
    bool countedElsewhere() const
    {
        for (const LocationCount &place : countedAt) {
            if (!place.location.isEmpty() && place.location != location)
                return true;
        }
        return false;
    }
};

// Where a line was counted, for people: "Shelf A3: 5, Bin 7: 2" (locations and numbers
// isolated for right-to-left text); empty unless it was counted away from its location.
QString countedElsewhereText(const StocktakeItem &item, const QLocale &locale);

// The distinct locations of the items (non-empty), in a stable order.
QStringList locationsOf(const QList<StocktakeItem> &items);
// Whether any item was counted away from its location (StocktakeItem::countedElsewhere()): the
// papers and the counting window then show where each line was counted.
bool anyCountedElsewhere(const QList<StocktakeItem> &items);

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
    QString countingLocation; // where the counter says they are counting ("": not said)

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
    QString location; // where it was scanned ("": not said)
};

} // namespace Glance
