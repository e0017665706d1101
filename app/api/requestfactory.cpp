#include "api/requestfactory.h"

#include <QHostAddress>
#include <QtGlobal>

namespace Glance {

namespace {

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == QLatin1String("https") ? 443 : 80);
}

} // namespace

RequestFactory::RequestFactory(QUrl baseUrl, QString apiKey, std::chrono::milliseconds timeout)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
    , m_timeout(timeout)
{
}

QUrl RequestFactory::url(const QStringList &segments, const QueryItems &query) const
{
    QUrl out = m_baseUrl;
    QByteArray path = m_baseUrl.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    for (const QString &segment : segments)
        path += '/' + QUrl::toPercentEncoding(segment);
    // TolerantMode keeps the percent-encoding as given, so an encoded "/" stays %2F.
    out.setPath(QString::fromLatin1(path), QUrl::TolerantMode);

    if (query.isEmpty()) {
        out.setQuery(QString());
    } else {
        QByteArray encoded;
        for (const auto &[key, value] : query) {
            if (!encoded.isEmpty())
                encoded += '&';
            encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        }
        out.setQuery(QString::fromLatin1(encoded), QUrl::TolerantMode);
    }
    out.setFragment(QString());
    return out;
}

QNetworkRequest RequestFactory::request(const QUrl &url, bool hasBody) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Every redirect goes through ApiClient, which follows it only within the same origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    // The API answers are small JSON documents; no cookies, no cache.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    request.setTransferTimeout(m_timeout);
#else
    request.setTransferTimeout(int(m_timeout.count()));
#endif
    return request;
}

ApiError RequestFactory::check(const QUrl &url) const
{
    if (m_apiKey.isEmpty())
        return ApiError(ApiError::Kind::Configuration, QStringLiteral("no API key"));
    if (!url.isValid() || url.host().isEmpty())
        return ApiError(ApiError::Kind::Configuration,
                        QStringLiteral("invalid base URL: %1").arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (scheme == QLatin1String("http"))
        return ApiError(ApiError::Kind::InsecureRequest,
                        QStringLiteral("plain HTTP to %1 refused").arg(url.host()));
    return ApiError(ApiError::Kind::Configuration,
                    QStringLiteral("unsupported URL scheme \"%1\"").arg(scheme));
}

bool RequestFactory::isSameOrigin(const QUrl &target) const
{
    return target.isValid() && target.scheme().compare(m_baseUrl.scheme(), Qt::CaseInsensitive) == 0
            && target.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0
            && effectivePort(target) == effectivePort(m_baseUrl);
}

bool RequestFactory::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QByteArray RequestFactory::userAgent()
{
    return QByteArrayLiteral("GlanceInventory/" GLANCE_VERSION);
}

} // namespace Glance
