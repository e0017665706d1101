#include "models/warehousecounter.h"

#include "api/apiclient.h"
#include "api/calloptions.h"

namespace Glance {

namespace {

// The count a one-record page states: its total, or what an end of the list proves.
std::optional<qint64> countOf(const Page<InventoryRecord> &page)
{
    if (page.pagination.total)
        return qMax<qint64>(0, *page.pagination.total);
    if (page.items.isEmpty())
        return 0;
    if (page.pagination.present && page.pagination.hasMore == false)
        return page.items.size();
    return std::nullopt; // more than one record, how many is not said
}

} // namespace

WarehouseCounter::WarehouseCounter(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

WarehouseCounter::~WarehouseCounter()
{
    cancel();
}

void WarehouseCounter::start(const QList<std::optional<qint64>> &warehouses)
{
    cancel();
    for (const auto &warehouseId : warehouses)
        add(warehouseId);
}

void WarehouseCounter::add(std::optional<qint64> warehouseId)
{
    if (!m_client || indexOf(warehouseId) >= 0)
        return;
    InventoryQuery query;
    query.warehouseId = warehouseId;
    query.limit = 1;
    const quint64 round = m_round;
    ++m_requestCount;
    // The client never answers from inside the call, so the entry is in place in time.
    ApiCall *call = m_client->listInventory(
            query, this,
            [this, round, warehouseId](const ApiResult<Page<InventoryRecord>> &result) {
                onAnswer(round, warehouseId, result);
            },
            CallOptions::background());
    m_pending.append({warehouseId, call});
}

void WarehouseCounter::setClient(ApiClient *client)
{
    cancel();
    m_client = client;
}

void WarehouseCounter::cancel()
{
    ++m_round;
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &entry : pending) {
        if (entry.call)
            entry.call->cancel();
    }
}

bool WarehouseCounter::isCounting(std::optional<qint64> warehouseId) const
{
    return indexOf(warehouseId) >= 0;
}

qsizetype WarehouseCounter::indexOf(std::optional<qint64> warehouseId) const
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).warehouseId == warehouseId)
            return i;
    }
    return -1;
}

void WarehouseCounter::onAnswer(quint64 round, std::optional<qint64> warehouseId,
                                const ApiResult<Page<InventoryRecord>> &result)
{
    if (round != m_round)
        return; // an earlier round's answer (or its cancellation): never reported
    const qsizetype index = indexOf(warehouseId);
    if (index < 0)
        return;
    m_pending.removeAt(index);
    if (result.ok()) {
        if (const auto records = countOf(result.value())) {
            Q_EMIT counted(warehouseId, *records);
        } else {
            Q_EMIT failed(warehouseId,
                          ApiError(ApiError::Kind::Decode,
                                   QStringLiteral("pagination.total missing from a listing")));
        }
    } else if (result.error().kind() != ApiError::Kind::Cancelled) {
        Q_EMIT failed(warehouseId, result.error());
    }
    if (m_pending.isEmpty())
        Q_EMIT finished();
}

} // namespace Glance
