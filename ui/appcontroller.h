#pragma once

#include "core/account/accountmanager.h"
#include "core/account/profile.h"
#include "core/account/profilestore.h"
#include "core/startupoptions.h"
#include "core/writeaccess.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Glance {

class AccountControls;
class DraftStore;
class InventoryActions;
class LocalCache;
class LocalDatabase;
class ApiClient;
class ApiError;
class AppSettings;
class MainWindow;
class SandboxProcess;
class SecretStore;
class SettingsDialog;
class SignInDialog;

// Wires the application together: the one QNetworkAccessManager, the settings, the profiles and
// their keys (keychain), the API client of the current profile, the demo server and the main
// window with its Account menu. Nothing here waits: every step continues from a signal or a
// callback.
//
// Start-up: --demo starts the demo; otherwise the last profile's key is read from the keychain
// and used, and only when there is none (first run, after sign-out) or it cannot be read does
// the sign-in dialog open. Switching profiles makes a new ApiClient for the other profile and
// hands it to the window (which drops everything it showed of the old one); when the other
// profile needs a sign-in first, or on sign-out, the window itself is replaced by a fresh one.
class AppController : public QObject
{
    Q_OBJECT

public:
    // The application's own setup: default QSettings and the system keychain.
    explicit AppController(StartupOptions options, QObject *parent = nullptr);
    // Given settings and secret store (not owned; tests, portable setups).
    AppController(StartupOptions options, AppSettings *settings, SecretStore *secrets,
                  QObject *parent = nullptr);
    ~AppController() override;

    void start();

    MainWindow *mainWindow() const { return m_window.get(); }
    // The client of the current profile; null while not signed in.
    ApiClient *client() const { return m_client.get(); }
    Profile currentProfile() const { return m_current; }
    AppSettings *settings() const { return m_settings; }
    AccountManager *accounts() { return &m_accounts; }
    ProfileStore *profiles() { return &m_profiles; }
    // Whether the current key may write (learned from the first 403; reset on every switch).
    WriteAccess *writeAccess() { return &m_writeAccess; }
    AccountControls *accountControls() const;
    // Record dialogs, batch adjustments and history of the current window.
    InventoryActions *inventoryActions() const;
    // The open dialogs, or null.
    SignInDialog *signInDialog() const;
    SettingsDialog *settingsDialog() const;

public Q_SLOTS:
    void switchToProfile(const Glance::Profile &profile);
    // Opens the sign-in dialog for another account.
    void addAccount();
    // Starts (or returns to) the local demo and remembers it as the current profile.
    void tryDemo();
    void openSettings();
    // Deletes the current profile's key, drops its view and opens the sign-in dialog.
    void signOut();

Q_SIGNALS:
    // After every change of client: a new profile is shown, or null after sign-out.
    void clientChanged(Glance::ApiClient *client);
    // The main window was replaced by a fresh one (sign-out, switching to a profile that must
    // sign in first); the old one is being destroyed.
    void mainWindowReplaced(Glance::MainWindow *window);
    // The keychain's answer to a sign-out.
    void signedOut(const Glance::SecretResult &result);

private:
    AppController(StartupOptions options, std::unique_ptr<AppSettings> ownedSettings,
                  std::unique_ptr<SecretStore> ownedSecrets, AppSettings *settings,
                  SecretStore *secrets, QObject *parent);

    void createWindow();
    void replaceWindow();
    // Whether the profile signed in to is the one the next start opens.
    enum class StartWith { ThisProfile, TheRememberedOne };
    void startDemo(StartWith next);
    void activate(const Profile &profile);
    void openSignIn(const Profile &profile, const QString &message);
    void connectProfile(const Profile &profile, const QString &key, StartWith next);
    void onUnauthorized(const ApiError &error);
    void applySettings();
    QString sandboxProgram() const;
    bool demoAvailable() const;

    StartupOptions m_options;
    std::unique_ptr<AppSettings> m_ownedSettings;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    AppSettings *m_settings;
    SecretStore *m_secrets;
    ProfileStore m_profiles;
    AccountManager m_accounts;
    WriteAccess m_writeAccess;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    // The current account's local read cache (none for the demo); outlives the window's model.
    std::unique_ptr<LocalCache> m_localCache;
    std::unique_ptr<MainWindow> m_window;
    QPointer<AccountControls> m_controls;
    std::unique_ptr<LocalDatabase> m_localDb; // drafts and submissions (SQLite)
    std::unique_ptr<DraftStore> m_drafts;
    QPointer<InventoryActions> m_actions;
    QPointer<SandboxProcess> m_sandbox;
    QPointer<SignInDialog> m_signIn;
    QPointer<SettingsDialog> m_settingsDialog;
    std::unique_ptr<QObject> m_pending; // context of the running profile activation
    Profile m_current;
    QString m_appliedLanguage;
    StartWith m_demoNext = StartWith::TheRememberedOne;
};

} // namespace Glance
