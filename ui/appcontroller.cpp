#include "ui/appcontroller.h"

#include "api/apiclient.h"
#include "core/account/accountlogging.h"
#include "core/account/baseurl.h"
#include "core/account/keychainsecretstore.h"
#include "core/adjust/draftstore.h"
#include "core/adjust/localdatabase.h"
#include "core/appsettings.h"
#include "core/cache/localcache.h"
#include "core/redactinglog.h"
#include "core/sandboxprocess.h"
#include "core/terminationwatcher.h"
#include "ui/account/accountcontrols.h"
#include "ui/account/languagechoice.h"
#include "ui/account/settingsdialog.h"
#include "ui/account/signindialog.h"
#include "ui/adjust/inventoryactions.h"
#include "ui/maintoolbar.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"
#include "ui/widgets/messagebanner.h"

#include <QFileInfo>
#include <QMenu>

namespace Glance {

AppController::AppController(StartupOptions options, QObject *parent)
    : AppController(std::move(options), std::make_unique<AppSettings>(),
                    std::make_unique<KeychainSecretStore>(), nullptr, nullptr, parent)
{
    // The app as it runs for real: every log line is redacted, whoever writes it, and
    // SIGTERM/SIGINT/logout close it cleanly (the demo server is stopped with it).
    installRedactingMessageHandler();
    new TerminationWatcher(this);
}

AppController::AppController(StartupOptions options, AppSettings *settings, SecretStore *secrets,
                             QObject *parent)
    : AppController(std::move(options), nullptr, nullptr, settings, secrets, parent)
{
}

AppController::AppController(StartupOptions options, std::unique_ptr<AppSettings> ownedSettings,
                             std::unique_ptr<SecretStore> ownedSecrets, AppSettings *settings,
                             SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_ownedSettings(std::move(ownedSettings))
    , m_ownedSecrets(std::move(ownedSecrets))
    , m_settings(settings ? settings : m_ownedSettings.get())
    , m_secrets(secrets ? secrets : m_ownedSecrets.get())
    , m_profiles(&m_settings->store())
    , m_accounts(&m_profiles, m_secrets)
    , m_appliedLanguage(m_settings->language())
{
    // The signals' pointer arguments, for queued connections and QSignalSpy.
    qRegisterMetaType<Glance::ApiClient *>();
    qRegisterMetaType<Glance::MainWindow *>();
    connect(m_settings, &AppSettings::changed, this, &AppController::applySettings);
    createWindow();
}

AppController::~AppController()
{
    m_pending.reset();
    // The window (and its dialogs) go before the client it shows.
    m_window.reset();
    m_localCache.reset(); // finishes its writes
    m_client.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

AccountControls *AppController::accountControls() const
{
    return m_controls;
}

SignInDialog *AppController::signInDialog() const
{
    return m_signIn;
}

SettingsDialog *AppController::settingsDialog() const
{
    return m_settingsDialog;
}

void AppController::createWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setSettings(m_settings); // preferences and the window layout's QSettings
    // Every call's 401 comes through the client (connectProfile); this is the user asking again
    // from the window's error banner.
    connect(m_window.get(), &MainWindow::signInRequested, this, [this] {
        if (m_signIn) {
            m_signIn->raise();
            m_signIn->activateWindow();
            return;
        }
        onUnauthorized(ApiError::http(401));
    });
    m_controls = new AccountControls(m_window.get(), &m_profiles, &m_writeAccess);
    m_controls->setDemoAvailable(demoAvailable());
    m_controls->setCurrent(m_current);
    // Queued: each of these may replace the window that holds the menu sending them.
    connect(m_controls, &AccountControls::switchRequested, this, &AppController::switchToProfile,
            Qt::QueuedConnection);
    connect(m_controls, &AccountControls::addAccountRequested, this, &AppController::addAccount,
            Qt::QueuedConnection);
    connect(m_controls, &AccountControls::demoRequested, this, &AppController::tryDemo,
            Qt::QueuedConnection);
    connect(m_controls, &AccountControls::settingsRequested, this, &AppController::openSettings,
            Qt::QueuedConnection);
    connect(m_controls, &AccountControls::signOutRequested, this, &AppController::signOut,
            Qt::QueuedConnection);

    // Record dialogs, the batch-adjust editor and the history, on the window's Inventory menu.
    if (!m_localDb) {
        m_localDb = std::make_unique<LocalDatabase>();
        m_drafts = std::make_unique<DraftStore>(m_localDb.get());
    }
    m_actions = new InventoryActions(m_window.get(), nullptr, &m_writeAccess, m_settings,
                                     m_drafts.get(), m_window.get());
    for (QAction *action : m_actions->actions())
        m_window->addRecordAction(action);
    m_window->recordMenu()->addMenu(m_actions->draftsMenu());
    MainToolBar *toolBar = m_window->mainToolBar();
    using Section = MainToolBar::Section;
    toolBar->addMainAction(Section::Records, m_actions->newRecordAction(), ActionIcon::NewRecord);
    toolBar->addMainAction(Section::Records, m_actions->editRecordAction(), ActionIcon::EditRecord);
    toolBar->addMainAction(Section::Records, m_actions->deleteRecordAction(),
                           ActionIcon::DeleteRecord);
    toolBar->addMainAction(Section::Stock, m_actions->batchAdjustAction(), ActionIcon::BatchAdjust);
    toolBar->addMainAction(Section::Stock, m_actions->newStocktakeAction(),
                           ActionIcon::NewStocktake);
    toolBar->addMainAction(Section::Stock, m_actions->historyAction(), ActionIcon::History);
    MainWindow *window = m_window.get();
    connect(window, &MainWindow::currentRecordChanged, m_actions,
            [this, window] { m_actions->setCurrentRecord(window->currentRecord()); });
    connect(m_actions, &InventoryActions::inventoryChanged, window, &MainWindow::refresh);
    connect(window, &MainWindow::onlineChanged, m_actions, &InventoryActions::setOnline);
    m_actions->setOnline(window->isOnline());
}

InventoryActions *AppController::inventoryActions() const
{
    return m_actions;
}

void AppController::replaceWindow()
{
    // A fresh window shows nothing of the previous profile: no rows, no views, no dialogs.
    std::unique_ptr<MainWindow> old = std::move(m_window);
    m_current = {};
    m_writeAccess.reset();
    createWindow();
    if (old) {
        m_window->restoreGeometry(old->saveGeometry());
        if (old->isVisible())
            m_window->show();
    }
    Q_EMIT mainWindowReplaced(m_window.get());
    old.reset(); // takes its views of the client with it
    if (m_client) {
        m_client.reset();
        Q_EMIT clientChanged(nullptr);
    }
}

void AppController::start()
{
    m_window->show();
    if (!m_options.error.isEmpty()) {
        m_window->showStartupError(m_options.error);
        return;
    }
    if (m_options.demo) {
        startDemo(StartWith::TheRememberedOne); // --demo is for this run only
        return;
    }
    Profile profile = m_profiles.current();
    if (!m_options.baseUrl.isEmpty()) {
        // --base-url: the last profile if it is on that server, else the first one that is, else
        // a sign-in for that server.
        const QUrl base = BaseUrl::normalized(m_options.baseUrl);
        if (profile.demo || BaseUrl::normalized(profile.baseUrl) != base) {
            profile = {};
            const QList<Profile> list = m_profiles.profiles();
            for (const Profile &candidate : list) {
                if (!candidate.demo && BaseUrl::normalized(candidate.baseUrl) == base) {
                    profile = candidate;
                    break;
                }
            }
        }
        if (profile.isNull()) {
            Profile blank;
            blank.baseUrl = base;
            openSignIn(blank, {});
            return;
        }
    }
    if (profile.isNull() || (profile.demo && !demoAvailable())) {
        openSignIn({}, {});
        return;
    }
    if (profile.demo)
        startDemo(StartWith::ThisProfile);
    else
        activate(profile);
}

QString AppController::sandboxProgram() const
{
    return m_options.sandboxProgram.isEmpty() ? SandboxProcess::defaultProgram()
                                              : m_options.sandboxProgram;
}

bool AppController::demoAvailable() const
{
    return QFileInfo(sandboxProgram()).isExecutable();
}

void AppController::tryDemo()
{
    startDemo(StartWith::ThisProfile);
}

void AppController::startDemo(StartWith next)
{
    m_pending.reset();
    m_demoNext = next;
    if (m_sandbox && m_sandbox->isReady()) {
        connectProfile(Profile::demoProfile(), m_sandbox->editorKey(), next);
        return;
    }
    m_window->showStartupMessage(tr("Starting the demo server…"));
    if (m_sandbox && m_sandbox->isRunning())
        return; // already starting: ready() connects
    if (m_sandbox)
        m_sandbox->deleteLater();
    m_sandbox = new SandboxProcess(this);
    connect(m_sandbox, &SandboxProcess::ready, this,
            [this](const QUrl &, const QString &editorKey, const QString &) {
                // The demo key is the sandbox's own, kept in memory only.
                connectProfile(Profile::demoProfile(), editorKey, m_demoNext);
            });
    connect(m_sandbox, &SandboxProcess::failed, this, [this](const QString &reason) {
        m_window->showStartupError(tr("The demo could not start: %1").arg(reason));
    });
    // The server quits when its stdin ends, i.e. when this app ends, even by kill -9, on every OS.
    m_sandbox->start(sandboxProgram(), {SandboxProcess::exitWithParentArgument()});
}

void AppController::switchToProfile(const Profile &profile)
{
    if (profile.isNull() || profile == m_current)
        return;
    qCInfo(lcAccount).noquote() << "switching to" << profile.id();
    if (profile.demo)
        startDemo(StartWith::ThisProfile);
    else
        activate(profile);
}

void AppController::activate(const Profile &profile)
{
    m_pending = std::make_unique<QObject>();
    // At start, the account's cached rows show while the keychain answers (it may first ask to
    // be unlocked); the client follows with the key.
    if (m_current.isNull() && !m_client && !profile.demo) {
        m_localCache = std::make_unique<LocalCache>(LocalCache::pathFor(profile.id()));
        m_window->setLocalCache(m_localCache.get());
        m_window->setClient(nullptr);
    }
    m_window->showStartupMessage(tr("Reading the API key from the system keychain…"));
    m_accounts.loadKey(profile, m_pending.get(), [this, profile](const SecretResult &result) {
        if (result.ok()) {
            connectProfile(profile, result.secret, StartWith::ThisProfile);
            return;
        }
        // Not signed in (NotFound), or the keychain failed: nothing of the previous profile may
        // stay on screen while this one asks for its key, nor this one's cached rows.
        if (!m_current.isNull() || m_localCache) {
            replaceWindow();
            m_localCache.reset();
        }
        m_window->showStartupMessage(QString());
        openSignIn(profile, result.userMessage());
    });
}

void AppController::openSignIn(const Profile &profile, const QString &message)
{
    if (!m_signIn) {
        m_signIn = new SignInDialog(&m_accounts, &m_network, m_window.get());
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        m_signIn->setTimeout(m_settings->requestTimeout());
        m_signIn->setDemoAvailable(demoAvailable());
        connect(m_signIn, &SignInDialog::signedIn, this,
                [this](const Profile &signedIn, const QString &key) {
                    connectProfile(signedIn, key, StartWith::ThisProfile);
                });
        connect(m_signIn, &SignInDialog::demoRequested, this, [this] {
            m_signIn->accept();
            startDemo(StartWith::ThisProfile);
        });
        connect(m_signIn, &SignInDialog::rejected, this, [this] {
            if (!m_client)
                m_window->showStartupError(
                        tr("Not signed in. Choose Account → Add an account… to sign in with an "
                           "API key, or Account → Try the demo."));
        });
    }
    m_signIn->setProfile(profile);
    m_signIn->setMessage(message, MessageBanner::Warning);
    m_signIn->open();
    m_signIn->raise();
}

void AppController::addAccount()
{
    openSignIn({}, {});
}

void AppController::connectProfile(const Profile &profile, const QString &key, StartWith next)
{
    m_pending.reset();
    ClientConfig config;
    config.baseUrl = profile.demo && m_sandbox ? m_sandbox->url() : profile.baseUrl;
    config.apiKey = key;
    config.timeout = m_settings->requestTimeout();
    auto client = std::make_unique<ApiClient>(&m_network, config);

    m_writeAccess.reset(); // a new key: its role is unknown again
    m_writeAccess.watch(client.get());
    connect(client.get(), &ApiClient::callFailed, this, [this](const ApiError &error) {
        if (error.isUnauthorized())
            onUnauthorized(error);
    });

    // The account's cached rows show at once (not the demo's: its data is new every start).
    std::unique_ptr<LocalCache> cache;
    const QString cachePath = profile.demo ? QString() : LocalCache::pathFor(profile.id());
    if (!profile.demo && !m_client && m_localCache && m_localCache->path() == cachePath)
        cache = std::move(m_localCache); // shown while the key was read: the window keeps it
    else if (!profile.demo)
        cache = std::make_unique<LocalCache>(cachePath);
    m_window->setLocalCache(cache.get());
    // The window drops the old profile's model before the old client goes.
    m_window->setClient(client.get());
    std::unique_ptr<LocalCache> oldCache = std::exchange(m_localCache, std::move(cache));
    oldCache.reset();
    if (m_actions) {
        m_actions->setClient(client.get());
        m_actions->setProfile(profile.id());
    }
    std::unique_ptr<ApiClient> old = std::exchange(m_client, std::move(client));
    old.reset();

    m_current = profile;
    if (next == StartWith::ThisProfile)
        m_accounts.remember(profile);
    m_controls->setCurrent(profile);
    m_window->setAccountName(profile.displayName());
    qCInfo(lcAccount).noquote() << "signed in as" << profile.id();
    Q_EMIT clientChanged(m_client.get());
}

void AppController::onUnauthorized(const ApiError &error)
{
    if (m_signIn || m_current.isNull() || m_current.demo)
        return;
    // The stored key stopped working (revoked, expired): ask for a new one; signing in again
    // overwrites the keychain entry.
    openSignIn(m_current, error.userMessage());
}

void AppController::signOut()
{
    if (m_current.isNull())
        return;
    const Profile profile = m_current;
    m_pending.reset();
    replaceWindow();
    // The account's local cache goes with it (the window that wrote it is gone).
    m_localCache.reset();
    if (!profile.demo && !LocalCache::removeFor(profile.id()))
        qCWarning(lcAccount) << "could not delete the local cache of the signed-out account";
    if (profile.demo && m_sandbox) {
        SandboxProcess *sandbox = m_sandbox;
        m_sandbox = nullptr;
        connect(sandbox, &SandboxProcess::finished, sandbox, &QObject::deleteLater);
        sandbox->stop();
    }
    m_accounts.signOut(profile, this, [this](const SecretResult &result) {
        if (!result.ok()) {
            if (m_signIn)
                m_signIn->setMessage(result.userMessage(), MessageBanner::Error);
            else
                m_window->showStartupError(result.userMessage());
        }
        Q_EMIT signedOut(result);
    });
    openSignIn({}, {});
}

void AppController::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_settings, m_window.get());
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->open();
}

void AppController::applySettings()
{
    if (m_client)
        m_client->setTimeout(m_settings->requestTimeout());
    if (m_signIn)
        m_signIn->setTimeout(m_settings->requestTimeout());
    const QString language = m_settings->language();
    if (language != m_appliedLanguage) {
        m_appliedLanguage = language;
        // Windows and dialogs retranslate themselves on the QEvent::LanguageChange this sends.
        installTranslations(LanguageChoice::localeFor(language));
    }
}

} // namespace Glance
