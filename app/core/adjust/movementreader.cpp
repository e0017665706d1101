#include "core/adjust/movementreader.h"

#include "api/apiclient.h"

namespace Glance {

MovementReader::MovementReader(ApiClient *client, const QList<Pair> &pairs, const QDateTime &since,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_since(since.toUTC())
{
    for (const Pair &pair : pairs) {
        m_pairs.insert(pair);
        m_productsOf[pair.second].insert(pair.first);
    }
}

MovementReader::~MovementReader() = default;

void MovementReader::start(Done done, Failed failed)
{
    m_done = std::move(done);
    m_failed = std::move(failed);
    if (!m_client) {
        m_reported = true;
        reportFailed(ApiError(ApiError::Kind::Configuration, QStringLiteral("no client")));
        return;
    }
    if (m_pairs.isEmpty()) {
        m_reported = true;
        reportDone();
        return;
    }
    m_remaining = int(m_productsOf.size());
    for (auto it = m_productsOf.cbegin(); it != m_productsOf.cend(); ++it)
        readPage(it.key(), 1);
}

qint64 MovementReader::signedChange(const Movement &movement, qint64 warehouseId)
{
    const qint64 quantity = movement.quantity.value_or(0);
    qint64 change = 0;
    if (movement.toWarehouse && movement.toWarehouse->id == warehouseId)
        change += quantity;
    if (movement.fromWarehouse && movement.fromWarehouse->id == warehouseId)
        change -= quantity;
    return change;
}

void MovementReader::readPage(qint64 warehouse, int page)
{
    MovementQuery query;
    query.warehouseId = warehouse;
    const QSet<qint64> &products = m_productsOf.value(warehouse);
    if (products.size() == 1)
        query.productId = *products.cbegin();
    query.startDate = m_since.date();
    query.page = page;
    query.limit = 100;
    ++m_requests;
    m_client->listMovements(
            query, this, [this, warehouse, page](const ApiResult<Page<Movement>> &result) {
                if (!result.ok()) {
                    if (!m_error.isError())
                        m_error = result.error();
                    finishOne();
                    return;
                }
                const Page<Movement> &got = result.value();
                bool newestFirst = true;
                bool olderSeen = false;
                QDateTime previous;
                for (const Movement &movement : got.items) {
                    if (previous.isValid() && movement.createdAt.isValid()
                        && movement.createdAt > previous)
                        newestFirst = false;
                    if (movement.createdAt.isValid())
                        previous = movement.createdAt;
                    if (movement.createdAt.isValid() && movement.createdAt < m_since) {
                        olderSeen = true;
                        continue;
                    }
                    bool touches = false;
                    for (qint64 side : {movement.fromWarehouse ? movement.fromWarehouse->id : 0,
                                        movement.toWarehouse ? movement.toWarehouse->id : 0}) {
                        if (side > 0 && m_pairs.contains({movement.product.id, side}))
                            touches = true;
                    }
                    if (touches && !m_seen.contains(movement.id)) {
                        m_seen.insert(movement.id);
                        m_movements.append(movement);
                    }
                }
                const qint64 loaded =
                        qint64(page - 1) * qMax(got.pagination.limit, 1) + got.items.size();
                const bool last = got.isLast(loaded) || (newestFirst && olderSeen);
                if (!last) {
                    if (page >= MaxPages) {
                        if (!m_error.isError())
                            m_error = ApiError(ApiError::Kind::Decode,
                                               QStringLiteral("movement history longer than %1 "
                                                              "pages")
                                                       .arg(MaxPages));
                    } else {
                        readPage(warehouse, page + 1);
                        return;
                    }
                }
                finishOne();
            });
}

// As StockReader: the callback gets copies, never references into this reader (it may be
// deleted by a nested event loop the callback runs).
void MovementReader::reportDone()
{
    const Done done = m_done;
    const QList<Movement> movements = m_movements;
    done(movements);
}

void MovementReader::reportFailed(const ApiError &error)
{
    const Failed failed = m_failed;
    const ApiError copy = error;
    failed(copy);
}

void MovementReader::finishOne()
{
    if (--m_remaining > 0 || m_reported)
        return;
    m_reported = true;
    if (m_error.isError())
        reportFailed(m_error);
    else
        reportDone();
}

} // namespace Glance
