#include "apierror.h"

#include "apiresponse.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

ApiError ApiError::invalidField(const QString &message, const QJsonArray &issues)
{
    return {400, u"INVALID_FIELD"_s, message, issues};
}

ApiError ApiError::notFound(const QString &code, const QString &message)
{
    return {404, code, message, {}};
}

QJsonObject ApiError::issue(const QJsonArray &path, const QString &message)
{
    return QJsonObject {{u"path"_s, path}, {u"message"_s, message}};
}

ApiResponse ApiError::toResponse() const
{
    return ApiResponse::error(status, code, message, issues);
}

} // namespace Glance::Sandbox
