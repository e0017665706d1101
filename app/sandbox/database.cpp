#include "database.h"

#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

namespace {
int s_connectionCounter = 0;
}

Database::Database()
    : m_connectionName(u"glance-sandbox-%1"_s.arg(++s_connectionCounter))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(const QString &file, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(file.isEmpty() ? u":memory:"_s : file);
    if (!db.open()) {
        *error = u"Cannot open the database %1: %2"_s.arg(db.databaseName(), db.lastError().text());
        return false;
    }
    try {
        execute(u"PRAGMA foreign_keys = ON"_s);
        if (!file.isEmpty() && file != ":memory:"_L1) {
            execute(u"PRAGMA journal_mode = WAL"_s);
            execute(u"PRAGMA synchronous = NORMAL"_s);
        }
        createSchema();
    } catch (const SqlError &e) {
        *error = e.message();
        return false;
    }
    return true;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isEmpty() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT COUNT(*) FROM products"_s) || !query.next())
        return true;
    return query.value(0).toLongLong() == 0;
}

void Database::clear()
{
    execute(u"DELETE FROM movements"_s);
    execute(u"DELETE FROM inventory"_s);
    execute(u"DELETE FROM products"_s);
    execute(u"DELETE FROM vendors"_s);
    execute(u"DELETE FROM warehouses"_s);
    execute(u"DELETE FROM sqlite_sequence"_s);
}

void Database::begin()
{
    if (!connection().transaction())
        throw SqlError(u"BEGIN failed: %1"_s.arg(connection().lastError().text()));
}

void Database::commit()
{
    if (!connection().commit())
        throw SqlError(u"COMMIT failed: %1"_s.arg(connection().lastError().text()));
}

void Database::rollback()
{
    connection().rollback();
}

QString Database::fold(const QString &text)
{
    return text.toCaseFolded();
}

void Database::execute(const QString &sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        throw SqlError(u"%1: %2"_s.arg(sql, query.lastError().text()));
}

void Database::createSchema()
{
    execute(u"CREATE TABLE IF NOT EXISTS warehouses ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, code TEXT, "
            "is_active INTEGER NOT NULL DEFAULT 1, is_default INTEGER NOT NULL DEFAULT 0)"_s);
    execute(u"CREATE TABLE IF NOT EXISTS vendors ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, visible_id TEXT NOT NULL, name TEXT NOT NULL)"_s);
    execute(u"CREATE TABLE IF NOT EXISTS products ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, sku TEXT NOT NULL UNIQUE, "
            "unit TEXT, unit_cost REAL, buying_price REAL, is_physical INTEGER NOT NULL, "
            "is_with_inventory INTEGER NOT NULL, track_serial_numbers INTEGER NOT NULL, "
            "created_at TEXT NOT NULL, vendor_id INTEGER REFERENCES vendors(id), "
            "folded TEXT NOT NULL)"_s);
    execute(u"CREATE TABLE IF NOT EXISTS inventory ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "product_id INTEGER NOT NULL REFERENCES products(id), "
            "warehouse_id INTEGER NOT NULL REFERENCES warehouses(id), "
            "quantity INTEGER NOT NULL, location TEXT, reserved_quantity INTEGER, "
            "min_stock_level INTEGER, folded TEXT NOT NULL, "
            "UNIQUE (product_id, warehouse_id))"_s);
    execute(u"CREATE INDEX IF NOT EXISTS inventory_warehouse ON inventory(warehouse_id)"_s);
    execute(u"CREATE TABLE IF NOT EXISTS movements ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, product_id INTEGER NOT NULL, "
            "from_warehouse_id INTEGER, to_warehouse_id INTEGER, quantity INTEGER NOT NULL, "
            "reason TEXT, notes TEXT, type TEXT NOT NULL, created_at TEXT NOT NULL)"_s);
    execute(u"CREATE INDEX IF NOT EXISTS movements_product ON movements(product_id)"_s);
}

} // namespace Glance::Sandbox
