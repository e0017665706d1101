#include "fakeresponse.h"

#include <QJsonDocument>

namespace Glance::Test {

FakeResponse FakeResponse::ok(const QJsonValue &data, const QJsonObject &extra)
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("success"), true);
    object.insert(QStringLiteral("data"), data);
    return json(200, object);
}

FakeResponse FakeResponse::page(const QJsonArray &items, qint64 total, int page, int limit)
{
    const qint64 offset = qint64(page - 1) * limit;
    const QJsonObject pagination {{QStringLiteral("total"), total},
                                  {QStringLiteral("limit"), limit},
                                  {QStringLiteral("offset"), offset},
                                  {QStringLiteral("hasMore"), offset + items.size() < total}};
    return ok(items, {{QStringLiteral("pagination"), pagination}});
}

FakeResponse FakeResponse::sdkError(int status, const QString &code, const QString &message,
                                    const QJsonArray &issues)
{
    QJsonObject error {{QStringLiteral("status"), status},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("code"), code}};
    if (!issues.isEmpty())
        error.insert(QStringLiteral("issues"), issues);
    return json(status, {{QStringLiteral("success"), false}, {QStringLiteral("error"), error}});
}

FakeResponse FakeResponse::docsError(int status, const QString &error, const QString &message)
{
    return json(status,
                {{QStringLiteral("error"), error},
                 {QStringLiteral("message"), message},
                 {QStringLiteral("statusCode"), status}});
}

FakeResponse FakeResponse::json(int status, const QJsonObject &object)
{
    return raw(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

FakeResponse FakeResponse::raw(int status, const QByteArray &contentType, const QByteArray &body)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    if (!contentType.isEmpty())
        response.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return response;
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeResponse &FakeResponse::withRateLimit(int limit, int remaining, qint64 resetEpochSeconds)
{
    withHeader("X-RateLimit-Limit", QByteArray::number(limit));
    withHeader("X-RateLimit-Remaining", QByteArray::number(remaining));
    return withHeader("X-RateLimit-Reset", QByteArray::number(resetEpochSeconds));
}

FakeResponse &FakeResponse::cutOffAfter(qsizetype bytes)
{
    cutAfter = bytes;
    return *this;
}

} // namespace Glance::Test
