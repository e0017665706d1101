#include "trackingtcpserver.h"

namespace Glance::Sandbox {

TrackingTcpServer::TrackingTcpServer(QObject *parent)
    : QTcpServer(parent)
{
}

QTcpSocket *TrackingTcpServer::socketForPeerPort(quint16 port) const
{
    const QPointer<QTcpSocket> socket = m_sockets.value(port);
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return nullptr;
    return socket.data();
}

void TrackingTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    for (auto it = m_sockets.begin(); it != m_sockets.end();) {
        if (it.value().isNull())
            it = m_sockets.erase(it);
        else
            ++it;
    }
    m_sockets.insert(socket->peerPort(), socket);
    addPendingConnection(socket);
}

} // namespace Glance::Sandbox
