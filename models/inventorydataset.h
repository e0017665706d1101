#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apitypes.h"
#include "models/inventoryrow.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace Glance {

// Internal to InventoryTableModel: the rows of one (warehouse, search) filter as far as they
// have been fetched, with the paging state and the requests in flight for it. Cached views are
// kept as datasets, so going back to a view costs no request.
struct InventoryDataset
{
    enum class Purpose {
        Page, // the next page of the view (lazy paging, Load all)
        Revalidate, // page 1 again, to check cached rows against the server
        Refresh, // a page of the background refresh of rows shown from the local cache
    };
    struct PendingPage
    {
        QPointer<ApiCall> call;
        quint64 token = 0; // identifies the call in its callback
        Purpose purpose = Purpose::Page;
    };

    QString key;
    std::optional<qint64> warehouseId;
    QString search;

    QList<InventoryRow> rows; // in the server's order
    std::optional<qint64> total;
    int pageLimit = 100; // the page size the server echoes
    int nextPage = 1;
    bool loadedOnce = false;
    bool atEnd = false;
    bool loadAll = false; // "Load all" running
    bool derived = false; // filtered locally from a complete "All warehouses" view
    qint64 refreshedAtMs = 0; // monotonic time of the last page 1 (0: never / invalidated)
    QDateTime refreshedAt; // wall clock of the same, for the status bar
    quint64 lastUsed = 0;
    QHash<int, PendingPage> pending; // page -> request in flight (at most one per page)
    ApiError lastError;
    // Shown from the local cache (LocalCache) and not yet read again in full from the server.
    bool fromCache = false;
    int refreshPage = 0; // the page the background refresh reads next (0: none running)
    int refreshLastPage = 0; // the last page the refresh reads (the cached ones)
    QList<bool> refreshSeen; // per row: read again by the running refresh

    bool isComplete() const { return loadedOnce && atEnd; }
    bool hasPagingCall() const { return pending.contains(nextPage); }

    int indexOfId(qint64 id) const
    {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == id)
                return int(i);
        }
        return -1;
    }
};

} // namespace Glance
