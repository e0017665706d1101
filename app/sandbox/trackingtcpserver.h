#pragma once

#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Glance::Sandbox {

/*!
    A QTcpServer that remembers its accepted sockets by peer port. With Qt >= 6.5 the HTTP
    server no longer hands the socket to handleRequest(); the sandbox finds it again through
    QHttpServerRequest::remotePort() to drop, truncate or hold connections on purpose.
*/
class TrackingTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit TrackingTcpServer(QObject *parent = nullptr);

    /*! The connected socket whose peer port is \a port, or nullptr. */
    QTcpSocket *socketForPeerPort(quint16 port) const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
};

} // namespace Glance::Sandbox
