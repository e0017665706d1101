#include "ui/appcontroller.h"

#include "api/apiclient.h"
#include "core/sandboxprocess.h"
#include "ui/mainwindow.h"

#include <QInputDialog>
#include <QLineEdit>

namespace Glance {

AppController::AppController(StartupOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_window(std::make_unique<MainWindow>())
{
}

AppController::~AppController()
{
    // The window goes before the client it shows.
    m_window.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

void AppController::start()
{
    m_window->show();
    if (!m_options.error.isEmpty()) {
        m_window->showStartupError(m_options.error);
        return;
    }
    if (m_options.demo)
        startDemo();
    else
        askForKey();
}

void AppController::startDemo()
{
    m_window->showStartupMessage(tr("Starting the demo server…"));
    m_sandbox = new SandboxProcess(this);
    connect(m_sandbox, &SandboxProcess::ready, this,
            [this](const QUrl &url, const QString &editorKey, const QString &) {
                m_window->setWindowTitle(tr("Glance Inventory — Demo"));
                connectTo(url, editorKey);
            });
    connect(m_sandbox, &SandboxProcess::failed, this, [this](const QString &reason) {
        m_window->showStartupError(tr("The demo could not start: %1").arg(reason));
    });
    const QString program = m_options.sandboxProgram.isEmpty() ? SandboxProcess::defaultProgram()
                                                               : m_options.sandboxProgram;
    m_sandbox->start(program);
}

void AppController::askForKey()
{
    // Interim sign-in until the keychain-backed sign-in dialog exists: the key is kept in
    // memory for this session only and never written anywhere.
    m_keyDialog = new QInputDialog(m_window.get());
    m_keyDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_keyDialog->setWindowTitle(tr("Sign in to Glance"));
    m_keyDialog->setLabelText(tr("API key (from Glance → Settings → API keys):"));
    m_keyDialog->setTextEchoMode(QLineEdit::Password);
    connect(m_keyDialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString key = text.trimmed();
        if (key.isEmpty() || key.contains(QLatin1Char(' '))) {
            m_window->showStartupError(tr("That does not look like an API key. Restart the app "
                                          "and paste the key exactly as Glance shows it."));
            return;
        }
        const QUrl base = m_options.baseUrl.isEmpty() ? ClientConfig().baseUrl
                                                       : m_options.baseUrl;
        connectTo(base, key);
    });
    connect(m_keyDialog, &QInputDialog::rejected, this, [this] {
        m_window->showStartupError(tr("Not signed in. Restart the app to enter an API key, or "
                                      "start it with --demo to try it with sample data."));
    });
    m_keyDialog->open();
}

void AppController::connectTo(const QUrl &baseUrl, const QString &key)
{
    ClientConfig config;
    config.baseUrl = baseUrl;
    config.apiKey = key;
    m_client = std::make_unique<ApiClient>(&m_network, config);
    m_window->setClient(m_client.get());
}

} // namespace Glance
