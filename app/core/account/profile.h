#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Glance {

// One account the app can sign in to: a display name and the server's base URL (e.g. two
// companies on the same server), or the local demo. The API key is never part of a Profile;
// it lives in the keychain under keychainAccount() (or, for the demo and "this session only",
// in memory).
struct Profile
{
    QString name;
    QUrl baseUrl; // normalized (BaseUrl); empty for the demo, whose address changes per start
    bool demo = false;

    // The demo profile (the local sandbox).
    static Profile demoProfile();

    bool isNull() const { return !demo && name.isEmpty() && baseUrl.isEmpty(); }
    bool isValid() const;

    // Stable identity: the normalized base URL and the name ("demo" for the demo).
    QString id() const;
    // The keychain entry's key: scoped to base URL + profile name.
    QString keychainAccount() const;
    // For menus: the name, plus the server when it is not the default one.
    QString displayName() const;

    friend bool operator==(const Profile &a, const Profile &b) { return a.id() == b.id(); }
};

} // namespace Glance

Q_DECLARE_METATYPE(Glance::Profile)
