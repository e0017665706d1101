#pragma once

#include <QJsonArray>
#include <QString>

namespace Glance::Sandbox {

struct ApiResponse;

/*! An error answer in the SDK shape:
    {"success": false, "error": {"status", "message", "code", "issues"?}}. */
struct ApiError
{
    int status = 400;
    QString code;
    QString message;
    QJsonArray issues; // [{"path": [...], "message": "..."}]

    static ApiError invalidField(const QString &message, const QJsonArray &issues = {});
    static ApiError notFound(const QString &code, const QString &message);
    /*! One issue object. */
    static QJsonObject issue(const QJsonArray &path, const QString &message);

    ApiResponse toResponse() const;
};

} // namespace Glance::Sandbox
