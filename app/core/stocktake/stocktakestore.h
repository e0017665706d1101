#pragma once

#include "core/stocktake/stocktake.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace Glance {

class LocalDatabase;

// Stocktakes in the local SQLite file (the drafts file: WAL, synchronous=FULL), per profile:
// the stocktakes, their items and unknown codes, state, costs, recount marks. Every call is one
// committed transaction. The counting's own writes (scans, undo, edits, imports) are
// StocktakeCountWriter's. Failures return false / 0 and emit saveFailed() with a sentence for
// the user.
class StocktakeStore : public QObject
{
    Q_OBJECT

public:
    // `database` is not owned and must outlive the store.
    explicit StocktakeStore(LocalDatabase *database, QObject *parent = nullptr);
    ~StocktakeStore() override;

    LocalDatabase *database() const { return m_db; }
    bool isAvailable() const;
    QString errorString() const;

    // A new stocktake in state Fetching; returns its id or 0.
    [[nodiscard]] qint64 create(const Stocktake &stocktake);
    // Newest first, without items.
    QList<Stocktake> list(const QString &profile) const;
    // The stocktake, only if it belongs to `profile`.
    std::optional<Stocktake> load(const QString &profile, qint64 id) const;
    QList<StocktakeItem> items(qint64 id) const;
    QList<UnknownScan> unknownScans(qint64 id) const;

    // Replaces the items (the expected quantities fetched) and moves the state to Counting.
    [[nodiscard]] bool setItems(qint64 id, const QList<StocktakeItem> &items,
                                const QDateTime &fetchedAt);
    [[nodiscard]] bool setState(qint64 id, StocktakeState state);
    enum class Link { Linked, Taken, Failed };
    // Links a closed stocktake to the submission that applies it. Called inside the journal's
    // transaction that records the submission (SubmissionJournal::create), so that a crash
    // never leaves a submission without its stocktake. Taken: another submission (another
    // window, another copy of the app) applies it already, or it is no longer closed.
    Link linkSubmission(qint64 id, qint64 submissionId, int heldBack);
    [[nodiscard]] bool setZeroUncounted(qint64 id, bool zero);
    // The unit costs read for the value of the differences (product id → cost; products
    // without a cost are left out and stay unknown), and when they were read: one transaction.
    [[nodiscard]] bool setUnitCosts(qint64 id, const QHash<qint64, double> &costs,
                                    const QDateTime &at);
    [[nodiscard]] bool setRecount(qint64 id, const QList<qint64> &productIds, bool recount);
    [[nodiscard]] bool remove(qint64 id);

    // Where the counter says they are counting now ("": not said); kept so that a reopened
    // stocktake goes on there.
    [[nodiscard]] bool setCountingLocation(qint64 id, const QString &location);

Q_SIGNALS:
    void saveFailed(const QString &message);
    void stocktakesChanged(const QString &profile);

private:
    bool failed(const QString &what, const QString &detail);
    QString profileOf(qint64 id) const;

    LocalDatabase *m_db;
};

} // namespace Glance
