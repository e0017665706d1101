#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace Glance {

// The one place that builds QNetworkRequests for the Glance API: URL from the base URL and
// percent-encoded path segments, the headers (Bearer key, Accept, Content-Type for bodies,
// User-Agent), the transfer timeout and the same-origin redirect policy. It also decides which
// URLs may be sent to at all (HTTPS, or plain HTTP to loopback only) and which redirects may be
// followed (same scheme, host and port as the base URL).
class RequestFactory
{
public:
    using QueryItems = QList<QPair<QString, QString>>;

    RequestFactory(QUrl baseUrl, QString apiKey,
                   std::chrono::milliseconds timeout = std::chrono::seconds(30));

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Base URL + "/" + each segment percent-encoded (so "/" in a SKU becomes %2F), with the
    // query items percent-encoded in order.
    QUrl url(const QStringList &segments, const QueryItems &query = {}) const;

    // The request for `url`, with every header and attribute of the client. `hasBody` adds
    // Content-Type: application/json.
    QNetworkRequest request(const QUrl &url, bool hasBody) const;

    // Kind::None when `url` may be sent to; else Configuration (no key, invalid URL) or
    // InsecureRequest (plain HTTP to a host that is not loopback). Checked before sending.
    ApiError check(const QUrl &url) const;

    // A redirect may be followed only within the base URL's origin (scheme, host, port).
    bool isSameOrigin(const QUrl &target) const;

    static bool isLoopbackHost(const QString &host);
    static QByteArray userAgent();

private:
    QUrl m_baseUrl;
    QString m_apiKey;
    std::chrono::milliseconds m_timeout;
};

} // namespace Glance
