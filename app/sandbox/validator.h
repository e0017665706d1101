#pragma once

#include "apierror.h"
#include "paging.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Glance::Sandbox {

struct ApiRequest;

/*! A JSON member that may be absent, null or a string. */
struct OptionalText
{
    bool present = false;
    bool isNull = true;
    QString value;
};

/*!
    Reads query items and JSON body members, collecting every problem as an issue
    ({"path": [...], "message": ...}) so one 400 answer lists them all.
*/
class Validator
{
public:
    static constexpr qint64 int32Max = 2147483647;
    static constexpr qint64 int32Min = -2147483647 - 1;

    // --- query string ---
    /*! An optional integer query item in [min, max]; absent -> nullopt without an issue. */
    std::optional<qint64> queryInt(const ApiRequest &request, const QString &name, qint64 min,
                                   qint64 max);
    /*! page (>= 1) and limit (>= 1, values above 100 clamped to 100). */
    Paging paging(const ApiRequest &request);
    std::optional<bool> queryBool(const ApiRequest &request, const QString &name);
    /*! YYYY-MM-DD. */
    std::optional<QDate> queryDate(const ApiRequest &request, const QString &name);

    // --- JSON body ---
    /*! Parses the body as a JSON object; on failure records an issue and returns nullopt. */
    std::optional<QJsonObject> bodyObject(const QByteArray &body);
    /*! A positive 32-bit id: a JSON integer or a numeric string. */
    std::optional<int> jsonId(const QJsonObject &object, const QString &key, const QJsonArray &path,
                              bool required);
    /*! A JSON integer in [min, max] (32-bit); nonZero rejects 0. */
    std::optional<int> jsonInt(const QJsonObject &object, const QString &key,
                               const QJsonArray &path, bool required, qint64 min, qint64 max,
                               bool nonZero = false);
    OptionalText jsonText(const QJsonObject &object, const QString &key, const QJsonArray &path,
                          int maxLength);

    void addIssue(const QJsonArray &path, const QString &message);
    bool hasIssues() const { return !m_issues.isEmpty(); }
    ApiError error(const QString &message = QString()) const;

    /*! Strict decimal integer parse ("12", "-3"; no spaces, signs only '-'). */
    static std::optional<qint64> parseInteger(const QString &text);
    /*! path + [key] */
    static QJsonArray childPath(const QJsonArray &path, const QJsonValue &key);

private:
    QJsonArray m_issues;
};

} // namespace Glance::Sandbox
