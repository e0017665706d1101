// The real keychain: QtKeychain against the Secret Service. CI runs every test inside
// `dbus-run-session -- bash .ci/with-keyring.sh` (an unlocked gnome-keyring); run it the same way
// locally: `dbus-run-session -- bash .ci/with-keyring.sh ctest -R account`.
#include "core/account/accountmanager.h"
#include "core/account/baseurl.h"
#include "core/account/keychainsecretstore.h"
#include "core/account/profilestore.h"
#include "secretwaiter.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;
using Glance::Test::SecretWaiter;
using Status = SecretResult::Status;

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    // A service of its own, so that nothing of the real app (or a parallel run) is touched.
    const QString m_service = KeychainSecretStore::applicationId()
            + QStringLiteral(".tests.%1.%2")
                      .arg(QCoreApplication::applicationPid())
                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    QStringList m_used;

    static QString randomKey()
    {
        QString key = QStringLiteral("glnc_sk_");
        for (int i = 0; i < 4; ++i)
            key += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                            QLatin1Char('0'));
        return key;
    }

    QString account(const QString &name,
                    const QString &url = QStringLiteral("https://api.glance.co.il"))
    {
        Profile profile;
        profile.name = name;
        profile.baseUrl = BaseUrl::fromUserInput(url);
        m_used.append(profile.keychainAccount());
        return profile.keychainAccount();
    }

    static SecretResult run(const std::function<void(SecretCallback)> &start)
    {
        SecretWaiter waiter;
        start(waiter.callback());
        if (!waiter.wait(30000)) {
            SecretResult timedOut;
            timedOut.status = Status::Unavailable;
            timedOut.detail = QStringLiteral("no answer from the keychain in 30 s");
            return timedOut;
        }
        return waiter.result();
    }

    static QByteArray describe(const SecretResult &result)
    {
        return (SecretResult::statusName(result.status) + QStringLiteral(": ") + result.detail
                + QStringLiteral(" (run under `dbus-run-session -- bash .ci/with-keyring.sh`)"))
                .toUtf8();
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        KeychainSecretStore store(m_service);
        for (const QString &entry : std::as_const(m_used))
            run([&](SecretCallback cb) { store.remove(entry, nullptr, cb); });
    }

    void roundTripOverwriteAndDelete()
    {
        KeychainSecretStore store(m_service);
        QCOMPARE(store.service(), m_service);
        const QString entry = account(QStringLiteral("Acme"));
        const QString first = randomKey();
        const QString second = randomKey();

        SecretResult result =
                run([&](SecretCallback cb) { store.write(entry, first, nullptr, cb); });
        QVERIFY2(result.ok(), describe(result).constData());
        QCOMPARE(result.operation, SecretResult::Operation::Write);

        result = run([&](SecretCallback cb) { store.read(entry, nullptr, cb); });
        QVERIFY2(result.ok(), describe(result).constData());
        QCOMPARE(result.secret, first);
        QCOMPARE(result.account, entry);

        // Overwrite: one entry per profile, the newest key wins.
        result = run([&](SecretCallback cb) { store.write(entry, second, nullptr, cb); });
        QVERIFY2(result.ok(), describe(result).constData());
        result = run([&](SecretCallback cb) { store.read(entry, nullptr, cb); });
        QCOMPARE(result.secret, second);

        result = run([&](SecretCallback cb) { store.remove(entry, nullptr, cb); });
        QVERIFY2(result.ok(), describe(result).constData());
        result = run([&](SecretCallback cb) { store.read(entry, nullptr, cb); });
        QCOMPARE(result.status, Status::NotFound);
        QVERIFY(result.secret.isEmpty());

        // Deleting what is not there is fine.
        result = run([&](SecretCallback cb) { store.remove(entry, nullptr, cb); });
        QVERIFY2(result.ok(), describe(result).constData());
    }

    void missingEntryMeansNotSignedIn()
    {
        KeychainSecretStore store(m_service);
        const SecretResult result = run([&](SecretCallback cb) {
            store.read(account(QStringLiteral("Never stored")), nullptr, cb);
        });
        QCOMPARE(result.status, Status::NotFound);
        QVERIFY(result.userMessage().isEmpty());
        QCOMPARE(store.jobsStarted(), 1); // not retried
    }

    void entriesAreScopedToProfiles()
    {
        KeychainSecretStore store(m_service);
        const QString a = account(QStringLiteral("Acme"));
        const QString b = account(QStringLiteral("Acme"), QStringLiteral("https://other.example"));
        const QString c = account(QStringLiteral("חברה בע״מ"));
        const QString keyA = randomKey();
        const QString keyB = randomKey();
        const QString keyC = randomKey();
        QVERIFY(run([&](SecretCallback cb) { store.write(a, keyA, nullptr, cb); }).ok());
        QVERIFY(run([&](SecretCallback cb) { store.write(b, keyB, nullptr, cb); }).ok());
        QVERIFY(run([&](SecretCallback cb) { store.write(c, keyC, nullptr, cb); }).ok());
        QCOMPARE(run([&](SecretCallback cb) { store.read(a, nullptr, cb); }).secret, keyA);
        QCOMPARE(run([&](SecretCallback cb) { store.read(b, nullptr, cb); }).secret, keyB);
        QCOMPARE(run([&](SecretCallback cb) { store.read(c, nullptr, cb); }).secret, keyC);
        QVERIFY(run([&](SecretCallback cb) { store.remove(b, nullptr, cb); }).ok());
        QCOMPARE(run([&](SecretCallback cb) { store.read(a, nullptr, cb); }).secret, keyA);
        QCOMPARE(run([&](SecretCallback cb) { store.read(b, nullptr, cb); }).status,
                 Status::NotFound);

        // Another service (another app) does not see them.
        KeychainSecretStore other(m_service + QStringLiteral(".other"));
        QCOMPARE(run([&](SecretCallback cb) { other.read(a, nullptr, cb); }).status,
                 Status::NotFound);
    }

    void answersAreAsynchronousAndRespectContext()
    {
        KeychainSecretStore store(m_service);
        const QString entry = account(QStringLiteral("Async"));
        SecretWaiter waiter;
        store.write(entry, randomKey(), nullptr, waiter.callback());
        QVERIFY(!waiter.hasResult());
        QVERIFY(waiter.wait(30000));
        QVERIFY(waiter.result().ok());

        auto context = std::make_unique<QObject>();
        store.read(entry, context.get(), waiter.callback());
        context.reset();
        // Wait until the job itself is certainly done (a second read after it).
        SecretWaiter second;
        store.read(entry, nullptr, second.callback());
        QVERIFY(second.wait(30000));
        QTest::qWait(50); // a callback would be queued: nothing may come meanwhile
        QVERIFY(!waiter.hasResult());
    }

    void signOutRemovesTheEntry()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        KeychainSecretStore store(m_service);
        AccountManager accounts(&profiles, &store);
        Profile profile;
        profile.name = QStringLiteral("Sign-out Ltd");
        profile.baseUrl = BaseUrl::defaultUrl();
        m_used.append(profile.keychainAccount());
        const QString key = randomKey();

        SecretResult result =
                run([&](SecretCallback cb) { accounts.storeKey(profile, key, nullptr, cb); });
        QVERIFY2(result.ok(), describe(result).constData());
        result =
                run([&](SecretCallback cb) { store.read(profile.keychainAccount(), nullptr, cb); });
        QCOMPARE(result.secret, key);

        result = run([&](SecretCallback cb) { accounts.signOut(profile, nullptr, cb); });
        QVERIFY2(result.ok(), describe(result).constData());
        result =
                run([&](SecretCallback cb) { store.read(profile.keychainAccount(), nullptr, cb); });
        QCOMPARE(result.status, Status::NotFound);
        result = run([&](SecretCallback cb) { accounts.loadKey(profile, nullptr, cb); });
        QCOMPARE(result.status, Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_account_keychain.moc"
