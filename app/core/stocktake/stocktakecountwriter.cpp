#include "core/stocktake/stocktakecountwriter.h"

#include "core/adjust/localdatabase.h"
#include "core/adjust/sqlvalues.h"
#include "core/text/bidi.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Glance {

StocktakeCountWriter::StocktakeCountWriter(LocalDatabase *database)
    : m_db(database)
{
}

bool StocktakeCountWriter::isAvailable() const
{
    return m_db && m_db->isOpen();
}

QString StocktakeCountWriter::errorString() const
{
    return m_db ? m_db->errorString() : QString();
}

bool StocktakeCountWriter::failed(const QString &what, const QString &detail)
{
    if (m_db) {
        m_db->fail(what, detail); // logged
        m_db->rollback();
        // Said for the counting: the change is not shown either (a count on screen is on disk).
        m_db->setError(QCoreApplication::translate(
                               "Glance::StocktakeCountWriter",
                               "This change to the counts could not be saved on this computer "
                               "(%1), so it was not made. Free some disk space or check the "
                               "folder’s permissions, then try again; the counts before it are "
                               "saved.")
                               .arg(Bidi::isolate(detail)));
    }
    return false;
}

bool StocktakeCountWriter::writeCount(qint64 id, qint64 productId,
                                      const QList<LocationCount> &counts, const QDateTime &at)
{
    const std::optional<qint64> count = totalOf(counts);
    QSqlQuery query(m_db->database());
    // The first count's time stays (the system quantity at that moment is what a difference is
    // taken from); no count: not counted, no time.
    query.prepare(QStringLiteral(
            "UPDATE stocktake_items SET counted = ?, recount = CASE WHEN ? THEN 0 ELSE recount END,"
            " first_counted_at = CASE WHEN ? THEN COALESCE(first_counted_at, ?) ELSE NULL END"
            " WHERE stocktake_id = ? AND product_id = ?"));
    query.addBindValue(SqlValues::fromOptional(count));
    query.addBindValue(count ? 1 : 0);
    query.addBindValue(count ? 1 : 0);
    query.addBindValue(SqlValues::fromDateTime(at));
    query.addBindValue(id);
    query.addBindValue(productId);
    if (!query.exec())
        return failed(QStringLiteral("count"), query.lastError().text());
    if (query.numRowsAffected() != 1)
        return failed(QStringLiteral("count"), QStringLiteral("no such item"));
    // Its counts per location, in the same transaction.
    QSqlQuery clear(m_db->database());
    clear.prepare(QStringLiteral(
            "DELETE FROM stocktake_location_counts WHERE stocktake_id = ? AND product_id = ?"));
    clear.addBindValue(id);
    clear.addBindValue(productId);
    if (!clear.exec())
        return failed(QStringLiteral("count places"), clear.lastError().text());
    if (counts.isEmpty())
        return true;
    QSqlQuery insert(m_db->database());
    insert.prepare(QStringLiteral(
            "INSERT INTO stocktake_location_counts (stocktake_id, product_id, location, counted)"
            " VALUES (?, ?, ?, ?)"));
    for (const LocationCount &place : counts) {
        insert.addBindValue(id);
        insert.addBindValue(productId);
        insert.addBindValue(SqlValues::fromText(place.location));
        insert.addBindValue(place.quantity);
        if (!insert.exec())
            return failed(QStringLiteral("count places"), insert.lastError().text());
    }
    return true;
}

bool StocktakeCountWriter::insertScan(qint64 id, const QString &code, qint64 productId,
                                      qint64 quantity, const QString &kind, const QDateTime &at,
                                      const QString &location, qint64 *scanId)
{
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral(
            "INSERT INTO stocktake_scans (stocktake_id, code, product_id, quantity, kind, at,"
            " location) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(SqlValues::fromText(code));
    query.addBindValue(productId > 0 ? QVariant(productId)
                                     : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(quantity);
    query.addBindValue(kind);
    query.addBindValue(SqlValues::fromDateTime(at));
    query.addBindValue(SqlValues::fromText(location));
    if (!query.exec())
        return failed(QStringLiteral("scan"), query.lastError().text());
    if (scanId)
        *scanId = query.lastInsertId().toLongLong();
    return true;
}

qint64 StocktakeCountWriter::addScan(qint64 id, const QString &code, qint64 productId,
                                     qint64 quantity, const QList<LocationCount> &counts,
                                     const QDateTime &at, const QString &location,
                                     const QString &kind)
{
    if (!isAvailable() || !m_db->begin()) {
        failed(QStringLiteral("begin"), errorString());
        return 0;
    }
    qint64 scanId = 0;
    if (!insertScan(id, code, productId, quantity, kind, at, location, &scanId))
        return 0;
    if (productId > 0 && !writeCount(id, productId, counts, at))
        return 0;
    if (!m_db->commit()) {
        failed(QStringLiteral("commit"), errorString());
        return 0;
    }
    return scanId;
}

bool StocktakeCountWriter::undoScan(qint64 id, qint64 scanId, qint64 productId,
                                    const QList<LocationCount> &counts)
{
    if (!isAvailable() || !m_db->begin())
        return failed(QStringLiteral("begin"), errorString());
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral(
            "UPDATE stocktake_scans SET undone = 1 WHERE id = ? AND stocktake_id = ?"));
    query.addBindValue(scanId);
    query.addBindValue(id);
    if (!query.exec())
        return failed(QStringLiteral("undo"), query.lastError().text());
    if (productId > 0 && !writeCount(id, productId, counts, QDateTime::currentDateTimeUtc()))
        return false;
    if (!m_db->commit())
        return failed(QStringLiteral("commit"), errorString());
    return true;
}

bool StocktakeCountWriter::setCount(qint64 id, qint64 productId, const QList<LocationCount> &counts,
                                    const QDateTime &at, const QString &location)
{
    if (!isAvailable() || !m_db->begin())
        return failed(QStringLiteral("begin"), errorString());
    if (!insertScan(id, QString(), productId, totalOf(counts).value_or(0), QStringLiteral("edit"),
                    at, location)
        || !writeCount(id, productId, counts, at))
        return false;
    if (!m_db->commit())
        return failed(QStringLiteral("commit"), errorString());
    return true;
}

bool StocktakeCountWriter::setCounts(qint64 id, const QHash<qint64, QList<LocationCount>> &counts,
                                     const QSet<qint64> &recount, const QDateTime &at)
{
    if (!isAvailable() || !m_db->begin())
        return failed(QStringLiteral("begin"), errorString());
    QSqlQuery mark(m_db->database());
    mark.prepare(QStringLiteral(
            "UPDATE stocktake_items SET recount = 1 WHERE stocktake_id = ? AND product_id = ?"));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!insertScan(id, QString(), it.key(), totalOf(it.value()).value_or(0),
                        QStringLiteral("import"), at, QString())
            || !writeCount(id, it.key(), it.value(), at))
            return false;
        if (recount.contains(it.key())) {
            mark.addBindValue(id);
            mark.addBindValue(it.key());
            if (!mark.exec())
                return failed(QStringLiteral("recount"), mark.lastError().text());
        }
    }
    if (!m_db->commit())
        return failed(QStringLiteral("commit"), errorString());
    return true;
}

bool StocktakeCountWriter::assignScan(qint64 id, qint64 scanId, qint64 productId,
                                      const QList<LocationCount> &counts, const QDateTime &at)
{
    if (!isAvailable() || !m_db->begin())
        return failed(QStringLiteral("begin"), errorString());
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral(
            "UPDATE stocktake_scans SET product_id = ? WHERE id = ? AND stocktake_id = ?"));
    query.addBindValue(productId);
    query.addBindValue(scanId);
    query.addBindValue(id);
    if (!query.exec())
        return failed(QStringLiteral("assign"), query.lastError().text());
    if (!writeCount(id, productId, counts, at))
        return false;
    if (!m_db->commit())
        return failed(QStringLiteral("commit"), errorString());
    return true;
}

} // namespace Glance
