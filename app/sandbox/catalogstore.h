#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Glance::Sandbox {

class Database;

/*! Products, vendors and warehouses (read-only through the API). Methods throw SqlError. */
class CatalogStore
{
public:
    explicit CatalogStore(Database &database);

    struct ProductFilter
    {
        QString search;
        std::optional<qint64> vendorId;
        std::optional<bool> isPhysical;
    };

    /*! One page of products ordered by id; returns the total matching count. */
    qint64 listProducts(const ProductFilter &filter, int limit, qint64 offset, QJsonArray *out);
    /*! A product with its vendor {visibleId, name} (null when it has none). */
    std::optional<QJsonObject> productById(qint64 id);
    std::optional<QJsonObject> productBySku(const QString &sku);

    QJsonArray warehouses();
    std::optional<QJsonObject> warehouse(qint64 id);

    /*! Name and SKU of a product (for search folding), nullopt if unknown. */
    std::optional<std::pair<QString, QString>> productNameAndSku(qint64 id);
    /*! Name of a warehouse, nullopt if unknown. */
    std::optional<QString> warehouseName(qint64 id);

private:
    std::optional<QJsonObject> productWhere(const QString &condition, const QVariant &value);

    Database &m_db;
};

} // namespace Glance::Sandbox
