#pragma once

#include <QLoggingCategory>
#include <QString>

class QUrl;

namespace Glance {

// "glance.api": one line per finished request (method, redacted path and query, status, elapsed
// time) and the reason of every failure. Request headers and bodies are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

// Replaces every credential that could hide in `text` (an Authorization header value, a
// "Bearer <token>" pair, a glnc_… key, a key/token query parameter) with "***".
QString redact(const QString &text);

// Path and query of `url` for the log: no scheme, host, user info or fragment, and redacted.
QString redactedUrl(const QUrl &url);

} // namespace Glance
