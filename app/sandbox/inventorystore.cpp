#include "inventorystore.h"

#include "catalogstore.h"
#include "database.h"
#include "movementstore.h"
#include "sqlerror.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

namespace {

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

const QString nestedSelect =
        u"SELECT i.id, i.product_id, p.name, p.sku, i.warehouse_id, w.name, i.quantity, "
        "i.location, i.reserved_quantity, i.min_stock_level FROM inventory i "
        "JOIN products p ON p.id = i.product_id JOIN warehouses w ON w.id = i.warehouse_id"_s;

QJsonObject nestedFromRow(const QSqlQuery &query)
{
    return QJsonObject {{u"id"_s, query.value(0).toLongLong()},
                        {u"product"_s,
                         QJsonObject {{u"id"_s, query.value(1).toLongLong()},
                                      {u"name"_s, query.value(2).toString()},
                                      {u"sku"_s, query.value(3).toString()}}},
                        {u"warehouse"_s,
                         QJsonObject {{u"id"_s, query.value(4).toLongLong()},
                                      {u"name"_s, query.value(5).toString()}}},
                        {u"quantity"_s, query.value(6).toLongLong()},
                        {u"location"_s, nullable(query.value(7))},
                        {u"reservedQuantity"_s, nullable(query.value(8))},
                        {u"minStockLevel"_s, nullable(query.value(9))}};
}

InventoryStore::Row rowFromQuery(const QSqlQuery &query)
{
    InventoryStore::Row row;
    row.id = query.value(0).toLongLong();
    row.productId = query.value(1).toLongLong();
    row.warehouseId = query.value(2).toLongLong();
    row.quantity = query.value(3).toLongLong();
    row.location = query.value(4).isNull() ? QVariant() : QVariant(query.value(4).toString());
    return row;
}

} // namespace

InventoryStore::InventoryStore(Database &database, CatalogStore &catalog, MovementStore &movements)
    : m_db(database)
    , m_catalog(catalog)
    , m_movements(movements)
{
}

qint64 InventoryStore::list(const ListFilter &filter, int limit, qint64 offset, QJsonArray *out)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.search.isEmpty()) {
        conditions.append(u"instr(i.folded, ?) > 0"_s);
        values.append(Database::fold(filter.search));
    }
    if (filter.warehouseId) {
        conditions.append(u"i.warehouse_id = ?"_s);
        values.append(*filter.warehouseId);
    }
    const QString where =
            conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);

    QSqlQuery count(m_db.connection());
    SqlError::prepare(count, u"SELECT COUNT(*) FROM inventory i"_s + where);
    for (const QVariant &value : values)
        count.addBindValue(value);
    SqlError::exec(count, "count inventory");
    const qint64 total = count.next() ? count.value(0).toLongLong() : 0;

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    SqlError::prepare(query, nestedSelect + where + u" ORDER BY i.id LIMIT ? OFFSET ?"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    SqlError::exec(query, "list inventory");
    while (query.next())
        out->append(nestedFromRow(query));
    return total;
}

std::optional<QJsonObject> InventoryStore::get(qint64 id)
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query, nestedSelect + u" WHERE i.id = ?"_s);
    query.addBindValue(id);
    SqlError::exec(query, "get inventory");
    if (!query.next())
        return std::nullopt;
    return nestedFromRow(query);
}

QJsonArray InventoryStore::forProduct(qint64 productId)
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query, nestedSelect + u" WHERE i.product_id = ? ORDER BY i.id"_s);
    query.addBindValue(productId);
    SqlError::exec(query, "inventory of product");
    QJsonArray result;
    while (query.next()) {
        QJsonObject record = nestedFromRow(query);
        record.remove(u"product"_s);
        result.append(record);
    }
    return result;
}

std::optional<InventoryStore::Row> InventoryStore::row(qint64 id)
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query,
                      u"SELECT id, product_id, warehouse_id, quantity, location "
                      "FROM inventory WHERE id = ?"_s);
    query.addBindValue(id);
    SqlError::exec(query, "inventory row");
    if (!query.next())
        return std::nullopt;
    return rowFromQuery(query);
}

std::optional<InventoryStore::Row> InventoryStore::rowFor(qint64 productId, qint64 warehouseId)
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query,
                      u"SELECT id, product_id, warehouse_id, quantity, location "
                      "FROM inventory WHERE product_id = ? AND warehouse_id = ?"_s);
    query.addBindValue(productId);
    query.addBindValue(warehouseId);
    SqlError::exec(query, "inventory pair");
    if (!query.next())
        return std::nullopt;
    return rowFromQuery(query);
}

QJsonObject InventoryStore::flat(const Row &row)
{
    return QJsonObject {{u"id"_s, row.id},
                        {u"productId"_s, row.productId},
                        {u"warehouseId"_s, row.warehouseId},
                        {u"quantity"_s, row.quantity},
                        {u"location"_s,
                         row.location.isNull() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(row.location.toString())}};
}

QString InventoryStore::foldedText(qint64 productId, qint64 warehouseId, const QVariant &location)
{
    const auto product = m_catalog.productNameAndSku(productId);
    const auto warehouse = m_catalog.warehouseName(warehouseId);
    if (!product || !warehouse)
        throw SqlError(u"unknown product or warehouse while folding"_s);
    return Database::fold(product->first + u'\n' + product->second + u'\n' + *warehouse + u'\n'
                          + location.toString());
}

InventoryStore::Row InventoryStore::create(qint64 productId, qint64 warehouseId, qint64 quantity,
                                           const QVariant &location)
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query,
                      u"INSERT INTO inventory (product_id, warehouse_id, quantity, "
                      "location, folded) VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(productId);
    query.addBindValue(warehouseId);
    query.addBindValue(quantity);
    query.addBindValue(location);
    query.addBindValue(foldedText(productId, warehouseId, location));
    SqlError::exec(query, "create inventory");

    Row row;
    row.id = query.lastInsertId().toLongLong();
    row.productId = productId;
    row.warehouseId = warehouseId;
    row.quantity = quantity;
    row.location = location;
    m_movements.record(productId, std::nullopt, warehouseId, quantity,
                       u"Inventory record created"_s, QString(), u"create"_s);
    return row;
}

InventoryStore::Row InventoryStore::update(const Row &current, qint64 quantity,
                                           const QVariant &location, const QString &movementType,
                                           const QString &reason, const QString &notes)
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query,
                      u"UPDATE inventory SET quantity = ?, location = ?, folded = ? "
                      "WHERE id = ?"_s);
    query.addBindValue(quantity);
    query.addBindValue(location);
    query.addBindValue(foldedText(current.productId, current.warehouseId, location));
    query.addBindValue(current.id);
    SqlError::exec(query, "update inventory");

    const qint64 delta = quantity - current.quantity;
    m_movements.record(current.productId,
                       delta < 0 ? std::optional<qint64>(current.warehouseId) : std::nullopt,
                       delta >= 0 ? std::optional<qint64>(current.warehouseId) : std::nullopt,
                       qAbs(delta), reason, notes, movementType);
    Row row = current;
    row.quantity = quantity;
    row.location = location;
    return row;
}

void InventoryStore::remove(const Row &row)
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query, u"DELETE FROM inventory WHERE id = ?"_s);
    query.addBindValue(row.id);
    SqlError::exec(query, "delete inventory");
    m_movements.record(row.productId, row.warehouseId, std::nullopt, row.quantity,
                       u"Inventory record deleted"_s, QString(), u"delete"_s);
}

} // namespace Glance::Sandbox
