#include "ui/account/accountcontrols.h"

#include "core/account/profilestore.h"
#include "core/writeaccess.h"
#include "ui/account/profileswitcher.h"

#include <QActionGroup>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace Glance {

namespace {

// A profile name is the user's text: an "&" in it is a character, not an accelerator.
QString menuText(const Profile &profile)
{
    return profile.displayName().replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

AccountControls::AccountControls(QMainWindow *window, ProfileStore *profiles, WriteAccess *access)
    : QObject(window)
    , m_window(window)
    , m_profiles(profiles)
    , m_access(access)
{
    setObjectName(QStringLiteral("accountControls"));
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("accountMenu"));
    m_profileGroup = new QActionGroup(this);
    m_profileGroup->setExclusive(true);
    m_profilesSeparator = m_menu->addSeparator();
    m_addAccount = m_menu->addAction(QString());
    m_addAccount->setObjectName(QStringLiteral("actionAddAccount"));
    m_demo = m_menu->addAction(QString());
    m_demo->setObjectName(QStringLiteral("actionTryDemo"));
    m_menu->addSeparator();
    m_settings = m_menu->addAction(QString());
    m_settings->setObjectName(QStringLiteral("actionSettings"));
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_menu->addSeparator();
    m_accessState = m_menu->addAction(QString());
    m_accessState->setObjectName(QStringLiteral("actionAccessState"));
    m_accessState->setEnabled(false);
    m_checkAgain = m_menu->addAction(QString());
    m_checkAgain->setObjectName(QStringLiteral("actionCheckAgain"));
    m_menu->addSeparator();
    m_signOut = m_menu->addAction(QString());
    m_signOut->setObjectName(QStringLiteral("actionSignOut"));

    // Before the Help menu when there is one (uic names it helpMenu), else at the end.
    auto *help = window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    if (help)
        window->menuBar()->insertMenu(help->menuAction(), m_menu);
    else
        window->menuBar()->addMenu(m_menu);

    m_switcher = new ProfileSwitcher(window);
    m_accessLabel = new QLabel(window);
    m_accessLabel->setObjectName(QStringLiteral("accessLabel"));
    window->statusBar()->addPermanentWidget(m_accessLabel);
    window->statusBar()->addPermanentWidget(m_switcher);

    connect(m_switcher, &ProfileSwitcher::profileChosen, this, &AccountControls::switchRequested);
    connect(m_addAccount, &QAction::triggered, this, &AccountControls::addAccountRequested);
    connect(m_demo, &QAction::triggered, this, &AccountControls::demoRequested);
    connect(m_settings, &QAction::triggered, this, &AccountControls::settingsRequested);
    connect(m_signOut, &QAction::triggered, this, &AccountControls::signOutRequested);
    connect(m_checkAgain, &QAction::triggered, m_access, &WriteAccess::reset);
    connect(m_access, &WriteAccess::changed, this, &AccountControls::updateAccess);
    connect(m_profiles, &ProfileStore::changed, this, &AccountControls::rebuildProfiles);
    window->installEventFilter(this);

    retranslate();
    rebuildProfiles();
    updateAccess();
}

QList<QAction *> AccountControls::profileActions() const
{
    return m_profileGroup->actions();
}

void AccountControls::setCurrent(const Profile &profile)
{
    m_current = profile;
    rebuildProfiles();
}

void AccountControls::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
}

void AccountControls::rebuildProfiles()
{
    const QList<QAction *> old = m_profileGroup->actions();
    for (QAction *action : old) {
        m_profileGroup->removeAction(action);
        m_menu->removeAction(action);
        action->deleteLater();
    }
    QList<Profile> list = m_profiles->profiles();
    if (!m_current.isNull() && !list.contains(m_current))
        list.append(m_current);
    for (const Profile &profile : std::as_const(list)) {
        auto *action = new QAction(menuText(profile), m_profileGroup);
        action->setCheckable(true);
        action->setChecked(profile == m_current);
        action->setData(QVariant::fromValue(profile));
        connect(action, &QAction::triggered, this, [this, profile] {
            // Keep the check on the current profile until the switch is done.
            rebuildProfiles();
            if (!(profile == m_current))
                Q_EMIT switchRequested(profile);
        });
        m_menu->insertAction(m_profilesSeparator, action);
    }
    m_profilesSeparator->setVisible(!list.isEmpty());
    m_switcher->setProfiles(m_profiles->profiles(), m_current);
    m_signOut->setEnabled(!m_current.isNull());
}

void AccountControls::updateAccess()
{
    const bool readOnly = !m_access->canWrite();
    m_accessLabel->setVisible(readOnly);
    m_accessLabel->setToolTip(m_access->reason());
    m_accessState->setVisible(readOnly);
    m_accessState->setToolTip(m_access->reason());
    m_checkAgain->setEnabled(readOnly);
}

void AccountControls::retranslate()
{
    m_menu->setTitle(tr("&Account"));
    m_addAccount->setText(tr("&Add an account…"));
    m_demo->setText(tr("Try the &demo"));
    m_settings->setText(tr("&Settings…"));
    m_accessState->setText(tr("This key is read-only"));
    m_checkAgain->setText(tr("&Check again", "whether the key may make changes"));
    m_checkAgain->setToolTip(tr("Try changes again, e.g. after the key was given the editor "
                                "role"));
    m_signOut->setText(tr("Sign &out"));
    m_signOut->setToolTip(tr("Remove this account's API key from this computer"));
    m_accessLabel->setText(tr("Read-only", "API key role"));
    m_accessLabel->setAccessibleName(tr("This key is read-only"));
    for (QAction *action : m_profileGroup->actions())
        action->setText(menuText(action->data().value<Profile>()));
}

bool AccountControls::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace Glance
