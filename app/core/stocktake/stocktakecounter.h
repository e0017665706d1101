#pragma once

#include "core/stocktake/stocktake.h"
#include "core/stocktake/stocktakecountwriter.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Glance {

class StocktakeStore;

// The counting of one stocktake: what a scan means and its effect on the counts. A scan is
// written to the StocktakeStore (committed) before anything is reported or shown; when the
// write fails, nothing changes in memory and failed() tells why.
//
// Input, as a keyboard-wedge scanner and the user type it into the scan field:
//   CODE        adds 1 (or the pending multiplier) to the product whose SKU is CODE
//   N*CODE      adds N (N×CODE too)
//   N*          sets the multiplier for the next scan
// A code no product of the scope has goes to the unknown codes (never dropped): it can later
// be assigned to a product or dropped.
//
// Counts per location: setCountingLocation() says where the counter is (a shelf, a bin; one of
// the scope's locations, or "" for not said), and every scan, edit and assigned code is counted
// there (StocktakeItem::countedAt; the count is their sum). Scanning a location's label (a code
// that is no product's SKU but is one of the scope's locations) moves there. A product found
// away from its location in Glance is counted where it was found (countedElsewhere()).
//
// "Scan then quantity" (setAsksQuantity(true)): a bare CODE counts nothing yet; it waits
// (pending()) for the next input, its quantity (1 to MaxMultiplier), and only then is the scan
// written. Anything else while waiting is refused (a digits-only barcode is longer than a
// quantity) and the code keeps waiting; cancelPending() skips it. N*CODE and a multiplier set
// with N* still count at once: the quantity was given. Nothing pending is on disk, so a crash
// loses only a scan whose quantity was never confirmed.
class StocktakeCounter : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Counted,
        Unknown,
        Multiplier,
        LocationChanged, // the code was a location's label: counting goes on there
        QuantityNeeded, // scan then quantity: the code waits for its quantity
        NotAQuantity, // scan then quantity: the input is not a quantity; the code still waits
        Ignored,
        Failed,
    };
    struct Result
    {
        Outcome outcome = Outcome::Ignored;
        int index = -1; // Counted, QuantityNeeded, NotAQuantity: the item (-1: unknown code)
        QString code;
        qint64 quantity = 0;
    };

    static constexpr qint64 MaxMultiplier = 99999;

    explicit StocktakeCounter(StocktakeStore *store, QObject *parent = nullptr);
    ~StocktakeCounter() override;

    bool load(const QString &profile, qint64 stocktakeId);
    const Stocktake &stocktake() const { return m_stocktake; }
    const QList<StocktakeItem> &items() const { return m_items; }
    const QList<UnknownScan> &unknownScans() const { return m_unknown; }
    int indexOfCode(const QString &code) const;
    int indexOfProduct(qint64 productId) const { return m_byProduct.value(productId, -1); }
    int countedItems() const;
    bool isCounting() const { return m_stocktake.state == StocktakeState::Counting; }

    Result scan(const QString &input);

    // Where the scans are counted ("": not said). Kept with the stocktake.
    const QString &countingLocation() const { return m_stocktake.countingLocation; }
    bool setCountingLocation(const QString &location);
    // The scope's locations (the items' locations in Glance), sorted.
    const QStringList &locations() const { return m_locations; }
    // The scope's location a scanned label names, or a null string.
    QString locationOfLabel(const QString &code) const;
    qint64 multiplier() const { return m_multiplier; }

    // Scan then quantity.
    struct Pending
    {
        QString code;
        int index = -1; // -1: an unknown code
        QDateTime at; // when the code was scanned (UTC): the line's count time
        QString location; // where it was scanned
    };
    void setAsksQuantity(bool ask);
    bool asksQuantity() const { return m_asksQuantity; }
    const std::optional<Pending> &pending() const { return m_pending; }
    void cancelPending();

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool undoLast();
    bool setCount(int index, const std::optional<qint64> &count);
    bool dropUnknown(qint64 scanId);
    bool assignUnknown(qint64 scanId, int index);
    // Adds (or replaces) counts of several items in one transaction (a CSV import): by item
    // index, the counts per location read. Adding merges counts as the trade does: different
    // locations add up; a location already counted with the same result is the same count (not
    // added again: importing a file twice counts it once); a location already counted with a
    // different result is counted twice with different results: that place's count is dropped
    // and the line is marked for recount. Counts without a location always add up.
    struct ImportConflict
    {
        int index = -1;
        QString location;
        qint64 counted = 0; // what was counted there before
        qint64 imported = 0; // what the file says
        bool same() const { return counted == imported; }
    };
    // What adding `counts` would meet (for the question before the import).
    QList<ImportConflict> importConflicts(const QHash<int, QList<LocationCount>> &counts) const;
    bool importCounts(const QHash<int, QList<LocationCount>> &counts, bool replace);
    bool finishCounting();
    bool reopenCounting();

Q_SIGNALS:
    void itemChanged(int index);
    void itemsReset();
    void unknownScansChanged();
    void multiplierChanged(qint64 multiplier);
    void pendingChanged();
    void countingLocationChanged(const QString &location);
    void stateChanged();
    void failed(const QString &message);

private:
    struct Undo
    {
        qint64 scanId = 0;
        int index = -1; // -1: an unknown code
        qint64 quantity = 0;
        QString location; // where it was counted
        // The count before the scan when known (scans of this run); else it is the count
        // minus the scan, and "not counted" when that is 0.
        std::optional<std::optional<qint64>> previous;
    };
    void loadUndo();
    void setMultiplier(qint64 multiplier);
    Result addToCount(const QString &code, qint64 quantity, const QDateTime &now,
                      const QString &location);
    // Writes nothing: the item's counts in memory after a change that is on disk.
    void setItemCounts(int index, const QList<LocationCount> &counts, const QDateTime &at);
    void setPending(std::optional<Pending> pending);

    QPointer<StocktakeStore> m_store;
    StocktakeCountWriter m_writer;
    Stocktake m_stocktake;
    QList<StocktakeItem> m_items;
    QHash<QString, int> m_byCode;
    QHash<QString, int> m_byFoldedCode;
    QHash<qint64, int> m_byProduct;
    QStringList m_locations;
    QHash<QString, QString> m_byFoldedLocation;
    QList<UnknownScan> m_unknown;
    QList<Undo> m_undo;
    qint64 m_multiplier = 1;
    bool m_asksQuantity = false;
    std::optional<Pending> m_pending;
};

} // namespace Glance
