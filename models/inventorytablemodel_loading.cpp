// InventoryTableModel: requests, paging, the cache of views, refresh and Load all.
#include "api/apiclient.h"
#include "api/logging.h"
#include "models/inventorytablemodel.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

namespace Glance {

namespace {

constexpr int kMaxCachedViews = 32;
// Reserve the whole view on its first page up to this many rows (no growth slack).
constexpr qint64 kMaxReserve = 2'000'000;

} // namespace

qint64 InventoryTableModel::nowMs() const
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock.elapsed() + 1; // 0 means "never"
}

QString InventoryTableModel::keyOf(std::optional<qint64> warehouseId, const QString &search)
{
    return (warehouseId ? QString::number(*warehouseId) : QStringLiteral("*")) + QLatin1Char('\n')
            + search;
}

InventoryTableModel::DatasetPtr InventoryTableModel::datasetFor(const InventoryQuery &query)
{
    const QString key = keyOf(query.warehouseId, query.search);
    if (DatasetPtr cached = m_datasets.value(key))
        return cached;
    auto dataset = std::make_shared<InventoryDataset>();
    dataset->key = key;
    dataset->warehouseId = query.warehouseId;
    dataset->search = query.search;
    deriveFromAll(*dataset);
    m_datasets.insert(key, dataset);
    return dataset;
}

bool InventoryTableModel::deriveFromAll(InventoryDataset &dataset) const
{
    if (!dataset.warehouseId || m_readingCache)
        return false; // (a view being read from the local cache is not complete yet)
    const DatasetPtr all = m_datasets.value(keyOf(std::nullopt, dataset.search));
    if (!all || !all->isComplete())
        return false;
    const qint64 warehouse = m_pool.warehouseIndex(*dataset.warehouseId);
    for (const InventoryRow &row : std::as_const(all->rows)) {
        if (qint64(row.warehouse) == warehouse)
            dataset.rows.append(row);
    }
    dataset.rows.squeeze();
    dataset.total = dataset.rows.size();
    dataset.loadedOnce = true;
    dataset.atEnd = true;
    dataset.derived = true;
    dataset.pageLimit = all->pageLimit;
    dataset.nextPage = int(dataset.rows.size() / dataset.pageLimit) + 1;
    dataset.refreshedAtMs = all->refreshedAtMs;
    dataset.refreshedAt = all->refreshedAt;
    return true;
}

bool InventoryTableModel::isStale(const InventoryDataset &dataset) const
{
    return dataset.refreshedAtMs == 0
            || nowMs() - dataset.refreshedAtMs >= qint64(m_revalidateAfter.count());
}

void InventoryTableModel::setQuery(const InventoryQuery &query)
{
    const QString key = keyOf(query.warehouseId, query.search);
    if (key != m_current->key) {
        const DatasetPtr old = m_current;
        if (old->loadAll)
            finishLoadAll(*old, false);
        // A newer query cancels the older requests (their replies are dropped).
        cancelRequests(*old);
        if (!old->loadedOnce)
            m_datasets.remove(old->key);

        beginResetModel();
        m_current = datasetFor(query);
        endResetModel();
        m_lastError = {};
        Q_EMIT queryChanged();
    }
    m_current->lastUsed = ++m_useCounter;

    if (!m_current->loadedOnce) {
        // The "All warehouses" view waits for the local cache: its rows come first.
        if (!(m_readingCache && isCacheable(*m_current)))
            requestPage(m_current, 1, Purpose::Page);
    } else if (isStale(*m_current)) {
        startRefresh(m_current);
    }
    evictIfNeeded();
    updateLoading();
    if (m_current->loadedOnce)
        Q_EMIT statsChanged();
}

void InventoryTableModel::refresh()
{
    if (m_current->key.isEmpty())
        return; // no query yet
    if (!m_current->loadedOnce) {
        if (!(m_readingCache && isCacheable(*m_current)))
            requestPage(m_current, 1, Purpose::Page);
    } else {
        startRefresh(m_current);
    }
    updateLoading();
}

void InventoryTableModel::retry()
{
    if (m_current->key.isEmpty())
        return;
    if (!m_current->loadedOnce || m_failedPurpose == Purpose::Revalidate
        || m_failedPurpose == Purpose::Refresh) {
        refresh();
    } else if (m_failedDuringLoadAll) {
        loadAll();
    } else if (!m_current->atEnd && !m_current->hasPagingCall()) {
        requestPage(m_current, m_current->nextPage, Purpose::Page);
        updateLoading();
    }
}

void InventoryTableModel::loadAll()
{
    const DatasetPtr dataset = m_current;
    if (dataset->key.isEmpty() || dataset->loadAll)
        return;
    if (dataset->isComplete()) {
        Q_EMIT loadAllFinished(true);
        return;
    }
    dataset->loadAll = true;
    // Every row is coming: one allocation instead of growing (and copying) page by page.
    if (dataset->total && *dataset->total <= kMaxReserve)
        dataset->rows.reserve(*dataset->total);
    Q_EMIT loadAllProgress(dataset->rows.size(), dataset->total);
    continueLoadAll(dataset);
    updateLoading();
}

void InventoryTableModel::cancelLoadAll()
{
    // The page in flight (if any) still lands in the cache: it is paid for.
    if (m_current->loadAll)
        finishLoadAll(*m_current, false);
}

void InventoryTableModel::continueLoadAll(const DatasetPtr &dataset)
{
    if (!dataset->loadAll)
        return;
    if (dataset->isComplete()) {
        finishLoadAll(*dataset, true);
        return;
    }
    const int page = dataset->loadedOnce ? dataset->nextPage : 1;
    // The first page is what the user looks at; the rest is Load all's bulk.
    if (!dataset->pending.contains(page))
        requestPage(dataset, page, Purpose::Page,
                    page == 1 ? RequestPriority::Interactive : RequestPriority::Background);
}

void InventoryTableModel::finishLoadAll(InventoryDataset &dataset, bool complete)
{
    dataset.loadAll = false;
    if (complete)
        dataset.rows.squeeze();
    if (isCurrent(dataset))
        Q_EMIT loadAllFinished(complete);
}

void InventoryTableModel::cancelRequests(InventoryDataset &dataset)
{
    const auto pending = std::exchange(dataset.pending, {});
    for (const auto &entry : pending) {
        if (entry.call)
            entry.call->cancel();
    }
}

void InventoryTableModel::requestPage(const DatasetPtr &dataset, int page, Purpose purpose,
                                      RequestPriority priority)
{
    if (!m_client || dataset->pending.contains(page))
        return; // never two requests for the same page
    InventoryQuery query;
    query.warehouseId = dataset->warehouseId;
    query.search = dataset->search;
    query.page = page;
    query.limit = dataset->pageLimit;
    const quint64 token = ++m_tokenCounter;
    const std::weak_ptr<InventoryDataset> weak = dataset;
    ++m_requestCount;
    ApiCall *call = m_client->listInventory(
            query, this,
            [this, weak, token, page, purpose](const auto &result) {
                onReply(weak, token, page, purpose, result);
            },
            CallOptions {priority});
    dataset->pending.insert(page, {call, token, purpose});
}

void InventoryTableModel::onReply(const std::weak_ptr<InventoryDataset> &weak, quint64 token,
                                  int page, Purpose purpose,
                                  const ApiResult<Page<InventoryRecord>> &result)
{
    const DatasetPtr dataset = weak.lock();
    if (!dataset)
        return;
    const auto entry = dataset->pending.constFind(page);
    if (entry == dataset->pending.cend() || entry->token != token)
        return; // cancelled or superseded: a stale reply is dropped
    dataset->pending.erase(entry);
    const bool current = isCurrent(*dataset);

    if (!result.ok()) {
        const auto kind = result.error().kind();
        if ((kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout)
            && purpose == Purpose::Page && page == 1) {
            // Offline: the cached rows of this warehouse or search, filtered here.
            deriveOffline(*dataset);
        }
        dataset->lastError = result.error();
        if (current) {
            m_lastError = result.error();
            m_failedPurpose = purpose;
            m_failedDuringLoadAll = dataset->loadAll;
        }
        if (dataset->loadAll)
            finishLoadAll(*dataset, false);
        if (purpose == Purpose::Refresh)
            finishRefresh(*dataset, false);
        updateLoading();
        if (current)
            Q_EMIT errorOccurred(m_lastError);
        return;
    }

    dataset->lastError = {};
    if (current)
        m_lastError = {};
    if (purpose == Purpose::Refresh)
        refreshPageArrived(*dataset, page, result.value());
    else if (purpose == Purpose::Revalidate && dataset->loadedOnce)
        revalidate(*dataset, result.value());
    else
        appendPage(*dataset, page, result.value());
    announceWarehouses();

    const QPointer<InventoryTableModel> self(this);
    if (current) {
        Q_EMIT pageLoaded();
        if (!self)
            return;
    }
    if (dataset->search.isEmpty())
        Q_EMIT statsChanged();
    if (dataset->loadAll) {
        if (current)
            Q_EMIT loadAllProgress(dataset->rows.size(), dataset->total);
        continueLoadAll(dataset);
    }
    updateLoading();
}

InventoryRow InventoryTableModel::internRow(const InventoryRecord &record, bool *renamed)
{
    bool newWarehouse = false;
    const InventoryRow row = m_pool.intern(record, renamed, &newWarehouse);
    if (newWarehouse)
        m_newWarehouses.append({record.warehouse.id, record.warehouse.name});
    return row;
}

void InventoryTableModel::announceWarehouses()
{
    if (m_newWarehouses.isEmpty())
        return;
    const QList<WarehouseRef> seen = std::exchange(m_newWarehouses, {});
    Q_EMIT warehousesSeen(seen);
}

void InventoryTableModel::appendPage(InventoryDataset &dataset, int page,
                                     const Page<InventoryRecord> &data)
{
    // Offsets shift when records are added or deleted between two pages: never list a record
    // twice. Records arrive in id order, so a page that starts after the last id is new.
    QSet<qint64> recent;
    if (!dataset.rows.isEmpty() && !data.items.isEmpty()
        && data.items.first().id <= dataset.rows.last().id) {
        const qsizetype from = qMax<qsizetype>(0, dataset.rows.size() - 2 * dataset.pageLimit);
        for (qsizetype i = from; i < dataset.rows.size(); ++i)
            recent.insert(dataset.rows.at(i).id);
    }
    bool renamed = false;
    QList<InventoryRow> added;
    added.reserve(data.items.size());
    for (const InventoryRecord &record : data.items) {
        if (!recent.contains(record.id))
            added.append(internRow(record, &renamed));
    }

    // Paging state first: views (and QAbstractItemModelTester) may call fetchMore() from inside
    // the row insertion below.
    if (data.pagination.total)
        dataset.total = data.pagination.total;
    if (data.pagination.limit > 0)
        dataset.pageLimit = data.pagination.limit;
    const qint64 loaded = dataset.rows.size() + added.size();
    dataset.nextPage = page + 1;
    // A page that adds no record not seen before ends paging too: a misbehaving server that
    // repeats a page with hasMore = true would otherwise be asked forever.
    dataset.atEnd = data.isLast(loaded) || (added.isEmpty() && !data.items.isEmpty());
    dataset.loadedOnce = true;
    if (page == 1) {
        dataset.refreshedAtMs = nowMs();
        dataset.refreshedAt = QDateTime::currentDateTime();
    }
    if (dataset.atEnd && dataset.total && *dataset.total != loaded)
        dataset.total = loaded; // the server's count moved while paging; show what exists

    storeInCache(dataset, data.items, false);
    const bool current = isCurrent(dataset);
    if (!added.isEmpty()) {
        const auto first = int(dataset.rows.size());
        if (current)
            beginInsertRows({}, first, first + int(added.size()) - 1);
        dataset.rows.append(added);
        if (current)
            endInsertRows();
    }
    if (dataset.atEnd)
        dataset.rows.squeeze();
    if (renamed && current)
        emitAllChanged({Qt::DisplayRole, SortRole});
}

void InventoryTableModel::revalidate(InventoryDataset &dataset, const Page<InventoryRecord> &data)
{
    const QList<InventoryRecord> &fresh = data.items;
    const auto n = fresh.size();
    const bool freshIsAll = data.isLast(n);
    bool samePrefix = dataset.rows.size() >= n && (!freshIsAll || dataset.rows.size() == n);
    for (qsizetype i = 0; samePrefix && i < n; ++i)
        samePrefix = dataset.rows.at(i).id == fresh.at(i).id;
    const std::optional<qint64> total = data.pagination.total;
    const bool shrank = total && *total < dataset.rows.size();

    if (data.pagination.limit > 0 && data.pagination.limit != dataset.pageLimit)
        samePrefix = false; // page boundaries moved: start again
    dataset.refreshedAtMs = nowMs();
    dataset.refreshedAt = QDateTime::currentDateTime();

    if (!samePrefix || shrank) {
        bool renamed = false;
        QList<InventoryRow> rows;
        rows.reserve(n);
        for (const InventoryRecord &record : fresh)
            rows.append(internRow(record, &renamed));
        if (data.pagination.limit > 0)
            dataset.pageLimit = data.pagination.limit;
        dataset.total = total;
        dataset.nextPage = 2;
        dataset.atEnd = freshIsAll;
        dataset.derived = false;
        // Pages in flight were counted from the old first page.
        cancelRequests(dataset);
        dataset.fromCache = false;
        replaceRows(dataset, std::move(rows));
        storeInCache(dataset, fresh, true);
        return;
    }

    // Same records first: update them in place, keep every other loaded page.
    bool renamed = false;
    int firstChanged = -1;
    int lastChanged = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const InventoryRow row = internRow(fresh.at(i), &renamed);
        InventoryRow &old = dataset.rows[i];
        if (row.quantity != old.quantity || row.reserved != old.reserved
            || row.minStock != old.minStock || row.flags != old.flags || row.product != old.product
            || row.warehouse != old.warehouse || row.location != old.location) {
            old = row;
            if (firstChanged < 0)
                firstChanged = int(i);
            lastChanged = int(i);
        }
    }
    if (total && *total != dataset.total.value_or(-1)) {
        dataset.total = total;
        if (*total > dataset.rows.size() && dataset.atEnd) {
            // Records were added after the loaded ones: the last page can be read again.
            dataset.atEnd = false;
            dataset.nextPage = int(dataset.rows.size() / dataset.pageLimit) + 1;
        }
    }
    storeInCache(dataset, fresh, false);
    if (isCurrent(dataset)) {
        if (renamed)
            emitAllChanged({Qt::DisplayRole, SortRole});
        else if (firstChanged >= 0)
            Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    }
}

void InventoryTableModel::replaceRows(InventoryDataset &dataset, QList<InventoryRow> rows)
{
    const bool current = isCurrent(dataset);
    if (current)
        beginResetModel();
    dataset.rows = std::move(rows);
    if (current)
        endResetModel();
}

void InventoryTableModel::setCacheLimit(qsizetype rows)
{
    m_cacheLimitRows = qMax<qsizetype>(0, rows);
    evictIfNeeded();
}

void InventoryTableModel::evictIfNeeded()
{
    const auto cachedRows = [this] {
        qsizetype sum = 0;
        for (const DatasetPtr &dataset : std::as_const(m_datasets))
            sum += dataset->rows.size();
        return sum;
    };
    while (m_datasets.size() > 1
           && (m_datasets.size() > kMaxCachedViews || cachedRows() > m_cacheLimitRows)) {
        DatasetPtr oldest;
        for (const DatasetPtr &dataset : std::as_const(m_datasets)) {
            if (dataset != m_current && (!oldest || dataset->lastUsed < oldest->lastUsed))
                oldest = dataset;
        }
        if (!oldest)
            return;
        cancelRequests(*oldest);
        m_datasets.remove(oldest->key);
    }
}

void InventoryTableModel::updateLoading()
{
    const bool loading = isLoading();
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace Glance
