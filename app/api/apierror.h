#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Glance {

class IssueSentences;

struct ValidationIssue
{
    QString path; // dotted, e.g. "actions.0.amount"
    QString message;
};

// Who an action of POST /inventory/adjust stands for, as the user counts: the row (1-based)
// and the SKU of the line it carried. With these an issue at "actions.1.amount" reads as
// "row 102 (SKU AB-120/3)".
struct ActionRow
{
    int row = 0;
    QString sku;
};

// The one error type of the API client. Every failed call delivers exactly one of these.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None, // no error
        Network, // could not reach the server (DNS, refused, reset before sending)
        Timeout, // no complete answer within the transfer timeout (request not sent,
                 // or an idempotent request)
        Tls, // certificate or handshake failure: never ignored
        Http, // the server answered with an error status (see httpStatus)
        Decode, // the body could not be understood (HTML, truncated, missing ids)
        RateLimited, // 429 and no (more) automatic retry
        Cancelled, // the caller cancelled the call
        OutcomeUnknown, // a non-idempotent request was sent but its answer was lost
        InsecureRequest, // plain HTTP to a host that is not loopback, refused before sending
        RedirectBlocked, // a redirect to another origin, refused (the key stays home)
        Configuration, // no API key or no valid base URL
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail = {});

    static ApiError http(int status, QString serverCode = {}, QString serverMessage = {});

    // Kind::Http for `status`, with the server's code, message and issues read from `body` when
    // it holds either documented error shape; HTML, empty or truncated bodies give none (never
    // raw HTML as the message).
    static ApiError fromHttpResponse(int status, const QByteArray &body);

    // Reads the server's code, message, issues (and status, if `status` is 0) from either error
    // shape into this error. Returns false when `body` holds neither.
    bool readServerError(const QByteArray &body);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }

    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    // Whether the failed request was a change (POST, PUT, DELETE) rather than a read: only a
    // 403 on a change says the key is read-only (a 403 on the history says nothing about it).
    bool isWriteRequest() const { return m_writeRequest; }
    void setWriteRequest(bool write) { m_writeRequest = write; }

    // From either documented error shape: docs {"error","message","statusCode"} or SDK
    // {"success":false,"error":{"status","message","code","issues"}}.
    QString serverCode() const { return m_serverCode; }
    void setServerCode(const QString &code) { m_serverCode = code; }
    QString serverMessage() const { return m_serverMessage; }
    void setServerMessage(const QString &message) { m_serverMessage = message; }
    QList<ValidationIssue> issues() const { return m_issues; }
    void setIssues(const QList<ValidationIssue> &issues) { m_issues = issues; }
    // Structured facts beside the message, when the server sends them ("details": {...} in
    // either shape; Glance documents none so far). Empty otherwise.
    QJsonObject details() const { return m_details; }
    void setDetails(const QJsonObject &details) { m_details = details; }

    // The rows the actions of the refused request stand for (index = action index), set by
    // whoever sent them; userMessage() then names rows instead of "actions.N" paths.
    QList<ActionRow> actionRows() const { return m_actionRows; }
    void setActionRows(const QList<ActionRow> &rows) { m_actionRows = rows; }

    // The action an issue path "actions.N" or "actions.N.field" points to (N), or -1.
    static int actionIndex(const QString &path);
    // The field of such a path ("amount"), empty for "actions.N" itself or another path.
    static QString actionField(const QString &path);
    // The first issue that points to an action (its index in issues()), or -1.
    int firstActionIssue() const;

    // What Glance says is wrong with one action of POST /inventory/adjust (`issue`, one of
    // issues()), from the codes and fields Glance documents; Other for anything else. The one
    // place that reads them: userMessage() and the batch rows' sentences both ask here.
    enum class ActionProblem {
        Other,
        InsufficientStock,
        NoRecord, // taking stock out where the product has no record
        UnknownProduct,
        UnknownWarehouse,
        BadAmount,
        BadReason,
        BadNotes,
    };
    ActionProblem actionProblem(const ValidationIssue &issue) const;

    // Technical detail for logs (never shown as the sentence, never contains the key).
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail) { m_detail = detail; }

    // For RateLimited: when the server says the window resets (invalid if unknown).
    QDateTime retryAt() const { return m_retryAt; }
    void setRetryAt(const QDateTime &at) { m_retryAt = at; }

    // Convenience for callers that react to roles and sign-in.
    bool isUnauthorized() const { return m_kind == Kind::Http && m_httpStatus == 401; }
    bool isForbidden() const { return m_kind == Kind::Http && m_httpStatus == 403; }
    bool isNotFound() const { return m_kind == Kind::Http && m_httpStatus == 404; }

    // The one translated sentence a store manager reads. Never "unknown error".
    QString userMessage() const;

    // Short English form for logs and test failure messages.
    QString toLogString() const;

    static QString kindName(Kind kind);

private:
    IssueSentences sentences() const;
    QString httpMessage() const;
    QString rateLimitedMessage() const;
    QString withServerMessage(const QString &sentence) const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    bool m_writeRequest = false;
    QString m_serverCode;
    QString m_serverMessage;
    QList<ValidationIssue> m_issues;
    QJsonObject m_details;
    QList<ActionRow> m_actionRows;
    QString m_detail;
    QDateTime m_retryAt;
};

} // namespace Glance
