#include "rawhttp.h"

#include <QBuffer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Glance::Test {

namespace {

bool hasHeaderNamed(const HttpHeaderList &headers, const QByteArray &name)
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Parses status line and headers; returns the offset of the body, or -1 if incomplete.
qsizetype parseHead(const QByteArray &data, HttpResult &result, qint64 &contentLength)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    const QList<QByteArray> lines = data.left(end).split('\n');
    if (lines.isEmpty())
        return -1;
    const QList<QByteArray> statusParts = lines.first().trimmed().split(' ');
    result.status = statusParts.size() >= 2 ? statusParts.at(1).toInt() : 0;
    contentLength = -1;
    result.headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        result.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    return end + 4;
}

} // namespace

QUrl RawHttp::join(const QUrl &base, const QString &encodedPathAndQuery)
{
    QByteArray prefix = base.toEncoded(QUrl::StripTrailingSlash);
    QByteArray rest = encodedPathAndQuery.toUtf8();
    if (!rest.startsWith('/'))
        rest.prepend('/');
    // An explicit QByteArray: Qt 6.7+ takes a QByteArrayView, which a QStringBuilder does not
    // convert to.
    return QUrl::fromEncoded(QByteArray(prefix + rest), QUrl::TolerantMode);
}

HttpResult RawHttp::send(const QByteArray &method, const QUrl &url, const HttpHeaderList &headers,
                         const QByteArray &body, int timeoutMs)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);

    QNetworkRequest request(url);
    for (const auto &pair : headers)
        request.setRawHeader(pair.first, pair.second);
    if (!body.isEmpty() && !hasHeaderNamed(headers, "Content-Type"))
        request.setRawHeader("Content-Type", "application/json");

    auto *buffer = new QBuffer(&manager);
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, buffer);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
        loop.quit();
    });
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    HttpResult result;
    result.timedOut = timedOut;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    result.networkError = reply->error();
    result.errorString = reply->errorString();
    delete reply;
    return result;
}

HttpResult RawHttp::sendOverSocket(const QByteArray &method, const QUrl &url,
                                   const HttpHeaderList &headers, const QByteArray &body,
                                   int timeoutMs)
{
    HttpResult result;
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);

    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    if (target.isEmpty())
        target = "/";
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\n";
    head += "Host: " + url.host().toUtf8() + ':' + QByteArray::number(url.port(80)) + "\r\n";
    for (const auto &pair : headers)
        head += pair.first + ": " + pair.second + "\r\n";
    if (!body.isEmpty() && !hasHeaderNamed(headers, "Content-Type"))
        head += "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";

    QByteArray received;
    qsizetype bodyOffset = -1;
    qint64 contentLength = -1;
    bool complete = false;
    bool closed = false;

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(head + body); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        if (bodyOffset < 0)
            bodyOffset = parseHead(received, result, contentLength);
        if (bodyOffset >= 0 && contentLength >= 0
            && received.size() - bodyOffset >= contentLength) {
            complete = true;
            loop.quit();
        }
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        closed = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop,
                     [&](QAbstractSocket::SocketError error) {
                         if (error == QAbstractSocket::RemoteHostClosedError)
                             closed = true;
                         else
                             result.errorString = socket.errorString();
                         if (error == QAbstractSocket::ConnectionRefusedError)
                             result.networkError = QNetworkReply::ConnectionRefusedError;
                         loop.quit();
                     });
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        loop.quit();
    });
    timer.start(timeoutMs);
    socket.connectToHost(url.host(), quint16(url.port(80)));
    loop.exec();

    // Pick up anything that arrived together with the close.
    received += socket.readAll();
    if (bodyOffset < 0)
        bodyOffset = parseHead(received, result, contentLength);
    if (bodyOffset >= 0) {
        result.body = received.mid(bodyOffset);
        if (contentLength >= 0) {
            complete = result.body.size() >= contentLength;
            result.body.truncate(qMin<qint64>(result.body.size(), contentLength));
        }
    }
    if (!complete) {
        result.incomplete = true;
        if (result.timedOut)
            result.networkError = QNetworkReply::TimeoutError;
        else if (closed)
            result.networkError = QNetworkReply::RemoteHostClosedError;
        if (result.errorString.isEmpty())
            result.errorString = result.timedOut ? u"timed out"_s : u"connection closed"_s;
    }
    socket.abort();
    return result;
}

} // namespace Glance::Test
