#include "api/decodeenvelope.h"

#include "api/decodevalues.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Glance::Decode {

namespace {

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

} // namespace

ApiResult<Envelope> envelope(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return decodeError(QStringLiteral("empty body"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return decodeError(QStringLiteral("not JSON (%1 at offset %2 of %3 bytes)")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset)
                                   .arg(body.size()));
    Envelope env;
    if (document.isArray()) {
        env.data = document.array();
        return env;
    }
    if (!document.isObject())
        return decodeError(QStringLiteral("body is neither a JSON object nor an array"));
    env.root = document.object();
    const std::optional<bool> success = boolean(env.root.value(key("success")));
    if (success.has_value() && !*success) {
        ApiError error = ApiError::http(0);
        error.readServerError(body);
        if (error.httpStatus() == 0)
            return decodeError(QStringLiteral("success is false, without an error status"));
        return error;
    }
    env.hasDataKey = env.root.contains(key("data"));
    env.data = env.hasDataKey ? env.root.value(key("data")) : QJsonValue(env.root);
    return env;
}

Pagination pagination(const QJsonObject &root)
{
    Pagination out;
    const QJsonValue value = root.value(key("pagination"));
    if (!value.isObject())
        return out;
    const QJsonObject object = value.toObject();
    out.present = true;
    out.total = integer(object.value(key("total")));
    const std::optional<qint64> limit = integer(object.value(key("limit")));
    out.limit = limit && *limit > 0 && *limit <= 100'000 ? int(*limit) : 0;
    out.offset = std::max<qint64>(0, integer(object.value(key("offset"))).value_or(0));
    out.hasMore = boolean(object.value(key("hasMore")));
    return out;
}

} // namespace Glance::Decode
