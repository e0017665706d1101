// No keychain backend (no session bus, as on a Linux without Secret Service): retried once, then
// Unavailable with a sentence and the session-only way out; never a plaintext copy.
#include "core/account/keychainsecretstore.h"
#include "secretwaiter.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;
using namespace std::chrono_literals;
using Glance::Test::SecretWaiter;
using Status = SecretResult::Status;

namespace {
QString g_home;
}

class TestKeychainNoBackend : public QObject
{
    Q_OBJECT

private:
    const QString m_key = QStringLiteral("glnc_sk_nobackend0123456789abcdef012345");

private Q_SLOTS:
    void writeIsRetriedOnceThenUnavailable()
    {
        KeychainSecretStore store(QStringLiteral("il.co.glance.inventory.tests.nobackend"));
        store.setRetryDelay(50ms);
        SecretWaiter waiter;
        store.write(QStringLiteral("https://api.glance.co.il Acme"), m_key, nullptr,
                    waiter.callback());
        QVERIFY(waiter.wait(30000));
        const SecretResult result = waiter.result();
        QCOMPARE(result.status, Status::Unavailable);
        QCOMPARE(store.jobsStarted(), 2); // the first try and one retry
        QVERIFY(result.canUseForSessionOnly());
        QVERIFY(!result.userMessage().isEmpty());
        QVERIFY(!result.detail.contains(m_key));
        QCOMPARE(waiter.calls(), 1);
    }

    void readIsUnavailableNotSignedOut()
    {
        KeychainSecretStore store(QStringLiteral("il.co.glance.inventory.tests.nobackend"));
        store.setRetryDelay(50ms);
        SecretWaiter waiter;
        store.read(QStringLiteral("https://api.glance.co.il Acme"), nullptr, waiter.callback());
        QVERIFY(waiter.wait(30000));
        QCOMPARE(waiter.result().status, Status::Unavailable);
        QCOMPARE(store.jobsStarted(), 2);
        const QString sentence = waiter.result().userMessage();
        QVERIFY(!sentence.isEmpty());
        SecretResult write = waiter.result();
        write.operation = SecretResult::Operation::Write;
        QVERIFY(sentence != write.userMessage());
    }

    void noPlaintextFallbackWasWritten()
    {
        // Every file under the temporary HOME and XDG dirs (QtKeychain's insecure fallback would
        // write to QSettings there): none holds the key.
        int files = 0;
        QDirIterator it(g_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            const QByteArray data = file.readAll();
            QVERIFY2(!data.contains(m_key.toUtf8()), qPrintable(file.fileName()));
        }
        // The control: the scan sees a file the test itself plants.
        QFile planted(g_home + QStringLiteral("/planted.txt"));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write(m_key.toUtf8());
        planted.close();
        QDirIterator again(g_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int hits = 0;
        while (again.hasNext()) {
            QFile file(again.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            hits += file.readAll().contains(m_key.toUtf8()) ? 1 : 0;
        }
        QCOMPARE(hits, 1);
        Q_UNUSED(files);
    }
};

int main(int argc, char *argv[])
{
    // Before anything connects: a session bus address where nothing listens, and a private
    // HOME with XDG dirs.
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    g_home = home.path();
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            QStringLiteral("unix:path=%1/no-such-bus").arg(home.path()).toLocal8Bit());
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toLocal8Bit());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Glance"));
    QCoreApplication::setApplicationName(QStringLiteral("glance-inventory"));
    TestKeychainNoBackend test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_account_keychain_nobackend.moc"
