#include "validator.h"

#include "apirequest.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

std::optional<qint64> Validator::parseInteger(const QString &text)
{
    static const QRegularExpression pattern(u"^-?[0-9]{1,18}$"_s);
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

QJsonArray Validator::childPath(const QJsonArray &path, const QJsonValue &key)
{
    QJsonArray result = path;
    result.append(key);
    return result;
}

std::optional<qint64> Validator::queryInt(const ApiRequest &request, const QString &name,
                                          qint64 min, qint64 max)
{
    if (!request.hasQueryItem(name))
        return std::nullopt;
    const QString text = request.queryItem(name);
    const std::optional<qint64> value = parseInteger(text);
    if (!value) {
        addIssue({name}, u"Expected an integer, received \"%1\""_s.arg(text.left(50)));
        return std::nullopt;
    }
    if (*value < min || *value > max) {
        addIssue({name}, u"Must be between %1 and %2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return value;
}

Paging Validator::paging(const ApiRequest &request)
{
    Paging paging;
    if (const auto page = queryInt(request, u"page"_s, 1, 1000000000))
        paging.page = int(*page);
    if (request.hasQueryItem(u"limit"_s)) {
        const QString text = request.queryItem(u"limit"_s);
        const std::optional<qint64> limit = parseInteger(text);
        if (!limit)
            addIssue({u"limit"_s}, u"Expected an integer, received \"%1\""_s.arg(text.left(50)));
        else if (*limit < 1)
            addIssue({u"limit"_s}, u"Must be at least 1"_s);
        else
            paging.limit = int(qMin<qint64>(*limit, Paging::maxLimit));
    }
    return paging;
}

std::optional<bool> Validator::queryBool(const ApiRequest &request, const QString &name)
{
    if (!request.hasQueryItem(name))
        return std::nullopt;
    const QString text = request.queryItem(name).toLower();
    if (text == "true"_L1 || text == "1"_L1)
        return true;
    if (text == "false"_L1 || text == "0"_L1)
        return false;
    addIssue({name}, u"Expected true or false"_s);
    return std::nullopt;
}

std::optional<QDate> Validator::queryDate(const ApiRequest &request, const QString &name)
{
    if (!request.hasQueryItem(name))
        return std::nullopt;
    static const QRegularExpression pattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
    const QString text = request.queryItem(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!pattern.match(text).hasMatch() || !date.isValid()) {
        addIssue({name}, u"Expected a date as YYYY-MM-DD"_s);
        return std::nullopt;
    }
    return date;
}

std::optional<QJsonObject> Validator::bodyObject(const QByteArray &body)
{
    if (body.trimmed().isEmpty()) {
        addIssue({}, u"Request body is required (a JSON object)"_s);
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        addIssue({},
                 u"Malformed JSON body: %1 at offset %2"_s.arg(error.errorString())
                         .arg(error.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        addIssue({}, u"Request body must be a JSON object"_s);
        return std::nullopt;
    }
    return document.object();
}

std::optional<int> Validator::jsonId(const QJsonObject &object, const QString &key,
                                     const QJsonArray &path, bool required)
{
    const QJsonArray fieldPath = childPath(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            addIssue(fieldPath, u"Required"_s);
        return std::nullopt;
    }
    std::optional<qint64> number;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::abs(d) < 1e15)
            number = qint64(d);
    } else if (value.isString()) {
        number = parseInteger(value.toString());
    }
    if (!number || *number < 1 || *number > int32Max) {
        addIssue(fieldPath, u"Expected a positive integer id"_s);
        return std::nullopt;
    }
    return int(*number);
}

std::optional<int> Validator::jsonInt(const QJsonObject &object, const QString &key,
                                      const QJsonArray &path, bool required, qint64 min, qint64 max,
                                      bool nonZero)
{
    const QJsonArray fieldPath = childPath(path, key);
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            addIssue(fieldPath, u"Required"_s);
        return std::nullopt;
    }
    if (!value.isDouble()) {
        addIssue(fieldPath, u"Expected a number"_s);
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d) {
        addIssue(fieldPath, u"Expected an integer"_s);
        return std::nullopt;
    }
    if (d < double(qMax(min, int32Min)) || d > double(qMin(max, int32Max))) {
        addIssue(fieldPath,
                 u"Must be between %1 and %2"_s.arg(qMax(min, int32Min)).arg(qMin(max, int32Max)));
        return std::nullopt;
    }
    if (nonZero && d == 0) {
        addIssue(fieldPath, u"Must not be zero"_s);
        return std::nullopt;
    }
    return int(d);
}

OptionalText Validator::jsonText(const QJsonObject &object, const QString &key,
                                 const QJsonArray &path, int maxLength)
{
    OptionalText text;
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return text;
    text.present = true;
    if (value.isNull())
        return text;
    if (!value.isString()) {
        addIssue(childPath(path, key), u"Expected a string"_s);
        text.present = false;
        return text;
    }
    if (value.toString().size() > maxLength) {
        addIssue(childPath(path, key), u"Must be at most %1 characters"_s.arg(maxLength));
        text.present = false;
        return text;
    }
    text.isNull = false;
    text.value = value.toString();
    return text;
}

void Validator::addIssue(const QJsonArray &path, const QString &message)
{
    m_issues.append(ApiError::issue(path, message));
}

ApiError Validator::error(const QString &message) const
{
    QString text = message;
    if (text.isEmpty()) {
        const QJsonObject first = m_issues.isEmpty() ? QJsonObject() : m_issues.first().toObject();
        QStringList path;
        for (const QJsonValue &part : first.value(u"path"_s).toArray())
            path.append(part.isString() ? part.toString() : QString::number(part.toInt()));
        text = path.isEmpty()
                ? first.value(u"message"_s).toString()
                : u"Invalid %1: %2"_s.arg(path.join(u'.'), first.value(u"message"_s).toString());
        if (m_issues.size() > 1)
            text += u" (and %1 more)"_s.arg(m_issues.size() - 1);
    }
    return ApiError::invalidField(text, m_issues);
}

} // namespace Glance::Sandbox
