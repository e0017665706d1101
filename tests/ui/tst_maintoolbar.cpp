// The main window's tool bar (ui/maintoolbar.*, ui/actionicons.*), in
// the app as AppController builds it against the sandbox: it holds the chosen actions in their
// sections with icons, short labels and tooltips; its buttons are the actions, so they follow
// their enabled state and reasons (a record selected, offline); View → Toolbar hides and shows
// it and its visibility and place persist with the window's state; Export's arrow is mirrored in
// right to left (also after a language switch) and the other icons are not; without an icon
// theme the icons are our own SVGs, with one the theme's.
#include "core/account/baseurl.h"
#include "core/account/memorysecretstore.h"
#include "core/account/profilestore.h"
#include "core/appsettings.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "sandboxfixture.h"
#include "ui/account/accountcontrols.h"
#include "ui/account/settingsdialog.h"
#include "ui/account/signindialog.h"
#include "ui/actionicons.h"
#include "ui/adjust/inventoryactions.h"
#include "ui/appcontroller.h"
#include "ui/maintoolbar.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Glance;
using Glance::Test::SandboxFixture;

namespace {

QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(32, 32), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
}

QAction *windowAction(MainWindow *window, const char *name)
{
    return window->findChild<QAction *>(QLatin1String(name));
}

} // namespace

class TestMainToolBar : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    MemorySecretStore m_store;
    std::unique_ptr<AppController> m_controller;

    static QToolButton *button(MainWindow *window, QAction *action)
    {
        return qobject_cast<QToolButton *>(window->mainToolBar()->widgetForAction(action));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // No icon theme: the icons are ours, as on Windows and macOS.
        QIcon::setThemeSearchPaths({m_dir.filePath(QStringLiteral("no-themes"))});
        QIcon::setThemeName(QStringLiteral("none"));
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("app.ini")));
        Profile shop;
        shop.name = QStringLiteral("Shop");
        shop.baseUrl = BaseUrl::normalized(m_sandbox.url());
        bool stored = false;
        m_store.write(shop.keychainAccount(), m_sandbox.editorKey(), nullptr,
                      [&stored](const SecretResult &) { stored = true; });
        QTRY_VERIFY(stored);
        ProfileStore(&m_settings->store()).setCurrent(shop);
        m_controller =
                std::make_unique<AppController>(StartupOptions {}, m_settings.get(), &m_store);
        m_controller->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->client(), 20000);
        MainWindow *window = m_controller->mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(
                window->inventoryModel() && window->inventoryModel()->hasLoadedOnce(), 20000);
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    // A test that failed half-way in Hebrew leaves the next in English.
    void cleanup()
    {
        if (QApplication::layoutDirection() == Qt::RightToLeft)
            installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void holdsTheChosenActions()
    {
        MainWindow *window = m_controller->mainWindow();
        InventoryActions *actions = m_controller->inventoryActions();
        MainToolBar *bar = window->mainToolBar();
        const QList<QAction *> expected {windowAction(window, "actionRefresh"),
                                         actions->newRecordAction(),
                                         actions->editRecordAction(),
                                         actions->deleteRecordAction(),
                                         actions->batchAdjustAction(),
                                         actions->newStocktakeAction(),
                                         actions->historyAction(),
                                         windowAction(window, "actionExport"),
                                         windowAction(window, "actionPrint")};
        QCOMPARE(bar->mainActions(), expected);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextUnderIcon);
        QVERIFY(!bar->accessibleName().isEmpty());
        QCOMPARE(window->toolBarArea(bar), Qt::TopToolBarArea);
        // A separator between the four sections, each shown.
        int separators = 0;
        for (QAction *action : bar->actions())
            separators += action->isSeparator() && action->isVisible() ? 1 : 0;
        QCOMPARE(separators, 3);
        const QStringList labels {
                QStringLiteral("Refresh"), QStringLiteral("New"),    QStringLiteral("Edit"),
                QStringLiteral("Delete"),  QStringLiteral("Adjust"), QStringLiteral("Stocktake"),
                QStringLiteral("History"), QStringLiteral("Export"), QStringLiteral("Print")};
        for (int i = 0; i < expected.size(); ++i) {
            QAction *action = expected.at(i);
            QToolButton *b = button(window, action);
            QVERIFY2(b, qPrintable(action->text()));
            QCOMPARE(b->defaultAction(), action);
            QCOMPARE(b->text(), labels.at(i));
            QVERIFY(!action->icon().isNull());
            QVERIFY2(!b->toolTip().isEmpty(), qPrintable(action->text()));
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(b);
            QVERIFY(a);
            QVERIFY2(!a->text(QAccessible::Name).isEmpty(), qPrintable(action->text()));
        }
        // The same action in the menu: one object, one state.
        QVERIFY(window->recordMenu()->actions().contains(actions->newRecordAction()));
    }

    void bareWindowHasItsOwnActions()
    {
        MainWindow window;
        MainToolBar *bar = window.mainToolBar();
        QCOMPARE(bar->mainActions(),
                 (QList<QAction *> {windowAction(&window, "actionRefresh"),
                                    windowAction(&window, "actionExport"),
                                    windowAction(&window, "actionPrint")}));
        int separators = 0;
        for (QAction *action : bar->actions())
            separators += action->isSeparator() && action->isVisible() ? 1 : 0;
        QCOMPARE(separators, 1); // empty sections leave no double separator
        // Added twice: still once.
        bar->addMainAction(MainToolBar::Section::Browse, windowAction(&window, "actionRefresh"),
                           ActionIcon::Refresh);
        QCOMPARE(bar->mainActions().size(), 3);
    }

    void ourIconsWithoutATheme()
    {
        for (ActionIcon icon :
             {ActionIcon::Refresh, ActionIcon::NewRecord, ActionIcon::EditRecord,
              ActionIcon::DeleteRecord, ActionIcon::BatchAdjust, ActionIcon::NewStocktake,
              ActionIcon::History, ActionIcon::Export, ActionIcon::Print}) {
            const ActionIconSource source = actionIconSource(icon);
            QVERIFY2(QFile::exists(source.bundledFile), qPrintable(source.bundledFile));
            const QImage own = imageOf(QIcon(source.bundledFile));
            QVERIFY2(!own.isNull(), qPrintable(source.bundledFile)); // the SVG plugin read it
            int painted = 0;
            for (int y = 0; y < own.height(); ++y)
                for (int x = 0; x < own.width(); ++x)
                    painted += qAlpha(own.pixel(x, y)) > 0 ? 1 : 0;
            QVERIFY2(painted > 60, qPrintable(source.bundledFile));
            QCOMPARE(imageOf(actionIcon(icon)), own);
        }
    }

    void themeIconWhenTheDesktopHasOne()
    {
        // A minimal freedesktop theme with a red "document-print".
        QTemporaryDir themes;
        QDir root(themes.path());
        QVERIFY(root.mkpath(QStringLiteral("test/32x32/actions")));
        QFile index(root.filePath(QStringLiteral("test/index.theme")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=test\nDirectories=32x32/actions\n\n"
                    "[32x32/actions]\nSize=32\nType=Fixed\n");
        index.close();
        QImage red(32, 32, QImage::Format_ARGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(root.filePath(QStringLiteral("test/32x32/actions/document-print.png"))));
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(QStringLiteral("test"));
        const QImage themed = imageOf(actionIcon(ActionIcon::Print));
        const QImage fallback = imageOf(actionIcon(ActionIcon::Refresh)); // not in that theme
        QIcon::setThemeSearchPaths({m_dir.filePath(QStringLiteral("no-themes"))});
        QIcon::setThemeName(QStringLiteral("none"));
        QCOMPARE(themed.pixelColor(16, 16), QColor(Qt::red));
        QCOMPARE(fallback, imageOf(QIcon(actionIconSource(ActionIcon::Refresh).bundledFile)));
    }

    void exportArrowMirroredInRightToLeft()
    {
        MainWindow *window = m_controller->mainWindow();
        QAction *exportAction = windowAction(window, "actionExport");
        QAction *printAction = windowAction(window, "actionPrint");
        QAction *refreshAction = windowAction(window, "actionRefresh");
        QVERIFY(actionIconSource(ActionIcon::Export).points);
        QApplication::setLayoutDirection(Qt::LeftToRight);
        const QImage exportLtr = imageOf(button(window, exportAction)->icon());
        const QImage printLtr = imageOf(printAction->icon());
        const QImage refreshLtr = imageOf(refreshAction->icon());
        QVERIFY(exportLtr != exportLtr.mirrored(true, false)); // it does point

        // A language switch to Hebrew turns the application right to left.
        installTranslations(QLocale(QLocale::Hebrew, QLocale::Israel));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        QTRY_COMPARE(window->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(imageOf(button(window, exportAction)->icon()), exportLtr.mirrored(true, false));
        QCOMPARE(imageOf(printAction->icon()), printLtr);
        QCOMPARE(imageOf(refreshAction->icon()), refreshLtr);
        QToolButton *b = button(window, exportAction);
        QTRY_VERIFY(b->text() != QStringLiteral("Export")); // the Hebrew label (the language
                                                            // change is posted)
        QCOMPARE(b->text(),
                 QCoreApplication::translate("Glance::MainToolBar", "Export",
                                             "tool bar label: export as CSV"));

        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(imageOf(button(window, exportAction)->icon()), exportLtr);
        QTRY_COMPARE(b->text(), QStringLiteral("Export"));
    }

    void togglesAndPersists()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("layout.ini")));
        {
            MainWindow window;
            window.setSettings(&settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QAction *toggle = windowAction(&window, "actionShowToolBar");
            QVERIFY(toggle->isCheckable());
            QVERIFY(toggle->isChecked());
            QVERIFY(window.mainToolBar()->isVisible());
            toggle->trigger();
            QVERIFY(!window.mainToolBar()->isVisible());
            QVERIFY(!toggle->isChecked());
            toggle->trigger();
            QVERIFY(window.mainToolBar()->isVisible());
            // The window's own context menu (the bar's toggle action) keeps View → Toolbar in
            // step.
            window.mainToolBar()->toggleViewAction()->trigger();
            QVERIFY(!window.mainToolBar()->isVisible());
            QVERIFY(!toggle->isChecked());
        } // closing saves the window's state
        {
            MainWindow window;
            window.setSettings(&settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QAction *toggle = windowAction(&window, "actionShowToolBar");
            QVERIFY(!window.mainToolBar()->isVisible());
            QVERIFY(!toggle->isChecked());
            toggle->trigger();
            QVERIFY(window.mainToolBar()->isVisible());
            // Moved to the bottom: it stays there.
            window.addToolBar(Qt::BottomToolBarArea, window.mainToolBar());
        }
        {
            MainWindow window;
            window.setSettings(&settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.mainToolBar()->isVisible());
            QVERIFY(windowAction(&window, "actionShowToolBar")->isChecked());
            QCOMPARE(window.toolBarArea(window.mainToolBar()), Qt::BottomToolBarArea);
        }
    }

    // Last: it stops the sandbox.
    void buttonsFollowTheActions()
    {
        MainWindow *window = m_controller->mainWindow();
        InventoryActions *actions = m_controller->inventoryActions();
        auto *view = window->findChild<QTableView *>(QStringLiteral("inventoryView"));
        view->setCurrentIndex(QModelIndex());
        QToolButton *edit = button(window, actions->editRecordAction());
        QToolButton *remove = button(window, actions->deleteRecordAction());
        QToolButton *create = button(window, actions->newRecordAction());
        QTRY_VERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY(create->isEnabled());
        view->setCurrentIndex(window->inventoryProxy()->index(0, 0));
        QTRY_VERIFY(edit->isEnabled());
        QVERIFY(remove->isEnabled());

        // Offline: the server is gone, the tool bar's Refresh finds out.
        QVERIFY2(m_sandbox.stop(),
                 qPrintable(QStringLiteral("%1, exit code %2")
                                    .arg(m_sandbox.errorString())
                                    .arg(m_sandbox.lastExitCode())));
        QToolButton *refresh = button(window, windowAction(window, "actionRefresh"));
        QVERIFY(refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isOnline(), 15000);
        for (QAction *action : {actions->newRecordAction(), actions->editRecordAction(),
                                actions->deleteRecordAction(), actions->newStocktakeAction()}) {
            QToolButton *b = button(window, action);
            QTRY_VERIFY2(!b->isEnabled(), qPrintable(action->text()));
            QVERIFY2(b->toolTip().contains(QLatin1String("offline")), qPrintable(b->toolTip()));
            QCOMPARE(b->toolTip(), action->toolTip());
        }
        QVERIFY(button(window, actions->batchAdjustAction())->isEnabled());
        QVERIFY(refresh->isEnabled()); // the way to try again
    }
};

QTEST_MAIN(TestMainToolBar)
#include "tst_maintoolbar.moc"
