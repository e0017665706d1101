#include "core/stocktake/stocktakestore.h"

#include "core/adjust/localdatabase.h"
#include "core/adjust/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Glance {

namespace {

const QString kStocktakeColumns = QStringLiteral(
        "id, profile, title, warehouse_id, warehouse_name, scope, blind, state, created_at,"
        " fetched_at, closed_at, submission_id, zero_uncounted, held_back, costs_at,"
        " counting_location");

Stocktake readStocktake(const QSqlQuery &query)
{
    Stocktake s;
    s.id = query.value(0).toLongLong();
    s.profile = query.value(1).toString();
    s.title = query.value(2).toString();
    s.warehouseId = query.value(3).toLongLong();
    s.warehouseName = query.value(4).toString();
    s.scope = StocktakeScope::fromText(query.value(5).toString());
    s.blind = query.value(6).toBool();
    s.state = stocktakeStateFromName(query.value(7).toString());
    s.createdAt = SqlValues::toDateTime(query.value(8));
    s.fetchedAt = SqlValues::toDateTime(query.value(9));
    s.closedAt = SqlValues::toDateTime(query.value(10));
    s.submissionId = query.value(11).toLongLong();
    s.zeroUncounted = query.value(12).toBool();
    s.heldBack = query.value(13).toInt();
    s.costsAt = SqlValues::toDateTime(query.value(14));
    s.countingLocation = query.value(15).toString();
    return s;
}

} // namespace

StocktakeStore::StocktakeStore(LocalDatabase *database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
}

StocktakeStore::~StocktakeStore() = default;

bool StocktakeStore::isAvailable() const
{
    return m_db && m_db->isOpen();
}

QString StocktakeStore::errorString() const
{
    return m_db ? m_db->errorString() : QString();
}

bool StocktakeStore::failed(const QString &what, const QString &detail)
{
    if (m_db) {
        m_db->fail(what, detail);
        m_db->rollback();
    }
    Q_EMIT saveFailed(errorString());
    return false;
}

QString StocktakeStore::profileOf(qint64 id) const
{
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT profile FROM stocktakes WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

qint64 StocktakeStore::create(const Stocktake &stocktake)
{
    if (!isAvailable())
        return 0;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral(
            "INSERT INTO stocktakes (profile, title, warehouse_id, warehouse_name, scope, blind,"
            " state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(SqlValues::fromText(stocktake.profile));
    query.addBindValue(SqlValues::fromText(stocktake.title));
    query.addBindValue(stocktake.warehouseId);
    query.addBindValue(SqlValues::fromText(stocktake.warehouseName));
    query.addBindValue(stocktake.scope.toText());
    query.addBindValue(stocktake.blind ? 1 : 0);
    query.addBindValue(stocktakeStateName(StocktakeState::Fetching));
    query.addBindValue(SqlValues::fromDateTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec()) {
        failed(QStringLiteral("create stocktake"), query.lastError().text());
        return 0;
    }
    Q_EMIT stocktakesChanged(stocktake.profile);
    return query.lastInsertId().toLongLong();
}

QList<Stocktake> StocktakeStore::list(const QString &profile) const
{
    QList<Stocktake> result;
    if (!isAvailable())
        return result;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT %1 FROM stocktakes WHERE profile = ? ORDER BY id DESC")
                          .arg(kStocktakeColumns));
    query.addBindValue(profile);
    if (query.exec()) {
        while (query.next())
            result.append(readStocktake(query));
    }
    return result;
}

std::optional<Stocktake> StocktakeStore::load(const QString &profile, qint64 id) const
{
    if (!isAvailable())
        return std::nullopt;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT %1 FROM stocktakes WHERE id = ? AND profile = ?")
                          .arg(kStocktakeColumns));
    query.addBindValue(id);
    query.addBindValue(profile);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readStocktake(query);
}

QList<StocktakeItem> StocktakeStore::items(qint64 id) const
{
    QList<StocktakeItem> result;
    if (!isAvailable())
        return result;
    QSqlQuery query(m_db->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
            "SELECT product_id, sku, name, location, expected, fetched_at, counted,"
            " first_counted_at, recount, unit_cost FROM stocktake_items WHERE stocktake_id = ?"
            " ORDER BY rowid"));
    query.addBindValue(id);
    if (!query.exec())
        return result;
    while (query.next()) {
        StocktakeItem item;
        item.productId = query.value(0).toLongLong();
        item.sku = query.value(1).toString();
        item.name = query.value(2).toString();
        item.location = query.value(3).toString();
        item.expected = SqlValues::toOptional(query.value(4));
        item.fetchedAt = SqlValues::toDateTime(query.value(5));
        item.counted = SqlValues::toOptional(query.value(6));
        item.firstCountedAt = SqlValues::toDateTime(query.value(7));
        item.recount = query.value(8).toBool();
        if (!query.value(9).isNull())
            item.unitCost = query.value(9).toDouble();
        result.append(item);
    }
    QHash<qint64, int> byProduct;
    byProduct.reserve(result.size());
    for (int i = 0; i < result.size(); ++i)
        byProduct.insert(result.at(i).productId, i);
    QSqlQuery places(m_db->database());
    places.setForwardOnly(true);
    places.prepare(
            QStringLiteral("SELECT product_id, location, counted FROM stocktake_location_counts"
                           " WHERE stocktake_id = ? ORDER BY product_id, location"));
    places.addBindValue(id);
    if (places.exec()) {
        while (places.next()) {
            const int index = byProduct.value(places.value(0).toLongLong(), -1);
            if (index >= 0)
                result[index].countedAt.append(
                        {places.value(1).toString(), places.value(2).toLongLong()});
        }
    }
    return result;
}

QList<UnknownScan> StocktakeStore::unknownScans(qint64 id) const
{
    QList<UnknownScan> result;
    if (!isAvailable())
        return result;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral(
            "SELECT id, code, quantity, at, location FROM stocktake_scans WHERE stocktake_id = ?"
            " AND product_id IS NULL AND undone = 0 ORDER BY id"));
    query.addBindValue(id);
    if (!query.exec())
        return result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toLongLong(), SqlValues::toDateTime(query.value(3)),
                       query.value(4).toString()});
    return result;
}

bool StocktakeStore::setItems(qint64 id, const QList<StocktakeItem> &items,
                              const QDateTime &fetchedAt)
{
    if (!isAvailable() || !m_db->begin())
        return failed(QStringLiteral("begin"), errorString());
    QSqlQuery clear(m_db->database());
    clear.prepare(QStringLiteral("DELETE FROM stocktake_items WHERE stocktake_id = ?"));
    clear.addBindValue(id);
    if (!clear.exec())
        return failed(QStringLiteral("clear items"), clear.lastError().text());
    QSqlQuery insert(m_db->database());
    insert.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO stocktake_items (stocktake_id, product_id, sku, name,"
            " location, expected, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const StocktakeItem &item : items) {
        insert.addBindValue(id);
        insert.addBindValue(item.productId);
        insert.addBindValue(SqlValues::fromText(item.sku));
        insert.addBindValue(SqlValues::fromText(item.name));
        insert.addBindValue(SqlValues::fromText(item.location));
        insert.addBindValue(SqlValues::fromOptional(item.expected));
        insert.addBindValue(SqlValues::fromDateTime(item.fetchedAt));
        if (!insert.exec())
            return failed(QStringLiteral("insert item"), insert.lastError().text());
    }
    QSqlQuery update(m_db->database());
    update.prepare(QStringLiteral("UPDATE stocktakes SET state = ?, fetched_at = ? WHERE id = ?"));
    update.addBindValue(stocktakeStateName(StocktakeState::Counting));
    update.addBindValue(SqlValues::fromDateTime(fetchedAt));
    update.addBindValue(id);
    if (!update.exec())
        return failed(QStringLiteral("fetched"), update.lastError().text());
    if (!m_db->commit())
        return failed(QStringLiteral("commit"), errorString());
    Q_EMIT stocktakesChanged(profileOf(id));
    return true;
}

bool StocktakeStore::setState(qint64 id, StocktakeState state)
{
    if (!isAvailable())
        return false;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral(
            "UPDATE stocktakes SET state = ?, closed_at = CASE WHEN ? THEN ? ELSE closed_at END"
            " WHERE id = ?"));
    const bool closing = state == StocktakeState::Closed;
    query.addBindValue(stocktakeStateName(state));
    query.addBindValue(closing ? 1 : 0);
    query.addBindValue(SqlValues::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return failed(QStringLiteral("state"), query.lastError().text());
    Q_EMIT stocktakesChanged(profileOf(id));
    return true;
}

bool StocktakeStore::setUnitCosts(qint64 id, const QHash<qint64, double> &costs,
                                  const QDateTime &at)
{
    if (!isAvailable())
        return failed(QStringLiteral("costs"), QStringLiteral("not open"));
    if (!m_db->begin())
        return failed(QStringLiteral("begin"), m_db->database().lastError().text());
    QSqlQuery update(m_db->database());
    update.prepare(QStringLiteral(
            "UPDATE stocktake_items SET unit_cost = ? WHERE stocktake_id = ? AND product_id = ?"));
    for (auto it = costs.cbegin(); it != costs.cend(); ++it) {
        update.addBindValue(it.value());
        update.addBindValue(id);
        update.addBindValue(it.key());
        if (!update.exec()) {
            const QString detail = update.lastError().text();
            m_db->rollback();
            return failed(QStringLiteral("costs"), detail);
        }
    }
    QSqlQuery stamp(m_db->database());
    stamp.prepare(QStringLiteral("UPDATE stocktakes SET costs_at = ? WHERE id = ?"));
    stamp.addBindValue(SqlValues::fromDateTime(at));
    stamp.addBindValue(id);
    if (!stamp.exec() || stamp.numRowsAffected() != 1) {
        const QString detail = stamp.lastError().text();
        m_db->rollback();
        return failed(QStringLiteral("costs"),
                      detail.trimmed().isEmpty() ? QStringLiteral("no stocktake %1").arg(id)
                                                 : detail);
    }
    if (!m_db->commit())
        return failed(QStringLiteral("commit"), m_db->database().lastError().text());
    return true;
}

StocktakeStore::Link StocktakeStore::linkSubmission(qint64 id, qint64 submissionId, int heldBack)
{
    if (!isAvailable())
        return Link::Failed;
    // Only a closed stocktake that no submission has taken yet: a second window (or a copy of
    // the app) that still shows it as not applied cannot apply it again.
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("UPDATE stocktakes SET submission_id = ?, held_back = ?"
                                 " WHERE id = ? AND state = ?"
                                 " AND IFNULL(submission_id, 0) = 0"));
    query.addBindValue(submissionId);
    query.addBindValue(heldBack);
    query.addBindValue(id);
    query.addBindValue(stocktakeStateName(StocktakeState::Closed));
    if (!query.exec()) {
        // No rollback here: the caller's transaction (the journal's) rolls back.
        m_db->fail(QStringLiteral("link submission"), query.lastError().text());
        return Link::Failed;
    }
    return query.numRowsAffected() == 1 ? Link::Linked : Link::Taken;
}

bool StocktakeStore::setZeroUncounted(qint64 id, bool zero)
{
    if (!isAvailable())
        return false;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("UPDATE stocktakes SET zero_uncounted = ? WHERE id = ?"));
    query.addBindValue(zero ? 1 : 0);
    query.addBindValue(id);
    return query.exec() || failed(QStringLiteral("zero uncounted"), query.lastError().text());
}

bool StocktakeStore::setRecount(qint64 id, const QList<qint64> &productIds, bool recount)
{
    if (!isAvailable() || !m_db->begin())
        return false;
    QSqlQuery query(m_db->database());
    // Marked for recount: counted again from nothing.
    query.prepare(recount ? QStringLiteral("UPDATE stocktake_items SET recount = 1, counted = NULL,"
                                           " first_counted_at = NULL WHERE stocktake_id = ?"
                                           " AND product_id = ?")
                          : QStringLiteral("UPDATE stocktake_items SET recount = 0"
                                           " WHERE stocktake_id = ? AND product_id = ?"));
    QSqlQuery places(m_db->database());
    places.prepare(QStringLiteral(
            "DELETE FROM stocktake_location_counts WHERE stocktake_id = ? AND product_id = ?"));
    for (qint64 product : productIds) {
        query.addBindValue(id);
        query.addBindValue(product);
        if (!query.exec())
            return failed(QStringLiteral("recount"), query.lastError().text());
        if (recount) {
            places.addBindValue(id);
            places.addBindValue(product);
            if (!places.exec())
                return failed(QStringLiteral("recount"), places.lastError().text());
        }
    }
    if (!m_db->commit())
        return failed(QStringLiteral("commit"), errorString());
    return true;
}

bool StocktakeStore::remove(qint64 id)
{
    if (!isAvailable())
        return false;
    const QString profile = profileOf(id);
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("DELETE FROM stocktakes WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failed(QStringLiteral("remove"), query.lastError().text());
    Q_EMIT stocktakesChanged(profile);
    return true;
}

bool StocktakeStore::setCountingLocation(qint64 id, const QString &location)
{
    if (!isAvailable())
        return false;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("UPDATE stocktakes SET counting_location = ? WHERE id = ?"));
    query.addBindValue(location);
    query.addBindValue(id);
    return query.exec() || failed(QStringLiteral("counting location"), query.lastError().text());
}

} // namespace Glance
