#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Glance::Sandbox {

/*!
    One fault to inject: KIND[=VALUE][:RATE][@ENDPOINT].

    KIND: latency=MS (also "200ms", "1.5s"), 500, 502-html, 503, 429-burst[=N], drop-before,
    drop-after-commit, truncated-json, malformed-json, hang, late-commit=MS, 500-after-commit.
    RATE: probability 0..1 (default 1). ENDPOINT: "*" (default), "METHOD /path", "/path"
    (any method) or "METHOD"; path segments may be ":name" or "*" (one segment) and a final
    "**" (any rest). A path may end with "?name=value&..." : then only requests carrying each
    of those query items (decoded, compared exactly) match, e.g. "GET /inventory?warehouseId=2".
*/
struct FaultSpec
{
    enum class Kind {
        Latency,
        Error500,
        Html502,
        Error503,
        Burst429,
        DropBefore,
        DropAfterCommit,
        TruncatedJson,
        MalformedJson,
        Hang,
        LateCommit, // late-commit=MS: closes the connection at once, applies the write MS later
        Error500AfterCommit, // 500-after-commit: applies the write, then answers 500
    };

    Kind kind = Kind::Error500;
    int value = 0; // latency or late-commit delay in ms, or burst length
    double rate = 1.0;
    QByteArray method; // empty: any
    QStringList pathPattern; // empty with anyPath: any
    bool anyPath = true;
    QList<QPair<QString, QString>> queryItems; // each must be in the request's query
    QString text; // as given

    static std::optional<FaultSpec> parse(const QString &text, QString *error);
    bool matches(const QByteArray &method, const QStringList &segments,
                 const QList<QPair<QString, QString>> &query = {}) const;
    static QString kindName(Kind kind);
};

} // namespace Glance::Sandbox
