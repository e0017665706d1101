// AppController's account flows, offscreen, against the real sandbox with an in-memory keychain:
// first run, restart, profile switching, sign-out, 401 and 403, settings applied at runtime.
#include "api/apiclient.h"
#include "core/account/baseurl.h"
#include "core/account/memorysecretstore.h"
#include "core/appsettings.h"
#include "models/inventorytablemodel.h"
#include "sandboxfixture.h"
#include "ui/account/accountcontrols.h"
#include "ui/account/profileswitcher.h"
#include "ui/account/settingsdialog.h"
#include "ui/account/signindialog.h"
#include "ui/appcontroller.h"
#include "ui/mainwindow.h"
#include "ui/widgets/messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Glance;
using namespace std::chrono_literals;
using Glance::Test::SandboxFixture;

class TestAppControllerAccount : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_store;

    QString iniFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<AppController> makeController(StartupOptions options = {})
    {
        if (options.sandboxProgram.isEmpty())
            options.sandboxProgram = SandboxFixture::sandboxPath();
        return std::make_unique<AppController>(options, m_settings.get(), m_store.get());
    }

    Profile profile(const QString &name) const
    {
        Profile p;
        p.name = name;
        p.baseUrl = BaseUrl::normalized(m_sandbox.url());
        return p;
    }

    // Stores `key` for `p` as an earlier sign-in would have.
    void storeKey(const Profile &p, const QString &key)
    {
        bool done = false;
        m_store->write(p.keychainAccount(), key, nullptr,
                       [&](const SecretResult &) { done = true; });
        QTRY_VERIFY(done);
    }

    static void signInThroughDialog(AppController &controller, const QString &name, const QUrl &url,
                                    const QString &key)
    {
        QTRY_VERIFY(controller.signInDialog() && controller.signInDialog()->isVisible());
        SignInDialog *dialog = controller.signInDialog();
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(url.toString());
        dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"))->setText(key);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
    }

    static QString iniText(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }

    // The app started on `profile` whose stored key Glance no longer accepts (a 401).
    std::unique_ptr<AppController> startWithRevokedKey(const Profile &profile)
    {
        storeKey(profile, QStringLiteral("glnc_sk_revoked00000000000000000000000"));
        ProfileStore(&m_settings->store()).setCurrent(profile);
        auto controller = makeController();
        controller->start();
        return controller;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The drafts database and the read caches go to a test location, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        m_settings.reset();
        QFile::remove(iniFile());
        m_settings = std::make_unique<AppSettings>(iniFile());
        m_store = std::make_unique<MemorySecretStore>();
    }

    void firstRunSignInThenRestartWithoutSigningIn()
    {
        {
            auto controller = makeController();
            controller->start();
            QVERIFY(controller->mainWindow()->isVisible());
            QTRY_VERIFY(controller->signInDialog() && controller->signInDialog()->isVisible());
            QVERIFY(!controller->client());

            QSignalSpy clientChanged(controller.get(), &AppController::clientChanged);
            signInThroughDialog(*controller, QStringLiteral("Acme"), m_sandbox.url(),
                                m_sandbox.editorKey());
            QTRY_VERIFY_WITH_TIMEOUT(controller->client(), 20000);
            QCOMPARE(clientChanged.size(), 1);
            QCOMPARE(controller->client()->config().apiKey, m_sandbox.editorKey());
            QCOMPARE(controller->currentProfile(), profile(QStringLiteral("Acme")));
            QTRY_VERIFY(!controller->signInDialog());
            QTRY_VERIFY_WITH_TIMEOUT(
                    controller->mainWindow()->inventoryModel()
                            && controller->mainWindow()->inventoryModel()->rowCount() > 0,
                    20000);
            QVERIFY(controller->mainWindow()->windowTitle().contains(QLatin1String("Acme")));
            QCOMPARE(m_store->value(profile(QStringLiteral("Acme")).keychainAccount()),
                     m_sandbox.editorKey());
        }
        // The settings file holds the profile, never the key.
        m_settings->store().sync();
        const QString text = iniText(iniFile());
        QVERIFY(text.contains(QLatin1String("Acme")));
        QVERIFY(!text.contains(m_sandbox.editorKey()));

        // Restart: the key comes from the keychain; no dialog.
        auto controller = makeController();
        controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(controller->client(), 20000);
        QVERIFY(!controller->signInDialog());
        QCOMPARE(controller->client()->config().apiKey, m_sandbox.editorKey());
        QCOMPARE(controller->currentProfile(), profile(QStringLiteral("Acme")));
        QTRY_VERIFY_WITH_TIMEOUT(controller->mainWindow()->inventoryModel()->rowCount() > 0, 20000);
    }

    void cancelledSignInLeavesAWayBack()
    {
        auto controller = makeController();
        controller->start();
        QTRY_VERIFY(controller->signInDialog());
        controller->signInDialog()->reject();
        QTRY_VERIFY(!controller->signInDialog());
        auto *banner =
                controller->mainWindow()->findChild<MessageBanner *>(QStringLiteral("errorBanner"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(!banner->text().isEmpty());
        // Account → Add an account… opens it again.
        controller->accountControls()->addAccountAction()->trigger();
        QTRY_VERIFY(controller->signInDialog() && controller->signInDialog()->isVisible());
    }

    void switchingProfilesRecreatesTheClient()
    {
        const Profile editor = profile(QStringLiteral("Editor Co"));
        const Profile viewer = profile(QStringLiteral("Viewer Co"));
        storeKey(editor, m_sandbox.editorKey());
        storeKey(viewer, m_sandbox.viewerKey());
        {
            ProfileStore profiles(&m_settings->store());
            profiles.add(viewer);
            profiles.setCurrent(editor);
        }
        auto controller = makeController();
        controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(controller->client(), 20000);
        QCOMPARE(controller->currentProfile(), editor);
        MainWindow *window = controller->mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(window->inventoryModel()->rowCount() > 0, 20000);
        QPointer<ApiClient> oldClient = controller->client();
        QPointer<InventoryTableModel> oldModel = window->inventoryModel();

        // The status-bar switcher lists both; choosing the other one switches.
        auto *switcher = window->findChild<ProfileSwitcher *>(QStringLiteral("profileSwitcher"));
        QVERIFY(switcher);
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(switcher->currentText(), editor.displayName());
        const int viewerIndex = switcher->findText(viewer.displayName());
        QVERIFY(viewerIndex >= 0);
        switcher->setCurrentIndex(viewerIndex);
        Q_EMIT switcher->activated(viewerIndex);
        QTRY_COMPARE_WITH_TIMEOUT(controller->currentProfile(), viewer, 20000);
        QCOMPARE(controller->client()->config().apiKey, m_sandbox.viewerKey());
        QVERIFY(!oldClient); // the other profile's client is gone…
        QVERIFY(!oldModel); // …and so is everything the window showed of it
        QCOMPARE(controller->mainWindow(), window); // same window: it had a key to go on with
        QVERIFY(window->windowTitle().contains(QLatin1String("Viewer Co")));
        QCOMPARE(switcher->currentText(), viewer.displayName());
        QTRY_VERIFY_WITH_TIMEOUT(window->inventoryModel()->rowCount() > 0, 20000);

        // The Account menu switches back, and the choice is remembered.
        const QList<QAction *> actions = controller->accountControls()->profileActions();
        QCOMPARE(actions.size(), 2);
        for (QAction *action : actions) {
            if (action->text() == editor.displayName())
                action->trigger();
        }
        QTRY_COMPARE_WITH_TIMEOUT(controller->currentProfile(), editor, 20000);
        QCOMPARE(ProfileStore(&m_settings->store()).current(), editor);
    }

    void switchingToAProfileWithoutKeyDropsTheView()
    {
        const Profile editor = profile(QStringLiteral("Editor Co"));
        const Profile empty = profile(QStringLiteral("No key yet"));
        storeKey(editor, m_sandbox.editorKey());
        {
            ProfileStore profiles(&m_settings->store());
            profiles.add(empty);
            profiles.setCurrent(editor);
        }
        auto controller = makeController();
        controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(controller->client(), 20000);
        QPointer<MainWindow> oldWindow = controller->mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(oldWindow->inventoryModel()->rowCount() > 0, 20000);
        QSignalSpy replaced(controller.get(), &AppController::mainWindowReplaced);

        controller->switchToProfile(empty);
        QTRY_VERIFY_WITH_TIMEOUT(controller->signInDialog(), 10000);
        QCOMPARE(replaced.size(), 1);
        QVERIFY(!oldWindow); // nothing of "Editor Co" stays on screen
        QVERIFY(!controller->client());
        QVERIFY(controller->mainWindow()->isVisible());
        QVERIFY(!controller->mainWindow()->inventoryModel());
        QCOMPARE(controller->signInDialog()->profile(), empty); // pre-filled
    }

    void signOutDeletesTheKeyAndAsksAgain()
    {
        const Profile acme = profile(QStringLiteral("Acme"));
        storeKey(acme, m_sandbox.editorKey());
        ProfileStore(&m_settings->store()).setCurrent(acme);
        auto controller = makeController();
        controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(controller->client(), 20000);
        QPointer<MainWindow> oldWindow = controller->mainWindow();
        QSignalSpy signedOut(controller.get(), &AppController::signedOut);

        QAction *signOut = controller->accountControls()->signOutAction();
        QVERIFY(signOut->isEnabled());
        signOut->trigger();
        QTRY_COMPARE(signedOut.size(), 1);
        QVERIFY(signedOut.first().first().value<SecretResult>().ok());
        QVERIFY(!m_store->contains(acme.keychainAccount()));
        QVERIFY(!controller->client());
        QVERIFY(!oldWindow);
        QVERIFY(controller->currentProfile().isNull());
        QVERIFY(ProfileStore(&m_settings->store()).profiles().isEmpty());
        QTRY_VERIFY(controller->signInDialog() && controller->signInDialog()->isVisible());
        QVERIFY(!controller->accountControls()->signOutAction()->isEnabled());

        // A restart now asks for a key.
        controller.reset();
        auto restarted = makeController();
        restarted->start();
        QTRY_VERIFY(restarted->signInDialog());
        QVERIFY(!restarted->client());
    }

    void keychainUnavailableAtStartExplains()
    {
        const Profile acme = profile(QStringLiteral("Acme"));
        ProfileStore(&m_settings->store()).setCurrent(acme);
        m_store->setFailure(SecretResult::Status::Unavailable);
        auto controller = makeController();
        controller->start();
        QTRY_VERIFY(controller->signInDialog());
        SecretResult expected;
        expected.status = SecretResult::Status::Unavailable;
        QCOMPARE(controller->signInDialog()->message(), expected.userMessage());
        QCOMPARE(controller->signInDialog()->profile(), acme);

        // Signing in ends in "this session only", and the app works with that key.
        signInThroughDialog(*controller, acme.name, m_sandbox.url(), m_sandbox.editorKey());
        QTRY_VERIFY_WITH_TIMEOUT(controller->signInDialog()->isSessionOnlyOffered(), 20000);
        QTest::mouseClick(controller->signInDialog()->findChild<QPushButton *>(
                                  QStringLiteral("sessionOnlyButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(controller->client());
        QCOMPARE(controller->client()->config().apiKey, m_sandbox.editorKey());
        QCOMPARE(m_store->entryCount(), 0);
        QVERIFY(controller->accounts()->hasSessionKey(acme));
    }

    void revokedKeyOpensSignIn()
    {
        const Profile acme = profile(QStringLiteral("Acme"));
        auto controller = startWithRevokedKey(acme);
        QTRY_VERIFY_WITH_TIMEOUT(controller->signInDialog(), 20000);
        ApiError unauthorized = ApiError::http(401);
        QVERIFY(controller->signInDialog()->message().startsWith(
                unauthorized.userMessage().left(20)));
        QCOMPARE(controller->signInDialog()->profile(), acme);

        signInThroughDialog(*controller, acme.name, m_sandbox.url(), m_sandbox.editorKey());
        QTRY_COMPARE_WITH_TIMEOUT(controller->client()->config().apiKey, m_sandbox.editorKey(),
                                  20000);
        QCOMPARE(m_store->value(acme.keychainAccount()), m_sandbox.editorKey()); // overwritten
    }

    // One path for a 401: the client's. The window's Sign In (its error banner after the 401)
    // asks again once the dialog was closed, and raises the open one instead of a second.
    void signInFromTheWindowAfterA401()
    {
        const Profile acme = profile(QStringLiteral("Acme"));
        auto controller = startWithRevokedKey(acme);
        QTRY_VERIFY_WITH_TIMEOUT(controller->signInDialog(), 20000);
        controller->signInDialog()->reject(); // "later"
        QTRY_VERIFY(!controller->signInDialog());
        auto *button =
                controller->mainWindow()->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 20000);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(controller->signInDialog());
        const QPointer<SignInDialog> dialog = controller->signInDialog();
        QCOMPARE(dialog->profile(), acme);
        button->click(); // the dialog is window-modal: the button's own signal, as a reader can
        QCOMPARE(controller->signInDialog(), dialog.data()); // the same one, raised
        QCOMPARE(controller->findChildren<SignInDialog *>().size()
                         + controller->mainWindow()->findChildren<SignInDialog *>().size(),
                 qsizetype(1));
    }

    void readOnlyKeyAfterFirst403UntilCheckAgain()
    {
        const Profile viewer = profile(QStringLiteral("Viewer Co"));
        storeKey(viewer, m_sandbox.viewerKey());
        ProfileStore(&m_settings->store()).setCurrent(viewer);
        auto controller = makeController();
        controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(controller->client(), 20000);
        AccountControls *controls = controller->accountControls();
        QVERIFY(controller->writeAccess()->canWrite());
        QVERIFY(!controls->accessLabel()->isVisibleTo(controller->mainWindow()));
        QVERIFY(!controls->checkAgainAction()->isEnabled());

        bool answered = false;
        controller->client()->adjustInventory({{1, 1, 1, QStringLiteral("Received"), {}}}, this,
                                              [&](const ApiResult<AdjustResult> &result) {
                                                  answered = true;
                                                  QVERIFY(result.error().isForbidden());
                                              });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QVERIFY(!controller->writeAccess()->canWrite());
        QVERIFY(controls->accessLabel()->isVisibleTo(controller->mainWindow()));
        QCOMPARE(controls->accessLabel()->toolTip(), controller->writeAccess()->reason());
        QVERIFY(!controls->accessLabel()->toolTip().isEmpty());
        QVERIFY(controls->checkAgainAction()->isEnabled());

        controls->checkAgainAction()->trigger();
        QVERIFY(controller->writeAccess()->canWrite());
        QVERIFY(!controls->accessLabel()->isVisibleTo(controller->mainWindow()));
        QVERIFY(!controls->checkAgainAction()->isEnabled());
    }

    void accountMenuIsInTheMenuBar()
    {
        auto controller = makeController();
        MainWindow *window = controller->mainWindow();
        QMenu *menu = controller->accountControls()->menu();
        QVERIFY(window->menuBar()->actions().contains(menu->menuAction()));
        const QList<QAction *> bar = window->menuBar()->actions();
        auto *help = window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
        if (help) // before Help when the window has one
            QVERIFY(bar.indexOf(menu->menuAction()) < bar.indexOf(help->menuAction()));
        QVERIFY(menu->actions().contains(controller->accountControls()->settingsAction()));
        QVERIFY(menu->actions().contains(controller->accountControls()->signOutAction()));
        QVERIFY(menu->actions().contains(controller->accountControls()->checkAgainAction()));
    }

    void settingsApplyWithoutRestart()
    {
        const Profile acme = profile(QStringLiteral("Acme"));
        storeKey(acme, m_sandbox.editorKey());
        ProfileStore(&m_settings->store()).setCurrent(acme);
        auto controller = makeController();
        controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(controller->client(), 20000);

        controller->accountControls()->settingsAction()->trigger();
        QTRY_VERIFY(controller->settingsDialog() && controller->settingsDialog()->isVisible());
        SettingsDialog *dialog = controller->settingsDialog();
        dialog->findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(77);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("he")));
        dialog->accept();
        QCOMPARE(controller->client()->config().timeout, std::chrono::milliseconds(77s));
        QCOMPARE(QLocale().language(), QLocale::Hebrew);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);

        m_settings->setLanguage(QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);

        // A new client (switch, restart) starts with the stored timeout too.
        auto restarted = (controller.reset(), makeController());
        restarted->start();
        QTRY_VERIFY_WITH_TIMEOUT(restarted->client(), 20000);
        QCOMPARE(restarted->client()->config().timeout, std::chrono::milliseconds(77s));
    }

    void demoFromTheSignInDialog()
    {
        auto controller = makeController();
        controller->start();
        QTRY_VERIFY(controller->signInDialog());
        QTest::mouseClick(
                controller->signInDialog()->findChild<QPushButton *>(QStringLiteral("demoButton")),
                Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller->client(), 30000);
        QVERIFY(controller->currentProfile().demo);
        QVERIFY(!controller->signInDialog());
        QCOMPARE(m_store->operationCount(), 0); // the demo key is never stored
        QCOMPARE(ProfileStore(&m_settings->store()).current(), Profile::demoProfile());
        QTRY_VERIFY_WITH_TIMEOUT(controller->mainWindow()->inventoryModel()->rowCount() > 0, 20000);

        controller->signOut();
        QTRY_VERIFY(controller->signInDialog());
        QVERIFY(!controller->client());
        QVERIFY(ProfileStore(&m_settings->store()).profiles().isEmpty());
        QCOMPARE(m_store->operationCount(), 0);
    }

    void commandLineDemoIsNotRemembered()
    {
        StartupOptions options;
        options.demo = true;
        auto controller = makeController(options);
        controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(controller->client(), 30000);
        QVERIFY(controller->currentProfile().demo);
        QVERIFY(ProfileStore(&m_settings->store()).current().isNull());
        // It is still shown in the switcher while it runs.
        auto *switcher = controller->mainWindow()->findChild<ProfileSwitcher *>(
                QStringLiteral("profileSwitcher"));
        QCOMPARE(switcher->currentText(), Profile::demoProfile().displayName());
    }

    void baseUrlOptionPicksTheProfileOnThatServer()
    {
        const Profile acme = profile(QStringLiteral("Acme"));
        storeKey(acme, m_sandbox.editorKey());
        Profile elsewhere;
        elsewhere.name = QStringLiteral("Elsewhere");
        elsewhere.baseUrl = QUrl(QStringLiteral("https://glance.example"));
        {
            ProfileStore profiles(&m_settings->store());
            profiles.add(acme);
            profiles.setCurrent(elsewhere);
        }
        StartupOptions options;
        options.baseUrl = m_sandbox.url();
        auto controller = makeController(options);
        controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(controller->client(), 20000);
        QCOMPARE(controller->currentProfile(), acme);

        // A server without a profile: sign in there.
        options.baseUrl = QUrl(QStringLiteral("https://new.example"));
        auto second = (controller.reset(), makeController(options));
        second->start();
        QTRY_VERIFY(second->signInDialog());
        QCOMPARE(second->signInDialog()->profile().baseUrl,
                 QUrl(QStringLiteral("https://new.example")));
    }
};

QTEST_MAIN(TestAppControllerAccount)
#include "tst_account_appcontroller.moc"
