// The main window shell and the --demo start-up, offscreen, against the real sandbox.
#include "api/apiclient.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "sandboxfixture.h"
// appcontroller.h returns QPointers of these: it needs their full types.
#include "core/text/bidi.h"
#include "ui/account/accountcontrols.h"
#include "ui/account/settingsdialog.h"
#include "ui/account/signindialog.h"
#include "ui/appcontroller.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"
#include "ui/widgets/messagebanner.h"

#include <QApplication>
#include <QFrame>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>

using namespace Glance;
using Glance::Test::SandboxFixture;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // window layouts go to a test location
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        m_client = std::make_unique<ApiClient>(&m_network, config);
    }

    void init() { QVERIFY(m_sandbox.clearFaults()); }

    void demoStartsSandboxAndShowsStock()
    {
        StartupOptions options;
        options.demo = true;
        options.sandboxProgram = SandboxFixture::sandboxPath();
        AppController controller(options);
        controller.start();
        MainWindow *window = controller.mainWindow();
        QVERIFY(window->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
                window->inventoryModel() && window->inventoryModel()->rowCount() == 100, 20000);
        auto *view = window->findChild<QTableView *>(QStringLiteral("inventoryView"));
        QCOMPARE(view->model(), window->inventoryProxy());
        QCOMPARE(window->inventoryProxy()->sourceModel(), window->inventoryModel());
        // Both languages of the seed data are on the first page.
        bool hebrew = false;
        bool latin = false;
        for (int row = 0; row < window->inventoryModel()->rowCount(); ++row) {
            const QString name = window->inventoryModel()
                                         ->index(row, InventoryTableModel::ProductColumn)
                                         .data()
                                         .toString();
            for (const QChar c : name) {
                hebrew |= c.script() == QChar::Script_Hebrew;
                latin |= c.script() == QChar::Script_Latin;
            }
        }
        QVERIFY(hebrew);
        QVERIFY(latin);
    }

    void demoWithMissingSandboxShowsError()
    {
        StartupOptions options;
        options.demo = true;
        options.sandboxProgram = QStringLiteral("/nonexistent/glance-sandbox");
        AppController controller(options);
        controller.start();
        auto *banner =
                controller.mainWindow()->findChild<MessageBanner *>(QStringLiteral("errorBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(!banner->text().isEmpty());
        // A start-up error offers neither Retry nor Sign In.
        QVERIFY(!banner->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
        QVERIFY(!banner->findChild<QPushButton *>(QStringLiteral("signInButton"))->isVisible());
    }

    void searchIsDebouncedAndNarrows()
    {
        MainWindow window;
        window.setClient(m_client.get());
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.inventoryModel()->rowCount(), 100, 15000);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("shelf"));
        // Not yet sent: typing is debounced.
        QVERIFY(window.inventoryModel()->query().search.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(window.inventoryModel()->query().search, QStringLiteral("shelf"),
                                  5000);
        QTRY_VERIFY_WITH_TIMEOUT(window.inventoryModel()->hasLoadedOnce(), 15000);
        const int expected = int(m_sandbox.get(QStringLiteral("/inventory?search=shelf&limit=100"))
                                         .data()
                                         .toArray()
                                         .size());
        QCOMPARE(window.inventoryModel()->rowCount(), expected);
    }

    void serverErrorShowsBannerAndKeepsData()
    {
        MainWindow window;
        window.setClient(m_client.get());
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.inventoryModel()->rowCount(), 100, 15000);
        QVERIFY(m_sandbox.setFaults({QStringLiteral("502-html@GET /inventory")}));
        auto *banner = window.findChild<MessageBanner *>(QStringLiteral("errorBanner"));
        QVERIFY(!banner->isVisible());
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QVERIFY(!banner->text().contains(QLatin1String("<html"), Qt::CaseInsensitive));
        QCOMPARE(window.inventoryModel()->rowCount(), 100);

        QVERIFY(m_sandbox.clearFaults());
        auto *retry = window.findChild<QPushButton *>(QStringLiteral("retryButton"));
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
    }

    void titleNamesAccountInEveryLanguage()
    {
        const auto hasHebrew = [](const QString &text) {
            return std::any_of(text.cbegin(), text.cend(),
                               [](QChar c) { return c.script() == QChar::Script_Hebrew; });
        };
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        MainWindow window;
        QCOMPARE(window.windowTitle(), QStringLiteral("Glance Inventory"));
        window.setAccountName(QStringLiteral("Main store"));
        // Ends with the display name, so the window system does not append it a second time.
        QVERIFY2(window.windowTitle().endsWith(QGuiApplication::applicationDisplayName()),
                 qPrintable(window.windowTitle()));
        QVERIFY(window.windowTitle().contains(Bidi::name(u"Main store")));
        window.show();

        installTranslations(QLocale(QLocale::Hebrew, QLocale::Israel));
        QVERIFY(hasHebrew(QGuiApplication::applicationDisplayName()));
        // The posted QEvent::LanguageChange retranslates the window; the account stays.
        QTRY_VERIFY2(hasHebrew(window.windowTitle()), qPrintable(window.windowTitle()));
        QVERIFY2(window.windowTitle().contains(Bidi::name(u"Main store")),
                 qPrintable(window.windowTitle()));
        QVERIFY(window.windowTitle().endsWith(QGuiApplication::applicationDisplayName()));

        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QTRY_VERIFY2(!hasHebrew(window.windowTitle()), qPrintable(window.windowTitle()));
        QCOMPARE(QGuiApplication::applicationDisplayName(), QStringLiteral("Glance Inventory"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
