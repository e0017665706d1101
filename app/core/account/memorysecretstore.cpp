#include "core/account/memorysecretstore.h"

#include <QPointer>
#include <QTimer>

namespace Glance {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void MemorySecretStore::setFailure(SecretResult::Status status, int times)
{
    m_failure = status;
    m_failuresLeft = status == SecretResult::Status::Ok ? 0 : times;
}

bool MemorySecretStore::takeFailure(SecretResult &result)
{
    ++m_operations;
    if (m_failure == SecretResult::Status::Ok || m_failuresLeft == 0)
        return false;
    if (m_failuresLeft > 0)
        --m_failuresLeft;
    result.status = m_failure;
    result.detail = QStringLiteral("simulated failure");
    return true;
}

void MemorySecretStore::finish(SecretResult result, QObject *context, SecretCallback callback)
{
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    QTimer::singleShot(
            0, this,
            [guard, hasContext, result = std::move(result), callback = std::move(callback)] {
                if (hasContext && !guard)
                    return;
                if (callback)
                    callback(result);
            });
}

void MemorySecretStore::read(const QString &account, QObject *context, SecretCallback callback)
{
    SecretResult result;
    result.operation = SecretResult::Operation::Read;
    result.account = account;
    if (!takeFailure(result)) {
        const auto it = m_entries.constFind(account);
        if (it == m_entries.constEnd()) {
            result.status = SecretResult::Status::NotFound;
        } else {
            result.secret = it.value();
        }
    }
    finish(std::move(result), context, std::move(callback));
}

void MemorySecretStore::write(const QString &account, const QString &secret, QObject *context,
                              SecretCallback callback)
{
    SecretResult result;
    result.operation = SecretResult::Operation::Write;
    result.account = account;
    if (!takeFailure(result))
        m_entries.insert(account, secret);
    finish(std::move(result), context, std::move(callback));
}

void MemorySecretStore::remove(const QString &account, QObject *context, SecretCallback callback)
{
    SecretResult result;
    result.operation = SecretResult::Operation::Remove;
    result.account = account;
    if (!takeFailure(result))
        m_entries.remove(account);
    finish(std::move(result), context, std::move(callback));
}

} // namespace Glance
