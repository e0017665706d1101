#include "fakereply.h"

#include <QMetaObject>

#include <algorithm>
#include <cstring>

namespace Glance::Test {

namespace {

// Errors of a request that never reached a server: no requestSent() before them.
bool beforeSending(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

// What Qt says for the errors tests script most; a generic text for the rest.
QString defaultText(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("Connection closed");
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("Connection refused");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("Host not found");
    default:
        return QStringLiteral("Scripted network error %1").arg(int(code));
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// QNetworkReply's error for an HTTP status, as Qt's HTTP backend maps it.
QNetworkReply::NetworkError errorForStatus(int status)
{
    if (status < 400)
        return QNetworkReply::NoError;
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status >= 500 ? QNetworkReply::UnknownServerError
                             : QNetworkReply::UnknownContentError;
    }
}

} // namespace

FakeReply::FakeReply(const FakeRequest &request, QObject *parent)
    : QNetworkReply(parent)
    , m_request(request)
{
    setRequest(request.request);
    setUrl(request.url);
    setOperation(QNetworkAccessManager::CustomOperation);
    if (request.method == "GET")
        setOperation(QNetworkAccessManager::GetOperation);
    else if (request.method == "POST")
        setOperation(QNetworkAccessManager::PostOperation);
    else if (request.method == "PUT")
        setOperation(QNetworkAccessManager::PutOperation);
    else if (request.method == "DELETE")
        setOperation(QNetworkAccessManager::DeleteOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

FakeReply::~FakeReply() = default;

bool FakeReply::respond(const FakeResponse &response)
{
    if (!isHeld())
        return false;
    m_answered = true;
    QMetaObject::invokeMethod(
            this, [this, response] { deliver(response); }, Qt::QueuedConnection);
    return true;
}

bool FakeReply::fail(NetworkError code, const QString &text)
{
    if (!isHeld())
        return false;
    m_answered = true;
    QMetaObject::invokeMethod(
            this,
            [this, code, text] {
                if (isFinished())
                    return; // aborted meanwhile
                if (!beforeSending(code))
                    emitRequestSent();
                finishWithError(code,
                                text.isEmpty()
                                        ? QStringLiteral("scripted network error %1").arg(int(code))
                                        : text);
            },
            Qt::QueuedConnection);
    return true;
}

bool FakeReply::timeOut()
{
    if (!isHeld())
        return false;
    m_answered = true;
    emitRequestSent();
    finishWithError(OperationCanceledError, QStringLiteral("Operation canceled"));
    return true;
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    m_aborted = true;
    m_answered = true;
    finishWithError(OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() - m_read + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_buffer.size() - m_read);
    if (count <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_buffer.constData() + m_read, size_t(count));
    m_read += count;
    return count;
}

void FakeReply::emitRequestSent()
{
    if (m_sentEmitted)
        return;
    m_sentEmitted = true;
    Q_EMIT uploadProgress(m_request.body.size(), m_request.body.size());
    Q_EMIT requestSent();
}

void FakeReply::deliver(const FakeResponse &response)
{
    if (isFinished())
        return; // aborted meanwhile
    emitRequestSent();
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, reasonPhrase(response.status));
    for (const auto &[name, value] : response.headers)
        setRawHeader(name, value);
    const bool cut = response.cutAfter >= 0 && response.cutAfter < response.body.size();
    if (!cut)
        setHeader(QNetworkRequest::ContentLengthHeader, response.body.size());
    Q_EMIT metaDataChanged();
    m_buffer = cut ? response.body.left(response.cutAfter) : response.body;
    if (!m_buffer.isEmpty()) {
        Q_EMIT readyRead();
        Q_EMIT downloadProgress(m_buffer.size(), cut ? -1 : m_buffer.size());
    }
    if (cut) {
        finishWithError(RemoteHostClosedError, QStringLiteral("Connection closed"));
        return;
    }
    const NetworkError error = errorForStatus(response.status);
    if (error != NoError) {
        finishWithError(
                error,
                QStringLiteral("Error transferring %1 - server replied: %2")
                        .arg(url().toString(), QString::fromLatin1(reasonPhrase(response.status))));
        return;
    }
    setFinished(true);
    Q_EMIT readChannelFinished();
    Q_EMIT finished();
}

void FakeReply::finishWithError(NetworkError code, const QString &text)
{
    setError(code, text);
    Q_EMIT errorOccurred(code);
    setFinished(true);
    Q_EMIT readChannelFinished();
    Q_EMIT finished();
}

} // namespace Glance::Test
