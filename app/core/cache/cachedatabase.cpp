#include "core/cache/cachedatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Glance {

Q_LOGGING_CATEGORY(lcCache, "glance.core.cache")

namespace {

std::atomic<int> s_connectionCounter {0};

constexpr int kSchemaVersion = 1;

const char *const kSchema[] = {
        "CREATE TABLE IF NOT EXISTS products ("
        " id INTEGER PRIMARY KEY, name TEXT NOT NULL, sku TEXT NOT NULL,"
        " fetched_at INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS warehouses ("
        " id INTEGER PRIMARY KEY, name TEXT NOT NULL, fetched_at INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS inventory ("
        " id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL, warehouse_id INTEGER NOT NULL,"
        " quantity INTEGER, reserved INTEGER, min_stock INTEGER, location TEXT,"
        " fetched_at INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS view_state (key TEXT PRIMARY KEY, value INTEGER)",
};

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace

CacheDatabase::CacheDatabase(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("glance-cache-%1").arg(++s_connectionCounter))
{
}

CacheDatabase::~CacheDatabase()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool CacheDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connection)
            && QSqlDatabase::database(m_connection, false).isOpen();
}

bool CacheDatabase::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    qCWarning(lcCache).noquote() << "cache:" << m_error;
    return false;
}

bool CacheDatabase::open()
{
    if (isOpen())
        return true;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = QStringLiteral("cannot create the cache folder");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
            ? QSqlDatabase::database(m_connection, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return false;
    for (const char *statement : kSchema) {
        if (!exec(QString::fromLatin1(statement)))
            return false;
    }
    return exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
}

CacheSnapshot CacheDatabase::read()
{
    CacheSnapshot all;
    read(-1, -1, [&all](CacheSnapshot snapshot) { all = std::move(snapshot); });
    return all;
}

void CacheDatabase::read(qsizetype firstChunk, qsizetype chunkSize,
                         const std::function<void(CacheSnapshot)> &chunk)
{
    CacheSnapshot snapshot;
    if (!isOpen()) {
        chunk(snapshot);
        return;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QHash<qint64, ProductRef> products;
    QHash<qint64, WarehouseRef> warehouses;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, name, sku FROM products"))) {
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            products.insert(id, {id, query.value(1).toString(), query.value(2).toString()});
        }
    }
    if (query.exec(QStringLiteral("SELECT id, name FROM warehouses"))) {
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            warehouses.insert(id, {id, query.value(1).toString()});
        }
    }
    snapshot.products = products.size();
    snapshot.warehouses = warehouses.size();
    if (query.exec(QStringLiteral("SELECT key, value FROM view_state"))) {
        while (query.next()) {
            const QString key = query.value(0).toString();
            if (key == u"total")
                snapshot.total = optionalFrom(query.value(1));
            else if (key == u"complete")
                snapshot.complete = query.value(1).toBool();
            else if (key == u"page_limit")
                snapshot.pageLimit = qMax(1, query.value(1).toInt());
        }
    }
    qsizetype count = 0;
    if (query.exec(QStringLiteral("SELECT COUNT(*), MIN(fetched_at) FROM inventory"))
        && query.next()) {
        count = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            snapshot.fetchedAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong());
    }
    if (!query.exec(QStringLiteral("SELECT id, product_id, warehouse_id, quantity, reserved,"
                                   " min_stock, location FROM inventory ORDER BY id"))) {
        m_error = query.lastError().text();
        chunk(CacheSnapshot {});
        return;
    }
    qsizetype limit = firstChunk > 0 ? firstChunk : count;
    snapshot.records.reserve(qMin(limit, count));
    qsizetype readRows = 0;
    while (query.next()) {
        if (snapshot.records.size() >= limit) {
            // This chunk is full: hand it over and go on with the next.
            CacheSnapshot next = snapshot;
            next.records = {};
            next.offset = readRows;
            snapshot.more = true;
            chunk(std::move(snapshot));
            snapshot = std::move(next);
            limit = chunkSize > 0 ? chunkSize : count;
            snapshot.records.reserve(qMin(limit, count - readRows));
        }
        ++readRows;
        InventoryRecord record;
        record.id = query.value(0).toLongLong();
        record.product = products.value(query.value(1).toLongLong(),
                                        ProductRef {query.value(1).toLongLong(), {}, {}});
        record.warehouse = warehouses.value(query.value(2).toLongLong(),
                                            WarehouseRef {query.value(2).toLongLong(), {}});
        record.quantity = optionalFrom(query.value(3));
        record.reservedQuantity = optionalFrom(query.value(4));
        record.minStockLevel = optionalFrom(query.value(5));
        const QVariant location = query.value(6);
        if (!location.isNull())
            record.location =
                    location.toString().isNull() ? QStringLiteral("") : location.toString();
        snapshot.records.append(std::move(record));
    }
    snapshot.more = false;
    chunk(std::move(snapshot));
}

bool CacheDatabase::writeState(std::optional<qint64> total, bool complete, int pageLimit)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO view_state (key, value) VALUES (?, ?)"));
    const std::pair<QString, QVariant> values[] = {
            {QStringLiteral("total"), optionalValue(total)},
            {QStringLiteral("complete"), complete ? 1 : 0},
            {QStringLiteral("page_limit"), pageLimit},
    };
    for (const auto &[key, value] : values) {
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool CacheDatabase::write(const QList<InventoryRecord> &records, qint64 fetchedAtMs,
                          bool replaceAll, std::optional<qint64> total, bool complete,
                          int pageLimit)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    const auto fail = [this, &db](const QSqlQuery &query) {
        m_error = query.lastError().text();
        qCWarning(lcCache).noquote() << "cache write failed:" << m_error;
        db.rollback();
        return false;
    };
    if (replaceAll) {
        for (const char *table : {"inventory", "products", "warehouses"}) {
            QSqlQuery clear(db);
            if (!clear.exec(QStringLiteral("DELETE FROM ") + QLatin1StringView(table)))
                return fail(clear);
        }
    }
    QSqlQuery product(db);
    product.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO products (id, name, sku, fetched_at) VALUES (?, ?, ?, ?)"));
    QSqlQuery warehouse(db);
    warehouse.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO warehouses (id, name, fetched_at) VALUES (?, ?, ?)"));
    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT OR REPLACE INTO inventory (id, product_id, warehouse_id,"
                               " quantity, reserved, min_stock, location, fetched_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    qint64 lastProduct = -1;
    qint64 lastWarehouse = -1;
    for (const InventoryRecord &record : records) {
        if (record.product.id != lastProduct) {
            lastProduct = record.product.id;
            product.addBindValue(record.product.id);
            product.addBindValue(record.product.name.isNull() ? QStringLiteral("")
                                                              : record.product.name);
            product.addBindValue(record.product.sku.isNull() ? QStringLiteral("")
                                                             : record.product.sku);
            product.addBindValue(fetchedAtMs);
            if (!product.exec())
                return fail(product);
        }
        if (record.warehouse.id != lastWarehouse) {
            lastWarehouse = record.warehouse.id;
            warehouse.addBindValue(record.warehouse.id);
            warehouse.addBindValue(record.warehouse.name.isNull() ? QStringLiteral("")
                                                                  : record.warehouse.name);
            warehouse.addBindValue(fetchedAtMs);
            if (!warehouse.exec())
                return fail(warehouse);
        }
        row.addBindValue(record.id);
        row.addBindValue(record.product.id);
        row.addBindValue(record.warehouse.id);
        row.addBindValue(optionalValue(record.quantity));
        row.addBindValue(optionalValue(record.reservedQuantity));
        row.addBindValue(optionalValue(record.minStockLevel));
        row.addBindValue(record.location.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                                  : QVariant(record.location));
        row.addBindValue(fetchedAtMs);
        if (!row.exec())
            return fail(row);
    }
    if (!writeState(total, complete, pageLimit)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool CacheDatabase::remove(const QList<qint64> &recordIds)
{
    if (!isOpen())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM inventory WHERE id = ?"));
    for (const qint64 id : recordIds) {
        query.addBindValue(id);
        if (!query.exec()) {
            m_error = query.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool CacheDatabase::removeFiles(const QString &path)
{
    bool ok = true;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = path + suffix;
        if (QFile::exists(file))
            ok = QFile::remove(file) && ok;
    }
    return ok;
}

} // namespace Glance
