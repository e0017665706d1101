#include "seeder.h"

#include "database.h"
#include "sqlerror.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

namespace {

QString isoUtc(qint64 msecsSinceEpoch)
{
    // toUTC() gives a Qt::UTC date-time, which ISO formatting ends with "Z".
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toUTC().toString(Qt::ISODateWithMs);
}

constexpr qint64 productsEpochMs = 1672560000000; // 2023-01-01T08:00:00Z
constexpr qint64 movementsEpochMs = 1704067200000; // 2024-01-01T00:00:00Z
constexpr qint64 yearMs = 365LL * 24 * 3600 * 1000;

const QStringList &englishNames()
{
    static const QStringList names {
            u"Widget"_s,          u"Steel Bolt"_s,     u"Cable"_s,        u"Hammer"_s,
            u"Screwdriver Set"_s, u"LED Bulb"_s,       u"Paint Bucket"_s, u"Drill Bit"_s,
            u"Safety Gloves"_s,   u"Measuring Tape"_s, u"Copper Wire"_s,  u"Wood Panel"_s,
            u"Glass Jar"_s,       u"Plastic Crate"_s,  u"Battery Pack"_s, u"Ångström Lamp"_s,
            u"ÉCLAIR Mold"_s,     u"Café Table"_s,     u"Office Chair"_s, u"Desk Lamp"_s};
    return names;
}

const QStringList &hebrewNames()
{
    static const QStringList names {
            u"מברגה חשמלית"_s, u"בורג פלדה"_s,   u"כבל חשמל"_s,    u"פטיש"_s,
            u"נורת לד"_s,      u"דלי צבע"_s,     u"מקדח"_s,        u"כפפות עבודה"_s,
            u"סרט מדידה"_s,    u"חוט נחושת"_s,   u"לוח עץ"_s,      u"צנצנת זכוכית"_s,
            u"ארגז פלסטיק"_s,  u"סוללה נטענת"_s, u"שולחן משרדי"_s, u"כיסא מנהלים"_s};
    return names;
}

const QStringList &variants()
{
    static const QStringList names {u"Pro"_s,   u"Mini"_s,   u"XL"_s,    u"M8"_s,   u"2m"_s,
                                    u"USB-C"_s, u"Deluxe"_s, u"Basic"_s, u"50mm"_s, u"גדול"_s,
                                    u"קטן"_s,   u"מקצועי"_s, u"כחול"_s,  u"2 מטר"_s};
    return names;
}

const QStringList &skuPrefixes()
{
    static const QStringList prefixes {u"AB"_s, u"CD"_s, u"XY"_s, u"WD"_s,
                                       u"KL"_s, u"MN"_s, u"PR"_s, u"ST"_s};
    return prefixes;
}

} // namespace

int SeedConfig::productsFor(int records, int warehouses)
{
    const qint64 perWarehouse = (qint64(records) * 5 / 4 + warehouses - 1) / qMax(1, warehouses);
    const qint64 products = perWarehouse + perWarehouse / 49 + 1;
    return int(qMax<qint64>(300, products));
}

Seeder::Seeder(Database &database, const SeedConfig &config)
    : m_db(database)
    , m_config(config)
    , m_rng(config.seed)
{
}

void Seeder::run()
{
    m_db.begin();
    try {
        seedWarehouses();
        seedVendors();
        seedProducts();
        seedInventory();
        seedMovements();
        m_db.commit();
    } catch (...) {
        m_db.rollback();
        throw;
    }
}

QString Seeder::pick(const QStringList &list)
{
    return list.at(int(m_rng.bounded(quint32(list.size()))));
}

void Seeder::seedWarehouses()
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query,
                      u"INSERT INTO warehouses (id, name, code, is_active, is_default) "
                      "VALUES (?, ?, ?, ?, ?)"_s);
    static const QStringList fixedNames {u"מחסן ראשי"_s, u"Secondary Storage"_s, u"סניף חיפה"_s};
    static const QStringList fixedCodes {u"MAIN"_s, u"SEC"_s, u"HFA"_s};
    for (int id = 1; id <= m_config.warehouses; ++id) {
        QString name;
        QString code;
        if (id <= fixedNames.size()) {
            name = fixedNames.at(id - 1);
            code = fixedCodes.at(id - 1);
        } else {
            name = id % 2 == 0 ? u"Warehouse %1"_s.arg(id) : u"מחסן %1"_s.arg(id);
            code = u"WH%1"_s.arg(id);
        }
        m_warehouseNames.append(name);
        query.addBindValue(id);
        query.addBindValue(name);
        query.addBindValue(code);
        query.addBindValue(id > 3 && id % 5 == 0 ? 0 : 1);
        query.addBindValue(id == 1 ? 1 : 0);
        SqlError::exec(query, "seed warehouses");
    }
}

void Seeder::seedVendors()
{
    static const QStringList names {u"Acme Supplies"_s, u"אלקטרו בע\"מ"_s,     u"Nordic Tools"_s,
                                    u"ספקי הצפון"_s,    u"Global Parts Ltd"_s, u"כלי עבודה ישראל"_s,
                                    u"Café Imports"_s,  u"Ωmega Components"_s};
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query, u"INSERT INTO vendors (id, visible_id, name) VALUES (?, ?, ?)"_s);
    for (int i = 0; i < names.size(); ++i) {
        query.addBindValue(i + 1);
        query.addBindValue(u"V-%1"_s.arg(1001 + i));
        query.addBindValue(names.at(i));
        SqlError::exec(query, "seed vendors");
    }
}

QString Seeder::productName(int id)
{
    switch (id) {
    case 1:
        return u"Widget Pro"_s;
    case 2:
        return u"מברגה חשמלית"_s;
    case 3:
        return u"Cable USB-C 2m"_s;
    case 4:
        return u"בורג פלדה M8"_s;
    default:
        break;
    }
    if (SeedConfig::isService(id))
        return id % 100 == 0 ? u"שירות התקנה"_s : u"Installation Service"_s;
    const bool hebrew = m_rng.bounded(2) == 0;
    const QString base = hebrew ? pick(hebrewNames()) : pick(englishNames());
    return base + u' ' + pick(variants());
}

QString Seeder::productSku(int id)
{
    switch (id) {
    case 1:
        return u"WDG-001"_s;
    case 2:
        return u"AB-120/3"_s;
    case 3:
        return u"CB 200-1"_s;
    case 4:
        return u"מק-4/1"_s;
    default:
        break;
    }
    const QString prefix = pick(skuPrefixes());
    const int digit = int(m_rng.bounded(1, 10));
    switch (id % 10) {
    case 4:
    case 5:
    case 6:
        return u"%1-%2/%3"_s.arg(prefix).arg(id).arg(digit);
    case 7:
    case 8:
        return u"%1 %2-%3"_s.arg(prefix).arg(id).arg(digit);
    case 9:
        if (id % 20 == 9)
            return u"מק-%1"_s.arg(id);
        return u"%1-%2/%3-%4"_s.arg(prefix).arg(id).arg(digit).arg(digit + 1);
    default:
        return u"%1-%2"_s.arg(prefix).arg(id);
    }
}

void Seeder::seedProducts()
{
    static const QStringList units {u"pcs"_s, u"kg"_s, u"m"_s, u"box"_s, u"יח'"_s};
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query,
                      u"INSERT INTO products (id, name, sku, unit, unit_cost, buying_price, "
                      "is_physical, is_with_inventory, track_serial_numbers, created_at, "
                      "vendor_id, folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m_productNames.reserve(m_config.products);
    m_productSkus.reserve(m_config.products);
    for (int id = 1; id <= m_config.products; ++id) {
        const QString name = productName(id);
        const QString sku = productSku(id);
        const bool service = SeedConfig::isService(id);
        const double unitCost = double(m_rng.bounded(100, 50000)) / 100.0;
        const double buyingPrice = std::round(unitCost * double(m_rng.bounded(50, 90))) / 100.0;
        const qint64 createdMs =
                productsEpochMs + qint64(id) * 3 * 3600 * 1000 + qint64(m_rng.bounded(3600)) * 1000;
        m_productNames.append(name);
        m_productSkus.append(sku);
        query.addBindValue(id);
        query.addBindValue(name);
        query.addBindValue(sku);
        query.addBindValue(service ? u"hour"_s : pick(units));
        query.addBindValue(unitCost);
        query.addBindValue(buyingPrice);
        query.addBindValue(service ? 0 : 1);
        query.addBindValue(service ? 0 : 1);
        query.addBindValue(id % 7 == 0 ? 1 : 0);
        query.addBindValue(isoUtc(createdMs));
        query.addBindValue(id % 9 == 0 ? QVariant() : QVariant(1 + id % 8));
        query.addBindValue(Database::fold(name + u'\n' + sku));
        SqlError::exec(query, "seed products");
    }
}

QString Seeder::location()
{
    const quint32 roll = m_rng.bounded(100);
    if (roll < 15)
        return {}; // null
    if (roll < 25)
        return u""_s;
    switch (m_rng.bounded(5)) {
    case 0:
        return u"Shelf %1%2"_s.arg(QChar(u'A' + char16_t(m_rng.bounded(6))))
                .arg(m_rng.bounded(1, 10));
    case 1:
        return u"מדף %1"_s.arg(m_rng.bounded(1, 20));
    case 2:
        return u"Bin %1"_s.arg(m_rng.bounded(1, 40));
    case 3:
        return u"Aisle %1 / Rack %2"_s.arg(m_rng.bounded(1, 9)).arg(m_rng.bounded(1, 6));
    default:
        return u"קומה %1, תא %2"_s.arg(m_rng.bounded(1, 4)).arg(m_rng.bounded(1, 30));
    }
}

void Seeder::seedInventory()
{
    QSqlQuery query(m_db.connection());
    SqlError::prepare(query,
                      u"INSERT INTO inventory (id, product_id, warehouse_id, quantity, location, "
                      "reserved_quantity, min_stock_level, folded) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const int warehouses = m_config.warehouses;
    qint64 remainingPairs = qint64(SeedConfig::stockableProducts(m_config.products)) * warehouses;
    qint64 needed = m_config.records;
    int nextId = 1;
    m_records.reserve(m_config.records);
    for (int productId = 1; productId <= m_config.products && needed > 0; ++productId) {
        if (SeedConfig::isService(productId))
            continue;
        for (int warehouseId = 1; warehouseId <= warehouses && needed > 0; ++warehouseId) {
            // Selection sampling: exactly `records` distinct pairs, deterministic per seed.
            const bool take = qint64(m_rng.bounded(quint32(remainingPairs))) < needed;
            --remainingPairs;
            if (!take)
                continue;
            --needed;
            const int quantity = m_rng.bounded(10) == 0 ? 0 : int(m_rng.bounded(1, 500));
            const QString where = location();
            const quint32 reservedRoll = m_rng.bounded(5);
            const quint32 minRoll = m_rng.bounded(10);
            const QVariant reserved = reservedRoll == 0
                    ? QVariant(int(m_rng.bounded(quint32(quantity + 1))))
                    : QVariant();
            static const int minLevels[] = {5, 10, 20, 50};
            const QVariant minLevel = minRoll < 3 ? QVariant(minLevels[minRoll]) : QVariant();

            const QString &name = m_productNames.at(productId - 1);
            const QString &sku = m_productSkus.at(productId - 1);
            const QString &warehouse = m_warehouseNames.at(warehouseId - 1);
            query.addBindValue(nextId);
            query.addBindValue(productId);
            query.addBindValue(warehouseId);
            query.addBindValue(quantity);
            query.addBindValue(where.isNull() ? QVariant() : QVariant(where));
            query.addBindValue(reserved);
            query.addBindValue(minLevel);
            query.addBindValue(
                    Database::fold(name + u'\n' + sku + u'\n' + warehouse + u'\n' + where));
            SqlError::exec(query, "seed inventory");
            m_records.append({nextId, productId, warehouseId});
            ++nextId;
        }
    }
}

void Seeder::seedMovements()
{
    if (m_records.isEmpty())
        return;
    int count = m_config.movements;
    if (count < 0)
        count = qBound(60, m_config.records / 5, 20000);
    static const QStringList reasons {u"Stock count"_s, u"Damaged"_s, u"Customer return"_s,
                                      u"ספירת מלאי"_s,  u"פגום"_s,    u"Restock"_s};

    QList<qint64> times;
    times.reserve(count);
    for (int i = 0; i < count; ++i)
        times.append(movementsEpochMs + qint64(m_rng.generateDouble() * double(yearMs)));
    std::sort(times.begin(), times.end());

    QSqlQuery query(m_db.connection());
    SqlError::prepare(query,
                      u"INSERT INTO movements (product_id, from_warehouse_id, to_warehouse_id, "
                      "quantity, reason, notes, type, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < count; ++i) {
        const Record &record = m_records.at(int(m_rng.bounded(quint32(m_records.size()))));
        const quint32 roll = m_rng.bounded(100);
        QVariant from;
        QVariant to;
        QString type;
        if (roll < 25 && m_config.warehouses > 1) {
            type = u"transfer"_s;
            int other = int(m_rng.bounded(1, m_config.warehouses));
            if (other >= record.warehouseId)
                ++other;
            from = record.warehouseId;
            to = other;
        } else if (roll < 35) {
            type = u"create"_s;
            to = record.warehouseId;
        } else {
            type = u"adjustment"_s;
            (m_rng.bounded(2) == 0 ? from : to) = record.warehouseId;
        }
        query.addBindValue(record.productId);
        query.addBindValue(from);
        query.addBindValue(to);
        query.addBindValue(int(m_rng.bounded(1, 60)));
        query.addBindValue(pick(reasons));
        query.addBindValue(QVariant());
        query.addBindValue(type);
        query.addBindValue(isoUtc(times.at(i)));
        SqlError::exec(query, "seed movements");
    }
}

} // namespace Glance::Sandbox
