#pragma once

#include "apiresponse.h"

#include <QPointer>
#include <QTcpSocket>
#include <QtGlobal>

#include <memory>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttpServerResponder>
#endif

namespace Glance::Sandbox {

/*!
    One request's connection, answered by writing raw HTTP/1.1 bytes to the socket so that the
    sandbox controls every header and can also drop, truncate or hold the answer on purpose.

    Qt 6.4 hands the socket to QAbstractHttpServer::handleRequest(). From Qt 6.5 on the server
    passes a QHttpServerResponder instead: the sandbox keeps it alive (so Qt does not consider
    the request answered and does not read the next one) while it writes to the socket found by
    peer port (TrackingTcpServer), and releases it afterwards. If the socket cannot be found
    there, answers fall back to the responder (without the extra headers) and drops/truncation
    degrade to a 502 answer, logged on stderr.
*/
class Exchange
{
public:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    explicit Exchange(QTcpSocket *socket);
#else
    Exchange(QTcpSocket *socket, QHttpServerResponder &&responder);
#endif
    ~Exchange();

    Exchange(const Exchange &) = delete;
    Exchange &operator=(const Exchange &) = delete;

    /*! The client is still connected and nothing was answered yet. */
    bool isPending() const;
    bool isConnected() const;

    /*! Writes a complete answer (Content-Length, Content-Type, response headers). */
    void send(const ApiResponse &response);
    /*! Writes the status line and headers with the full Content-Length, about half of the body,
        then closes the connection. */
    void sendTruncated(const ApiResponse &response);
    /*! Closes the connection without answering. */
    void drop();

    static QByteArray serialize(const ApiResponse &response);

private:
    void release();

    QPointer<QTcpSocket> m_socket;
    bool m_answered = false;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    std::unique_ptr<QHttpServerResponder> m_responder;
#endif
};

} // namespace Glance::Sandbox
