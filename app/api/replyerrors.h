#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

// The one ApiError for a request that did not end in an answer the caller can read, from what
// is known of its reply. The kind depends on whether the request may be repeated (`idempotent`):
// a change (POST, PUT, DELETE) whose answer was lost, cut short or a 5xx may have been applied,
// so it is OutcomeUnknown and never re-sent blindly; a read is a Timeout, Network or Decode
// failure. Plain functions of the facts, so each rule is tested without a network.
namespace Glance::ReplyErrors {

// Whether `code` means the request never left (refused, no host, TLS, proxy).
bool nothingWasSent(QNetworkReply::NetworkError code);

// What is known of a reply that ended without an HTTP status.
struct NoAnswer
{
    QNetworkReply::NetworkError code = QNetworkReply::NoError;
    QString errorString; // the reply's
    bool idempotent = true;
    bool requestSent = false; // this attempt's bytes left
    QString tlsDetail; // the certificate errors, when there were any
    bool networkGone = false; // the QNetworkAccessManager was destroyed
};
ApiError noAnswer(const NoAnswer &reply);

// An error status (3xx and above, not 429) with the server's body. A change's 5xx may have been
// applied before the server failed: OutcomeUnknown, with the status, code and message kept.
ApiError serverError(int status, const QByteArray &body, bool idempotent);

// A 2xx whose body cannot be read (cut short, too large): a change was applied but what it
// became is not known, as after a lost answer.
ApiError unreadableAnswer(int status, bool idempotent, const QString &detail);

} // namespace Glance::ReplyErrors
