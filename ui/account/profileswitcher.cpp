#include "ui/account/profileswitcher.h"

#include <QEvent>
#include <QSignalBlocker>

namespace Glance {

ProfileSwitcher::ProfileSwitcher(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    retranslate();
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (index < 0 || index >= m_profiles.size())
            return;
        const Profile chosen = m_profiles.at(index);
        // Until the controller confirms the switch, keep showing the current profile.
        rebuild();
        if (!(chosen == m_current))
            Q_EMIT profileChosen(chosen);
    });
}

void ProfileSwitcher::setProfiles(const QList<Profile> &profiles, const Profile &current)
{
    m_profiles = profiles;
    m_current = current;
    if (!current.isNull() && !m_profiles.contains(current))
        m_profiles.append(current);
    rebuild();
}

void ProfileSwitcher::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    for (const Profile &profile : std::as_const(m_profiles))
        addItem(profile.displayName());
    setCurrentIndex(int(m_profiles.indexOf(m_current)));
    setEnabled(!m_profiles.isEmpty());
}

void ProfileSwitcher::retranslate()
{
    setToolTip(tr("The Glance account shown in this window"));
    setAccessibleName(tr("Account"));
}

void ProfileSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild(); // the demo's name is translated
    }
    QComboBox::changeEvent(event);
}

} // namespace Glance
