// AccountManager over the in-memory secret store: where keys come from and go to.
#include "core/account/accountmanager.h"
#include "core/account/baseurl.h"
#include "core/account/memorysecretstore.h"
#include "core/account/profilestore.h"
#include "secretwaiter.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Glance;
using Glance::Test::SecretWaiter;
using Status = SecretResult::Status;

class TestAccountManager : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<AccountManager> m_accounts;
    const QString m_key = QStringLiteral("glnc_sk_0123456789abcdef0123456789abcdef");

    static Profile acme()
    {
        Profile profile;
        profile.name = QStringLiteral("Acme");
        profile.baseUrl = BaseUrl::defaultUrl();
        return profile;
    }

private Q_SLOTS:
    void init()
    {
        m_accounts.reset();
        m_profiles.reset();
        m_settings.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("s.ini")));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_store = std::make_unique<MemorySecretStore>();
        m_accounts = std::make_unique<AccountManager>(m_profiles.get(), m_store.get());
    }

    void noEntryMeansNotSignedIn()
    {
        SecretWaiter waiter;
        m_accounts->loadKey(acme(), nullptr, waiter.callback());
        QVERIFY(!waiter.hasResult()); // never synchronous
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result().status, Status::NotFound);
        QVERIFY(waiter.result().userMessage().isEmpty());
        QVERIFY(waiter.result().secret.isEmpty());
    }

    void storeRemembersProfileAndLoads()
    {
        SecretWaiter waiter;
        m_accounts->storeKey(acme(), m_key, nullptr, waiter.callback());
        QVERIFY(!waiter.hasResult());
        QVERIFY(waiter.wait());
        QVERIFY(waiter.result().ok());
        QCOMPARE(m_store->value(acme().keychainAccount()), m_key);
        QCOMPARE(m_profiles->current(), acme());
        QCOMPARE(m_profiles->profiles(), QList<Profile> {acme()});

        m_accounts->loadKey(acme(), nullptr, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY(waiter.result().ok());
        QCOMPARE(waiter.result().secret, m_key);
        QCOMPARE(waiter.calls(), 1);
    }

    void unavailableKeychainStoresNothing()
    {
        m_store->setFailure(Status::Unavailable);
        SecretWaiter waiter;
        m_accounts->storeKey(acme(), m_key, nullptr, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result().status, Status::Unavailable);
        QVERIFY(waiter.result().canUseForSessionOnly());
        QVERIFY(!waiter.result().userMessage().isEmpty());
        QCOMPARE(m_store->entryCount(), 0);
        QVERIFY(m_profiles->current().isNull());
    }

    void sessionOnlyKeyStaysInMemory()
    {
        m_store->setFailure(Status::Unavailable);
        m_accounts->useForSession(acme(), m_key);
        QVERIFY(m_accounts->hasSessionKey(acme()));
        const int before = m_store->operationCount();
        SecretWaiter waiter;
        m_accounts->loadKey(acme(), nullptr, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY(waiter.result().ok());
        QCOMPARE(waiter.result().secret, m_key);
        QCOMPARE(m_store->operationCount(), before); // the keychain was not asked
        QCOMPARE(m_store->entryCount(), 0);
    }

    void storingDropsTheSessionKey()
    {
        m_accounts->useForSession(acme(), QStringLiteral("old-session-key"));
        SecretWaiter waiter;
        m_accounts->storeKey(acme(), m_key, nullptr, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY(!m_accounts->hasSessionKey(acme()));
        m_accounts->loadKey(acme(), nullptr, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result().secret, m_key);
    }

    void signOutRemovesEntryProfileAndSessionKey()
    {
        SecretWaiter waiter;
        m_accounts->storeKey(acme(), m_key, nullptr, waiter.callback());
        QVERIFY(waiter.wait());
        m_accounts->useForSession(acme(), m_key);
        m_accounts->signOut(acme(), nullptr, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY(waiter.result().ok());
        QVERIFY(!m_store->contains(acme().keychainAccount()));
        QVERIFY(!m_accounts->hasSessionKey(acme()));
        QVERIFY(m_profiles->profiles().isEmpty());
        QVERIFY(m_profiles->current().isNull());
        m_accounts->loadKey(acme(), nullptr, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result().status, Status::NotFound);
    }

    void signOutFailureIsReported()
    {
        SecretWaiter waiter;
        m_accounts->storeKey(acme(), m_key, nullptr, waiter.callback());
        QVERIFY(waiter.wait());
        m_accounts->remember(acme());
        m_store->setFailure(Status::Unavailable, 1);
        m_accounts->signOut(acme(), nullptr, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result().status, Status::Unavailable);
        QVERIFY(waiter.result().userMessage().contains(acme().keychainAccount()));
        // The key is still in the keychain: the account is not forgotten.
        bool listed = false;
        for (const Profile &profile : m_accounts->profiles()->profiles())
            listed |= profile.id() == acme().id();
        QVERIFY(listed);
    }

    void demoNeverTouchesTheKeychain()
    {
        const int before = m_store->operationCount();
        SecretWaiter waiter;
        m_accounts->loadKey(Profile::demoProfile(), nullptr, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result().status, Status::NotFound);
        m_accounts->remember(Profile::demoProfile());
        m_accounts->signOut(Profile::demoProfile(), nullptr, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY(waiter.result().ok());
        QCOMPARE(m_store->operationCount(), before);
        QVERIFY(m_profiles->profiles().isEmpty());
    }

    void deadContextGetsNoCallback()
    {
        SecretWaiter waiter;
        auto context = std::make_unique<QObject>();
        m_accounts->loadKey(acme(), context.get(), waiter.callback());
        context.reset();
        QTest::qWait(50); // a callback would be queued: nothing may come meanwhile
        QVERIFY(!waiter.hasResult());

        // storeKey still completes (and remembers the profile) without a callback.
        context = std::make_unique<QObject>();
        m_accounts->storeKey(acme(), m_key, context.get(), waiter.callback());
        context.reset();
        QTRY_VERIFY(m_store->contains(acme().keychainAccount()));
        QTRY_COMPARE(m_profiles->current(), acme());
        QTest::qWait(20); // a callback would be queued: nothing may come meanwhile
        QVERIFY(!waiter.hasResult());
    }
};

QTEST_GUILESS_MAIN(TestAccountManager)
#include "tst_account_manager.moc"
