#pragma once

#include "api/apitypes.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace Glance {

// What a LocalCache holds of the "All warehouses" inventory view: the rows in the server's order
// (id order), when they were fetched, and how far the view was loaded. Read in chunks: `offset`
// is the index of the chunk's first row, `more` says that further chunks follow.
struct CacheSnapshot
{
    QList<InventoryRecord> records;
    qsizetype offset = 0;
    bool more = false;
    QDateTime fetchedAt; // the oldest row's fetch time (invalid: empty cache)
    std::optional<qint64> total; // the server's count when last read
    bool complete = false; // every record of the account was loaded
    int pageLimit = 100;
    qsizetype warehouses = 0;
    qsizetype products = 0;

    bool isEmpty() const { return records.isEmpty(); }
};

} // namespace Glance
