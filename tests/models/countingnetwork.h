#pragma once

// A QNetworkAccessManager that records every request it sends and every status it gets back:
// the tests and benchmarks of the inventory browser count requests at the wire with it (the
// request budget), including 429 answers the client retried on its own.

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace Glance::Test {

class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    // Requests whose path is exactly `path` (e.g. "/inventory"); every request when empty.
    int requests(const QString &path = {}) const
    {
        int count = 0;
        for (const QUrl &url : m_urls)
            count += path.isEmpty() || url.path() == path;
        return count;
    }
    int answers(int status) const { return int(m_statuses.count(status)); }
    QList<QUrl> urls() const { return m_urls; }
    void clear()
    {
        m_urls.clear();
        m_statuses.clear();
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        m_urls.append(request.url());
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (status.isValid())
                m_statuses.append(status.toInt());
        });
        return reply;
    }

private:
    QList<QUrl> m_urls;
    QList<int> m_statuses;
};

} // namespace Glance::Test
