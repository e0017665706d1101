#include "apirequest.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

bool ApiRequest::hasQueryItem(const QString &name) const
{
    for (const auto &item : query) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString ApiRequest::queryItem(const QString &name) const
{
    for (const auto &item : query) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

QString ApiRequest::describe() const
{
    QString text = QString::fromLatin1(method) + u' ' + rawPath;
    if (!rawQuery.isEmpty())
        text += u'?' + QString::fromUtf8(rawQuery);
    return text;
}

QStringList ApiRequest::splitPath(const QString &encodedPath)
{
    QStringList segments;
    const QStringList parts = encodedPath.split(u'/', Qt::SkipEmptyParts);
    segments.reserve(parts.size());
    for (const QString &part : parts)
        segments.append(QUrl::fromPercentEncoding(part.toUtf8()));
    return segments;
}

QList<QPair<QString, QString>> ApiRequest::parseQuery(const QByteArray &encodedQuery)
{
    QList<QPair<QString, QString>> items;
    const QList<QByteArray> pairs = encodedQuery.split('&');
    for (QByteArray pair : pairs) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        items.append({QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value)});
    }
    return items;
}

} // namespace Glance::Sandbox
