#pragma once

#include "core/account/profile.h"

#include <QObject>

class QAction;
class QActionGroup;
class QLabel;
class QMainWindow;
class QMenu;

namespace Glance {

class ProfileStore;
class ProfileSwitcher;
class WriteAccess;

// The account controls of a main window, added through its public menuBar() and statusBar():
// an "Account" menu (the profiles, Add account…, Try the demo, Settings…, Check again, Sign out)
// and, in the status bar, the profile switcher and a "Read-only" marker whose tooltip says why
// changes are off. It owns no logic: it emits requests for AppController. Lives as long as the
// window (its child).
class AccountControls : public QObject
{
    Q_OBJECT

public:
    // `profiles` and `access` are not owned and must outlive the window.
    AccountControls(QMainWindow *window, ProfileStore *profiles, WriteAccess *access);

    // The profile the window shows (also when it is not stored, e.g. --demo).
    void setCurrent(const Profile &profile);
    Profile current() const { return m_current; }
    void setDemoAvailable(bool available);

    QMenu *menu() const { return m_menu; }
    ProfileSwitcher *switcher() const { return m_switcher; }
    QLabel *accessLabel() const { return m_accessLabel; }
    QAction *addAccountAction() const { return m_addAccount; }
    QAction *demoAction() const { return m_demo; }
    QAction *settingsAction() const { return m_settings; }
    QAction *checkAgainAction() const { return m_checkAgain; }
    QAction *signOutAction() const { return m_signOut; }
    // The menu's profile entries, in order (checkable; the current one checked).
    QList<QAction *> profileActions() const;

Q_SIGNALS:
    void switchRequested(const Glance::Profile &profile);
    void addAccountRequested();
    void demoRequested();
    void settingsRequested();
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildProfiles();
    void updateAccess();
    void retranslate();

    QObject *m_window; // the parent: compared only, never cast (it may be mid-destruction)
    ProfileStore *m_profiles;
    WriteAccess *m_access;
    Profile m_current;
    QMenu *m_menu = nullptr;
    QAction *m_profilesSeparator = nullptr;
    QActionGroup *m_profileGroup = nullptr;
    QAction *m_addAccount = nullptr;
    QAction *m_demo = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_accessState = nullptr;
    QAction *m_checkAgain = nullptr;
    QAction *m_signOut = nullptr;
    ProfileSwitcher *m_switcher = nullptr;
    QLabel *m_accessLabel = nullptr;
};

} // namespace Glance
