// Renders the inventory browser in English and Hebrew against the sandbox and writes PNGs for
// review (to $GLANCE_SCREENSHOT_DIR, default <build>/screenshots): the main window, a sorted
// partial view with its notice, the product panel over a fully loaded view, and the record
// dialog. It also checks what can be checked mechanically: the layout direction per language,
// that the table shows data and that every panel shows what it should.
#include "api/apiclient.h"
#include "core/appsettings.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "models/movementsmodel.h"
#include "models/productstockmodel.h"
#include "sandboxfixture.h"
#include "ui/browser/inventoryview.h"
#include "ui/browser/productstockpanel.h"
#include "ui/browser/recorddetaildialog.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QDir>
#include <QFrame>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;
using Glance::Test::SandboxFixture;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QDir m_dir;
    QTemporaryDir m_settingsDir;

    // Fresh settings for every window: no layout of an earlier run or test.
    std::unique_ptr<AppSettings> freshSettings()
    {
        static int count = 0;
        return std::make_unique<AppSettings>(
                m_settingsDir.filePath(QStringLiteral("settings-%1.ini").arg(++count)));
    }

    void save(QWidget *widget, const QString &name)
    {
        QTest::qWait(100); // let pending layouts and paints settle
        const QString file =
                m_dir.filePath(QStringLiteral("%1-%2.png")
                                       .arg(name, QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY2(widget->grab().save(file), qPrintable(file));
        qInfo("wrote %s", qPrintable(QDir::toNativeSeparators(file)));
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

    void addLocales()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << Qt::LeftToRight;
        QTest::newRow("he") << QLocale(QLocale::Hebrew, QLocale::Israel) << Qt::RightToLeft;
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
        QString dir = qEnvironmentVariable("GLANCE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QStringLiteral(QT_TESTCASE_BUILDDIR "/../../screenshots");
        QVERIFY(QDir().mkpath(dir));
        m_dir = QDir(dir);
    }

    void cleanupTestCase()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void mainWindow_data() { addLocales(); }

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
        QCOMPARE(window.layoutDirection(), direction);
        QCOMPARE(QApplication::layoutDirection(), direction);
        save(&window, QStringLiteral("mainwindow"));
    }

    void browser_data() { addLocales(); }

    void browser()
    {
        QFETCH(QLocale, locale);
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
        save(&window, QStringLiteral("browser-sorted"));

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
        save(&window, QStringLiteral("browser-product"));
    }

    void recordDialog_data() { addLocales(); }

    void recordDialog()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        // Some history to show: two adjustments of the record (product 1 in warehouse 1).
        for (const int amount : {12, -5}) {
            const QJsonObject action {{QStringLiteral("productId"), 1},
                                      {QStringLiteral("warehouseId"), 1},
                                      {QStringLiteral("amount"), amount},
                                      {QStringLiteral("reason"), QStringLiteral("Stocktake")}};
            QCOMPARE(m_sandbox
                             .post(QStringLiteral("/inventory/adjust"),
                                   {{QStringLiteral("actions"), QJsonArray {action}}})
                             .status,
                     200);
        }
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
        QCOMPARE(dialog.layoutDirection(), direction);
        save(&dialog, QStringLiteral("record"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
