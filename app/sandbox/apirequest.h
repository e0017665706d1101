#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Glance::Sandbox {

/*!
    One HTTP request as the sandbox's API layer sees it, independent of the Qt HttpServer
    version. The path is kept percent-encoded (rawPath) and split into decoded segments, so an
    encoded slash ("%2F") stays inside its segment.
*/
struct ApiRequest
{
    QByteArray method; // "GET", "POST", ...
    QString rawPath; // percent-encoded, as received
    QStringList segments; // decoded path segments, empty ones dropped
    QByteArray rawQuery; // percent-encoded, without '?'
    QList<QPair<QString, QString>> query; // decoded ('+' means space)
    QByteArray authorization;
    QByteArray body;
    qint64 receivedAtMs = 0;

    bool hasQueryItem(const QString &name) const;
    /*! First value of a query item (null QString if absent). */
    QString queryItem(const QString &name) const;
    /*! Method and path+query for logs (never headers). */
    QString describe() const;

    static QStringList splitPath(const QString &encodedPath);
    static QList<QPair<QString, QString>> parseQuery(const QByteArray &encodedQuery);
};

} // namespace Glance::Sandbox
