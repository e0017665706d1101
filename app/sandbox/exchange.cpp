#include "exchange.h"

#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
Exchange::Exchange(QTcpSocket *socket)
    : m_socket(socket)
{
}
#else
Exchange::Exchange(QTcpSocket *socket, QHttpServerResponder &&responder)
    : m_socket(socket)
    , m_responder(std::make_unique<QHttpServerResponder>(std::move(responder)))
{
}
#endif

Exchange::~Exchange()
{
    release();
}

bool Exchange::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool Exchange::isPending() const
{
    return !m_answered && isConnected();
}

QByteArray Exchange::serialize(const ApiResponse &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + ApiResponse::reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "\r\n";
    return head;
}

void Exchange::send(const ApiResponse &response)
{
    if (m_answered)
        return;
    m_answered = true;
    if (isConnected()) {
        m_socket->write(serialize(response) + response.body);
        release();
        return;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (m_responder && !m_socket) {
        m_responder->write(response.body, response.contentType,
                           QHttpServerResponder::StatusCode(response.status));
    }
#endif
    release();
}

void Exchange::sendTruncated(const ApiResponse &response)
{
    if (m_answered)
        return;
    m_answered = true;
    if (!isConnected()) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        if (m_responder && !m_socket) {
            std::fputs("glance-sandbox: cannot truncate an answer with this Qt version "
                       "(socket not found); answering 502 instead\n",
                       stderr);
            m_responder->write("{\"success\":false,\"error\":{\"status\":502,"
                               "\"message\":\"truncated-json not supported\","
                               "\"code\":\"UNKNOWN_ERROR\"}}",
                               "application/json", QHttpServerResponder::StatusCode::BadGateway);
        }
#endif
        release();
        return;
    }
    const QByteArray body = response.body.left(qMax<qsizetype>(1, response.body.size() / 2));
    m_socket->write(serialize(response) + body);
    m_socket->flush();
    m_socket->disconnectFromHost(); // sends what is buffered, then closes
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Keep the responder until the socket is closed: releasing it earlier lets Qt delete the
    // connection object (and the socket) before the partial body is flushed.
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState) {
        auto *holder = new QObject(m_socket);
        auto responder =
                std::make_shared<std::unique_ptr<QHttpServerResponder>>(std::move(m_responder));
        QObject::connect(m_socket, &QTcpSocket::disconnected, holder, [responder, holder] {
            responder->reset();
            holder->deleteLater();
        });
        return;
    }
#endif
    release();
}

void Exchange::drop()
{
    if (m_answered)
        return;
    m_answered = true;
    if (m_socket) {
        m_socket->abort();
    } else {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        if (m_responder) {
            std::fputs("glance-sandbox: cannot drop a connection with this Qt version "
                       "(socket not found); answering 502 instead\n",
                       stderr);
            m_responder->write("{\"success\":false,\"error\":{\"status\":502,"
                               "\"message\":\"connection drop not supported\","
                               "\"code\":\"UNKNOWN_ERROR\"}}",
                               "application/json", QHttpServerResponder::StatusCode::BadGateway);
        }
#endif
    }
    release();
}

void Exchange::release()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    m_responder.reset();
#endif
}

} // namespace Glance::Sandbox
