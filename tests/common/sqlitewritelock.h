#pragma once

// Another connection holding the write lock of an SQLite file (BEGIN IMMEDIATE), as another
// program or a second copy of the app would: every write through another connection fails with
// "database is locked" (no busy wait) until release() or the end of the lock's life.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace Glance::Test {

class SqliteWriteLock
{
public:
    explicit SqliteWriteLock(const QString &path)
        : m_connection(QStringLiteral("writeLock-") + QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery lock(db);
        m_held = lock.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_held)
            m_error = lock.lastError().text();
    }
    ~SqliteWriteLock()
    {
        release();
        QSqlDatabase::removeDatabase(m_connection);
    }
    SqliteWriteLock(const SqliteWriteLock &) = delete;
    SqliteWriteLock &operator=(const SqliteWriteLock &) = delete;

    bool isHeld() const { return m_held; }
    QString errorString() const { return m_error; }

    // Gives the lock back (a rollback: the lock wrote nothing).
    bool release()
    {
        if (!m_held)
            return true;
        {
            QSqlQuery rollback(QSqlDatabase::database(m_connection, false));
            m_held = !rollback.exec(QStringLiteral("ROLLBACK"));
        }
        QSqlDatabase::database(m_connection, false).close();
        return !m_held;
    }

private:
    QString m_connection;
    QString m_error;
    bool m_held = false;
};

} // namespace Glance::Test
