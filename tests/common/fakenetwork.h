#pragma once

// A scripted, in-process network for unit tests (in the spirit of Nextcloud's FakeQNAM /
// FakeReply): FakeNetworkAccessManager is given to ApiClient like the real manager, and answers
// each request from a script instead of a socket. No process, no port, no sleeping.
//
//   FakeNetworkAccessManager network;
//   network.answer("GET", "/inventory", FakeResponse::page(items, 250, 1, 100));
//   network.on("POST", "/inventory/adjust", [&](FakeReply *reply) {
//       stock.handle(reply->fakeRequest());                 // the server applied it…
//       reply->fail(QNetworkReply::RemoteHostClosedError); // …and the answer was lost
//   });
//   network.on("POST", "/inventory/adjust", [](FakeReply *) {}); // held: the test decides later
//
// Routes match the method and the path ("/inventory/product/:id": ":…" matches one segment),
// optionally query items; the route added last wins, and a route added with once() is used for
// one request only. A handler answers with respond() or fail(), or does neither: the reply is
// then *held* (heldReplies()) until the test answers it, fails it, or fires the client's timeout
// (timeOut()). Every answer is delivered from the event loop (queued), never from inside
// createRequest(), in the order a real reply emits its signals; abort() finishes at once, as
// QNetworkReply's does. A request no route matches gets a 404 (the SDK error shape) and a
// warning. Every request is recorded (method, URL, headers, body) for assertions.
//
// The client's transfer timeout is not run by a timer here: a test that wants "the answer came
// after the client gave up" holds the reply and calls timeOut(), which ends it as Qt's transfer
// timeout does (OperationCanceledError). The request's transferTimeout() is recorded.

#include "fakereply.h"
#include "fakerequest.h"
#include "fakeresponse.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace Glance::Test {

class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<void(FakeReply *reply)>;
    using Query = QList<QPair<QString, QString>>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);
    ~FakeNetworkAccessManager() override;

    // Requests of `method` to `path` (and carrying every item of `query`) go to `handler`.
    void on(const QByteArray &method, const QString &path, Handler handler,
            const Query &query = {});
    // The same, for the next matching request only.
    void once(const QByteArray &method, const QString &path, Handler handler,
              const Query &query = {});
    // Always the same answer.
    void answer(const QByteArray &method, const QString &path, const FakeResponse &response,
                const Query &query = {});
    // Requests are held (answered by the test).
    void hold(const QByteArray &method, const QString &path, const Query &query = {});
    void clearRoutes() { m_routes.clear(); }

    QList<FakeRequest> requests() const { return m_requests; }
    // Requests of `method` to exactly `path` (every method when empty).
    int count(const QByteArray &method, const QString &path) const;
    void clearRequests() { m_requests.clear(); }
    // Replies a handler left unanswered and nobody has answered or aborted since, oldest first.
    QList<FakeReply *> heldReplies() const;

Q_SIGNALS:
    // A request arrived and its handler ran (the reply may be held).
    void requestArrived(Glance::Test::FakeReply *reply);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Query query;
        Handler handler;
        bool once = false;
    };
    bool matches(const Route &route, const FakeRequest &request) const;

    QList<Route> m_routes;
    QList<FakeRequest> m_requests;
    QList<QPointer<FakeReply>> m_replies;
};

} // namespace Glance::Test
