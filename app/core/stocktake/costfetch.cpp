#include "core/stocktake/costfetch.h"

#include "api/apiclient.h"
#include "core/stocktake/stocktakestore.h"

namespace Glance {

CostFetch::CostFetch(ApiClient *client, StocktakeStore *store, qint64 stocktakeId,
                     const QList<StocktakeItem> &items, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_stocktakeId(stocktakeId)
{
    for (const StocktakeItem &item : items)
        m_wanted.insert(item.productId);
}

CostFetch::~CostFetch() = default; // our calls use `this` as context: aborted without callbacks

void CostFetch::start()
{
    if (!m_client) {
        Q_EMIT failed(tr("Not connected."));
        return;
    }
    if (m_wanted.isEmpty()) {
        finish();
        return;
    }
    requestPage(1);
}

void CostFetch::cancel()
{
    if (m_call)
        m_call->cancel(); // delivers Cancelled: failed()
}

void CostFetch::requestPage(int page)
{
    ProductQuery query;
    query.page = page;
    query.limit = m_limit;
    ++m_requests;
    m_call = m_client->listProducts(
            query, this,
            [this, page](const ApiResult<Page<Product>> &result) {
                m_call = nullptr;
                if (!result.ok()) {
                    Q_EMIT failed(result.error().userMessage());
                    return;
                }
                const Page<Product> &data = result.value();
                bool anyNew = false;
                for (const Product &product : data.items) {
                    if (m_all.contains(product.id))
                        continue;
                    m_all.insert(product.id);
                    anyNew = true;
                    if (!m_wanted.contains(product.id))
                        continue;
                    m_found.insert(product.id);
                    if (product.unitCost)
                        m_costs.insert(product.id, *product.unitCost);
                }
                m_loaded += data.items.size();
                if (data.pagination.limit > 0)
                    m_limit = data.pagination.limit;
                Q_EMIT progress(int(m_found.size()), int(m_wanted.size()));
                // Every product seen, the last page, or a page with nothing new (a server
                // that repeats itself must not be asked forever): done.
                if (m_found.size() == m_wanted.size() || data.isLast(m_loaded)
                    || (!anyNew && !data.items.isEmpty())) {
                    finish();
                    return;
                }
                requestPage(page + 1);
            },
            CallOptions::background());
}

void CostFetch::finish()
{
    if (!m_store
        || !m_store->setUnitCosts(m_stocktakeId, m_costs, QDateTime::currentDateTimeUtc())) {
        Q_EMIT failed(m_store ? m_store->errorString() : tr("The stocktake is not open."));
        return;
    }
    Q_EMIT finished(int(m_costs.size()));
}

} // namespace Glance
