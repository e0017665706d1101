#include "api/fetchall.h"

#include "api/apiclient.h"
#include "api/logging.h"

#include <utility>

namespace Glance {

namespace {

constexpr int kPageSize = 100; // the API's maximum

} // namespace

InventoryFetchAll::InventoryFetchAll(ApiClient *client, InventoryQuery query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(std::move(query))
{
}

InventoryFetchAll::~InventoryFetchAll()
{
    // Our calls use `this` as their context: destroying us aborts them without callbacks.
}

void InventoryFetchAll::start()
{
    if (m_running)
        return;
    m_running = true;
    m_loaded = 0;
    m_seen.clear();
    m_total.reset();
    m_requests = 0;
    m_query.limit = kPageSize;
    requestPage(1);
}

void InventoryFetchAll::cancel()
{
    // The in-flight call delivers Cancelled, which ends the run through failed().
    if (m_running && m_call)
        m_call->cancel();
}

void InventoryFetchAll::requestPage(int page)
{
    m_query.page = page;
    ++m_requests;
    m_call = m_client->listInventory(
            m_query, this,
            [this, page](const ApiResult<Page<InventoryRecord>> &result) {
                m_call = nullptr;
                if (!result.ok()) {
                    m_running = false;
                    Q_EMIT failed(result.error());
                    return;
                }
                const Page<InventoryRecord> &data = result.value();
                bool anyNew = false;
                for (const InventoryRecord &record : data.items) {
                    if (!m_seen.contains(record.id)) {
                        m_seen.insert(record.id);
                        anyNew = true;
                    }
                }
                m_loaded += data.items.size();
                if (data.pagination.total)
                    m_total = data.pagination.total;
                // The server decides the page size; later pages follow its count.
                if (data.pagination.limit > 0)
                    m_query.limit = data.pagination.limit;
                const QPointer<InventoryFetchAll> self(this);
                Q_EMIT pageLoaded(data.items, page);
                if (!self)
                    return;
                Q_EMIT progress(m_loaded, m_total);
                if (!self || !m_running)
                    return;
                // A page with nothing new ends the run: a server that repeats a page with
                // hasMore = true must not be asked forever.
                if (data.isLast(m_loaded) || (!anyNew && !data.items.isEmpty())) {
                    qCDebug(lcApi) << "fetch-all finished:" << m_loaded << "records in"
                                   << m_requests << "requests";
                    m_running = false;
                    Q_EMIT finished();
                    return;
                }
                requestPage(page + 1);
            },
            m_options);
}

} // namespace Glance
