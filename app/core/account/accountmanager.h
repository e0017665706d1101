#pragma once

#include "core/account/profile.h"
#include "core/account/secretstore.h"

#include <QHash>
#include <QObject>

namespace Glance {

class ProfileStore;

// Where a profile's API key comes from and goes to: the keychain (SecretStore), or memory for
// "this session only" keys and the demo. Keys stay in memory only while needed and are never
// written anywhere else.
class AccountManager : public QObject
{
    Q_OBJECT

public:
    // Neither is owned.
    AccountManager(ProfileStore *profiles, SecretStore *secrets, QObject *parent = nullptr);

    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }

    // The key of `profile`: a session-only key if one was given, else the keychain entry
    // (NotFound: not signed in). Asynchronous, like SecretStore.
    void loadKey(const Profile &profile, QObject *context, SecretCallback callback);

    // Saves a checked key in the keychain (overwriting). On success the profile is remembered as
    // the current one. On Unavailable/Denied nothing is stored; the caller may offer
    // useForSession().
    void storeKey(const Profile &profile, const QString &key, QObject *context,
                  SecretCallback callback);

    // Keeps `key` for `profile` in memory until sign-out or the end of the process.
    void useForSession(const Profile &profile, const QString &key);
    bool hasSessionKey(const Profile &profile) const;

    // Makes `profile` the one the app starts with next time (name and base URL only).
    void remember(const Profile &profile);

    // Forgets the session key, deletes the keychain entry (not for the demo, which has none) and
    // removes the profile from the list. The callback gets the keychain's answer (Ok for the
    // demo).
    void signOut(const Profile &profile, QObject *context, SecretCallback callback);

private:
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QHash<QString, QString> m_sessionKeys; // profile id -> key
};

} // namespace Glance
