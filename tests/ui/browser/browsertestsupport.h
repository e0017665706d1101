#pragma once

// Shared by the inventory browser's widget tests: a sandbox-backed client, a window with its
// own INI settings, and the server's view of the inventory to compare with.

#include "api/apiclient.h"
#include "core/appsettings.h"
#include "sandboxfixture.h"
#include "tests/models/countingnetwork.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace Glance::Test {

inline std::unique_ptr<ApiClient> clientFor(QNetworkAccessManager *network,
                                            const SandboxFixture &sandbox, bool limits = false,
                                            const QString &key = {})
{
    ClientConfig config;
    config.baseUrl = sandbox.url();
    config.apiKey = key.isEmpty() ? sandbox.editorKey() : key;
    if (!limits)
        config.limits = {0, 0}; // against a sandbox without limits
    return std::make_unique<ApiClient>(network, config);
}

// Every record the server lists for `query` (encoded, without page and limit).
inline QJsonArray serverRows(const SandboxFixture &sandbox, const QString &query = {})
{
    QJsonArray rows;
    for (int page = 1;; ++page) {
        const QJsonArray pageRows =
                sandbox.get(QStringLiteral("/inventory?%1&page=%2&limit=100").arg(query).arg(page))
                        .data()
                        .toArray();
        for (const auto &row : pageRows)
            rows.append(row);
        if (pageRows.size() < 100)
            return rows;
    }
}

inline QList<qint64> idsOf(const QJsonArray &rows)
{
    QList<qint64> ids;
    for (const auto &row : rows)
        ids.append(row.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

} // namespace Glance::Test
