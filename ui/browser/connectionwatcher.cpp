#include "ui/browser/connectionwatcher.h"

#include "api/apiclient.h"
#include "api/apierror.h"

namespace Glance {

ConnectionWatcher::ConnectionWatcher(QObject *parent)
    : QObject(parent)
{
}

ConnectionWatcher::~ConnectionWatcher() = default;

void ConnectionWatcher::watch(ApiClient *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    setOnline(true);
    if (!client)
        return;
    connect(client, &ApiClient::callSucceeded, this, [this] { setOnline(true); });
    connect(client, &ApiClient::callFailed, this, [this](const ApiError &error) {
        const auto kind = error.kind();
        if (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout)
            setOnline(false);
        else if (kind != ApiError::Kind::Cancelled)
            setOnline(true);
    });
}

void ConnectionWatcher::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

} // namespace Glance
