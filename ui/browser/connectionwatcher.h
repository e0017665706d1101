#pragma once

#include <QObject>
#include <QPointer>

namespace Glance {

class ApiClient;

// What the answers of one client say about the connection: offline after a network error or a
// timeout, online again after any answer from Glance (a 401 too: what a 401 means for the key is
// AppController's, from ApiClient::callFailed, the one path for every call's 401).
class ConnectionWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionWatcher(QObject *parent = nullptr);
    ~ConnectionWatcher() override;

    // Not owned; nullptr stops watching. A new client starts online.
    void watch(ApiClient *client);
    bool isOnline() const { return m_online; }

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void setOnline(bool online);

    QPointer<ApiClient> m_client;
    bool m_online = true;
};

} // namespace Glance
