#include "sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

SqlError::SqlError(const QString &message)
    : std::runtime_error(message.toStdString())
{
}

QString SqlError::message() const
{
    return QString::fromStdString(what());
}

void SqlError::exec(QSqlQuery &query, const char *context)
{
    if (!query.exec()) {
        throw SqlError(u"%1: %2"_s.arg(QString::fromLatin1(context), query.lastError().text()));
    }
}

void SqlError::prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        throw SqlError(u"prepare failed: %1 (%2)"_s.arg(query.lastError().text(), sql));
}

} // namespace Glance::Sandbox
