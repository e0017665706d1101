#pragma once

#include <QCoreApplication>
#include <QString>

namespace Glance {

// What one secret-store operation (read, write, remove) ended with.
struct SecretResult
{
    Q_DECLARE_TR_FUNCTIONS(SecretResult)

public:
    enum class Operation { Read, Write, Remove };
    enum class Status {
        Ok, // done (for Read: `secret` holds the key)
        NotFound, // Read: no entry, i.e. not signed in (Remove treats a missing entry as Ok)
        Unavailable, // no keychain backend or it failed (already retried once)
        Denied, // the keychain is locked or the user refused access
    };

    Operation operation = Operation::Read;
    Status status = Status::Ok;
    QString secret; // Read + Ok only; memory only, never logged
    QString account; // the entry's key (profile id): not secret
    QString detail; // the backend's own message, for logs (never contains the secret)

    bool ok() const { return status == Status::Ok; }
    // True when the key can still be used for this session only (kept in memory).
    bool canUseForSessionOnly() const
    {
        return status == Status::Unavailable || status == Status::Denied;
    }

    // The sentence the user reads for a failure (empty for Ok, and for NotFound on Read, which
    // simply means "not signed in").
    QString userMessage() const;

    static QString statusName(Status status);
};

} // namespace Glance
