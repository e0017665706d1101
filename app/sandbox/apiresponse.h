#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace Glance::Sandbox {

using RawHeaderList = QList<QPair<QByteArray, QByteArray>>;

/*! A complete answer before it is written (status, content type, body, extra headers). */
struct ApiResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    RawHeaderList headers;

    /*! {"success": true, "data": data} plus optional top-level members (e.g. pagination). */
    static ApiResponse ok(const QJsonValue &data, int status = 200, const QJsonObject &extra = {});
    /*! SDK error shape. Issues are omitted when empty. */
    static ApiResponse error(int status, const QString &code, const QString &message,
                             const QJsonArray &issues = {});
    /*! The docs' 401 shape: {"error": "Unauthorized", "message": ..., "statusCode": 401}. */
    static ApiResponse unauthorized();
    static ApiResponse json(int status, const QJsonObject &object);
    static ApiResponse raw(int status, const QByteArray &contentType, const QByteArray &body);

    static QByteArray reasonPhrase(int status);
};

} // namespace Glance::Sandbox
