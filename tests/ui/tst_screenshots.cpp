// Renders the app's browser and account windows in English and Hebrew against the sandbox and
// writes PNGs for review (to $GLANCE_SCREENSHOT_DIR, default <build>/screenshots): the main
// window, a sorted partial view with its notice, the product panel over a fully loaded view,
// the record dialog, the About box, the sign-in dialog (empty, a refused key, an unreachable
// server), the settings dialog, and the window as the app shows it (two accounts, the current
// one read-only, its tool bar) with its Account menu and Help → Keyboard Shortcuts. The
// record, batch and history windows are tst_screenshots_adjust's. It also checks what can be
// checked mechanically: the layout direction per language, that every window shows what it
// should, and that no Hebrew window has English words left once names, codes and other values
// are taken out (tests/ui/screenshotsupport.h).
#include "api/apiclient.h"
#include "core/account/accountmanager.h"
#include "core/account/baseurl.h"
#include "core/account/memorysecretstore.h"
#include "core/account/profilestore.h"
#include "core/appsettings.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "models/movementsmodel.h"
#include "models/productstockmodel.h"
#include "tests/ui/screenshotsupport.h"
#include "ui/account/accountcontrols.h"
#include "ui/account/settingsdialog.h"
#include "ui/account/signindialog.h"
#include "ui/appcontroller.h"
#include "ui/browser/inventoryview.h"
#include "ui/browser/productstockpanel.h"
#include "ui/browser/recorddetaildialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QFrame>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Glance;
using Glance::Test::addLanguageRows;
using Glance::Test::isHebrewRow;
using Glance::Test::SandboxFixture;
using Glance::Test::shoot;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_settingsDir;
    QStringList m_values; // the sandbox's names, SKUs, locations: not checked for English

    // Fresh settings for every window: no layout of an earlier run or test.
    std::unique_ptr<AppSettings> freshSettings()
    {
        static int count = 0;
        return std::make_unique<AppSettings>(
                m_settingsDir.filePath(QStringLiteral("settings-%1.ini").arg(++count)));
    }

    static bool settled(const MainWindow &window)
    {
        return QTest::qWaitFor(
                [&window] {
                    return window.inventoryModel()->hasLoadedOnce()
                            && !window.inventoryModel()->isLoading();
                },
                15000);
    }

    // A name a store manager of the row's language would give the account.
    static QString accountName()
    {
        return isHebrewRow() ? QStringLiteral("כלי בית חיפה") : QStringLiteral("Acme Hardware");
    }

    static QUrl closedPort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return {};
        const quint16 port = server.serverPort();
        server.close();
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the window's layout goes to a test location
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        config.limits = {0, 0};
        m_client = std::make_unique<ApiClient>(&m_network, config);
        m_values = Test::sandboxValues(m_sandbox);
        QVERIFY(m_values.contains(QStringLiteral("AB-120/3")));
    }

    void cleanupTestCase()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void mainWindow_data() { addLanguageRows(); }

    void mainWindow()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        const auto settings = freshSettings();
        MainWindow window;
        window.setSettings(settings.get());
        window.resize(1100, 640);
        window.setClient(m_client.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.inventoryModel()->rowCount(), 100, 15000);
        QVERIFY(settled(window));
        QCOMPARE(QApplication::layoutDirection(), direction);
        const QString problems = shoot(&window, QStringLiteral("mainwindow"), direction, m_values);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void browser_data() { addLanguageRows(); }

    void browser()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        const auto settings = freshSettings();
        MainWindow window;
        window.setSettings(settings.get());
        window.resize(1280, 700);
        window.setClient(m_client.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(settled(window));

        // Sorted while partly loaded: the notice offers Load all.
        auto *view = window.findChild<InventoryView *>(QStringLiteral("inventoryView"));
        view->horizontalHeader()->setSortIndicator(InventoryTableModel::SkuColumn,
                                                   Qt::AscendingOrder);
        QVERIFY(window.findChild<QFrame *>(QStringLiteral("noticeBar"))->isVisible());
        QString problems = shoot(&window, QStringLiteral("browser-sorted"), direction, m_values);

        // Everything loaded: counts and totals per warehouse, and one product's stock.
        QSignalSpy finished(window.inventoryModel(), &InventoryTableModel::loadAllFinished);
        window.loadAll();
        QVERIFY(finished.wait(30000));
        QVERIFY(!window.findChild<QFrame *>(QStringLiteral("noticeBar"))->isVisible());
        view->setFocus();
        view->setCurrentIndex(window.inventoryProxy()->index(5, 0));
        QTest::keyClick(view, Qt::Key_Return);
        auto *panel = window.findChild<ProductStockPanel *>(QStringLiteral("productPanel"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->hasLoaded(), 15000);
        QVERIFY(panel->model()->rowCount() > 0);
        problems += shoot(&window, QStringLiteral("browser-product"), direction, m_values);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void recordDialog_data() { addLanguageRows(); }

    void recordDialog()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        // Some history to show: adjustments of the record (product 1 in warehouse 1), with the
        // reasons people of the row's language type (the other row's stay: mixed, as in a shop).
        const QList<std::pair<int, QString>> adjustments = isHebrewRow()
                ? QList<std::pair<int, QString>> {{40, QStringLiteral("קבלת סחורה")},
                                                  {-3, QStringLiteral("פגום")},
                                                  {-1200, QStringLiteral("ספירת מלאי")}}
                : QList<std::pair<int, QString>> {{1250, QStringLiteral("Received")},
                                                  {-5, QStringLiteral("Stocktake")}};
        QStringList values = m_values;
        for (const auto &[amount, reason] : adjustments) {
            const QJsonObject action {{QStringLiteral("productId"), 1},
                                      {QStringLiteral("warehouseId"), 1},
                                      {QStringLiteral("amount"), amount},
                                      {QStringLiteral("reason"), reason}};
            QCOMPARE(m_sandbox
                             .post(QStringLiteral("/inventory/adjust"),
                                   {{QStringLiteral("actions"), QJsonArray {action}}})
                             .status,
                     200);
            values << reason;
        }
        values << QStringLiteral("Received") << QStringLiteral("Stocktake");
        InventoryRecord record;
        record.id = 1;
        record.product = {1, QStringLiteral("Widget Pro"), QStringLiteral("WDG-001")};
        record.warehouse = {1, QString()};
        RecordDetailDialog dialog(m_client.get(), record);
        QSignalSpy refreshed(&dialog, &RecordDetailDialog::recordRefreshed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(refreshed.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.movementsModel()->hasLoaded(), 15000);
        QVERIFY(dialog.movementsModel()->rowCount() >= 2);
        const QString problems = shoot(&dialog, QStringLiteral("record"), direction, values);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void printPreview_data() { addLanguageRows(); }

    // File → Print Preview of every record, sorted: the first page as it will print (page
    // header with account, warehouse, filter and time; columns right to left in Hebrew).
    void printPreview()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        const auto settings = freshSettings();
        MainWindow window;
        window.setSettings(settings.get());
        window.setAccountName(accountName());
        window.resize(1100, 640);
        window.setClient(m_client.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(settled(window));
        QSignalSpy finished(window.inventoryModel(), &InventoryTableModel::loadAllFinished);
        window.loadAll();
        QVERIFY(finished.wait(30000));
        window.findChild<InventoryView *>(QStringLiteral("inventoryView"))
                ->horizontalHeader()
                ->setSortIndicator(InventoryTableModel::QuantityColumn, Qt::AscendingOrder);
        window.findChild<QAction *>(QStringLiteral("actionPrintPreview"))->trigger();
        QPrintPreviewDialog *preview = nullptr;
        QTRY_VERIFY((preview = window.findChild<QPrintPreviewDialog *>()) && preview->isVisible());
        preview->resize(900, 1000);
        QVERIFY(QTest::qWaitForWindowExposed(preview));
        // Qt's own Hebrew (qtbase_he) leaves one tooltip of the preview's toolbar half English.
        const QStringList values = m_values + QStringList {QStringLiteral("הצג עמודים facing")};
        const QString problems = shoot(preview, QStringLiteral("printpreview"), direction, values);
        preview->reject();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void aboutBox_data() { addLanguageRows(); }

    void aboutBox()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
        QVERIFY(about);
        about->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(box));
        const QString problems = shoot(box, QStringLiteral("about"), direction, m_values);
        box->close();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void signInDialog_data() { addLanguageRows(); }

    void signInDialog()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        MemorySecretStore store;
        AccountManager accounts(&profiles, &store);
        const QStringList values = m_values + QStringList {accountName()};

        // As on the first start.
        SignInDialog dialog(&accounts, &m_network);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QString problems = shoot(&dialog, QStringLiteral("signin"), direction, values);

        // A key Glance refuses (401).
        const auto signIn = [&dialog] {
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")),
                              Qt::LeftButton);
            return QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, 30000);
        };
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(accountName());
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
                ->setText(m_sandbox.url().toString());
        dialog.findChild<QLineEdit *>(QStringLiteral("keyEdit"))
                ->setText(QStringLiteral("glnc_sk_00000000000000000000000000000000"));
        QVERIFY(signIn());
        QVERIFY(dialog.lastError().isUnauthorized());
        QVERIFY(!dialog.message().isEmpty());
        problems += shoot(&dialog, QStringLiteral("signin-error"), direction, values);

        // A server that does not answer: the address is shown to fix.
        dialog.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
                ->setText(closedPort().toString());
        QVERIFY(signIn());
        QCOMPARE(dialog.lastError().kind(), ApiError::Kind::Network);
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("advancedWidget"))->isVisible());
        problems += shoot(&dialog, QStringLiteral("signin-server"), direction, values);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void settingsDialog_data() { addLanguageRows(); }

    void settingsDialog()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        const auto settings = freshSettings();
        settings->setLanguage(QString::fromLatin1(QTest::currentDataTag()));
        // The default reasons (in the row's language) and one a colleague typed in the other.
        QList<AdjustmentReason> reasons = AppSettings::defaultAdjustmentReasons();
        const QString typed = isHebrewRow() ? QStringLiteral("Sample for a customer")
                                            : QStringLiteral("דוגמה ללקוח");
        reasons.append({typed, -1});
        settings->setAdjustmentReasons(reasons);
        SettingsDialog dialog(settings.get());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The languages are offered in their own names: "English" is one of them.
        const QStringList values = m_values + QStringList {typed, QStringLiteral("English")};
        const QString problems = shoot(&dialog, QStringLiteral("settings"), direction, values);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void appWindow_data() { addLanguageRows(); }

    void appWindow()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        // Two accounts with keys in the keychain; the app starts with the first one, whose key
        // may only read (a viewer key): the first change Glance refuses marks it read-only.
        const auto settings = freshSettings();
        settings->setLanguage(QString::fromLatin1(QTest::currentDataTag()));
        MemorySecretStore store;
        Profile shop;
        shop.name = accountName();
        shop.baseUrl = BaseUrl::normalized(m_sandbox.url());
        Profile other = shop;
        other.name = isHebrewRow() ? QStringLiteral("סניף נתניה") : QStringLiteral("Beta Stores");
        for (const Profile &profile : {shop, other}) {
            bool stored = false;
            store.write(profile.keychainAccount(),
                        profile == shop ? m_sandbox.viewerKey() : m_sandbox.editorKey(), nullptr,
                        [&stored](const SecretResult &) { stored = true; });
            QTRY_VERIFY(stored);
        }
        {
            ProfileStore profiles(&settings->store());
            profiles.add(other);
            profiles.setCurrent(shop);
        }
        StartupOptions options;
        options.language = QString::fromLatin1(QTest::currentDataTag());
        options.sandboxProgram = SandboxFixture::sandboxPath();
        AppController controller(options, settings.get(), &store);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(controller.client(), 20000);
        MainWindow *window = controller.mainWindow();
        window->resize(1100, 640);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(
                window->inventoryModel() && window->inventoryModel()->rowCount() > 0, 20000);
        QVERIFY(settled(*window));
        EditRecordRequest edit;
        edit.location = QStringLiteral("Shelf A7");
        controller.client()->editInventory(1, edit, &controller,
                                           [](const ApiResult<InventoryRecord> &) {});
        QTRY_VERIFY_WITH_TIMEOUT(!controller.writeAccess()->canWrite(), 15000);
        QTRY_VERIFY(controller.accountControls()->accessLabel()->isVisible());
        const QStringList values = m_values
                + QStringList {shop.name, other.name, shop.displayName(), other.displayName()};
        QString problems = shoot(window, QStringLiteral("app"), direction, values);

        // The Account menu: the two accounts, then what can be done with them.
        QMenu *menu = controller.accountControls()->menu();
        menu->popup(window->mapToGlobal(QPoint(window->width() / 2, 30)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QCOMPARE(controller.accountControls()->profileActions().size(), 2);
        problems += shoot(menu, QStringLiteral("accountmenu"), direction, values);
        menu->hide();

        // Help → Keyboard Shortcuts over it, every window's keys.
        window->findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
        ShortcutsDialog *shortcuts = window->shortcutsDialog();
        QVERIFY(shortcuts);
        QVERIFY(QTest::qWaitForWindowExposed(shortcuts));
        shortcuts->resize(560, 640);
        QVERIFY(shortcuts->tree()->topLevelItemCount() >= 3);
        problems += shoot(shortcuts, QStringLiteral("shortcuts"), direction, values);
        shortcuts->close();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
