// The main window in both languages, offscreen: right to left in Hebrew, left to right in
// English, a switch while it is open turns and retranslates it, and in Hebrew no English word
// is left in its menus, actions, labels, buttons, fields and column headers.
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Glance;

namespace {

QLocale hebrew()
{
    return QLocale(QLocale::Hebrew, QLocale::Israel);
}

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void addAction(QStringList *texts, const QAction *action)
{
    if (action->isSeparator())
        return;
    *texts << action->text();
    if (action->toolTip() != QString(action->text()).remove(u'&'))
        *texts << action->toolTip();
    *texts << action->statusTip();
    if (const QMenu *menu = action->menu()) {
        *texts << menu->title();
        const QList<QAction *> actions = menu->actions();
        for (const QAction *child : actions)
            addAction(texts, child);
    }
}

// Every user-visible text of `window` as it is now.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts {window->windowTitle()};
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions)
        addAction(&texts, action);
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        texts << widget->toolTip() << widget->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            texts << line->placeholderText();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        else if (auto *dock = qobject_cast<QDockWidget *>(widget))
            texts << dock->windowTitle();
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (header->model() && header->orientation() == Qt::Horizontal) {
                for (int i = 0; i < header->count(); ++i)
                    texts << header->model()->headerData(i, Qt::Horizontal).toString();
            }
        }
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

// A text with a Latin word that is not a name or a value: "Glance" (the company and the
// product), "API" and key names (as printed on the keys) are not translated; neither is
// rich-text markup.
bool hasEnglish(QString text)
{
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;"));
    static const QRegularExpression allowed(
            QStringLiteral("\\b(Glance|API|Ctrl|Shift|Alt|F\\d+|Esc|Del|Ins|Enter|Return|Tab)\\b"));
    text.remove(markup).remove(allowed);
    for (const QChar c : std::as_const(text)) {
        if (c.script() == QChar::Script_Latin && c.isLetter())
            return true;
    }
    return false;
}

QStringList englishTexts(QWidget *window)
{
    QStringList found;
    const QStringList texts = visibleTexts(window);
    for (const QString &text : texts) {
        if (hasEnglish(text))
            found << text;
    }
    return found;
}

bool hasHebrew(const QStringList &texts)
{
    for (const QString &text : texts) {
        for (const QChar c : text) {
            if (c.script() == QChar::Script_Hebrew)
                return true;
        }
    }
    return false;
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
};

QTEST_MAIN(TestMainWindowLanguage)
#include "tst_mainwindow_language.moc"
