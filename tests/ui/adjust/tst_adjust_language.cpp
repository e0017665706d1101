// The batch-adjust window (with its results panel), the adjustment history and the import
// problems dialog switch language while they are open, as the main window does: a new language
// in Settings turns them around and retranslates what they show, the texts they set themselves
// (title, undo and redo, status line, results, button texts with counts) included.
#include "core/adjust/adjustmentsubmitter.h"
#include "models/adjust/batchadjustmodel.h"
#include "models/adjust/submissionhistorymodel.h"
#include "tests/ui/visibletexts.h"
#include "ui/adjust/batchadjustwindow.h"
#include "ui/adjust/historywindow.h"
#include "ui/adjust/importproblemsdialog.h"
#include "ui/adjust/productpicker.h"
#include "ui/adjust/submissionresultspanel.h"
#include "ui/adjust/warehousecombo.h"
#include "ui/print/viewexporter.h"
#include "ui/translations.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

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

bool hasHebrew(const QString &text)
{
    return Glance::Test::hasHebrew(QStringList {text});
}

// What the window says in words that visibleTexts() does not read: the status bar's message.
QStringList shownTexts(QWidget *window)
{
    QStringList texts = visibleTexts(window);
    if (auto *bar = window->findChild<QStatusBar *>())
        texts << bar->currentMessage();
    return texts;
}

} // namespace

class TestAdjustLanguage : public QObject
{
    Q_OBJECT

private:
    Test::AdjustUiFixture m_fx;

    std::unique_ptr<BatchAdjustWindow> window()
    {
        auto w = std::make_unique<BatchAdjustWindow>(m_fx.context());
        w->setAttribute(Qt::WA_DeleteOnClose, false);
        w->newDocument();
        w->show();
        auto *combo = w->findChild<WarehouseCombo *>(QStringLiteral("defaultWarehouseCombo"));
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(combo->count() == 3, 10000);
        }();
        combo->setWarehouseId(1);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(english());
        QVERIFY2(m_fx.start(), qPrintable(m_fx.sandbox.errorString()));
    }

    void init()
    {
        QVERIFY(m_fx.sandbox.clearFaults());
        QVERIFY(m_fx.sandbox.reset());
        m_fx.catalog->forgetStock();
    }

    void cleanup() { installTranslations(english()); }

    void editorSwitchesWhileOpen()
    {
        auto w = window();
        auto *scanEdit = w->findChild<ProductPicker *>(QStringLiteral("scanEdit"));
        scanEdit->setFocus();
        QTest::keyClicks(scanEdit, QStringLiteral("CB 200-1"));
        QTest::keyClick(scanEdit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(w->model()->errorCount(), 0, 10000);
        auto *undo = w->findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo && undo->isEnabled());
        QVERIFY(!hasHebrew(shownTexts(w.get())));

        installTranslations(hebrew());
        QCOMPARE(w->layoutDirection(), Qt::RightToLeft);
        QTRY_VERIFY(hasHebrew(w->windowTitle()));
        QVERIFY(hasHebrew(w->statusBar()->currentMessage()));
        // The stack's own prefix in the new language; the step ("Scan …") keeps the language
        // it was made in, and the action still undoes it.
        undo = w->findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo);
        QVERIFY2(hasHebrew(undo->text()), qPrintable(undo->text()));
        QVERIFY(undo->isEnabled());
        QVERIFY(w->findChildren<QAction *>(QStringLiteral("actionUndo")).size() == 1);
        QCOMPARE(w->model()->rowCount(), 1);
        undo->trigger();
        QCOMPARE(w->model()->rowCount(), 0);
        QTRY_VERIFY(hasHebrew(w->statusBar()->currentMessage()));

        installTranslations(english());
        QCOMPARE(w->layoutDirection(), Qt::LeftToRight);
        QTRY_VERIFY2(!hasHebrew(shownTexts(w.get())), qPrintable(shownTexts(w.get()).join(u'\n')));
        // Undo and redo stay first in the tool bar, then a separator.
        const QList<QAction *> tools = w->findChild<QToolBar *>()->actions();
        QCOMPARE(tools.at(0)->objectName(), QStringLiteral("actionUndo"));
        QCOMPARE(tools.at(1)->objectName(), QStringLiteral("actionRedo"));
        QVERIFY(tools.at(2)->isSeparator());
        QCOMPARE(tools.at(3)->objectName(), QStringLiteral("actionAddRow"));
    }

    // The history's "Export Rows as CSV" writes the selected submission's rows as shown.
    void historyRowsExportAsShown()
    {
        installTranslations(english());
        auto w = window();
        auto *scanEdit = w->findChild<ProductPicker *>(QStringLiteral("scanEdit"));
        scanEdit->setFocus();
        QTest::keyClicks(scanEdit, QStringLiteral("CB 200-1"));
        QTest::keyClick(scanEdit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(w->model()->errorCount(), 0, 10000);
        w->submit();
        QTRY_COMPARE_WITH_TIMEOUT(w->submitter()->state(), AdjustmentSubmitter::State::Finished,
                                  15000);
        HistoryWindow history(m_fx.journal.get(), QStringLiteral("ui|test"));
        history.setAttribute(Qt::WA_DeleteOnClose, false);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        auto *lines = history.findChild<QTableView *>(QStringLiteral("linesView"));
        QVERIFY(lines->model()->rowCount() > 0);
        lines->horizontalHeader()->hideSection(1); // a column the user hid stays out

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.csv"));
        QSignalSpy finished(history.exporter(), &ViewExporter::finished);
        QTest::mouseClick(history.findChild<QPushButton *>(QStringLiteral("exportButton")),
                          Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = history.findChild<QFileDialog *>()) && dialog->isVisible());
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(file.readAll().mid(3))
                                         .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), lines->model()->rowCount() + 1);
        const QStringList titles = rows.first().split(QLatin1Char(','));
        QCOMPARE(titles.size(), ViewExporter::shownColumns(lines).size());
        QCOMPARE(titles.first(), lines->model()->headerData(0, Qt::Horizontal).toString());
        QVERIFY(!titles.contains(lines->model()->headerData(1, Qt::Horizontal).toString()));
        QVERIFY(rows.at(1).startsWith(lines->model()->index(0, 0).data().toString()));
        QVERIFY(!rows.at(1).contains(QStringLiteral("CB 200-1"))); // the SKU column is hidden
    }

    void resultsAndHistorySwitchWhileOpen()
    {
        auto w = window();
        auto *scanEdit = w->findChild<ProductPicker *>(QStringLiteral("scanEdit"));
        scanEdit->setFocus();
        QTest::keyClicks(scanEdit, QStringLiteral("CB 200-1"));
        QTest::keyClick(scanEdit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(w->model()->errorCount(), 0, 10000);
        w->submit();
        QTRY_COMPARE_WITH_TIMEOUT(w->submitter()->state(), AdjustmentSubmitter::State::Finished,
                                  15000);
        auto *status = w->resultsPanel()->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(!status->text().isEmpty());

        HistoryWindow history(m_fx.journal.get(), QStringLiteral("ui|test"));
        history.setAttribute(Qt::WA_DeleteOnClose, false);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        QVERIFY(history.historyModel()->rowCount() > 0);
        QVERIFY(!hasHebrew(shownTexts(w.get())));
        QVERIFY(!hasHebrew(visibleTexts(&history)));

        installTranslations(hebrew());
        QCOMPARE(w->layoutDirection(), Qt::RightToLeft);
        QCOMPARE(history.layoutDirection(), Qt::RightToLeft);
        QTRY_VERIFY(hasHebrew(w->windowTitle()));
        QTRY_VERIFY(hasHebrew(history.windowTitle()));
        QVERIFY2(hasHebrew(status->text()), qPrintable(status->text()));
        QVERIFY(hasHebrew(w->statusBar()->currentMessage()));
        const QStringList left = englishTexts(w.get());
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
        QVERIFY2(englishTexts(&history).isEmpty(), qPrintable(englishTexts(&history).join(u'\n')));

        installTranslations(english());
        QCOMPARE(w->layoutDirection(), Qt::LeftToRight);
        QCOMPARE(history.layoutDirection(), Qt::LeftToRight);
        QTRY_VERIFY2(!hasHebrew(shownTexts(w.get())), qPrintable(shownTexts(w.get()).join(u'\n')));
        QTRY_VERIFY2(!hasHebrew(visibleTexts(&history)),
                     qPrintable(visibleTexts(&history).join(u'\n')));
    }

    void importProblemsSwitchWhileOpen()
    {
        auto w = window();
        w->pasteRows(QStringLiteral("WDG-001\t1\t5\n"
                                    "XY\t1\tmany\n"));
        auto *dialog = w->findChild<ImportProblemsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QPushButton *import = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
                import = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(import);
        const QString importText = import->text();
        QVERIFY(importText.contains(QStringLiteral("Import")));
        QVERIFY(!hasHebrew(visibleTexts(dialog)));

        installTranslations(hebrew());
        QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
        QTRY_VERIFY(hasHebrew(dialog->windowTitle()));
        // Our text in the new language, not the button box's standard "OK".
        QCOMPARE(import->text(),
                 QCoreApplication::translate("Glance::ImportProblemsDialog",
                                             "&Import the %n Good Row(s)", nullptr, 1));
        QVERIFY(hasHebrew(import->text()));
        const QStringList left = englishTexts(dialog);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));

        installTranslations(english());
        QTRY_VERIFY2(!hasHebrew(visibleTexts(dialog)),
                     qPrintable(visibleTexts(dialog).join(u'\n')));
        QCOMPARE(import->text(), importText);
        dialog->reject();
    }
};

QTEST_MAIN(TestAdjustLanguage)
#include "tst_adjust_language.moc"
