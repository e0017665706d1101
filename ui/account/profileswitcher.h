#pragma once

#include "core/account/profile.h"

#include <QComboBox>
#include <QList>

namespace Glance {

// A compact profile chooser for the status bar: one entry per profile, the current one shown.
// Choosing another emits profileChosen(); the switch itself is the controller's (the combo
// shows the new profile once setProfiles() says it is current).
class ProfileSwitcher : public QComboBox
{
    Q_OBJECT

public:
    explicit ProfileSwitcher(QWidget *parent = nullptr);

    void setProfiles(const QList<Profile> &profiles, const Profile &current);
    QList<Profile> profiles() const { return m_profiles; }
    Profile current() const { return m_current; }

Q_SIGNALS:
    void profileChosen(const Glance::Profile &profile);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    QList<Profile> m_profiles;
    Profile m_current;
};

} // namespace Glance
