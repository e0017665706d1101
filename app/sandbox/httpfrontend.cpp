#include "httpfrontend.h"

#include "exchange.h"
#include "trackingtcpserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HttpFrontend::HttpFrontend(Callback callback, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_callback(std::move(callback))
{
}

bool HttpFrontend::start(const QHostAddress &address, quint16 port, QString *error)
{
    m_tcpServer = new TrackingTcpServer(this);
    if (!m_tcpServer->listen(address, port)) {
        *error = u"Cannot listen on %1:%2: %3"_s.arg(address.toString())
                         .arg(port)
                         .arg(m_tcpServer->errorString());
        return false;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!bind(m_tcpServer)) {
        *error = u"Cannot bind the HTTP server to its TCP server"_s;
        return false;
    }
#else
    bind(m_tcpServer);
#endif
    return true;
}

quint16 HttpFrontend::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

ApiRequest HttpFrontend::convert(const QHttpServerRequest &request)
{
    ApiRequest result;
    result.method = methodName(request.method());
    result.rawPath = request.url().path(QUrl::FullyEncoded);
    if (result.rawPath.isEmpty())
        result.rawPath = u"/"_s;
    result.segments = ApiRequest::splitPath(result.rawPath);
    result.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    result.query = ApiRequest::parseQuery(result.rawQuery);
    result.authorization = request.value("Authorization");
    if (result.authorization.isEmpty())
        result.authorization = request.value("authorization");
    result.body = request.body();
    result.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    return result;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_callback(convert(request), std::make_shared<Exchange>(socket));
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    handleRequest(request, socket);
}

#else

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    QTcpSocket *socket =
            m_tcpServer ? m_tcpServer->socketForPeerPort(request.remotePort()) : nullptr;
    m_callback(convert(request), std::make_shared<Exchange>(socket, std::move(responder)));
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void HttpFrontend::missingHandler(const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder)
{
    handleRequest(request, responder);
}
#else
void HttpFrontend::missingHandler(const QHttpServerRequest &request,
                                  QHttpServerResponder &responder)
{
    handleRequest(request, responder);
}
#endif

#endif

} // namespace Glance::Sandbox
