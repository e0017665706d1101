#pragma once

#include "seedconfig.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace Glance::Sandbox {

class Database;

/*!
    Fills an empty database with deterministic demo data: warehouses with Hebrew and English
    names, vendors, products (SKUs with dashes, slashes, spaces and a few Hebrew ones), unique
    product x warehouse inventory records (some locations empty or null) and movements.
    Runs in one transaction with prepared statements; 100,000 records take a few seconds.
*/
class Seeder
{
public:
    Seeder(Database &database, const SeedConfig &config);

    /*! Throws SqlError. */
    void run();

private:
    void seedWarehouses();
    void seedVendors();
    void seedProducts();
    void seedInventory();
    void seedMovements();

    QString productName(int id);
    QString productSku(int id);
    QString location();
    QString pick(const QStringList &list);

    Database &m_db;
    SeedConfig m_config;
    QRandomGenerator m_rng;
    QStringList m_warehouseNames;
    QStringList m_productNames;
    QStringList m_productSkus;
    struct Record
    {
        int id;
        int productId;
        int warehouseId;
    };
    QList<Record> m_records;
};

} // namespace Glance::Sandbox
