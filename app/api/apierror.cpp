#include "api/apierror.h"

#include "api/issuesentences.h"
#include "core/text/bidi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <utility>

namespace Glance {

namespace {

constexpr qsizetype kMaxServerMessage = 300;

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral(R"(<\s*/?\s*[a-zA-Z!][^>]*>)"));
    return text.contains(tag);
}

// A server message a person may read: no markup, one line, not endless.
QString cleanMessage(const QString &message)
{
    QString out = message.simplified();
    if (out.isEmpty() || looksLikeHtml(out))
        return {};
    if (out.size() > kMaxServerMessage)
        out = out.left(kMaxServerMessage - 1) + QChar(0x2026);
    return out;
}

QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d == std::floor(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    return {};
}

int intOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString()) {
        bool ok = false;
        const int n = value.toString().trimmed().toInt(&ok);
        return ok ? n : 0;
    }
    return 0;
}

QString issuePath(const QJsonValue &path)
{
    if (path.isArray()) {
        QStringList parts;
        const QJsonArray array = path.toArray();
        for (const QJsonValue &part : array)
            parts << stringOf(part);
        return parts.join(QLatin1Char('.'));
    }
    return stringOf(path);
}

QList<ValidationIssue> readIssues(const QJsonValue &value)
{
    QList<ValidationIssue> issues;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        ValidationIssue issue;
        issue.path = issuePath(object.value(QLatin1String("path")));
        if (issue.path.isEmpty())
            issue.path = stringOf(object.value(QLatin1String("field")));
        issue.message = cleanMessage(stringOf(object.value(QLatin1String("message"))));
        if (!issue.path.isEmpty() || !issue.message.isEmpty())
            issues << issue;
    }
    return issues;
}

} // namespace

ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{
}

ApiError ApiError::http(int status, QString serverCode, QString serverMessage)
{
    ApiError error(Kind::Http);
    error.m_httpStatus = status;
    error.m_serverCode = std::move(serverCode);
    error.m_serverMessage = cleanMessage(serverMessage);
    return error;
}

ApiError ApiError::fromHttpResponse(int status, const QByteArray &body)
{
    ApiError error = http(status);
    if (!error.readServerError(body)) {
        const QByteArray trimmed = body.trimmed();
        if (trimmed.isEmpty())
            error.m_detail = QStringLiteral("empty body");
        else if (looksLikeHtml(QString::fromUtf8(trimmed.left(512))))
            error.m_detail = QStringLiteral("HTML body (%1 bytes)").arg(body.size());
        else
            error.m_detail = QStringLiteral("unreadable body (%1 bytes)").arg(body.size());
    }
    return error;
}

bool ApiError::readServerError(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject root = document.object();
    const QJsonValue error = root.value(QLatin1String("error"));
    bool found = false;

    if (error.isObject()) {
        // SDK: {"success":false,"error":{"status","message","code","issues"}}
        const QJsonObject object = error.toObject();
        m_serverCode = stringOf(object.value(QLatin1String("code")));
        m_serverMessage = cleanMessage(stringOf(object.value(QLatin1String("message"))));
        m_issues = readIssues(object.value(QLatin1String("issues")));
        m_details = object.value(QLatin1String("details")).toObject();
        if (m_httpStatus == 0)
            m_httpStatus = intOf(object.value(QLatin1String("status")));
        found = true;
    } else if (error.isString()) {
        // Docs: {"error":"Unauthorized","message":"...","statusCode":401}
        m_serverCode = error.toString();
        found = true;
    }
    if (m_serverMessage.isEmpty() && root.value(QLatin1String("message")).isString()) {
        m_serverMessage = cleanMessage(root.value(QLatin1String("message")).toString());
        found = true;
    }
    if (m_issues.isEmpty() && root.value(QLatin1String("issues")).isArray()) {
        m_issues = readIssues(root.value(QLatin1String("issues")));
        found = found || !m_issues.isEmpty();
    }
    if (m_details.isEmpty())
        m_details = root.value(QLatin1String("details")).toObject();
    if (m_httpStatus == 0) {
        m_httpStatus = intOf(root.value(QLatin1String("statusCode")));
        if (m_httpStatus == 0)
            m_httpStatus = intOf(root.value(QLatin1String("status")));
    }
    return found;
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("The request succeeded.");
    case Kind::Network:
        return tr("Could not reach Glance. Check the internet connection and try again.");
    case Kind::Timeout:
        return tr("Glance did not answer in time. Check the internet connection and try again.");
    case Kind::Tls:
        return tr("The secure connection to Glance could not be verified, so nothing was sent. "
                  "Check the computer's date and time, or ask whoever runs the network whether "
                  "something intercepts secure connections.");
    case Kind::Http:
        return httpMessage();
    case Kind::Decode:
        return tr("Glance sent an answer this app could not read. Try again; if it keeps "
                  "happening, the app may need an update.");
    case Kind::RateLimited:
        return rateLimitedMessage();
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::OutcomeUnknown:
        return tr("The change was sent but the answer was lost; it may or may not have been "
                  "applied. Check the records before sending it again.");
    case Kind::InsecureRequest:
        return tr("The server address must start with https:// so that the API key is never sent "
                  "unencrypted. Check the server address under Advanced in the sign-in window "
                  "(Account → Add an account…).");
    case Kind::RedirectBlocked:
        return tr("Glance sent the request on to another address, so it was stopped to keep the "
                  "API key safe. Check the server address under Advanced in the sign-in window "
                  "(Account → Add an account…).");
    case Kind::Configuration:
        return tr("Sign in with an API key and a valid server address (Account → Add an "
                  "account…; the address is under Advanced).");
    }
    return tr("The request failed (%1). Try again.").arg(Bidi::isolateLtr(kindName(m_kind)));
}

IssueSentences ApiError::sentences() const
{
    return IssueSentences(m_serverCode, m_issues, m_actionRows);
}

int ApiError::actionIndex(const QString &path)
{
    return IssueSentences::actionIndex(path);
}

QString ApiError::actionField(const QString &path)
{
    return IssueSentences::actionField(path);
}

int ApiError::firstActionIssue() const
{
    return sentences().firstActionIssue();
}

ApiError::ActionProblem ApiError::actionProblem(const ValidationIssue &issue) const
{
    return sentences().actionProblem(issue);
}

QString ApiError::withServerMessage(const QString &sentence) const
{
    if (m_serverMessage.isEmpty())
        return sentence;
    //: %1 is a complete sentence, %2 the server's own message in quotes
    return tr("%1 Glance said: %2").arg(sentence, IssueSentences::quoted(m_serverMessage));
}

QString ApiError::rateLimitedMessage() const
{
    if (m_retryAt.isValid()) {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_retryAt);
        const int seconds = int((ms + 999) / 1000);
        if (seconds <= 1)
            return tr("Too many requests were sent to Glance in a short time. Try again now.");
        if (seconds < 120)
            //: %n is a number of seconds, at least 2
            return tr("Too many requests were sent to Glance in a short time. Try again in %Ln "
                      "seconds.",
                      nullptr, seconds);
        return tr("Too many requests were sent to Glance in a short time. Try again after %1.")
                .arg(QLocale().toString(m_retryAt.toLocalTime().time(), QLocale::ShortFormat));
    }
    return tr("Too many requests were sent to Glance in a short time. Wait a minute and try "
              "again.");
}

QString ApiError::httpMessage() const
{
    const int status = m_httpStatus;
    if (m_serverCode.trimmed().toUpper() == QLatin1String("RATE_LIMIT_EXCEEDED"))
        return rateLimitedMessage();
    const IssueSentences issueSentences = sentences();
    const QString known = issueSentences.knownCodeMessage();
    if (!known.isEmpty())
        return known;
    if (status == 400 || status == 422) {
        if (!m_issues.isEmpty())
            return issueSentences.issuesMessage();
        if (!m_serverMessage.isEmpty())
            return tr("Glance did not accept the request: %1")
                    .arg(IssueSentences::quoted(m_serverMessage));
        return tr("Glance did not accept the request. Check the values and try again.");
    }
    if (status == 401)
        return withServerMessage(tr("The API key was not accepted. Check that it was not "
                                    "revoked in Glance, or sign in again with a valid key "
                                    "(Account → Add an account…)."));
    if (status == 403)
        return withServerMessage(tr("This API key is read-only or may not do this. Ask the "
                                    "account owner for an editor key."));
    if (status == 404)
        return withServerMessage(tr("Glance could not find this record; it may have been "
                                    "deleted. Refresh the list and try again."));
    if (status == 409)
        return withServerMessage(tr("This conflicts with a record already in Glance, or the "
                                    "record was changed meanwhile. Refresh the list and try "
                                    "again."));
    if (status == 429)
        return rateLimitedMessage();
    if (status >= 500 && status <= 599)
        return withServerMessage(tr("Glance is having trouble right now (error %1). Try again "
                                    "in a few minutes.")
                                         .arg(Bidi::number(status)));
    if (status >= 400 && status <= 499)
        return withServerMessage(
                tr("Glance refused the request (error %1).").arg(Bidi::number(status)));
    if (status >= 300 && status <= 399)
        return tr("Glance answered with an unexpected redirect (error %1). Check the server "
                  "address under Advanced in the sign-in window (Account → Add an account…).")
                .arg(Bidi::number(status));
    return tr("Glance answered in an unexpected way (status %1). Try again later.")
            .arg(Bidi::number(status));
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Http:
        return QStringLiteral("Http");
    case Kind::Decode:
        return QStringLiteral("Decode");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    case Kind::OutcomeUnknown:
        return QStringLiteral("OutcomeUnknown");
    case Kind::InsecureRequest:
        return QStringLiteral("InsecureRequest");
    case Kind::RedirectBlocked:
        return QStringLiteral("RedirectBlocked");
    case Kind::Configuration:
        return QStringLiteral("Configuration");
    }
    return QStringLiteral("Kind(%1)").arg(int(kind));
}

QString ApiError::toLogString() const
{
    QString out = kindName(m_kind);
    if (m_httpStatus != 0)
        out += QStringLiteral(" HTTP %1").arg(m_httpStatus);
    if (!m_serverCode.isEmpty())
        out += QStringLiteral(" code=%1").arg(m_serverCode);
    if (!m_serverMessage.isEmpty())
        out += QStringLiteral(" message=\"%1\"").arg(m_serverMessage);
    for (const ValidationIssue &issue : m_issues)
        out += QStringLiteral(" issue[%1: %2]").arg(issue.path, issue.message);
    if (!m_detail.isEmpty())
        out += QStringLiteral(" (%1)").arg(m_detail);
    if (m_retryAt.isValid())
        out += QStringLiteral(" retryAt=%1").arg(m_retryAt.toString(Qt::ISODate));
    return out;
}

} // namespace Glance
