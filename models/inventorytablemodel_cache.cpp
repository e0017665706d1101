// InventoryTableModel: the local read cache (issue 13). Cached rows are shown at once as the
// "All warehouses" view, then read again page by page in the background (the refresh), updating
// rows in place so that the views' selection, sort and scroll position stay; every page of that
// view read from the server is written back to the cache.
#include "api/apiclient.h"
#include "core/cache/localcache.h"
#include "models/inventorytablemodel.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace Glance {

namespace {

bool rowDiffers(const InventoryRow &a, const InventoryRow &b)
{
    return a.quantity != b.quantity || a.reserved != b.reserved || a.minStock != b.minStock
            || a.flags != b.flags || a.product != b.product || a.warehouse != b.warehouse
            || a.location != b.location;
}

// Rows are in the server's order, which is id order: a binary search, checked, else a scan.
int indexById(const InventoryDataset &dataset, qint64 id)
{
    const auto it =
            std::lower_bound(dataset.rows.cbegin(), dataset.rows.cend(), id,
                             [](const InventoryRow &row, qint64 value) { return row.id < value; });
    if (it != dataset.rows.cend() && it->id == id)
        return int(it - dataset.rows.cbegin());
    return dataset.indexOfId(id);
}

} // namespace

bool InventoryTableModel::isCacheable(const InventoryDataset &dataset) const
{
    return !dataset.warehouseId && dataset.search.isEmpty() && !dataset.derived;
}

void InventoryTableModel::setLocalCache(LocalCache *cache)
{
    if (m_localCache)
        m_localCache->disconnect(this);
    m_localCache = cache;
    m_readingCache = cache != nullptr;
    m_cacheChunks.clear();
    m_cacheChunkTaken = 0;
    if (!cache)
        return;
    connect(cache, &LocalCache::loaded, this, &InventoryTableModel::onCacheLoaded);
    cache->load();
}

LocalCache *InventoryTableModel::localCache() const
{
    return m_localCache;
}

void InventoryTableModel::setClient(ApiClient *client)
{
    // Only a model without a client takes one: a model's datasets belong to one account.
    Q_ASSERT(!m_client);
    if (m_client || !client)
        return;
    m_client = client;
    setQuery(query()); // the current view's refresh, or its first page
}

void InventoryTableModel::onCacheLoaded(const CacheSnapshot &snapshot)
{
    if (!m_readingCache)
        return;
    m_cacheChunks.append(snapshot);
    if (!m_cacheSliceTimer) {
        m_cacheSliceTimer = new QTimer(this);
        m_cacheSliceTimer->setSingleShot(true);
        m_cacheSliceTimer->setInterval(0);
        connect(m_cacheSliceTimer, &QTimer::timeout, this, &InventoryTableModel::takeCachedRows);
    }
    if (snapshot.offset == 0)
        takeCachedRows(); // the small first chunk at once: it is what reaches the screen first
    else if (!m_cacheSliceTimer->isActive())
        m_cacheSliceTimer->start();
}

void InventoryTableModel::takeCachedRows()
{
    const qint64 sliceNs = m_cacheSlice.count();
    QElapsedTimer slice;
    slice.start();
    while (!m_cacheChunks.isEmpty()) {
        if (!m_readingCache) {
            m_cacheChunks.clear();
            m_cacheChunkTaken = 0;
            return;
        }
        const CacheSnapshot &chunk = m_cacheChunks.constFirst();
        if (chunk.offset == 0) {
            seedFromCache(chunk);
            m_cacheChunkTaken = chunk.records.size();
        } else if (m_seedingFromCache && m_cacheChunkTaken < chunk.records.size()) {
            const DatasetPtr dataset = datasetFor(InventoryQuery {});
            QList<InventoryRow> rows;
            rows.reserve(qMin<qsizetype>(1024, chunk.records.size() - m_cacheChunkTaken));
            // The clock is read every 64 rows.
            while (m_cacheChunkTaken < chunk.records.size()
                   && (rows.size() % 64 != 0 || rows.isEmpty() || slice.nsecsElapsed() < sliceNs))
                rows.append(internRow(chunk.records.at(m_cacheChunkTaken++), nullptr));
            const bool current = isCurrent(*dataset);
            const auto first = int(dataset->rows.size());
            if (current)
                beginInsertRows({}, first, first + int(rows.size()) - 1);
            dataset->rows.append(rows);
            if (current)
                endInsertRows();
        } else {
            m_cacheChunkTaken = chunk.records.size(); // not shown: the server answered first
        }
        if (m_cacheChunkTaken < chunk.records.size()) {
            m_cacheSliceTimer->start(); // the slice is spent: the rest on the next turn
            return;
        }
        const CacheSnapshot done = m_cacheChunks.takeFirst();
        m_cacheChunkTaken = 0;
        if (!done.more) {
            finishCacheLoad(done);
            return;
        }
        if (slice.nsecsElapsed() >= sliceNs) {
            if (!m_cacheChunks.isEmpty())
                m_cacheSliceTimer->start();
            return;
        }
    }
}

void InventoryTableModel::seedFromCache(const CacheSnapshot &first)
{
    const DatasetPtr dataset = datasetFor(InventoryQuery {});
    // The view shows cached rows only when the server has not answered.
    m_seedingFromCache = !dataset->loadedOnce && !first.isEmpty();
    if (!m_seedingFromCache)
        return;
    const bool current = isCurrent(*dataset);
    QList<InventoryRow> rows;
    rows.reserve(first.records.size());
    for (const InventoryRecord &record : first.records)
        rows.append(internRow(record, nullptr));
    dataset->pageLimit = first.pageLimit;
    dataset->total = first.total;
    dataset->loadedOnce = true;
    dataset->atEnd = true; // nothing to page while the cache is read
    dataset->refreshedAtMs = 0; // stale: read again in the background
    dataset->refreshedAt = first.fetchedAt;
    dataset->fromCache = true;
    if (current)
        beginResetModel();
    dataset->rows = std::move(rows);
    if (current)
        endResetModel();
}

void InventoryTableModel::finishCacheLoad(const CacheSnapshot &last)
{
    const DatasetPtr dataset = datasetFor(InventoryQuery {});
    const bool current = isCurrent(*dataset);
    m_readingCache = false;
    int shown = 0;
    if (std::exchange(m_seedingFromCache, false)) {
        dataset->atEnd = last.complete;
        dataset->nextPage = int(dataset->rows.size() / qMax(1, dataset->pageLimit)) + 1;
        dataset->rows.squeeze();
        shown = int(dataset->rows.size());
        announceWarehouses();
    }
    Q_EMIT cacheLoaded(shown);
    if (shown > 0)
        Q_EMIT statsChanged();
    if (current) {
        if (dataset->loadedOnce)
            startRefresh(dataset);
        else
            requestPage(dataset, 1, Purpose::Page);
        updateLoading();
    }
}

void InventoryTableModel::startRefresh(const DatasetPtr &dataset)
{
    if (m_readingCache && isCacheable(*dataset))
        return; // the refresh starts once the cache is read
    if (!dataset->fromCache) {
        requestPage(dataset, 1, Purpose::Revalidate);
        return;
    }
    if (!m_client || dataset->refreshPage > 0 || dataset->pending.contains(1))
        return; // running, or page 1 is being read anyway
    const auto limit = qMax(1, dataset->pageLimit);
    dataset->refreshLastPage = qMax(1, int((dataset->rows.size() + limit - 1) / limit));
    dataset->refreshSeen = QList<bool>(dataset->rows.size(), false);
    dataset->refreshPage = 1;
    requestPage(dataset, 1, Purpose::Refresh, RequestPriority::Background);
}

void InventoryTableModel::refreshPageArrived(InventoryDataset &dataset, int page,
                                             const Page<InventoryRecord> &data)
{
    if (dataset.refreshPage != page)
        return;
    // Rows appended by paging meanwhile are fresh.
    if (dataset.refreshSeen.size() < dataset.rows.size())
        dataset.refreshSeen.resize(dataset.rows.size(), true);
    const bool current = isCurrent(dataset);
    bool renamed = false;
    QList<InventoryRow> added;
    QList<qint64> changed;
    int firstChanged = -1;
    int lastChanged = -1;
    for (const InventoryRecord &record : data.items) {
        const InventoryRow row = internRow(record, &renamed);
        const int i = indexById(dataset, record.id);
        if (i < 0) {
            added.append(row);
            continue;
        }
        dataset.refreshSeen[i] = true;
        InventoryRow &old = dataset.rows[i];
        if (rowDiffers(row, old)) {
            old = row;
            changed.append(record.id);
            firstChanged = firstChanged < 0 ? i : qMin(firstChanged, i);
            lastChanged = qMax(lastChanged, i);
        }
    }
    if (data.pagination.total)
        dataset.total = data.pagination.total;
    if (data.pagination.limit > 0)
        dataset.pageLimit = data.pagination.limit;
    if (!changed.isEmpty())
        highlight(changed);
    if (current) {
        if (renamed)
            emitAllChanged({Qt::DisplayRole, SortRole});
        else if (firstChanged >= 0)
            Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        const auto first = int(dataset.rows.size());
        if (current)
            beginInsertRows({}, first, first + int(added.size()) - 1);
        dataset.rows.append(added);
        dataset.refreshSeen.resize(dataset.rows.size(), true);
        if (current)
            endInsertRows();
    }

    const qint64 read = qint64(page - 1) * dataset.pageLimit + data.items.size();
    const bool last = data.isLast(read) || data.items.isEmpty();
    if (last) {
        // Every record was read again: the cached rows not among them are gone.
        QList<qint64> gone;
        for (auto i = int(dataset.rows.size()) - 1; i >= 0;) {
            if (dataset.refreshSeen.at(i)) {
                --i;
                continue;
            }
            int from = i;
            while (from > 0 && !dataset.refreshSeen.at(from - 1))
                --from;
            if (current)
                beginRemoveRows({}, from, i);
            for (int k = from; k <= i; ++k)
                gone.append(dataset.rows.at(k).id);
            dataset.rows.remove(from, i - from + 1);
            dataset.refreshSeen.remove(from, i - from + 1);
            if (current)
                endRemoveRows();
            i = from - 1;
        }
        dataset.atEnd = true;
        dataset.total = dataset.rows.size();
        dataset.nextPage = int(dataset.rows.size() / qMax(1, dataset.pageLimit)) + 1;
        dataset.rows.squeeze();
        if (m_localCache && !gone.isEmpty())
            m_localCache->remove(gone);
    }
    storeInCache(dataset, data.items, false);
    if (last || page >= dataset.refreshLastPage) {
        if (!last)
            dataset.nextPage = qMax(dataset.nextPage, page + 1);
        finishRefresh(dataset, true);
        return;
    }
    const DatasetPtr self = m_datasets.value(dataset.key);
    if (!self || self.get() != &dataset) {
        finishRefresh(dataset, false); // evicted meanwhile
        return;
    }
    dataset.refreshPage = page + 1;
    requestPage(self, page + 1, Purpose::Refresh, RequestPriority::Background);
}

bool InventoryTableModel::deriveOffline(InventoryDataset &dataset)
{
    if (dataset.loadedOnce || isCacheable(dataset) || m_readingCache)
        return false;
    const DatasetPtr all = m_datasets.value(keyOf(std::nullopt, QString()));
    if (!all || all->rows.isEmpty())
        return false;
    const qint64 warehouse =
            dataset.warehouseId ? m_pool.warehouseIndex(*dataset.warehouseId) : qint64(-1);
    const QString search = dataset.search.trimmed();
    QList<InventoryRow> rows;
    for (const InventoryRow &row : std::as_const(all->rows)) {
        if (dataset.warehouseId && qint64(row.warehouse) != warehouse)
            continue;
        if (!search.isEmpty() && !m_pool.productName(row).contains(search, Qt::CaseInsensitive)
            && !m_pool.sku(row).contains(search, Qt::CaseInsensitive)
            && !m_pool.location(row).contains(search, Qt::CaseInsensitive))
            continue;
        rows.append(row);
    }
    const bool current = isCurrent(dataset);
    if (current)
        beginResetModel();
    dataset.rows = std::move(rows);
    dataset.total = all->isComplete() ? std::optional<qint64>(dataset.rows.size()) : std::nullopt;
    dataset.loadedOnce = true;
    dataset.atEnd = true; // nothing more to read while offline
    dataset.fromCache = true;
    dataset.refreshedAtMs = 0; // read from the server when shown again
    dataset.refreshedAt = all->refreshedAt;
    dataset.pageLimit = all->pageLimit;
    dataset.nextPage = int(dataset.rows.size() / qMax(1, dataset.pageLimit)) + 1;
    if (current)
        endResetModel();
    return true;
}

void InventoryTableModel::finishRefresh(InventoryDataset &dataset, bool complete)
{
    const bool running = dataset.refreshPage > 0;
    dataset.refreshPage = 0;
    dataset.refreshSeen = {};
    if (complete) {
        dataset.fromCache = false;
        dataset.refreshedAtMs = nowMs();
        dataset.refreshedAt = QDateTime::currentDateTime();
    }
    if (running && isCurrent(dataset))
        Q_EMIT cacheRefreshFinished(complete);
}

void InventoryTableModel::storeInCache(const InventoryDataset &dataset,
                                       const QList<InventoryRecord> &records, bool replaceAll)
{
    if (!m_localCache || !isCacheable(dataset) || (records.isEmpty() && !replaceAll))
        return;
    m_localCache->store(records, QDateTime::currentDateTimeUtc(), replaceAll, dataset.total,
                        dataset.isComplete(), dataset.pageLimit);
}

void InventoryTableModel::highlight(const QList<qint64> &recordIds)
{
    const qint64 until = nowMs() + qint64(m_highlightFor.count());
    for (const qint64 id : recordIds)
        m_highlighted.insert(id, until);
    if (!m_highlightTimer) {
        m_highlightTimer = new QTimer(this);
        m_highlightTimer->setSingleShot(true);
        connect(m_highlightTimer, &QTimer::timeout, this, &InventoryTableModel::clearHighlights);
    }
    if (!m_highlightTimer->isActive())
        m_highlightTimer->start(m_highlightFor);
}

void InventoryTableModel::clearHighlights()
{
    const qint64 now = nowMs();
    qint64 next = 0;
    for (auto it = m_highlighted.begin(); it != m_highlighted.end();) {
        if (it.value() > now) {
            next = next == 0 ? it.value() : qMin(next, it.value());
            ++it;
            continue;
        }
        const int row = indexById(*m_current, it.key());
        it = m_highlighted.erase(it);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {RecentlyChangedRole});
    }
    if (next > 0)
        m_highlightTimer->start(std::chrono::milliseconds(next - now));
}

} // namespace Glance
