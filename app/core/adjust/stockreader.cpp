#include "core/adjust/stockreader.h"

#include "api/apiclient.h"
#include "core/adjust/stocksnapshot.h"
#include "core/adjust/submissioncheck.h"

namespace Glance {

StockReader::StockReader(ApiClient *client, const QList<Pair> &pairs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    // A check after a lost answer must see Glance's quantity now, never a remembered one.
    , m_useSnapshot(!qobject_cast<SubmissionCheck *>(parent))
{
    for (const Pair &pair : pairs) {
        if (!m_pairs.contains(pair))
            m_pairs.append(pair);
        if (!m_products.contains(pair.first))
            m_products.append(pair.first);
        if (!m_warehouses.contains(pair.second))
            m_warehouses.append(pair.second);
    }
}

StockReader::~StockReader() = default;

void StockReader::start(Done done, Failed failed)
{
    m_done = std::move(done);
    m_failed = std::move(failed);
    if (!m_client) {
        m_reported = true;
        reportFailed(ApiError(ApiError::Kind::Configuration, QStringLiteral("no client")));
        return;
    }
    if (m_products.isEmpty()) {
        m_reported = true;
        reportDone();
        return;
    }
    if (takeFromSnapshot())
        return;
    if (m_products.size() <= PerProductLimit)
        readProducts();
    else
        readWarehouses();
}

bool StockReader::takeFromSnapshot()
{
    StockSnapshot *snapshot = StockSnapshot::of(m_client);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool covered = m_useSnapshot && snapshot->covers(m_pairs, now);
    // Taken either way: a pair read from Glance now makes the remembered quantity stale once
    // it is adjusted, and a check must never find it later.
    Stock stock;
    for (const Pair &pair : std::as_const(m_pairs)) {
        const std::optional<std::optional<qint64>> known = snapshot->take(pair, now);
        if (!covered || !known || !known->has_value())
            continue;
        InventoryRecord record;
        record.product.id = pair.first;
        record.warehouse.id = pair.second;
        record.quantity = **known;
        stock[pair.first].append(record);
    }
    if (!covered)
        return false;
    m_stock = stock;
    m_reported = true;
    m_done(m_stock);
    return true;
}

void StockReader::finishOne()
{
    if (--m_remaining > 0 || m_reported)
        return;
    m_reported = true;
    if (m_error.isError())
        reportFailed(m_error);
    else
        reportDone();
}

// The receiver's callback may run a nested event loop (or delete this reader later, which such
// a loop then carries out): it gets copies of the callback and the values, never references
// into this reader, which may be gone before the callback returns.
void StockReader::reportDone()
{
    const Done done = m_done;
    const Stock stock = m_stock;
    done(stock);
}

void StockReader::reportFailed(const ApiError &error)
{
    const Failed failed = m_failed;
    const ApiError copy = error;
    const QSet<qint64> notFound = m_notFound;
    failed(copy, notFound);
}

void StockReader::fail(const ApiError &error)
{
    // Prefer an error that is not "no such product" as the one to show.
    if (!m_error.isError() || m_error.isNotFound())
        m_error = error;
}

void StockReader::readProducts()
{
    m_stock.clear();
    m_remaining = int(m_products.size());
    for (qint64 product : std::as_const(m_products)) {
        ++m_requests;
        m_client->inventoryByProduct(
                product, this, [this, product](const ApiResult<QList<InventoryRecord>> &result) {
                    if (result.ok()) {
                        m_stock.insert(product, result.value());
                    } else {
                        if (result.error().isNotFound())
                            m_notFound.insert(product);
                        fail(result.error());
                    }
                    finishOne();
                });
    }
}

void StockReader::readWarehouses()
{
    m_remaining = int(m_warehouses.size());
    for (qint64 warehouse : std::as_const(m_warehouses)) {
        InventoryQuery query;
        query.warehouseId = warehouse;
        query.page = 1;
        query.limit = 100;
        ++m_requests;
        m_client->listInventory(
                query, this, [this, warehouse](const ApiResult<Page<InventoryRecord>> &result) {
                    if (!result.ok()) {
                        fail(result.error());
                    } else {
                        const Page<InventoryRecord> &page = result.value();
                        take(page.items, warehouse);
                        const int limit = page.pagination.limit > 0 ? page.pagination.limit
                                                                    : int(page.items.size());
                        // Without a total the size is unknown: count it as too large.
                        const qint64 total = page.isLast(page.items.size())
                                ? qint64(page.items.size())
                                : page.pagination.total.value_or(-1);
                        m_firstPages.insert(warehouse, {total, limit});
                    }
                    if (--m_remaining == 0)
                        onFirstPages();
                });
    }
}

void StockReader::onFirstPages()
{
    if (m_error.isError()) {
        m_reported = true;
        reportFailed(m_error);
        return;
    }
    // Requests still needed to list every warehouse, against one per product.
    qint64 pagesLeft = 0;
    bool unknownSize = false;
    for (auto it = m_firstPages.cbegin(); it != m_firstPages.cend(); ++it) {
        const qint64 total = it.value().first;
        const int limit = it.value().second;
        if (total < 0 || limit <= 0) {
            unknownSize = true;
            break;
        }
        pagesLeft += qMax<qint64>(0, (total + limit - 1) / limit - 1);
    }
    if (unknownSize || pagesLeft >= m_products.size()) {
        readProducts();
        return;
    }
    m_remaining = 1; // held until every page request is out
    for (auto it = m_firstPages.cbegin(); it != m_firstPages.cend(); ++it) {
        const qint64 total = it.value().first;
        const int limit = it.value().second;
        const int pages = int((total + limit - 1) / limit);
        for (int page = 2; page <= pages; ++page)
            readPage(it.key(), page, limit);
    }
    finishOne();
}

void StockReader::readPage(qint64 warehouse, int page, int limit)
{
    InventoryQuery query;
    query.warehouseId = warehouse;
    query.page = page;
    query.limit = limit;
    ++m_remaining;
    ++m_requests;
    m_client->listInventory(query, this,
                            [this, warehouse](const ApiResult<Page<InventoryRecord>> &result) {
                                if (result.ok())
                                    take(result.value().items, warehouse);
                                else
                                    fail(result.error());
                                finishOne();
                            });
}

void StockReader::take(const QList<InventoryRecord> &records, qint64 warehouse)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<StockSnapshot::Pair, std::optional<qint64>> others;
    for (InventoryRecord record : records) {
        if (record.warehouse.id <= 0)
            record.warehouse.id = warehouse;
        if (record.warehouse.id != warehouse)
            continue;
        if (m_products.contains(record.product.id))
            m_stock[record.product.id].append(record);
        else if (record.quantity)
            others.insert({record.product.id, warehouse}, record.quantity);
    }
    // The rest of the listing answers the next requests' reads of the same submission.
    if (m_useSnapshot && !others.isEmpty())
        StockSnapshot::of(m_client)->remember(others, now);
}

std::optional<qint64> StockReader::quantity(const Stock &stock, qint64 productId,
                                            qint64 warehouseId, bool *exists)
{
    if (exists)
        *exists = false;
    for (const InventoryRecord &record : stock.value(productId)) {
        if (record.warehouse.id == warehouseId) {
            if (exists)
                *exists = true;
            return record.quantity;
        }
    }
    return std::nullopt;
}

} // namespace Glance
