#pragma once

// One request recorded by FakeNetworkAccessManager (fakenetwork.h).

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>
#include <QUrlQuery>

namespace Glance::Test {

// One request as the server would have seen it.
struct FakeRequest
{
    QByteArray method; // GET, POST, PUT, DELETE…
    QUrl url;
    QNetworkRequest request; // headers and attributes as sent
    QByteArray body;

    QString path() const { return url.path(); }
    bool hasQuery(const QString &key) const { return QUrlQuery(url).hasQueryItem(key); }
    // Decoded; empty when absent.
    QString query(const QString &key) const
    {
        return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
    }
    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace Glance::Test
