// Help → Keyboard Shortcuts (ui/help/): the dialog lists every action with a key of each window
// of the app, enumerated here on its own from freshly made windows and compared row by row; a
// shortcut added to or taken from an action shows in the list when it is asked again; F1 opens
// it, not modal; the filter keeps matching rows; in Hebrew its texts are Hebrew, the keys left to
// right (a Code cell) and the layout right to left.
#include "core/account/memorysecretstore.h"
#include "core/appsettings.h"
#include "core/text/bidi.h"
#include "ui/account/accountcontrols.h"
#include "ui/account/settingsdialog.h"
#include "ui/account/signindialog.h"
#include "ui/adjust/adjustcontext.h"
#include "ui/adjust/batchadjustwindow.h"
#include "ui/adjust/historywindow.h"
#include "ui/adjust/inventoryactions.h"
#include "ui/appcontroller.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/windowshortcuts.h"
#include "ui/mainwindow.h"
#include "ui/stocktake/countingwindow.h"
#include "ui/stocktake/reviewwindow.h"
#include "ui/stocktake/stocktakeswindow.h"
#include "ui/translations.h"

#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Glance;

namespace {

// Every key of `window`, found here another way than the dialog's: the actions of every widget
// and menu, and every action and QShortcut object under it, keyed by the text a reader sees.
QMultiMap<QString, QString> keysOf(QWidget *window)
{
    QSet<QAction *> actions;
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.append(window);
    for (QWidget *widget : std::as_const(widgets)) {
        for (QAction *action : widget->actions())
            actions.insert(action);
    }
    for (QAction *action : window->findChildren<QAction *>())
        actions.insert(action);
    QMultiMap<QString, QString> keys;
    const auto add = [&keys](QString text, const QList<QKeySequence> &sequences) {
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        text.remove(QChar(u'…'));
        for (const QKeySequence &key : sequences) {
            if (!key.isEmpty())
                keys.insert(text.trimmed(), key.toString(QKeySequence::NativeText));
        }
    };
    for (QAction *action : std::as_const(actions))
        add(action->text(), action->shortcuts());
    for (QShortcut *shortcut : window->findChildren<QShortcut *>())
        add(shortcut->whatsThis(), shortcut->keys());
    return keys;
}

// What the dialog shows for `group`: action → keys, as it lists them.
QMultiMap<QString, QString> shown(QTreeWidget *tree, const QString &group)
{
    QMultiMap<QString, QString> keys;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *top = tree->topLevelItem(g);
        if (top->text(0) != group)
            continue;
        for (int i = 0; i < top->childCount(); ++i) {
            const QStringList parts = top->child(i)->text(1).split(QStringLiteral(", "));
            for (const QString &part : parts)
                keys.insert(top->child(i)->text(0), part);
        }
    }
    return keys;
}

QStringList groupTitles(QTreeWidget *tree)
{
    QStringList titles;
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        titles << tree->topLevelItem(g)->text(0);
    return titles;
}

int visibleRows(QTreeWidget *tree)
{
    int rows = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *top = tree->topLevelItem(g);
        for (int i = 0; i < top->childCount(); ++i)
            rows += top->isHidden() || top->child(i)->isHidden() ? 0 : 1;
    }
    return rows;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("Glance::ShortcutsDialog", text);
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    MemorySecretStore m_store;
    std::unique_ptr<AppController> m_controller;

    MainWindow *window() const { return m_controller->mainWindow(); }

    // The open dialog (opened when a test before failed to).
    ShortcutsDialog *dialog()
    {
        if (!window()->shortcutsDialog())
            window()->openShortcuts();
        return window()->shortcutsDialog();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        // The app as it starts the first time: no account, the sign-in dialog over the main
        // window with every menu (Inventory's actions, Account).
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("app.ini")));
        m_controller =
                std::make_unique<AppController>(StartupOptions {}, m_settings.get(), &m_store);
        m_controller->start();
        QTRY_VERIFY(m_controller->signInDialog());
        m_controller->signInDialog()->hide();
        QVERIFY(window());
        window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(window()));
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void f1OpensItNotModal()
    {
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_F1);
        ShortcutsDialog *dialog = this->dialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->isModal());
        QVERIFY(window()->isEnabled());
        QCOMPARE(window()->findChild<QAction *>(QStringLiteral("actionShortcuts"))->shortcut(),
                 QKeySequence(QKeySequence::HelpContents));
        for (QWidget *w : {static_cast<QWidget *>(dialog->tree()),
                           static_cast<QWidget *>(dialog->findChild<QLineEdit *>()),
                           static_cast<QWidget *>(dialog->findChild<QDialogButtonBox *>())})
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        // Asked again: the same dialog, raised.
        window()->openShortcuts();
        QCOMPARE(window()->shortcutsDialog(), dialog);
    }

    void listsEveryShortcutOfEachWindow()
    {
        ShortcutsDialog *dialog = this->dialog();
        dialog->reload();
        QTreeWidget *tree = dialog->tree();
        const AdjustContext none;
        struct Window
        {
            const char *title;
            std::unique_ptr<QWidget> widget;
        };
        std::vector<Window> windows;
        windows.push_back({"Batch adjustment", std::make_unique<BatchAdjustWindow>(none)});
        windows.push_back(
                {"Adjustment history", std::make_unique<HistoryWindow>(nullptr, QString())});
        windows.push_back(
                {"Stocktake: counting", std::make_unique<CountingWindow>(none, nullptr, 0)});
        windows.push_back({"Stocktake: review", std::make_unique<ReviewWindow>(none, nullptr, 0)});
        windows.push_back({"Stocktakes", std::make_unique<StocktakesWindow>(nullptr, QString())});

        // The main window: every key of its menus, its widgets and its own actions.
        const QMultiMap<QString, QString> main = keysOf(window());
        QCOMPARE(shown(tree, translated("Main window")), main);
        // What a store manager looks for is among them (the list cannot be empty or partial).
        QVERIFY(main.contains(QStringLiteral("Refresh"), QStringLiteral("F5")));
        QVERIFY(main.contains(QStringLiteral("New Record"),
                              QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        QVERIFY(main.contains(QStringLiteral("Batch Adjustment"), QStringLiteral("Ctrl+B")));
        QVERIFY(main.contains(QStringLiteral("Export as CSV"), QStringLiteral("Ctrl+Shift+E")));
        QVERIFY(main.contains(QStringLiteral("Keyboard Shortcuts"), QStringLiteral("F1")));

        QStringList expectedGroups {translated("Main window")};
        for (const Window &w : windows) {
            const QMultiMap<QString, QString> keys = keysOf(w.widget.get());
            QCOMPARE(shown(tree, translated(w.title)), keys);
            if (!keys.isEmpty())
                expectedGroups << translated(w.title);
        }
        QCOMPARE(groupTitles(tree), expectedGroups); // windows without keys are left out
        QVERIFY(expectedGroups.contains(QStringLiteral("Batch adjustment")));
        QVERIFY(expectedGroups.contains(QStringLiteral("Stocktake: counting")));
        const QMultiMap<QString, QString> batch = shown(tree, QStringLiteral("Batch adjustment"));
        QVERIFY(batch.contains(QStringLiteral("Submit"), QStringLiteral("Ctrl+Return")));
        QVERIFY(batch.contains(QStringLiteral("Paste Rows"), QStringLiteral("Ctrl+V"))); // table
        QVERIFY(shown(tree, QStringLiteral("Stocktake: counting"))
                        .contains(QStringLiteral("Undo Last Scan"), QStringLiteral("Ctrl+Z")));
        // Every row has words and keys, the keys are a left-to-right cell.
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *top = tree->topLevelItem(g);
            for (int i = 0; i < top->childCount(); ++i) {
                QVERIFY(!top->child(i)->text(0).isEmpty());
                QVERIFY(!top->child(i)->text(1).isEmpty());
                QCOMPARE(top->child(i)->data(1, Bidi::CellKindRole).toInt(),
                         int(Bidi::CellKind::Code));
            }
        }
    }

    // The list is read, not typed: a key given to an action appears, a key taken away goes.
    void followsTheActions()
    {
        ShortcutsDialog *dialog = this->dialog();
        QAction *original = window()->findChild<QAction *>(QStringLiteral("actionOriginalOrder"));
        QVERIFY(original->shortcut().isEmpty());
        QVERIFY(!shown(dialog->tree(), QStringLiteral("Main window"))
                         .contains(QStringLiteral("Original Order")));
        original->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        window()->openShortcuts(); // asked again: read again
        QVERIFY(shown(dialog->tree(), QStringLiteral("Main window"))
                        .contains(QStringLiteral("Original Order"),
                                  QStringLiteral("Ctrl+Shift+O")));
        QAction *history = m_controller->inventoryActions()->historyAction();
        history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
        original->setShortcut(QKeySequence());
        dialog->reload();
        const QMultiMap<QString, QString> main =
                shown(dialog->tree(), QStringLiteral("Main window"));
        QVERIFY(!main.contains(QStringLiteral("Original Order")));
        QVERIFY(main.contains(QStringLiteral("Adjustment History"), QStringLiteral("Ctrl+H")));
        history->setShortcut(QKeySequence());
        dialog->reload();
    }

    void filters()
    {
        ShortcutsDialog *dialog = this->dialog();
        QTreeWidget *tree = dialog->tree();
        auto *empty = dialog->findChild<QLabel *>(QStringLiteral("emptyLabel"));
        const int all = visibleRows(tree);
        QVERIFY(all > 10);
        QVERIFY(empty->isHidden());
        dialog->setFilter(QStringLiteral("export"));
        QCOMPARE(visibleRows(tree), 1);
        dialog->setFilter(QStringLiteral("ctrl+shift+e")); // by key too
        QCOMPARE(visibleRows(tree), 1);
        dialog->setFilter(QStringLiteral("Stocktake: counting")); // a window: all its rows
        QCOMPARE(visibleRows(tree), shown(tree, QStringLiteral("Stocktake: counting")).size());
        dialog->setFilter(QStringLiteral("no such thing"));
        QCOMPARE(visibleRows(tree), 0);
        QVERIFY(!empty->isHidden());
        dialog->setFilter(QString());
        QCOMPARE(visibleRows(tree), all);
    }

    void hebrew()
    {
        ShortcutsDialog *dialog = this->dialog();
        const int rows = visibleRows(dialog->tree());
        installTranslations(QLocale(QLocale::Hebrew, QLocale::Israel));
        QTRY_COMPARE(dialog->layoutDirection(), Qt::RightToLeft);
        QTreeWidget *tree = dialog->tree();
        QCOMPARE(visibleRows(tree), rows);
        // The language change is posted to the windows.
        QTRY_VERIFY(dialog->windowTitle() != QStringLiteral("Keyboard Shortcuts"));
        const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            QTreeWidgetItem *top = tree->topLevelItem(g);
            QVERIFY2(!top->text(0).contains(latin), qPrintable(top->text(0)));
            for (int i = 0; i < top->childCount(); ++i) {
                const QString action = top->child(i)->text(0);
                // "CSV" and "PDF" are names, not words.
                QString words = action;
                words.remove(QStringLiteral("CSV")).remove(QStringLiteral("PDF"));
                QVERIFY2(!words.contains(latin), qPrintable(action));
            }
        }
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        QTRY_COMPARE(dialog->layoutDirection(), Qt::LeftToRight);
        QTRY_VERIFY(groupTitles(tree).contains(QStringLiteral("Main window")));
        dialog->close();
        QTRY_VERIFY(!window()->shortcutsDialog()); // deleted on close
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
