#pragma once

#include "httpresult.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Glance::Test {

/*!
    Minimal blocking HTTP helpers for tests (they spin a local event loop; never use them in
    application code).
*/
class RawHttp
{
public:
    /*! base + an already percent-encoded path and query, kept byte for byte
        (e.g. "/products/sku/AB-120%2F3" keeps its %2F). */
    static QUrl join(const QUrl &base, const QString &encodedPathAndQuery);

    /*! Sends one request through a fresh QNetworkAccessManager (no proxy) and waits for the
        reply, at most timeoutMs. Any method is allowed ("GET", "PATCH", ...). A Content-Type of
        application/json is added when body is non-empty and headers do not name one. */
    static HttpResult send(const QByteArray &method, const QUrl &url,
                           const HttpHeaderList &headers = {}, const QByteArray &body = {},
                           int timeoutMs = 15000);

    /*! Same over a plain QTcpSocket, one request per connection, no retries and no
        interpretation: use it to observe dropped, truncated or hanging answers exactly as the
        server sent them (QNetworkAccessManager may transparently re-send a request whose
        connection was closed before any answer). */
    static HttpResult sendOverSocket(const QByteArray &method, const QUrl &url,
                                     const HttpHeaderList &headers = {},
                                     const QByteArray &body = {}, int timeoutMs = 15000);
};

} // namespace Glance::Test
