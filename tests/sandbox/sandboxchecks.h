#pragma once

// Small shared checks for the sandbox tests (header-only).

#include "httpresult.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace Glance::Test {

/*! True when r is an SDK-shape error {"success": false, "error": {status, message, code}}
    with the given status and code; otherwise prints why. */
inline bool isSdkError(const HttpResult &r, int status, const QString &code)
{
    const QJsonObject error = r.json().value(QLatin1StringView("error")).toObject();
    const bool ok = r.status == status && r.json().value(QLatin1StringView("success")) == false
            && error.value(QLatin1StringView("status")).toInt() == status
            && error.value(QLatin1StringView("code")).toString() == code
            && !error.value(QLatin1StringView("message")).toString().isEmpty();
    if (!ok)
        qWarning("expected %d %s, got %s", status, qPrintable(code), qPrintable(r.describe()));
    return ok;
}

/*! The issues' paths as compact JSON strings, e.g. ["[\"actions\",2,\"amount\"]"]. */
inline QStringList issuePaths(const HttpResult &r)
{
    QStringList paths;
    const QJsonArray issues = r.json().value(QLatin1StringView("error"))
                                      .toObject()
                                      .value(QLatin1StringView("issues"))
                                      .toArray();
    for (const QJsonValue &issue : issues) {
        const QJsonArray path = issue.toObject().value(QLatin1StringView("path")).toArray();
        QStringList parts;
        for (const QJsonValue &part : path) {
            parts.append(part.isString() ? u'"' + part.toString() + u'"'
                                         : QString::number(part.toInt()));
        }
        paths.append(u'[' + parts.join(u',') + u']');
    }
    return paths;
}

} // namespace Glance::Test
