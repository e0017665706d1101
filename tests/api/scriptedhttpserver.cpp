#include "scriptedhttpserver.h"

#include <QTcpSocket>

namespace Glance::ApiTest {

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool ScriptedHttpServer::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
    setAnswer(200, {}, "{}");
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen(const QHostAddress &address)
{
    return m_server.listen(address, 0);
}

QUrl ScriptedHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server.serverAddress().toString());
    url.setPort(m_server.serverPort());
    return url;
}

QByteArray ScriptedHttpServer::format(int status,
                                      const QList<QPair<QByteArray, QByteArray>> &headers,
                                      const QByteArray &body)
{
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    for (const auto &pair : headers)
        answer += pair.first + ": " + pair.second + "\r\n";
    answer += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    answer += "Connection: close\r\n\r\n" + body;
    return answer;
}

void ScriptedHttpServer::setAnswer(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                                   const QByteArray &body)
{
    m_answer = format(status, headers, body);
}

void ScriptedHttpServer::addOneTimeAnswer(int status,
                                          const QList<QPair<QByteArray, QByteArray>> &headers,
                                          const QByteArray &body)
{
    m_oneTimeAnswers.append(format(status, headers, body));
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_answerOnConnect) {
            socket->write(m_answer);
            socket->disconnectFromHost();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                socket->setProperty("buffer", buffer);
                return;
            }
            Request request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.append(
                            {line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
            m_requests.append(request);
            socket->setProperty("buffer", QByteArray());
            socket->write(m_oneTimeAnswers.isEmpty() ? m_answer : m_oneTimeAnswers.takeFirst());
            socket->disconnectFromHost();
        });
    }
}

} // namespace Glance::ApiTest
