#pragma once

#include "core/account/profile.h"

#include <QList>
#include <QObject>

class QSettings;

namespace Glance {

// The remembered profiles and which one was used last, in QSettings (group "account"): names,
// base URLs and the demo flag only, never an API key.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // `settings` (not owned) is usually AppSettings::store().
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<Profile> profiles() const;
    bool contains(const Profile &profile) const;
    // Adds `profile` at the end unless it is already there (same id). Invalid ones are ignored.
    void add(const Profile &profile);
    void remove(const Profile &profile);

    // The profile used last (null if none).
    Profile current() const;
    // Remembers `profile` as the one to start with (adding it to the list), or forgets the
    // choice for a null profile.
    void setCurrent(const Profile &profile);

Q_SIGNALS:
    void changed();

private:
    void write(const QList<Profile> &profiles);

    QSettings *m_settings;
};

} // namespace Glance
