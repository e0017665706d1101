#include "catalogstore.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

namespace {

const QString productColumns = u"p.id, p.name, p.sku, p.unit, p.unit_cost, p.buying_price, "
                               "p.is_physical, p.is_with_inventory, p.track_serial_numbers, "
                               "p.created_at"_s;

QJsonValue nullable(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value);
}

QJsonObject productFromRow(const QSqlQuery &query)
{
    return QJsonObject {{u"id"_s, query.value(0).toLongLong()},
                        {u"name"_s, query.value(1).toString()},
                        {u"sku"_s, query.value(2).toString()},
                        {u"unit"_s, nullable(query.value(3))},
                        {u"unitCost"_s, nullable(query.value(4))},
                        {u"buyingPrice"_s, nullable(query.value(5))},
                        {u"isPhysical"_s, query.value(6).toInt() != 0},
                        {u"isWithInventory"_s, query.value(7).toInt() != 0},
                        {u"trackSerialNumbers"_s, query.value(8).toInt() != 0},
                        {u"createdAt"_s, query.value(9).toString()}};
}

QJsonObject warehouseFromRow(const QSqlQuery &query)
{
    return QJsonObject {{u"id"_s, query.value(0).toLongLong()},
                        {u"name"_s, query.value(1).toString()},
                        {u"code"_s, nullable(query.value(2))},
                        {u"isActive"_s, query.value(3).toInt() != 0},
                        {u"isDefault"_s, query.value(4).toInt() != 0}};
}

} // namespace

CatalogStore::CatalogStore(Database &database)
    : m_db(database)
{
}

qint64 CatalogStore::listProducts(const ProductFilter &filter, int limit, qint64 offset,
                                  QJsonArray *out)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.search.isEmpty()) {
        conditions.append(u"instr(p.folded, ?) > 0"_s);
        values.append(Database::fold(filter.search));
    }
    if (filter.vendorId) {
        conditions.append(u"p.vendor_id = ?"_s);
        values.append(*filter.vendorId);
    }
    if (filter.isPhysical) {
        conditions.append(u"p.is_physical = ?"_s);
        values.append(*filter.isPhysical ? 1 : 0);
    }
    const QString where =
            conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);

    QSqlQuery count(m_db.connection());
    SqlError::prepare(count, u"SELECT COUNT(*) FROM products p"_s + where);
    for (const QVariant &value : values)
        count.addBindValue(value);
    SqlError::exec(count, "count products");
    const qint64 total = count.next() ? count.value(0).toLongLong() : 0;

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    SqlError::prepare(query,
                      u"SELECT "_s + productColumns + u" FROM products p"_s + where
                              + u" ORDER BY p.id LIMIT ? OFFSET ?"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    SqlError::exec(query, "list products");
    while (query.next())
        out->append(productFromRow(query));
    return total;
}

std::optional<QJsonObject> CatalogStore::productWhere(const QString &condition,
                                                      const QVariant &value)
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query,
                      u"SELECT "_s + productColumns
                              + u", v.visible_id, v.name FROM products p "
                                "LEFT JOIN vendors v ON v.id = p.vendor_id WHERE "_s
                              + condition);
    query.addBindValue(value);
    SqlError::exec(query, "get product");
    if (!query.next())
        return std::nullopt;
    QJsonObject product = productFromRow(query);
    if (query.value(10).isNull()) {
        product.insert(u"vendor"_s, QJsonValue::Null);
    } else {
        product.insert(u"vendor"_s,
                       QJsonObject {{u"visibleId"_s, query.value(10).toString()},
                                    {u"name"_s, query.value(11).toString()}});
    }
    return product;
}

std::optional<QJsonObject> CatalogStore::productById(qint64 id)
{
    return productWhere(u"p.id = ?"_s, id);
}

std::optional<QJsonObject> CatalogStore::productBySku(const QString &sku)
{
    return productWhere(u"p.sku = ?"_s, sku);
}

QJsonArray CatalogStore::warehouses()
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query,
                      u"SELECT id, name, code, is_active, is_default FROM warehouses "
                      "ORDER BY id"_s);
    SqlError::exec(query, "list warehouses");
    QJsonArray result;
    while (query.next())
        result.append(warehouseFromRow(query));
    return result;
}

std::optional<QJsonObject> CatalogStore::warehouse(qint64 id)
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query,
                      u"SELECT id, name, code, is_active, is_default FROM warehouses "
                      "WHERE id = ?"_s);
    query.addBindValue(id);
    SqlError::exec(query, "get warehouse");
    if (!query.next())
        return std::nullopt;
    return warehouseFromRow(query);
}

std::optional<std::pair<QString, QString>> CatalogStore::productNameAndSku(qint64 id)
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query, u"SELECT name, sku FROM products WHERE id = ?"_s);
    query.addBindValue(id);
    SqlError::exec(query, "product name");
    if (!query.next())
        return std::nullopt;
    return std::make_pair(query.value(0).toString(), query.value(1).toString());
}

std::optional<QString> CatalogStore::warehouseName(qint64 id)
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query, u"SELECT name FROM warehouses WHERE id = ?"_s);
    query.addBindValue(id);
    SqlError::exec(query, "warehouse name");
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

} // namespace Glance::Sandbox
