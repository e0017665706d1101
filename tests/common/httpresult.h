#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>

namespace Glance::Test {

/*! A list of raw HTTP header name/value pairs, in wire order. */
using HttpHeaderList = QList<QPair<QByteArray, QByteArray>>;

/*!
    What one HTTP exchange produced, as the test helpers see it.

    status is 0 when no HTTP status line arrived (connection dropped, timed out, refused).
*/
struct HttpResult
{
    int status = 0;
    HttpHeaderList headers;
    QByteArray body;
    /*! QNetworkReply's error. Note QNetworkAccessManager also reports 4xx/5xx answers as errors
        (e.g. ContentNotFoundError for 404): rely on status for HTTP outcomes. The raw-socket
        helper sets RemoteHostClosedError / TimeoutError / ConnectionRefusedError only. */
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString;
    /*! The helper gave up waiting (the request was aborted). */
    bool timedOut = false;
    /*! Raw-socket helper only: the server closed the connection before a complete response. */
    bool incomplete = false;

    /*! The first header with this name (case-insensitive), or a null QByteArray. */
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    /*! The body parsed as a JSON object (empty if it is not one). */
    QJsonObject json() const;
    /*! True if the body is a well-formed JSON document. */
    bool isJson() const;
    /*! json()["data"]. */
    QJsonValue data() const;
    /*! SDK error shape: json()["error"]["code"]; empty when absent. */
    QString errorCode() const;
    /*! A one-line description for test failure messages. */
    QString describe() const;
};

} // namespace Glance::Test
