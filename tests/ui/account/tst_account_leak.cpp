// The key-leak check. The app's account flows run in-process with a temporary HOME and XDG dirs
// (set before QApplication exists), every log line captured (QT_LOGGING_RULES="*.debug=true"),
// the real keychain (Secret Service; CI: dbus-run-session + .ci/with-keyring.sh): sign in,
// restart, add a second account, switch, settings, sign out. Then every file written under the
// temporary dirs and every captured line is searched for the keys: zero hits. Controls prove
// the search finds a key where one is planted.
#include "api/apiclient.h"
#include "core/account/baseurl.h"
#include "core/account/keychainsecretstore.h"
#include "core/appsettings.h"
#include "models/inventorytablemodel.h"
#include "sandboxfixture.h"
#include "secretwaiter.h"
#include "ui/account/accountcontrols.h"
#include "ui/account/profileswitcher.h"
#include "ui/account/settingsdialog.h"
#include "ui/account/signindialog.h"
#include "ui/appcontroller.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace Glance;
using Glance::Test::SandboxFixture;
using Glance::Test::SecretWaiter;

Q_LOGGING_CATEGORY(lcLeakControl, "glance.leaktest.control", QtInfoMsg)

namespace {

QString g_root; // the temporary HOME and XDG dirs live below it
QMutex g_mutex;
QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_mutex);
        g_lines.append(QString::fromLatin1(context.category ? context.category : "default")
                       + QLatin1String(": ") + qFormatLogMessage(type, context, message));
    }
    // Warnings and worse also go to the usual output (debug lines would be thousands).
    if (g_previous && g_previous != &captureMessage && type != QtDebugMsg && type != QtInfoMsg)
        g_previous(type, context, message);
}

// After the tests: warnings only, straight to stderr (QTest's handler is gone by then, and the
// debug rules stay on for what static destructors log).
void afterTests(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

void installCapture()
{
    QtMessageHandler previous = qInstallMessageHandler(&captureMessage);
    if (previous != &captureMessage)
        g_previous = previous;
}

QString randomHex()
{
    QString out;
    for (int i = 0; i < 4; ++i)
        out += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                        QLatin1Char('0'));
    return out;
}

// The forms a key could take in a file: UTF-8 (also Latin-1/ASCII), UTF-16 either way.
QList<QByteArray> encodings(const QString &key)
{
    QByteArray le;
    QByteArray be;
    for (const QChar c : key) {
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    return {key.toUtf8(), le, be};
}

} // namespace

class TestAccountLeak : public QObject
{
    Q_OBJECT

private:
    // Not glnc_… keys: the API log redacts those by shape, and this test must see any leak.
    const QString m_editorKey = QStringLiteral("LeakCheckEditor") + randomHex();
    const QString m_viewerKey = QStringLiteral("LeakCheckViewer") + randomHex();
    const QString m_service = KeychainSecretStore::applicationId()
            + QStringLiteral(".tests.leak.%1").arg(QCoreApplication::applicationPid());
    SandboxFixture m_sandbox;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<AppController> m_controller;

    Profile profile(const QString &name) const
    {
        Profile p;
        p.name = name;
        p.baseUrl = BaseUrl::normalized(m_sandbox.url());
        return p;
    }

    // Every file below the temporary root holding one of `keys` (in any encoding).
    static QStringList filesContaining(const QStringList &keys, QStringList *scanned = nullptr)
    {
        QStringList hits;
        QStringList seen;
        QDirIterator it(g_root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                hits.append(path + QStringLiteral(" (unreadable)"));
                continue;
            }
            seen.append(path.mid(g_root.size()));
            const QByteArray data = file.readAll();
            for (const QString &key : keys) {
                for (const QByteArray &form : encodings(key)) {
                    if (data.contains(form) && !hits.contains(path))
                        hits.append(path);
                }
            }
        }
        if (scanned)
            *scanned = seen;
        return hits;
    }

    static QStringList linesContaining(const QStringList &keys)
    {
        QMutexLocker lock(&g_mutex);
        QStringList hits;
        for (const QString &line : std::as_const(g_lines)) {
            for (const QString &key : keys) {
                if (line.contains(key))
                    hits.append(line);
            }
        }
        return hits;
    }

    void newController()
    {
        m_controller.reset();
        m_settings.reset();
        m_keychain.reset();
        // The app's own setup, except for a keychain service of the test's own.
        m_settings = std::make_unique<AppSettings>();
        m_keychain = std::make_unique<KeychainSecretStore>(m_service);
        StartupOptions options;
        options.sandboxProgram = SandboxFixture::sandboxPath();
        m_controller = std::make_unique<AppController>(options, m_settings.get(), m_keychain.get());
        m_controller->start();
    }

    void signIn(const QString &name, const QString &typedKey)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
                m_controller->signInDialog() && m_controller->signInDialog()->isVisible(), 20000);
        SignInDialog *dialog = m_controller->signInDialog();
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
                ->setText(m_sandbox.url().toString());
        auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
        keyEdit->clear();
        QTest::keyClicks(keyEdit, typedKey);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
    }

    SecretResult readKeychain(const Profile &p)
    {
        SecretWaiter waiter;
        KeychainSecretStore store(m_service);
        store.read(p.keychainAccount(), nullptr, waiter.callback());
        if (!waiter.wait(30000)) {
            SecretResult none;
            none.status = SecretResult::Status::Unavailable;
            none.detail = QStringLiteral("no answer");
            return none;
        }
        return waiter.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        installCapture(); // again: QTest installs its own handler in qExec()
        QVERIFY(QDir(g_root).exists());
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                        .startsWith(g_root));
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--editor-key"),
                                  m_editorKey, QStringLiteral("--viewer-key"), m_viewerKey}),
                 qPrintable(m_sandbox.errorString()));
        QCOMPARE(m_sandbox.editorKey(), m_editorKey);
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        // Leave no entry behind, whatever happened.
        KeychainSecretStore store(m_service);
        for (const QString &name : {QStringLiteral("Leak Co"), QStringLiteral("Second Co")}) {
            SecretWaiter waiter;
            store.remove(profile(name).keychainAccount(), nullptr, waiter.callback());
            waiter.wait(30000);
        }
    }

    void controlsFindAPlantedKey()
    {
        // Files: UTF-8 in a text file, UTF-16 in a binary one, both below the scanned root.
        const QString dir = g_root + QStringLiteral("/home/control");
        QVERIFY(QDir().mkpath(dir));
        QFile utf8(dir + QStringLiteral("/planted.txt"));
        QVERIFY(utf8.open(QIODevice::WriteOnly));
        utf8.write("key=" + m_editorKey.toUtf8() + "\n");
        utf8.close();
        QFile utf16(dir + QStringLiteral("/planted.bin"));
        QVERIFY(utf16.open(QIODevice::WriteOnly));
        utf16.write(encodings(m_viewerKey).at(1));
        utf16.close();
        QStringList found = filesContaining({m_editorKey, m_viewerKey});
        found.sort();
        QCOMPARE(found, (QStringList {utf16.fileName(), utf8.fileName()}));
        QVERIFY(QDir(dir).removeRecursively());
        QVERIFY(filesContaining({m_editorKey, m_viewerKey}).isEmpty());

        // Logs: a debug line of a category of its own reaches the capture.
        qCDebug(lcLeakControl).noquote() << "control line with" << m_editorKey;
        QCOMPARE(linesContaining({m_editorKey, m_viewerKey}).size(), 1);
    }

    void signInWithAKey()
    {
        newController();
        // A wrong key first (refused by the server), then the right one with pasted whitespace.
        signIn(QStringLiteral("Leak Co"), QStringLiteral("LeakCheckWrong") + randomHex());
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInDialog()->lastError().isUnauthorized(), 20000);
        signIn(QStringLiteral("Leak Co"), QStringLiteral("  ") + m_editorKey + QStringLiteral(" "));
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->client(), 30000);
        QCOMPARE(m_controller->client()->config().apiKey, m_editorKey);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->mainWindow()->inventoryModel()->rowCount() > 0,
                                 20000);
        const SecretResult stored = readKeychain(profile(QStringLiteral("Leak Co")));
        QVERIFY2(stored.ok(),
                 qPrintable(SecretResult::statusName(stored.status) + QLatin1Char(' ')
                            + stored.detail));
        QCOMPARE(stored.secret, m_editorKey);

        // Settings are written too.
        m_controller->accountControls()->settingsAction()->trigger();
        QTRY_VERIFY(m_controller->settingsDialog());
        m_controller->settingsDialog()
                ->findChild<QSpinBox *>(QStringLiteral("lowStockSpin"))
                ->setValue(11);
        m_controller->settingsDialog()->accept();
        QCOMPARE(m_settings->lowStockThreshold(), 11);
    }

    void restartAddAccountAndSwitch()
    {
        newController(); // restart-equivalent: new settings object, new keychain store
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->client(), 30000);
        QVERIFY(!m_controller->signInDialog());
        QCOMPARE(m_controller->currentProfile(), profile(QStringLiteral("Leak Co")));
        QCOMPARE(m_controller->client()->config().apiKey, m_editorKey);

        m_controller->accountControls()->addAccountAction()->trigger();
        signIn(QStringLiteral("Second Co"), m_viewerKey);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->currentProfile(),
                                  profile(QStringLiteral("Second Co")), 30000);
        QCOMPARE(m_controller->client()->config().apiKey, m_viewerKey);

        auto *switcher = m_controller->mainWindow()->findChild<ProfileSwitcher *>(
                QStringLiteral("profileSwitcher"));
        const int index = switcher->findText(profile(QStringLiteral("Leak Co")).displayName());
        QVERIFY(index >= 0);
        Q_EMIT switcher->activated(index);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->currentProfile(),
                                  profile(QStringLiteral("Leak Co")), 30000);
        QCOMPARE(m_controller->client()->config().apiKey, m_editorKey);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->mainWindow()->inventoryModel()->rowCount() > 0,
                                 20000);

        // Both accounts are remembered in the settings file below the temporary HOME.
        m_settings->store().sync();
        QFile file(m_settings->store().fileName());
        QVERIFY2(file.fileName().startsWith(g_root), qPrintable(file.fileName()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("Leak Co"));
        QVERIFY(text.contains("Second Co"));
    }

    void signOutOfBoth()
    {
        QSignalSpy signedOut(m_controller.get(), &AppController::signedOut);
        m_controller->accountControls()->signOutAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 30000);
        QVERIFY(signedOut.last().first().value<SecretResult>().ok());
        QCOMPARE(readKeychain(profile(QStringLiteral("Leak Co"))).status,
                 SecretResult::Status::NotFound);

        QTRY_VERIFY(m_controller->signInDialog());
        m_controller->signInDialog()->reject();
        m_controller->switchToProfile(profile(QStringLiteral("Second Co")));
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->currentProfile(),
                                  profile(QStringLiteral("Second Co")), 30000);
        m_controller->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 2, 30000);
        QCOMPARE(readKeychain(profile(QStringLiteral("Second Co"))).status,
                 SecretResult::Status::NotFound);
    }

    void noKeyInAnyFileOrLogLine()
    {
        m_controller.reset();
        m_settings.reset(); // QSettings writes its file now
        m_keychain.reset();
        QTest::qWait(100); // deferred deletions and queued writes run before the search

        // The app did write below the temporary root (so the search looks where it writes).
        const QString config =
                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QVERIFY(config.startsWith(g_root));
        QFile settingsFile(config + QStringLiteral("/Glance/glance-inventory.conf"));
        QVERIFY2(settingsFile.open(QIODevice::ReadOnly), qPrintable(settingsFile.fileName()));
        const QByteArray settingsText = settingsFile.readAll();
        QVERIFY(settingsText.contains("lowStockThreshold=11"));
        settingsFile.close();

        QStringList scanned;
        const QStringList files = filesContaining({m_editorKey, m_viewerKey}, &scanned);
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char('\n'))));
        QVERIFY(!scanned.isEmpty());
        std::printf("searched %lld files written below the temporary HOME:\n  %s\n",
                    qlonglong(scanned.size()), qPrintable(scanned.join(QStringLiteral("\n  "))));

        // The log: only the control line, although the app logged plenty at debug level.
        const QStringList lines = linesContaining({m_editorKey, m_viewerKey});
        QVERIFY2(lines.size() == 1
                         && lines.first().startsWith(QLatin1String("glance.leaktest.control")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        QString all;
        qsizetype count = 0;
        {
            QMutexLocker lock(&g_mutex);
            all = g_lines.join(QLatin1Char('\n'));
            count = g_lines.size();
        }
        QVERIFY(all.contains(QLatin1String("glance.api: ")));
        QVERIFY(all.contains(QLatin1String("glance.account: ")));
        QVERIFY(all.contains(QLatin1String("signed in as")));
        std::printf("searched %lld captured log lines\n", qlonglong(count));
    }
};

int main(int argc, char *argv[])
{
    // Everything the app could write goes below one temporary directory, set up before
    // QApplication (and QStandardPaths, QSettings) exist.
    QTemporaryDir root;
    if (!root.isValid())
        return 2;
    g_root = root.path();
    const QList<QPair<const char *, QString>> dirs {
            {"HOME", QStringLiteral("/home")},
            {"XDG_CONFIG_HOME", QStringLiteral("/home/.config")},
            {"XDG_DATA_HOME", QStringLiteral("/home/.local/share")},
            {"XDG_CACHE_HOME", QStringLiteral("/home/.cache")},
            {"XDG_STATE_HOME", QStringLiteral("/home/.local/state")},
            {"TMPDIR", QStringLiteral("/tmp")},
    };
    for (const auto &[name, sub] : dirs) {
        QDir().mkpath(g_root + sub);
        qputenv(name, (g_root + sub).toLocal8Bit());
    }
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    installCapture();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Glance"));
    QApplication::setOrganizationDomain(QStringLiteral("glance.co.il"));
    QApplication::setApplicationName(QStringLiteral("glance-inventory"));
    TestAccountLeak test;
    const int result = QTest::qExec(&test, argc, argv);
    qInstallMessageHandler(&afterTests);
    g_previous = nullptr;
    return result;
}

#include "tst_account_leak.moc"
