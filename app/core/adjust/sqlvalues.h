#pragma once

// Small conversions between SQLite columns and the value types of the local store.

#include <QDateTime>
#include <QMetaType>
#include <QVariant>

#include <optional>

namespace Glance::SqlValues {

// Text columns are NOT NULL: a null QString binds as SQL NULL, so bind an empty one instead.
inline QVariant fromText(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

inline QVariant fromOptional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

inline std::optional<qint64> toOptional(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

inline QVariant fromDateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs))
                           : QVariant(QMetaType::fromType<QString>());
}

inline QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace Glance::SqlValues
