#pragma once

#include "core/stocktake/stocktake.h"

#include <QHash>
#include <QSet>

namespace Glance {

class LocalDatabase;

// The counting's writes to the local file (the drafts file: WAL, synchronous=FULL). Each scan,
// undo, edit, import and assignment of an unknown code is one committed transaction holding the
// scan log's row, the line's count and its counts per location (LocationCount; the count is
// their sum), so a count on screen is always on disk, with its place, before it is shown; a
// write that fails leaves nothing of itself. Every call gives the product's counts per location
// after the change (empty: not counted). Failures return false / 0; errorString() says why.
class StocktakeCountWriter
{
public:
    // `database` is not owned and must outlive the writer.
    explicit StocktakeCountWriter(LocalDatabase *database);

    bool isAvailable() const;
    QString errorString() const;

    // One scan of `quantity` (≠ 0) at `location` of a product (productId > 0; first counted
    // `at` unless it was counted before) or of an unknown code (productId 0). Returns the
    // scan's id, or 0.
    [[nodiscard]] qint64 addScan(qint64 id, const QString &code, qint64 productId, qint64 quantity,
                                 const QList<LocationCount> &counts, const QDateTime &at,
                                 const QString &location,
                                 const QString &kind = QStringLiteral("scan"));
    // Marks a scan undone and sets its product's counts (productId 0: an unknown code dropped).
    [[nodiscard]] bool undoScan(qint64 id, qint64 scanId, qint64 productId,
                                const QList<LocationCount> &counts);
    // Sets a count directly (an edit at `location`), logged as a scan of kind "edit".
    [[nodiscard]] bool setCount(qint64 id, qint64 productId, const QList<LocationCount> &counts,
                                const QDateTime &at, const QString &location);
    // Sets several products' counts in one transaction (a CSV import), each logged as "import";
    // the products in `recount` are marked for recount (with what is left of their counts).
    [[nodiscard]] bool setCounts(qint64 id, const QHash<qint64, QList<LocationCount>> &counts,
                                 const QSet<qint64> &recount, const QDateTime &at);
    // An unknown code assigned to a product: the scan moves to it, with its counts.
    [[nodiscard]] bool assignScan(qint64 id, qint64 scanId, qint64 productId,
                                  const QList<LocationCount> &counts, const QDateTime &at);

private:
    bool failed(const QString &what, const QString &detail);
    bool writeCount(qint64 id, qint64 productId, const QList<LocationCount> &counts,
                    const QDateTime &at);
    bool insertScan(qint64 id, const QString &code, qint64 productId, qint64 quantity,
                    const QString &kind, const QDateTime &at, const QString &location,
                    qint64 *scanId = nullptr);

    LocalDatabase *m_db;
};

} // namespace Glance
