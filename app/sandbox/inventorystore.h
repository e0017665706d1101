#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <optional>

namespace Glance::Sandbox {

class CatalogStore;
class Database;
class MovementStore;

/*!
    Inventory records (one per product x warehouse). Writes also record a movement; callers
    wrap them in Database::begin()/commit(). Methods throw SqlError.
*/
class InventoryStore
{
public:
    InventoryStore(Database &database, CatalogStore &catalog, MovementStore &movements);

    struct Row
    {
        qint64 id = 0;
        qint64 productId = 0;
        qint64 warehouseId = 0;
        qint64 quantity = 0;
        QVariant location; // null QVariant for SQL NULL
    };

    struct ListFilter
    {
        QString search;
        std::optional<qint64> warehouseId;
    };

    /*! One page of nested records ordered by id; returns the total matching count. */
    qint64 list(const ListFilter &filter, int limit, qint64 offset, QJsonArray *out);
    /*! {id, product{id,name,sku}, warehouse{id,name}, quantity, location, reservedQuantity,
        minStockLevel}. */
    std::optional<QJsonObject> get(qint64 id);
    /*! [{id, warehouse{id,name}, quantity, location, ...}] of one product, ordered by id. */
    QJsonArray forProduct(qint64 productId);

    std::optional<Row> row(qint64 id);
    std::optional<Row> rowFor(qint64 productId, qint64 warehouseId);
    /*! {id, productId, warehouseId, quantity, location}. */
    static QJsonObject flat(const Row &row);

    /*! Inserts a record and a "create" movement. Product and warehouse must exist. */
    Row create(qint64 productId, qint64 warehouseId, qint64 quantity, const QVariant &location);
    /*! Sets quantity/location and records a movement of the given type for the difference. */
    Row update(const Row &current, qint64 quantity, const QVariant &location,
               const QString &movementType, const QString &reason, const QString &notes);
    /*! Deletes the record and records a "delete" movement of its remaining quantity. */
    void remove(const Row &row);

private:
    QString foldedText(qint64 productId, qint64 warehouseId, const QVariant &location);

    Database &m_db;
    CatalogStore &m_catalog;
    MovementStore &m_movements;
};

} // namespace Glance::Sandbox
