#pragma once

#include <QString>

#include <stdexcept>

class QSqlQuery;

namespace Glance::Sandbox {

/*! Thrown by the stores when SQLite fails; the server turns it into a 500 UNKNOWN_ERROR. */
class SqlError : public std::runtime_error
{
public:
    explicit SqlError(const QString &message);

    QString message() const;

    /*! Executes an already prepared query; throws SqlError with context on failure. */
    static void exec(QSqlQuery &query, const char *context);
    /*! Prepares and throws on failure. */
    static void prepare(QSqlQuery &query, const QString &sql);
};

} // namespace Glance::Sandbox
