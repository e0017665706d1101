// The main window in both languages, offscreen: right to left in Hebrew, left to right in
// English, a switch while it is open turns and retranslates it, and in Hebrew no English word
// is left in its menus, actions, labels, buttons, fields and column headers.
#include "tests/ui/visibletexts.h"
#include "ui/adjust/inventoryactions.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Glance;
using Glance::Test::englishTexts;
using Glance::Test::hasHebrew;
using Glance::Test::visibleTexts;

namespace {

QLocale hebrew()
{
    return QLocale(QLocale::Hebrew, QLocale::Israel);
}

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

class TestMainWindowLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { installTranslations(english()); }

    void direction_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("en") << english() << Qt::LeftToRight;
        QTest::newRow("he") << hebrew() << Qt::RightToLeft;
    }

    void direction()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        MainWindow window;
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.layoutDirection(), direction);
        const QList<QTableView *> tables = window.findChildren<QTableView *>();
        QVERIFY(!tables.isEmpty());
        for (QTableView *table : tables)
            QCOMPARE(table->layoutDirection(), direction);
        QCOMPARE(window.menuBar()->layoutDirection(), direction);
    }

    void noEnglishLeftInHebrew()
    {
        installTranslations(hebrew());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList english = englishTexts(&window);
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("English in the Hebrew main window:\n")
                            + english.join(u'\n')));
        QVERIFY(hasHebrew(visibleTexts(&window)));
    }

    void switchWhileOpen()
    {
        installTranslations(english());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList before = visibleTexts(&window);
        QVERIFY(!hasHebrew(before));

        installTranslations(hebrew());
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        // Retranslation arrives with the posted QEvent::LanguageChange.
        QTRY_VERIFY(hasHebrew(visibleTexts(&window)));
        QTRY_VERIFY2(englishTexts(&window).isEmpty(),
                     qPrintable(englishTexts(&window).join(u'\n')));

        installTranslations(english());
        QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
        QTRY_VERIFY2(!hasHebrew(visibleTexts(&window)),
                     qPrintable(visibleTexts(&window).join(u'\n')));
    }

    // The record and batch actions are made in code, not in mainwindow.ui: they follow the
    // window's language too (menus, tooltips, the drafts submenu).
    void recordActionsFollowTheWindow()
    {
        installTranslations(english());
        MainWindow window;
        InventoryActions actions(&window, nullptr, nullptr, nullptr, nullptr);
        for (QAction *action : actions.actions())
            window.addRecordAction(action);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto texts = [&actions] {
            QStringList all;
            for (const QAction *action : actions.actions())
                all << action->text() << action->toolTip();
            return all;
        };
        QVERIFY(!hasHebrew(texts()));

        installTranslations(hebrew());
        QTRY_VERIFY2(hasHebrew(texts()), qPrintable(texts().join(u'\n')));
        for (const QAction *action : actions.actions())
            QVERIFY2(!Glance::Test::hasEnglish(action->text()), qPrintable(action->text()));

        installTranslations(english());
        QTRY_VERIFY2(!hasHebrew(texts()), qPrintable(texts().join(u'\n')));
    }
};

QTEST_MAIN(TestMainWindowLanguage)
#include "tst_mainwindow_language.moc"
