#include "api/decodevalues.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace Glance::Decode {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: beyond, doubles lose integers

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

} // namespace Glance::Decode
