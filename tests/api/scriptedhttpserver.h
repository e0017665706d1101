#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

namespace Glance::ApiTest {

// A tiny HTTP/1.1 server on a loopback address for what the sandbox cannot do: answer a redirect
// to another origin, or record exactly which headers arrived. Every request gets the same
// scripted answer; the connection is closed after it.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QList<QPair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    QUrl url() const; // http://address:port

    // The answer to every request (status line, headers, Content-Length, body).
    void setAnswer(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                   const QByteArray &body = {});
    // An answer for the next request only (queued in order), before the setAnswer() one.
    void addOneTimeAnswer(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QByteArray &body = {});

    // Write the answer as soon as a client connects, without waiting for a request (a server
    // that speaks plain HTTP to a client that starts TLS).
    void setAnswerOnConnect(bool enabled) { m_answerOnConnect = enabled; }

    const QList<Request> &requests() const { return m_requests; }
    int connections() const { return m_connections; }

private:
    void onNewConnection();

    QTcpServer m_server;
    static QByteArray format(int status, const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QByteArray &body);

    QByteArray m_answer;
    QList<QByteArray> m_oneTimeAnswers;
    QList<Request> m_requests;
    int m_connections = 0;
    bool m_answerOnConnect = false;
};

} // namespace Glance::ApiTest
