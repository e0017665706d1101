#pragma once

#include "core/account/secretstore.h"

#include <chrono>
#include <memory>

namespace Glance {

// API keys in the operating system's keychain through QtKeychain (Windows Credential Manager,
// macOS Keychain, the Secret Service on Linux). Jobs run asynchronously, are connected before
// start() and delete themselves. The insecure plaintext fallback of QtKeychain is never turned
// on: without a keychain the key is not stored anywhere (the caller may keep it in memory for
// the session). A failure that looks like a missing or broken backend is retried once after
// retryDelay() before it is reported as Unavailable.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // `service` names the app's entries in the keychain; the app uses applicationId(), tests a
    // service of their own.
    explicit KeychainSecretStore(QString service = applicationId(), QObject *parent = nullptr);

    // "il.co.glance.inventory" (also the macOS bundle identifier).
    static QString applicationId();

    QString service() const { return m_service; }

    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // QtKeychain jobs started so far (retries included), for tests.
    int jobsStarted() const { return m_jobsStarted; }

    void read(const QString &account, QObject *context, SecretCallback callback) override;
    void write(const QString &account, const QString &secret, QObject *context,
               SecretCallback callback) override;
    void remove(const QString &account, QObject *context, SecretCallback callback) override;

private:
    struct Request;
    void run(std::shared_ptr<Request> request);

    QString m_service;
    std::chrono::milliseconds m_retryDelay {1000};
    int m_jobsStarted = 0;
};

} // namespace Glance
