#include "httpresult.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Glance::Test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool HttpResult::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool HttpResult::isJson() const
{
    QJsonParseError error {};
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

QJsonValue HttpResult::data() const
{
    return json().value("data"_L1);
}

QString HttpResult::errorCode() const
{
    return json().value("error"_L1).toObject().value("code"_L1).toString();
}

QString HttpResult::describe() const
{
    QString text = u"HTTP %1"_s.arg(status);
    if (timedOut)
        text += u" (timed out)"_s;
    if (incomplete)
        text += u" (incomplete)"_s;
    if (networkError != QNetworkReply::NoError)
        text += u" network error %1: %2"_s.arg(int(networkError)).arg(errorString);
    QByteArray shown = body.left(400);
    text += u" body: "_s + QString::fromUtf8(shown);
    return text;
}

} // namespace Glance::Test
