#pragma once

#include "core/account/secretresult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Glance {

using SecretCallback = std::function<void(const SecretResult &)>;

// Where API keys are kept, one entry per profile (SecretResult::account = Profile::
// keychainAccount()). Every operation is asynchronous: the callback runs exactly once, later,
// never from inside the call; not at all if `context` is destroyed first (a null context: it
// always runs while the store lives). The real implementation is KeychainSecretStore;
// MemorySecretStore serves unit tests.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void read(const QString &account, QObject *context, SecretCallback callback) = 0;
    // Creates or overwrites the entry.
    virtual void write(const QString &account, const QString &secret, QObject *context,
                       SecretCallback callback) = 0;
    // Deletes the entry; a missing entry counts as removed (Ok).
    virtual void remove(const QString &account, QObject *context, SecretCallback callback) = 0;
};

} // namespace Glance
