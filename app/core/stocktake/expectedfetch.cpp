#include "core/stocktake/expectedfetch.h"

#include "api/apiclient.h"
#include "api/fetchall.h"
#include "core/stocktake/stocktakestore.h"

#include <algorithm>

namespace Glance {

ExpectedFetch::ExpectedFetch(ApiClient *client, StocktakeStore *store, const Stocktake &stocktake,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_stocktake(stocktake)
{
}

ExpectedFetch::~ExpectedFetch() = default;

int ExpectedFetch::requestCount() const
{
    return m_fetch ? m_fetch->requestsUsed() : 0;
}

bool ExpectedFetch::inScope(const StocktakeScope &scope, const InventoryRecord &record)
{
    switch (scope.kind) {
    case StocktakeScope::Kind::Warehouse:
    case StocktakeScope::Kind::Search:
        return true;
    case StocktakeScope::Kind::Skus:
        return scope.skus.contains(record.product.sku);
    case StocktakeScope::Kind::Locations: {
        const QString location = record.location.trimmed().toCaseFolded();
        return !location.isEmpty()
                && std::any_of(scope.locations.cbegin(), scope.locations.cend(),
                               [&location](const QString &wanted) {
                                   return wanted.trimmed().toCaseFolded() == location;
                               });
    }
    case StocktakeScope::Kind::LowStock: {
        if (!record.quantity)
            return false;
        const qint64 limit = record.minStockLevel.value_or(scope.lowStockThreshold);
        return *record.quantity <= limit;
    }
    }
    return true;
}

void ExpectedFetch::start()
{
    if (!m_client || !m_store) {
        Q_EMIT failed(tr("Not connected."));
        return;
    }
    InventoryQuery query;
    query.warehouseId = m_stocktake.warehouseId;
    if (m_stocktake.scope.kind == StocktakeScope::Kind::Search)
        query.search = m_stocktake.scope.search;
    m_items.clear();
    m_products.clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    delete m_fetch;
    m_fetch = new InventoryFetchAll(m_client, query, this);
    connect(m_fetch, &InventoryFetchAll::pageLoaded, this,
            [this](const QList<InventoryRecord> &records) { take(records); });
    connect(m_fetch, &InventoryFetchAll::progress, this, &ExpectedFetch::progress);
    connect(m_fetch, &InventoryFetchAll::failed, this,
            [this](const ApiError &error) { Q_EMIT failed(error.userMessage()); });
    connect(m_fetch, &InventoryFetchAll::finished, this, [this] {
        if (!m_store->setItems(m_stocktake.id, m_items, m_startedAt)) {
            Q_EMIT failed(m_store->errorString());
            return;
        }
        Q_EMIT finished(int(m_items.size()));
    });
    m_fetch->start();
}

void ExpectedFetch::cancel()
{
    if (m_fetch)
        m_fetch->cancel();
}

void ExpectedFetch::take(const QList<InventoryRecord> &records)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const InventoryRecord &record : records) {
        if (record.warehouse.id > 0 && record.warehouse.id != m_stocktake.warehouseId)
            continue;
        if (m_products.contains(record.product.id) || !inScope(m_stocktake.scope, record))
            continue;
        m_products.insert(record.product.id);
        StocktakeItem item;
        item.productId = record.product.id;
        item.sku = record.product.sku;
        item.name = record.product.name;
        item.location = record.location;
        item.expected = record.quantity;
        item.fetchedAt = now;
        m_items.append(item);
    }
}

} // namespace Glance
