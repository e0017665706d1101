#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

// JSON values by the tolerance rules of REFERENCE.md: numeric strings for ids and numbers,
// "12.0" as a whole number, "true"/"1" as booleans, ISO dates with a space or a number of
// seconds or milliseconds. nullopt (or an empty/invalid value) when a value does not fit: never
// a silent zero. The decoder (decoder.h) reads every entity field through these.
namespace Glance::Decode {

// An id: an integral JSON number or a string of digits. Anything else is no id.
std::optional<qint64> id(const QJsonValue &value);
// A whole number by the same rules (quantities); nullopt when missing or not a whole number.
std::optional<qint64> integer(const QJsonValue &value);
std::optional<double> number(const QJsonValue &value);
std::optional<bool> boolean(const QJsonValue &value);
QString string(const QJsonValue &value);
QDateTime dateTime(const QJsonValue &value);

// The ApiError for a body that could not be decoded (Kind::Decode with `detail`).
ApiError decodeError(const QString &detail);
// A JSON value in a few words, for error details ("null", "an object", "\"abc\"").
QString describe(const QJsonValue &value);

inline bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

} // namespace Glance::Decode
