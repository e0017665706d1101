#include "api/apierror.h"

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

// The server's own words (English, or whatever it sent), in quotes and isolated.
QString quoted(const QString &text)
{
    return ApiError::tr("\u201c%1\u201d").arg(Bidi::name(text));
}

// A status code inside a sentence ("error 502"): through the locale, left to right.
QString statusCode(int status)
{
    return Bidi::isolateLtr(QLocale().toString(status));
}

// A row number inside a sentence ("row 102"): through the locale, left to right.
QString rowNumber(int row)
{
    return Bidi::isolateLtr(QLocale().toString(row));
}

// How many issue sentences one message lists before it only counts the rest.
constexpr int kMaxIssueSentences = 3;

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
                  "unencrypted. Check the server address in Settings.");
    case Kind::RedirectBlocked:
        return tr("Glance sent the request on to another address, so it was stopped to keep the "
                  "API key safe. Check the server address in Settings.");
    case Kind::Configuration:
        return tr("Enter an API key and a valid server address in Settings.");
    }
    return tr("The request failed (%1). Try again.").arg(Bidi::isolateLtr(kindName(m_kind)));
}

QString ApiError::withServerMessage(const QString &sentence) const
{
    if (m_serverMessage.isEmpty())
        return sentence;
    //: %1 is a complete sentence, %2 the server's own message in quotes
    return tr("%1 Glance said: %2").arg(sentence, quoted(m_serverMessage));
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

int ApiError::actionIndex(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() < 2 || parts.first() != QLatin1String("actions"))
        return -1;
    bool ok = false;
    const int index = parts.at(1).toInt(&ok);
    return ok && index >= 0 ? index : -1;
}

QString ApiError::actionField(const QString &path)
{
    if (actionIndex(path) < 0)
        return {};
    return path.section(QLatin1Char('.'), 2);
}

int ApiError::firstActionIssue() const
{
    for (int i = 0; i < m_issues.size(); ++i) {
        if (actionIndex(m_issues.at(i).path) >= 0)
            return i;
    }
    return -1;
}

const ActionRow *ApiError::actionRow(int action) const
{
    if (action < 0 || action >= m_actionRows.size() || m_actionRows.at(action).row <= 0)
        return nullptr;
    return &m_actionRows.at(action);
}

// Codes Glance documents (REFERENCE.md, the SDK) get a sentence of ours, without the server's
// English; empty for any other code.
QString ApiError::knownCodeMessage() const
{
    const QString code = m_serverCode.trimmed().toUpper();
    const int issue = firstActionIssue();
    const ActionRow *row = issue >= 0 ? actionRow(actionIndex(m_issues.at(issue).path)) : nullptr;
    const QString number = row ? rowNumber(row->row) : QString();
    const QString sku = row ? Bidi::sku(row->sku) : QString();
    if (code == QLatin1String("INSUFFICIENT_STOCK")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("There is not enough stock for the change in row %1 (SKU %2), so Glance "
                      "applied none of the changes sent with it.")
                    .arg(number, sku);
        return tr("There is not enough stock for one of the changes, so Glance applied none of "
                  "the changes sent with it.");
    }
    if (code == QLatin1String("PRODUCT_NOT_FOUND")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance does not know the product in row %1 (SKU %2); it may have been "
                      "deleted. None of the changes sent with it were applied.")
                    .arg(number, sku);
        if (issue >= 0)
            return tr("Glance does not know the product in one of the rows; it may have been "
                      "deleted. None of the changes sent with it were applied.");
        return tr("Glance could not find this product; it may have been deleted. Refresh the "
                  "list and try again.");
    }
    if (code == QLatin1String("WAREHOUSE_NOT_FOUND")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance does not know the warehouse in row %1 (SKU %2); it may have been "
                      "deleted. None of the changes sent with it were applied.")
                    .arg(number, sku);
        if (issue >= 0)
            return tr("Glance does not know the warehouse in one of the rows; it may have been "
                      "deleted. None of the changes sent with it were applied.");
        return tr("Glance could not find this warehouse; it may have been deleted. Refresh the "
                  "list and try again.");
    }
    if (code == QLatin1String("INVENTORY_NOT_FOUND")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Row %1 (SKU %2) takes stock out of a warehouse where the product has no "
                      "record, so Glance applied none of the changes sent with it.")
                    .arg(number, sku);
        if (issue >= 0)
            return tr("One of the rows takes stock out of a warehouse where the product has no "
                      "record, so Glance applied none of the changes sent with it.");
        return tr("Glance could not find this record; it may have been deleted. Refresh the "
                  "list and try again.");
    }
    if (code == QLatin1String("INVENTORY_ALREADY_EXISTS"))
        return tr("This product already has a record in this warehouse. Refresh the list and "
                  "change that record instead.");
    if (code == QLatin1String("NO_ACCESS"))
        return tr("This API key is read-only or may not do this. Ask the account owner for an "
                  "editor key.");
    if (code == QLatin1String("RATE_LIMIT_EXCEEDED"))
        return rateLimitedMessage();
    if (!m_issues.isEmpty() && (isValidationCode(m_serverCode) || issue >= 0))
        return issuesMessage();
    return {};
}

bool ApiError::isValidationCode(const QString &code)
{
    // The SDK's code, and what the docs' shape puts in "error" for a validation failure.
    const QString c = code.trimmed().toUpper();
    return c.isEmpty() || c == QLatin1String("INVALID_FIELD")
            || c == QLatin1String("VALIDATION_ERROR") || c == QLatin1String("BAD REQUEST")
            || c == QLatin1String("UNPROCESSABLE ENTITY");
}

// An issue of one action of POST /inventory/adjust, named by its row when it is known.
QString ApiError::actionIssueSentence(const ValidationIssue &issue) const
{
    const ActionRow *row = actionRow(actionIndex(issue.path));
    // Only a validation failure says what is wrong with the field; another code's reason is in
    // its words alone.
    const QString field =
            isValidationCode(m_serverCode) ? actionField(issue.path) : QStringLiteral("?");
    const QString number = row ? rowNumber(row->row) : QString();
    const QString sku = row ? Bidi::sku(row->sku) : QString();
    if (field == QLatin1String("amount")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance did not accept the change in row %1 (SKU %2). Check that it is a "
                      "whole number other than zero and not too large.")
                    .arg(number, sku);
        return tr("Glance did not accept the change in one of the rows. Check that each change "
                  "is a whole number other than zero and not too large.");
    }
    if (field == QLatin1String("reason")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance did not accept the reason in row %1 (SKU %2); it may be too long.")
                    .arg(number, sku);
        return tr("Glance did not accept the reason in one of the rows; it may be too long.");
    }
    if (field == QLatin1String("notes")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance did not accept the notes in row %1 (SKU %2); they may be too long.")
                    .arg(number, sku);
        return tr("Glance did not accept the notes in one of the rows; they may be too long.");
    }
    if (field == QLatin1String("productId")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance does not know the product in row %1 (SKU %2); it may have been "
                      "deleted.")
                    .arg(number, sku);
        return tr("Glance does not know the product in one of the rows; it may have been "
                  "deleted.");
    }
    if (field == QLatin1String("warehouseId")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance does not know the warehouse in row %1 (SKU %2); it may have been "
                      "deleted.")
                    .arg(number, sku);
        return tr("Glance does not know the warehouse in one of the rows; it may have been "
                  "deleted.");
    }
    // Something else about the row: the server's words are all there is.
    if (issue.message.isEmpty()) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance did not accept row %1 (SKU %2).").arg(number, sku);
        return tr("Glance did not accept one of the rows.");
    }
    if (row)
        //: %1 is a row number, %2 its SKU, %3 Glance's own explanation in quotes
        return tr("Glance did not accept row %1 (SKU %2): %3")
                .arg(number, sku, quoted(issue.message));
    //: %1 is Glance's own explanation in quotes
    return tr("Glance did not accept one of the rows: %1").arg(quoted(issue.message));
}

// An issue of a field the client sends outside adjustments; empty for a field it does not know.
QString ApiError::fieldIssueSentence(const ValidationIssue &issue) const
{
    if (!isValidationCode(m_serverCode))
        return {};
    if (issue.path == QLatin1String("quantity"))
        return tr("Glance did not accept the quantity. Enter a whole number, 0 or more.");
    if (issue.path == QLatin1String("location"))
        return tr("Glance did not accept the location; it may be too long.");
    if (issue.path == QLatin1String("productId"))
        return tr("Glance does not know this product; it may have been deleted.");
    if (issue.path == QLatin1String("warehouseId"))
        return tr("Glance does not know this warehouse; it may have been deleted.");
    return {};
}

QString ApiError::issuesMessage() const
{
    QStringList sentences;
    QStringList unknown;
    for (const ValidationIssue &issue : m_issues) {
        const QString sentence = actionIndex(issue.path) >= 0 ? actionIssueSentence(issue)
                                                              : fieldIssueSentence(issue);
        if (!sentence.isEmpty()) {
            if (!sentences.contains(sentence))
                sentences << sentence;
        } else if (issue.path.isEmpty()) {
            unknown << Bidi::name(issue.message);
        } else if (issue.message.isEmpty()) {
            unknown << Bidi::isolateLtr(issue.path);
        } else {
            // Each value isolated: the field left to right, the server's words in their own
            // direction; no brackets around them (they turn around in right-to-left text).
            //: %1 is a field name as Glance calls it, %2 what is wrong with its value
            unknown << tr("%1: %2").arg(Bidi::isolateLtr(issue.path), Bidi::name(issue.message));
        }
    }
    if (!unknown.isEmpty())
        //: %1 lists the fields, separated by semicolons
        sentences << tr("Glance did not accept some values: %1. Correct them and try again.")
                             .arg(unknown.join(QStringLiteral("; ")));
    const int more = int(sentences.size()) - kMaxIssueSentences;
    if (more > 0) {
        sentences = sentences.mid(0, kMaxIssueSentences);
        sentences << tr("Glance found %n more problem(s) of the same kind.", nullptr, more);
    }
    return sentences.join(QLatin1Char(' '));
}

QString ApiError::httpMessage() const
{
    const int status = m_httpStatus;
    const QString known = knownCodeMessage();
    if (!known.isEmpty())
        return known;
    if (status == 400 || status == 422) {
        if (!m_issues.isEmpty())
            return issuesMessage();
        if (!m_serverMessage.isEmpty())
            return tr("Glance did not accept the request: %1").arg(quoted(m_serverMessage));
        return tr("Glance did not accept the request. Check the values and try again.");
    }
    if (status == 401)
        return withServerMessage(tr("The API key was not accepted. Check the key in Settings or "
                                    "sign in again."));
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
                                         .arg(statusCode(status)));
    if (status >= 400 && status <= 499)
        return withServerMessage(
                tr("Glance refused the request (error %1).").arg(statusCode(status)));
    if (status >= 300 && status <= 399)
        return tr("Glance answered with an unexpected redirect (error %1). Check the server "
                  "address in Settings.")
                .arg(statusCode(status));
    return tr("Glance answered in an unexpected way (status %1). Try again later.")
            .arg(statusCode(status));
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
