#pragma once

#include "api/apierror.h"
#include "core/account/profile.h"
#include "ui/widgets/messagebanner.h"

#include <QDialog>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace Ui {
class SignInDialog;
}

namespace Glance {

class AccountManager;
class SignInChecker;

// Sign-in: an account name, the API key (masked, paste-friendly, show/hide) and, under
// "Advanced", the server address. "Sign in" checks the key with one cheap request, then saves it
// in the keychain through AccountManager; if the keychain cannot take it, the dialog explains
// why and offers to use the key for this session only. "Try the demo" asks for the local demo.
// Open it with open(); it never blocks.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // Neither is owned.
    SignInDialog(AccountManager *accounts, QNetworkAccessManager *network,
                 QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Pre-fills name and server address (e.g. the profile whose key is missing or was refused).
    void setProfile(const Profile &profile);
    // A sentence shown above the buttons until the user acts (why the dialog opened).
    void setMessage(const QString &message, MessageBanner::Type type);
    void setTimeout(std::chrono::milliseconds timeout);
    void setDemoAvailable(bool available);

    // The profile the current fields describe.
    Profile profile() const;
    QString message() const;
    bool isBusy() const;
    bool isSessionOnlyOffered() const;
    // The last refusal of the key check (Kind::None when none, or for a malformed key).
    ApiError lastError() const { return m_lastError; }

public Q_SLOTS:
    // Cancels a running check and forgets the key typed so far.
    void reject() override;

Q_SIGNALS:
    // The key was checked and is stored (or kept for this session only); the dialog then closes.
    void signedIn(const Glance::Profile &profile, const QString &key);
    void demoRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class State { Idle, Checking, Saving };

    void startSignIn();
    void onAccepted();
    void onRefused(const QString &message, const ApiError &error);
    void useForSession();
    void setState(State state);
    void showMessage(const QString &text, MessageBanner::Type type);
    void setAdvancedVisible(bool visible);
    void updateAdvancedArrow();
    void updateShowKeyButton();
    void onKeyEdited(const QString &text);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    AccountManager *m_accounts;
    SignInChecker *m_checker;
    State m_state = State::Idle;
    ApiError m_lastError;
    Profile m_pending; // being checked / saved
    QString m_pendingKey; // memory only, while checking, saving or offered for the session
    bool m_sessionOffered = false;
};

} // namespace Glance
