#pragma once

#include "core/account/secretstore.h"

#include <QHash>

namespace Glance {

// A SecretStore in memory, for unit tests: same asynchronous contract as the keychain, plus
// failures on demand (e.g. "no keychain backend").
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &account, QObject *context, SecretCallback callback) override;
    void write(const QString &account, const QString &secret, QObject *context,
               SecretCallback callback) override;
    void remove(const QString &account, QObject *context, SecretCallback callback) override;

    // Makes the next `times` operations (every one while times < 0) fail with `status`;
    // Status::Ok turns failures off.
    void setFailure(SecretResult::Status status, int times = -1);

    // Synchronous peeks for tests.
    bool contains(const QString &account) const { return m_entries.contains(account); }
    QString value(const QString &account) const { return m_entries.value(account); }
    int entryCount() const { return int(m_entries.size()); }
    int operationCount() const { return m_operations; }

private:
    void finish(SecretResult result, QObject *context, SecretCallback callback);
    bool takeFailure(SecretResult &result);

    QHash<QString, QString> m_entries;
    SecretResult::Status m_failure = SecretResult::Status::Ok;
    int m_failuresLeft = 0;
    int m_operations = 0;
};

} // namespace Glance
