#include "core/account/keychainsecretstore.h"

#include "core/account/accountlogging.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace Glance {

struct KeychainSecretStore::Request
{
    SecretResult::Operation operation = SecretResult::Operation::Read;
    QString account;
    QString secret; // Write only
    QPointer<QObject> context;
    bool hasContext = false;
    SecretCallback callback;
    int attempt = 0;
};

namespace {

SecretResult::Status statusOf(QKeychain::Error error, SecretResult::Operation operation)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::Status::Ok;
    case QKeychain::EntryNotFound:
        // Deleting what is not there leaves the keychain as wanted.
        return operation == SecretResult::Operation::Remove ? SecretResult::Status::Ok
                                                            : SecretResult::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretResult::Status::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // OtherError is what the Secret Service backend reports when there is no session bus
        // or no service on it.
        return SecretResult::Status::Unavailable;
    }
    return SecretResult::Status::Unavailable;
}

QString operationName(SecretResult::Operation operation)
{
    switch (operation) {
    case SecretResult::Operation::Read:
        return QStringLiteral("read");
    case SecretResult::Operation::Write:
        return QStringLiteral("write");
    case SecretResult::Operation::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

QString KeychainSecretStore::applicationId()
{
    return QStringLiteral("il.co.glance.inventory");
}

void KeychainSecretStore::read(const QString &account, QObject *context, SecretCallback callback)
{
    auto request = std::make_shared<Request>();
    request->operation = SecretResult::Operation::Read;
    request->account = account;
    request->context = context;
    request->hasContext = context != nullptr;
    request->callback = std::move(callback);
    run(std::move(request));
}

void KeychainSecretStore::write(const QString &account, const QString &secret, QObject *context,
                                SecretCallback callback)
{
    auto request = std::make_shared<Request>();
    request->operation = SecretResult::Operation::Write;
    request->account = account;
    request->secret = secret;
    request->context = context;
    request->hasContext = context != nullptr;
    request->callback = std::move(callback);
    run(std::move(request));
}

void KeychainSecretStore::remove(const QString &account, QObject *context, SecretCallback callback)
{
    auto request = std::make_shared<Request>();
    request->operation = SecretResult::Operation::Remove;
    request->account = account;
    request->context = context;
    request->hasContext = context != nullptr;
    request->callback = std::move(callback);
    run(std::move(request));
}

void KeychainSecretStore::run(std::shared_ptr<Request> request)
{
    // No parent: a job must outlive its backend call even if the store goes first; it deletes
    // itself after finished() (setAutoDelete).
    QKeychain::Job *job = nullptr;
    switch (request->operation) {
    case SecretResult::Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case SecretResult::Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(request->secret);
        job = write;
        break;
    }
    case SecretResult::Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext copy
    job->setKey(request->account);

    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finished) {
        SecretResult result;
        result.operation = request->operation;
        result.account = request->account;
        result.status = statusOf(finished->error(), request->operation);
        if (result.status != SecretResult::Status::Ok)
            result.detail = finished->errorString();
        if (result.ok() && request->operation == SecretResult::Operation::Read) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.secret = read->textData();
        }
        qCDebug(lcAccount).noquote()
                << "keychain" << operationName(request->operation) << "of" << request->account
                << "attempt" << request->attempt + 1 << "->"
                << SecretResult::statusName(result.status) << result.detail;

        if (result.status == SecretResult::Status::Unavailable && request->attempt == 0) {
            // The backend may still be starting (e.g. right after log-in): one more try.
            ++request->attempt;
            QTimer::singleShot(m_retryDelay, this, [this, request] { run(request); });
            return;
        }
        request->secret.clear();
        if (request->hasContext && !request->context)
            return;
        if (request->callback)
            request->callback(result);
    });
    ++m_jobsStarted;
    job->start(); // QtKeychain starts the job from the event loop: finished() is always later
}

} // namespace Glance
