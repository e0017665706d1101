#pragma once

#include "apirequest.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QtGlobal>

#include <functional>
#include <memory>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace Glance::Sandbox {

class Exchange;
class TrackingTcpServer;

/*!
    The Qt HttpServer glue: parses nothing itself, converts each QHttpServerRequest into an
    ApiRequest plus an Exchange (the connection to answer on) and hands both to a callback.
    All Qt-version differences of QAbstractHttpServer are confined to this class and Exchange.
*/
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiRequest &, std::shared_ptr<Exchange>)>;

    explicit HttpFrontend(Callback callback, QObject *parent = nullptr);

    /*! Listens on address:port (0 = any free port). */
    bool start(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#endif

private:
    static ApiRequest convert(const QHttpServerRequest &request);

    Callback m_callback;
    TrackingTcpServer *m_tcpServer = nullptr;
};

} // namespace Glance::Sandbox
