#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPair>

#include <chrono>
#include <optional>

namespace Glance {

class ApiClient;

// Quantities of product × warehouse pairs known as of a recent moment, kept beside one
// ApiClient (a child of it) so that StockReader can answer a submitter's read before a request
// without a GET: what a warehouse listing returned besides the pairs it was asked for, or what a
// caller computed itself (the stocktake: the quantities fetched at its start plus the movements
// read since). Each pair is used at most once (take() removes it): after our own adjustment of
// it, its quantity is stale, so the next read of it goes to Glance. Entries older than MaxAge
// are never used: a submitter's check after a lost answer reads the history from the send
// minus two minutes, so a quantity at most MaxAge old is still explained by it.
class StockSnapshot : public QObject
{
    Q_OBJECT

public:
    using Pair = QPair<qint64, qint64>; // product id, warehouse id
    static constexpr std::chrono::seconds MaxAge {90};

    // The snapshot of `client` (created on first use; null without a client).
    static StockSnapshot *of(ApiClient *client);

    // Remembers these quantities (nullopt: the pair has no record) as of `asOf` (UTC).
    void remember(const QHash<Pair, std::optional<qint64>> &quantities, const QDateTime &asOf);
    // Whether every pair is known and fresh.
    bool covers(const QList<Pair> &pairs, const QDateTime &now) const;
    // Removes and returns the pair's entry (has_value() false of the outer optional: not
    // known or too old).
    std::optional<std::optional<qint64>> take(const Pair &pair, const QDateTime &now);
    void clear() { m_entries.clear(); }
    qsizetype size() const { return m_entries.size(); }

private:
    explicit StockSnapshot(QObject *parent);

    struct Entry
    {
        std::optional<qint64> quantity;
        QDateTime asOf;
    };
    QHash<Pair, Entry> m_entries;
};

} // namespace Glance
