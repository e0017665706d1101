#include "core/account/baseurl.h"

namespace Glance {

QUrl BaseUrl::defaultUrl()
{
    return QUrl(QStringLiteral("https://api.glance.co.il"));
}

QUrl BaseUrl::normalized(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return {};
    QUrl out = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment
                            | QUrl::NormalizePathSegments | QUrl::StripTrailingSlash);
    out.setScheme(scheme);
    QString path = out.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1); // StripTrailingSlash keeps a lone "/"
    out.setPath(path, QUrl::TolerantMode);
    if ((scheme == QLatin1String("https") && out.port() == 443)
        || (scheme == QLatin1String("http") && out.port() == 80))
        out.setPort(-1);
    return out;
}

QUrl BaseUrl::fromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (const QChar c : trimmed) {
        if (c.isSpace())
            return {};
    }
    // Without a scheme, assume https (QUrl::fromUserInput would pick plain http).
    const QString withScheme =
            trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed;
    return normalized(QUrl::fromUserInput(withScheme));
}

} // namespace Glance
