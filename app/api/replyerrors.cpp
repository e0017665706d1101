#include "api/replyerrors.h"

namespace Glance::ReplyErrors {

bool nothingWasSent(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

ApiError noAnswer(const NoAnswer &reply)
{
    const QNetworkReply::NetworkError code = reply.code;
    const QString detail = code == QNetworkReply::ContentReSendError
            ? QStringLiteral("connection lost after sending; re-sending refused")
            : QStringLiteral("%1 (QNetworkReply error %2)").arg(reply.errorString).arg(int(code));
    if (!reply.tlsDetail.isEmpty() || code == QNetworkReply::SslHandshakeFailedError)
        return ApiError(ApiError::Kind::Tls, reply.tlsDetail.isEmpty() ? detail : reply.tlsDetail);
    if (reply.networkGone)
        return ApiError(ApiError::Kind::Network, QStringLiteral("network access manager gone"));

    // Sent and lost: for create/adjust we cannot know whether the server applied it.
    const bool lostAfterSending = reply.requestSent || code == QNetworkReply::RemoteHostClosedError
            || code == QNetworkReply::ContentReSendError;
    if (!reply.idempotent && lostAfterSending && !nothingWasSent(code))
        return ApiError(ApiError::Kind::OutcomeUnknown, detail);

    // The dispatcher's own aborts are handled before; a cancel here is the transfer timeout.
    if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError)
        return ApiError(ApiError::Kind::Timeout, detail);
    return ApiError(ApiError::Kind::Network, detail);
}

ApiError serverError(int status, const QByteArray &body, bool idempotent)
{
    ApiError error = ApiError::fromHttpResponse(status, body);
    if (idempotent || status < 500)
        return error;
    // The server may have applied the change before failing: do not let anyone re-send it
    // blindly. The status stays for the log.
    ApiError unknown(ApiError::Kind::OutcomeUnknown, error.toLogString());
    unknown.setHttpStatus(status);
    unknown.setServerCode(error.serverCode());
    unknown.setServerMessage(error.serverMessage());
    return unknown;
}

ApiError unreadableAnswer(int status, bool idempotent, const QString &detail)
{
    ApiError error(idempotent ? ApiError::Kind::Decode : ApiError::Kind::OutcomeUnknown, detail);
    error.setHttpStatus(status);
    return error;
}

} // namespace Glance::ReplyErrors
