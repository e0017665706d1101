#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/apitypes.h"
#include "api/calloptions.h"
#include "core/cache/cachesnapshot.h"
#include "models/inventorydataset.h"
#include "models/inventorypool.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QPointer>

class QTimer;

#include <chrono>
#include <memory>
#include <optional>

namespace Glance {

class ApiClient;
class LocalCache;
struct CacheSnapshot;

// The inventory records of one filter (warehouse, search text), fetched lazily a page of 100 at
// a time through canFetchMore()/fetchMore(), in the server's order. Sorting and the low-stock
// filter are InventoryProxyModel's job.
//
// Request budget: every view that was shown is cached (a dataset per warehouse and search, the
// strings shared in one InventoryPool), so going back to it shows its rows at once and costs at
// most one background request (page 1 again, when the rows are older than revalidateAfter());
// there are never two requests in flight for the same page of a view; loading N records costs
// ceil(N/100) requests. A warehouse view whose "All warehouses" view is complete is filtered
// locally (no request). A new query cancels the requests of the old one; failures keep the rows
// and report the error.
class InventoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ProductColumn,
        SkuColumn,
        WarehouseColumn,
        LocationColumn,
        QuantityColumn,
        ReservedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: QString or qint64 (invalid when absent)
        RecordIdRole,
        ProductIdRole,
        WarehouseIdRole,
        LowStockRole, // bool
        RecentlyChangedRole, // bool: a background refresh changed this row a moment ago
    };

    struct WarehouseStats
    {
        std::optional<qint64> warehouseId; // nullopt: all warehouses
        std::optional<qint64> records; // known from the server's total
        std::optional<qint64> quantity; // known once every record is loaded
        bool fromCache = false; // from the local cache, not yet read again from the server
    };

    static constexpr int PageSize = 100;

    explicit InventoryTableModel(ApiClient *client, QObject *parent = nullptr);
    ~InventoryTableModel() override;

    // Shows the records of `query` (page and limit are ignored): cached rows at once, else the
    // first page from the server.
    void setQuery(const InventoryQuery &query);
    InventoryQuery query() const;

    // Re-reads page 1 of the current view, keeping the rows until the answer: unchanged ids
    // update in place (other loaded pages stay), records added at the end make more pages
    // loadable, anything else starts the view again from the fresh page.
    void refresh();
    // Repeats whatever failed last (a page, a refresh, Load all).
    void retry();
    // Loads every remaining page of the current view, one request at a time (the client's rate
    // limiter paces them); loadAllProgress() after each page, loadAllFinished() at the end.
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const;
    // Every record of the current view is loaded.
    bool isComplete() const;

    std::optional<qint64> totalCount() const;
    bool isLoading() const;
    bool hasLoadedOnce() const;
    ApiError lastError() const { return m_lastError; }
    // When page 1 of the current view was last read (invalid before).
    QDateTime lastRefreshed() const;
    // GET /inventory requests this model has sent (for budget checks and benchmarks).
    int requestCount() const { return m_requestCount; }

    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }
    // Records at or below this quantity are low stock, unless they carry their own
    // minStockLevel (then at or below that).
    void setLowStockThreshold(int threshold);
    int lowStockThreshold() const { return m_lowStockThreshold; }
    // Cached rows older than this are re-checked (page 1) in the background when shown again.
    void setRevalidateAfter(std::chrono::milliseconds age) { m_revalidateAfter = age; }
    std::chrono::milliseconds revalidateAfter() const { return m_revalidateAfter; }
    // Cached views beyond this many rows in total are dropped, least recently shown first.
    void setCacheLimit(qsizetype rows);
    // The account's local read cache (not owned; may be nullptr): its rows are shown at once as
    // the "All warehouses" view, then read again from the server in the background (changed rows
    // are updated in place and flagged RecentlyChangedRole for a moment); every page of that view
    // read from the server is written back. Call before the first setQuery().
    void setLocalCache(LocalCache *cache);
    LocalCache *localCache() const;
    // A model made without a client shows the cached rows only (the start, while the API key is
    // read from the keychain). Giving it its client (once; only a model without one) keeps the
    // rows, the views' selection, sort and scroll position, and starts what the current view needs:
    // the background refresh of the cached rows (once the cache is read), or its first page.
    void setClient(ApiClient *client);
    ApiClient *client() const { return m_client; }
    // The current view shows cached rows that have not all been read again since the start.
    bool isShowingCachedRows() const { return m_current->fromCache; }
    // The local cache is still being read.
    bool isReadingCache() const { return m_readingCache; }
    // The most UI-thread time one turn of the event loop spends turning cached rows into rows
    // (at least 64 rows a turn); the rest waits for the next turn.
    void setCacheSlice(std::chrono::nanoseconds budget) { m_cacheSlice = budget; }
    // How long a changed row stays flagged.
    void setHighlightDuration(std::chrono::milliseconds duration) { m_highlightFor = duration; }

    InventoryRecord record(int row) const;
    int rowOfRecord(qint64 recordId) const; // -1 when not loaded
    const InventoryRow &rowAt(int row) const { return m_current->rows.at(row); }
    const InventoryPool &pool() const { return m_pool; }
    bool isLowStock(const InventoryRow &row) const;
    bool isLowStock(int row) const { return isLowStock(rowAt(row)); }
    // Whether any loaded row of the current view has a reserved quantity.
    bool hasReservedQuantities() const;
    // Counts and totals per warehouse as far as the cached views know them.
    QList<WarehouseStats> warehouseStats() const;
    // The product when every loaded row is that one product with this SKU (case-insensitive):
    // what a scanned SKU found.
    std::optional<ProductRef> onlyProductWithSku(const QString &sku) const;
    // Every warehouse seen in a record so far.
    QList<WarehouseRef> seenWarehouses() const;
    // Estimated bytes of every cached row and string.
    qsizetype memoryBytes() const;
    qsizetype cachedViewCount() const { return m_datasets.size(); }

    // A record changed elsewhere (record dialog, edits, adjustments): updated in every cached
    // view that holds it; views that may now be incomplete are re-checked when next shown.
    void applyRecordChange(const InventoryRecord &record);
    // A record was deleted: removed from every cached view.
    void removeRecord(qint64 recordId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page of the current view arrived (also a refresh).
    void pageLoaded();
    void errorOccurred(const Glance::ApiError &error);
    // Another view is shown (cached rows, if any, are already in the model).
    void queryChanged();
    void loadAllProgress(qint64 loaded, std::optional<qint64> total);
    // `complete`: every record is loaded; false after Cancel or an error.
    void loadAllFinished(bool complete);
    void warehousesSeen(const QList<Glance::WarehouseRef> &warehouses);
    void statsChanged();
    // The local cache was read (`rows` of them are shown in the "All warehouses" view; 0: none).
    void cacheLoaded(int rows);
    // The background refresh of cached rows finished (`complete`: every cached page was read).
    void cacheRefreshFinished(bool complete);

private:
    using DatasetPtr = std::shared_ptr<InventoryDataset>;
    using Purpose = InventoryDataset::Purpose;

    static QString keyOf(std::optional<qint64> warehouseId, const QString &search);
    DatasetPtr datasetFor(const InventoryQuery &query);
    bool deriveFromAll(InventoryDataset &dataset) const;
    bool isCurrent(const InventoryDataset &dataset) const { return m_current.get() == &dataset; }
    bool isStale(const InventoryDataset &dataset) const;
    // Load all and the refresh of cached rows are background work (RequestPriority).
    void requestPage(const DatasetPtr &dataset, int page, Purpose purpose,
                     RequestPriority priority = RequestPriority::Interactive);
    void onReply(const std::weak_ptr<InventoryDataset> &weak, quint64 token, int page,
                 Purpose purpose, const ApiResult<Page<InventoryRecord>> &result);
    void appendPage(InventoryDataset &dataset, int page, const Page<InventoryRecord> &data);
    void revalidate(InventoryDataset &dataset, const Page<InventoryRecord> &data);
    void replaceRows(InventoryDataset &dataset, QList<InventoryRow> rows);
    void continueLoadAll(const DatasetPtr &dataset);
    void finishLoadAll(InventoryDataset &dataset, bool complete);
    void cancelRequests(InventoryDataset &dataset);
    InventoryRow internRow(const InventoryRecord &record, bool *renamed);
    void announceWarehouses();
    // The local cache (inventorytablemodel_cache.cpp).
    bool isCacheable(const InventoryDataset &dataset) const;
    void onCacheLoaded(const CacheSnapshot &snapshot);
    // Turns the chunks read so far into rows, for at most a slice of the UI thread's time, and
    // comes back on the next turn of the event loop for the rest.
    void takeCachedRows();
    void seedFromCache(const CacheSnapshot &first);
    void finishCacheLoad(const CacheSnapshot &last);
    void startRefresh(const DatasetPtr &dataset);
    void refreshPageArrived(InventoryDataset &dataset, int page, const Page<InventoryRecord> &data);
    void finishRefresh(InventoryDataset &dataset, bool complete);
    // Offline: a warehouse or search view filtered locally from the cached "All warehouses"
    // rows (read from the server when shown again online).
    bool deriveOffline(InventoryDataset &dataset);
    void storeInCache(const InventoryDataset &dataset, const QList<InventoryRecord> &records,
                      bool replaceAll);
    void highlight(const QList<qint64> &recordIds);
    void clearHighlights();
    void evictIfNeeded();
    void updateLoading();
    void emitAllChanged(const QList<int> &roles = {});
    qint64 nowMs() const;

    ApiClient *m_client;
    InventoryPool m_pool;
    QHash<QString, DatasetPtr> m_datasets;
    DatasetPtr m_current;
    quint64 m_useCounter = 0;
    quint64 m_tokenCounter = 0;
    int m_requestCount = 0;
    bool m_loading = false;
    ApiError m_lastError;
    Purpose m_failedPurpose = Purpose::Page;
    bool m_failedDuringLoadAll = false;
    QList<WarehouseRef> m_newWarehouses; // seen in the page being applied
    QLocale m_locale;
    int m_lowStockThreshold = 5;
    std::chrono::milliseconds m_revalidateAfter {std::chrono::seconds(30)};
    qsizetype m_cacheLimitRows = 400'000;
    QPointer<LocalCache> m_localCache;
    bool m_readingCache = false;
    bool m_seedingFromCache = false; // the cache's chunks go into the "All warehouses" view
    QList<CacheSnapshot> m_cacheChunks; // read, not yet (all) turned into rows
    qsizetype m_cacheChunkTaken = 0; // rows of m_cacheChunks.first() already turned into rows
    QTimer *m_cacheSliceTimer = nullptr;
    // Interning a row costs ~1 µs, more for a name not seen before: 4 ms leaves the event loop
    // free to paint and answer input between slices (issue 13: no UI-thread work over 8 ms), and
    // 100,000 cached rows still arrive in a quarter of a second.
    std::chrono::nanoseconds m_cacheSlice {std::chrono::milliseconds(4)};
    QHash<qint64, qint64> m_highlighted; // record id -> until (nowMs())
    std::chrono::milliseconds m_highlightFor {std::chrono::seconds(3)};
    QTimer *m_highlightTimer = nullptr;
};

} // namespace Glance
