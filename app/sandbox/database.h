#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Glance::Sandbox {

/*!
    The sandbox's SQLite database (in memory by default, or a file) and its schema.

    Case-insensitive search: SQLite's LIKE and lower() only fold ASCII, so every searchable
    row keeps a `folded` column (QString::toCaseFolded() of its searchable text) and searches
    compare folded text with instr().
*/
class Database
{
public:
    Database();
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /*! Opens the file (":memory:" or empty for an in-memory database) and creates the schema. */
    bool open(const QString &file, QString *error);
    QSqlDatabase connection() const;

    /*! True when no product exists yet (a fresh database to seed). */
    bool isEmpty() const;
    /*! Deletes every row (ids restart at 1). Throws SqlError. */
    void clear();

    /*! Throws SqlError on failure. */
    void begin();
    void commit();
    void rollback();

    static QString fold(const QString &text);

private:
    void createSchema();
    void execute(const QString &sql);

    QString m_connectionName;
};

} // namespace Glance::Sandbox
