#include "api/decoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

// The building blocks of the decoder: JSON values by the tolerance rules, the envelope and the
// pagination object. The entities and whole bodies are in decoder.cpp.
namespace Glance::Decode {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: beyond, doubles lose integers

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

} // namespace

ApiError decodeError(const QString &detail)
{
    return ApiError(ApiError::Kind::Decode, detail);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(value.toString().left(40));
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    }
    return {};
}

// ---- Values ------------------------------------------------------------------------------------

std::optional<qint64> id(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > kMaxExactInteger)
            return std::nullopt;
        return qint64(d);
    }
    if (value.isString()) {
        static const QRegularExpression digits(QStringLiteral(R"(^\s*-?\d{1,18}\s*$)"));
        const QString text = value.toString();
        if (!digits.match(text).hasMatch())
            return std::nullopt;
        return text.trimmed().toLongLong();
    }
    return std::nullopt;
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (const std::optional<qint64> whole = id(value))
        return whole;
    // "12.0" is a whole number too
    const std::optional<double> d = number(value);
    if (d && *d == std::floor(*d) && std::fabs(*d) <= kMaxExactInteger)
        return qint64(*d);
    return std::nullopt;
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

std::optional<bool> boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
    }
    return std::nullopt;
}

QString string(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const std::optional<qint64> whole = id(value);
        return whole ? QString::number(*whole) : QString::number(value.toDouble());
    }
    return {};
}

QDateTime dateTime(const QJsonValue &value)
{
    if (value.isString()) {
        QString text = value.toString().trimmed();
        if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
            text[10] = QLatin1Char('T');
        QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!parsed.isValid())
            parsed = QDateTime::fromString(text, Qt::ISODate);
        return parsed;
    }
    if (value.isDouble()) {
        // A number of seconds or milliseconds; anything a qint64 cannot hold is no date.
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > kMaxExactInteger)
            return {};
        const qint64 n = qint64(d);
        return n > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(n, QTimeZone::utc())
                                     : QDateTime::fromSecsSinceEpoch(n, QTimeZone::utc());
    }
    return {};
}

// ---- Envelope and pagination -------------------------------------------------------------------

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
