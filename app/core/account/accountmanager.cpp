#include "core/account/accountmanager.h"

#include "core/account/accountlogging.h"
#include "core/account/profilestore.h"

#include <QPointer>
#include <QTimer>

namespace Glance {

namespace {

// Delivers `result` later, unless `context` (when given) died meanwhile.
void deliverLater(QObject *owner, QObject *context, SecretResult result, SecretCallback callback)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    QTimer::singleShot(
            0, owner,
            [guard, hasContext, result = std::move(result), callback = std::move(callback)] {
                if ((!hasContext || guard) && callback)
                    callback(result);
            });
}

} // namespace

AccountManager::AccountManager(ProfileStore *profiles, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
}

void AccountManager::loadKey(const Profile &profile, QObject *context, SecretCallback callback)
{
    const auto session = m_sessionKeys.constFind(profile.id());
    if (session != m_sessionKeys.constEnd() || profile.demo) {
        SecretResult result;
        result.operation = SecretResult::Operation::Read;
        result.account = profile.keychainAccount();
        if (session != m_sessionKeys.constEnd())
            result.secret = session.value();
        else
            result.status = SecretResult::Status::NotFound; // the demo's key is never stored
        deliverLater(this, context, std::move(result), std::move(callback));
        return;
    }
    m_secrets->read(profile.keychainAccount(), context, std::move(callback));
}

void AccountManager::storeKey(const Profile &profile, const QString &key, QObject *context,
                              SecretCallback callback)
{
    // The store's own context is this manager, so a stored key is always remembered, even if
    // `context` is gone by then.
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    m_secrets->write(profile.keychainAccount(), key, this,
                     [this, profile, hasContext, guard,
                      callback = std::move(callback)](const SecretResult &result) {
                         if (result.ok()) {
                             m_sessionKeys.remove(profile.id());
                             remember(profile);
                         }
                         qCInfo(lcAccount).noquote() << "stored the key of" << profile.id() << "->"
                                                     << SecretResult::statusName(result.status);
                         if ((!hasContext || guard) && callback)
                             callback(result);
                     });
}

void AccountManager::useForSession(const Profile &profile, const QString &key)
{
    m_sessionKeys.insert(profile.id(), key);
    qCInfo(lcAccount).noquote() << "using a key for this session only for" << profile.id();
}

bool AccountManager::hasSessionKey(const Profile &profile) const
{
    return m_sessionKeys.contains(profile.id());
}

void AccountManager::remember(const Profile &profile)
{
    m_profiles->setCurrent(profile);
}

void AccountManager::signOut(const Profile &profile, QObject *context, SecretCallback callback)
{
    m_sessionKeys.remove(profile.id());
    qCInfo(lcAccount).noquote() << "signing out of" << profile.id();
    if (profile.demo) {
        m_profiles->remove(profile);
        SecretResult result;
        result.operation = SecretResult::Operation::Remove;
        result.account = profile.keychainAccount();
        deliverLater(this, context, std::move(result), std::move(callback));
        return;
    }
    // The key first: the account is forgotten only once its key is gone from the keychain, so
    // a key is never left behind without the app knowing it is there (a failure says where).
    const QPointer<AccountManager> self(this);
    m_secrets->remove(profile.keychainAccount(), context,
                      [self, profile, callback = std::move(callback)](const SecretResult &result) {
                          if (self && result.ok())
                              self->m_profiles->remove(profile);
                          if (callback)
                              callback(result);
                      });
}

} // namespace Glance
