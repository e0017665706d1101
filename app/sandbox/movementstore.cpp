#include "movementstore.h"

#include "database.h"
#include "sqlerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

namespace {

QJsonValue warehouseRef(const QVariant &id, const QVariant &name)
{
    if (id.isNull())
        return QJsonValue::Null;
    return QJsonObject {{u"id"_s, id.toLongLong()}, {u"name"_s, name.toString()}};
}

} // namespace

MovementStore::MovementStore(Database &database, bool notesListed)
    : m_db(database)
    , m_notesListed(notesListed)
{
}

void MovementStore::record(qint64 productId, std::optional<qint64> fromWarehouseId,
                           std::optional<qint64> toWarehouseId, qint64 quantity,
                           const QString &reason, const QString &notes, const QString &type)
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query,
                      u"INSERT INTO movements (product_id, from_warehouse_id, to_warehouse_id, "
                      "quantity, reason, notes, type, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(productId);
    query.addBindValue(fromWarehouseId ? QVariant(*fromWarehouseId) : QVariant());
    query.addBindValue(toWarehouseId ? QVariant(*toWarehouseId) : QVariant());
    query.addBindValue(quantity);
    query.addBindValue(reason.isEmpty() ? QVariant() : QVariant(reason));
    query.addBindValue(notes.isEmpty() ? QVariant() : QVariant(notes));
    query.addBindValue(type);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    SqlError::exec(query, "record movement");
}

qint64 MovementStore::list(const Filter &filter, int limit, qint64 offset, QJsonArray *out)
{
    QStringList conditions;
    QVariantList values;
    if (filter.productId) {
        conditions.append(u"m.product_id = ?"_s);
        values.append(*filter.productId);
    }
    if (filter.warehouseId) {
        conditions.append(u"(m.from_warehouse_id = ? OR m.to_warehouse_id = ?)"_s);
        values.append(*filter.warehouseId);
        values.append(*filter.warehouseId);
    }
    if (!filter.type.isEmpty()) {
        conditions.append(u"m.type = ?"_s);
        values.append(filter.type);
    }
    if (filter.startDate) {
        conditions.append(u"substr(m.created_at, 1, 10) >= ?"_s);
        values.append(filter.startDate->toString(Qt::ISODate));
    }
    if (filter.endDate) {
        conditions.append(u"substr(m.created_at, 1, 10) <= ?"_s);
        values.append(filter.endDate->toString(Qt::ISODate));
    }
    const QString where =
            conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);

    QSqlQuery count(m_db.connection());
    SqlError::prepare(count, u"SELECT COUNT(*) FROM movements m"_s + where);
    for (const QVariant &value : values)
        count.addBindValue(value);
    SqlError::exec(count, "count movements");
    const qint64 total = count.next() ? count.value(0).toLongLong() : 0;

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    SqlError::prepare(query,
                      u"SELECT m.id, m.product_id, p.name, p.sku, m.from_warehouse_id, fw.name, "
                      "m.to_warehouse_id, tw.name, m.quantity, m.reason, m.type, m.created_at, "
                      "m.notes FROM movements m "
                      "LEFT JOIN products p ON p.id = m.product_id "
                      "LEFT JOIN warehouses fw ON fw.id = m.from_warehouse_id "
                      "LEFT JOIN warehouses tw ON tw.id = m.to_warehouse_id"_s
                              + where + u" ORDER BY m.id DESC LIMIT ? OFFSET ?"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    SqlError::exec(query, "list movements");
    while (query.next()) {
        out->append(QJsonObject {{u"id"_s, query.value(0).toLongLong()},
                                 {u"product"_s,
                                  QJsonObject {{u"id"_s, query.value(1).toLongLong()},
                                               {u"name"_s, query.value(2).toString()},
                                               {u"sku"_s, query.value(3).toString()}}},
                                 {u"fromWarehouse"_s, warehouseRef(query.value(4), query.value(5))},
                                 {u"toWarehouse"_s, warehouseRef(query.value(6), query.value(7))},
                                 {u"quantity"_s, query.value(8).toLongLong()},
                                 {u"reason"_s,
                                  query.value(9).isNull() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(query.value(9).toString())},
                                 {u"type"_s, query.value(10).toString()},
                                 {u"createdAt"_s, query.value(11).toString()},
                                 {u"notes"_s,
                                  query.value(12).isNull() || !m_notesListed
                                          ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(query.value(12).toString())}});
    }
    return total;
}

} // namespace Glance::Sandbox
