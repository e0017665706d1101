#include "apiresponse.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

ApiResponse ApiResponse::ok(const QJsonValue &data, int status, const QJsonObject &extra)
{
    QJsonObject object = extra;
    object.insert(u"success"_s, true);
    object.insert(u"data"_s, data);
    return json(status, object);
}

ApiResponse ApiResponse::error(int status, const QString &code, const QString &message,
                               const QJsonArray &issues)
{
    QJsonObject error {{u"status"_s, status}, {u"message"_s, message}, {u"code"_s, code}};
    if (!issues.isEmpty())
        error.insert(u"issues"_s, issues);
    return json(status, QJsonObject {{u"success"_s, false}, {u"error"_s, error}});
}

ApiResponse ApiResponse::unauthorized()
{
    return json(401,
                QJsonObject {{u"error"_s, u"Unauthorized"_s},
                             {u"message"_s, u"Invalid or missing API key"_s},
                             {u"statusCode"_s, 401}});
}

ApiResponse ApiResponse::json(int status, const QJsonObject &object)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    ApiResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

QByteArray ApiResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

} // namespace Glance::Sandbox
