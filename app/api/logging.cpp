#include "api/logging.h"

#include <QRegularExpression>
#include <QUrl>

namespace Glance {

// Debug lines (one per request) are off unless QT_LOGGING_RULES="glance.api.debug=true".
Q_LOGGING_CATEGORY(lcApi, "glance.api", QtInfoMsg)

QString redact(const QString &text)
{
    // "Authorization: <anything up to the end of the line or a quote>"
    static const QRegularExpression authorization(
            QStringLiteral(R"((authorization["']?\s*[:=]\s*["']?)[^"'\r\n,}]+)"),
            QRegularExpression::CaseInsensitiveOption);
    // "Bearer <token>" wherever it stands
    static const QRegularExpression bearer(QStringLiteral(R"(\bbearer\s+[^\s"',;}]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    // Glance keys look like glnc_sk_…; redact them even without "Bearer" in front.
    static const QRegularExpression glanceKey(QStringLiteral(R"(\bglnc_[A-Za-z0-9_\-]+)"));
    // key=…, token=…, apiKey=…, access_token=… in a query string or a form
    static const QRegularExpression keyParameter(
            QStringLiteral(R"(((?:api[_-]?key|key|token|access[_-]?token)=)[^&\s#]+)"),
            QRegularExpression::CaseInsensitiveOption);

    QString out = text;
    out.replace(authorization, QStringLiteral("\\1Bearer ***"));
    out.replace(bearer, QStringLiteral("Bearer ***"));
    out.replace(glanceKey, QStringLiteral("glnc_***"));
    out.replace(keyParameter, QStringLiteral("\\1***"));
    return out;
}

QString redactedUrl(const QUrl &url)
{
    QString out = url.path(QUrl::FullyEncoded);
    if (out.isEmpty())
        out = QStringLiteral("/");
    if (url.hasQuery())
        out += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return redact(out);
}

} // namespace Glance
