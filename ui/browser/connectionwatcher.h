#pragma once

#include <QObject>
#include <QPointer>

namespace Glance {

class ApiClient;

// What the answers of one client say about the connection: offline after a network error or a
// timeout, online again after any answer from Glance; and a 401 asks for a new key once, until a
// call succeeds again (so twenty failing requests do not open twenty sign-in dialogs).
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
    void signInRequired();

private:
    void setOnline(bool online);

    QPointer<ApiClient> m_client;
    bool m_online = true;
    bool m_signInAsked = false;
};

} // namespace Glance
