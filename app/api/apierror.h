#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Glance {

struct ValidationIssue
{
    QString path; // dotted, e.g. "actions.0.amount"
    QString message;
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

    // From either documented error shape: docs {"error","message","statusCode"} or SDK
    // {"success":false,"error":{"status","message","code","issues"}}.
    QString serverCode() const { return m_serverCode; }
    void setServerCode(const QString &code) { m_serverCode = code; }
    QString serverMessage() const { return m_serverMessage; }
    void setServerMessage(const QString &message) { m_serverMessage = message; }
    QList<ValidationIssue> issues() const { return m_issues; }
    void setIssues(const QList<ValidationIssue> &issues) { m_issues = issues; }

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
    QString httpMessage() const;
    QString rateLimitedMessage() const;
    QString withServerMessage(const QString &sentence) const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverCode;
    QString m_serverMessage;
    QList<ValidationIssue> m_issues;
    QString m_detail;
    QDateTime m_retryAt;
};

} // namespace Glance
