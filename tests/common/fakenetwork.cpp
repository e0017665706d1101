#include "fakenetwork.h"

#include <QIODevice>
#include <QUrlQuery>
#include <QtDebug>

namespace Glance::Test {

namespace {

QByteArray methodOf(QNetworkAccessManager::Operation op, const QNetworkRequest &request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::CustomOperation:
    case QNetworkAccessManager::UnknownOperation:
        break;
    }
    return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray().toUpper();
}

QStringList segmentsOf(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

} // namespace

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

FakeNetworkAccessManager::~FakeNetworkAccessManager() = default;

void FakeNetworkAccessManager::on(const QByteArray &method, const QString &path, Handler handler,
                                  const Query &query)
{
    m_routes.append({method.toUpper(), segmentsOf(path), query, std::move(handler), false});
}

void FakeNetworkAccessManager::once(const QByteArray &method, const QString &path, Handler handler,
                                    const Query &query)
{
    m_routes.append({method.toUpper(), segmentsOf(path), query, std::move(handler), true});
}

void FakeNetworkAccessManager::answer(const QByteArray &method, const QString &path,
                                      const FakeResponse &response, const Query &query)
{
    on(
            method, path, [response](FakeReply *reply) { reply->respond(response); }, query);
}

void FakeNetworkAccessManager::hold(const QByteArray &method, const QString &path,
                                    const Query &query)
{
    on(
            method, path, [](FakeReply *) {}, query);
}

int FakeNetworkAccessManager::count(const QByteArray &method, const QString &path) const
{
    int n = 0;
    for (const FakeRequest &request : m_requests)
        n += (method.isEmpty() || request.method == method) && request.path() == path;
    return n;
}

QList<FakeReply *> FakeNetworkAccessManager::heldReplies() const
{
    QList<FakeReply *> held;
    for (const QPointer<FakeReply> &reply : m_replies) {
        if (reply && reply->isHeld())
            held.append(reply);
    }
    return held;
}

bool FakeNetworkAccessManager::matches(const Route &route, const FakeRequest &request) const
{
    if (route.method != request.method)
        return false;
    const QStringList segments = segmentsOf(request.url.path(QUrl::FullyEncoded));
    if (segments.size() != route.segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (!want.startsWith(QLatin1Char(':')) && want != segments.at(i))
            return false;
    }
    const QUrlQuery query(request.url);
    for (const auto &[key, value] : route.query) {
        if (!query.hasQueryItem(key) || query.queryItemValue(key, QUrl::FullyDecoded) != value)
            return false;
    }
    return true;
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    FakeRequest recorded;
    recorded.method = methodOf(op, request);
    recorded.url = request.url();
    recorded.request = request;
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);

    auto *reply = new FakeReply(recorded, this);
    m_replies.removeAll(nullptr);
    m_replies.append(reply);
    bool routed = false;
    for (qsizetype i = m_routes.size() - 1; i >= 0; --i) {
        if (!matches(m_routes.at(i), recorded))
            continue;
        const Handler handler = m_routes.at(i).handler;
        if (m_routes.at(i).once)
            m_routes.removeAt(i);
        handler(reply);
        routed = true;
        break;
    }
    if (!routed) {
        qWarning().noquote() << "FakeNetworkAccessManager: no route for" << recorded.method
                             << recorded.url.toString();
        reply->respond(FakeResponse::sdkError(404, QStringLiteral("NOT_FOUND"),
                                              QStringLiteral("No scripted route")));
    }
    Q_EMIT requestArrived(reply);
    return reply;
}

} // namespace Glance::Test
