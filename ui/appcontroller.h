#pragma once

#include "core/startupoptions.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

class QInputDialog;

namespace Glance {

class ApiClient;
class MainWindow;
class SandboxProcess;

// Wires the application together: the one QNetworkAccessManager, the API client, the demo
// server (for --demo) and the main window. Nothing here waits: every step continues from a
// signal.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(StartupOptions options, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    MainWindow *mainWindow() const { return m_window.get(); }
    ApiClient *client() const { return m_client.get(); }

private:
    void startDemo();
    void askForKey();
    void connectTo(const QUrl &baseUrl, const QString &key);

    StartupOptions m_options;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SandboxProcess> m_sandbox;
    QPointer<QInputDialog> m_keyDialog;
};

} // namespace Glance
