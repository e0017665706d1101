// The batch-adjust window offscreen against the sandbox: scanner rows, undo/redo, pasted rows
// with a bad line, warnings before submit, results after a lost answer, refused rows going
// back to the draft, a draft reopened in another window, and a Windows-1255 CSV file through the
// import window (read off the UI thread, encoding detected, another one chosen with a preview,
// a file over the limit refused with the limit in the banner).
#include "core/adjust/adjustmentsubmitter.h"
#include "models/adjust/batchadjustmodel.h"
#include "sqlitewritelock.h"
#include "ui/adjust/batchadjustwindow.h"
#include "ui/adjust/csvimportdialog.h"
#include "ui/adjust/importproblemsdialog.h"
#include "ui/adjust/productpicker.h"
#include "ui/adjust/submissionresultspanel.h"
#include "ui/adjust/warehousecombo.h"
#include "ui/widgets/messagebanner.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QUndoStack>

using namespace Glance;

class TestBatchAdjustWindow : public QObject
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

    static void scan(BatchAdjustWindow *w, const QString &sku)
    {
        auto *scanEdit = w->findChild<ProductPicker *>(QStringLiteral("scanEdit"));
        scanEdit->setFocus();
        QTest::keyClicks(scanEdit, sku);
        QTest::keyClick(scanEdit, Qt::Key_Return);
    }

    static bool finishedOrPaused(BatchAdjustWindow *w)
    {
        const auto state = w->submitter()->state();
        return state == AdjustmentSubmitter::State::Finished
                || state == AdjustmentSubmitter::State::Paused;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.sandbox.errorString())); }

    void init()
    {
        QVERIFY(m_fx.sandbox.clearFaults());
        QVERIFY(m_fx.sandbox.reset());
        m_fx.catalog->forgetStock();
    }

    void scanUndoPasteAndSubmitWithWarnings()
    {
        const qint64 widget = m_fx.quantity(1, 1);
        const qint64 driver = m_fx.quantity(2, 1);
        auto w = window();
        QSignalSpy changed(w.get(), &BatchAdjustWindow::inventoryChanged);
        BatchAdjustModel *model = w->model();

        scan(w.get(), QStringLiteral("WDG-001"));
        QCOMPARE(model->rowCount(), 1);
        scan(w.get(), QStringLiteral("WDG-001"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->line(0).amount, 2);
        QTRY_COMPARE_WITH_TIMEOUT(model->line(0).productId, 1, 10000);

        w->undoStack()->undo();
        QCOMPARE(model->line(0).amount, 1);
        w->undoStack()->redo();
        QCOMPARE(model->line(0).amount, 2);

        w->pasteRows(QStringLiteral("AB-120/3\t1\t5\tDamaged\tbox 4\n"
                                    "XY\t1\tmany\n"));
        auto *problems = w->findChild<ImportProblemsDialog *>();
        QVERIFY(problems);
        QTRY_VERIFY(problems->isVisible());
        QCOMPARE(problems->result().problems.size(), 1);
        QCOMPARE(problems->result().problems.first().lineNumber, 2);
        problems->accept();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->line(1).notes, QStringLiteral("box 4"));
        w->undoStack()->undo();
        QCOMPARE(model->rowCount(), 1);
        w->undoStack()->redo();
        QCOMPARE(model->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(model->line(1).productId, 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->errorCount(), 0, 10000);
        QCOMPARE(model->warningCount(), 1); // "Damaged" usually removes stock

        // The draft on disk follows every edit.
        QCOMPARE(m_fx.drafts->load(QStringLiteral("ui|test"), w->documentId())->lines,
                 model->lines());

        w->submit();
        auto *box = w->findChild<QMessageBox *>(QStringLiteral("submitWarningsBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QPushButton *go = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                go = qobject_cast<QPushButton *>(button);
        }
        QVERIFY(go);
        go->click();
        QVERIFY(!w->isEditing());
        QTRY_COMPARE_WITH_TIMEOUT(w->submitter()->state(), AdjustmentSubmitter::State::Finished,
                                  15000);
        QCOMPARE(m_fx.quantity(1, 1), widget + 2);
        QCOMPARE(m_fx.quantity(2, 1), driver + 5);
        QVERIFY(changed.count() >= 1);
        // Done: the draft is gone, the history has it.
        QVERIFY(m_fx.drafts->documents(QStringLiteral("ui|test")).isEmpty()
                || m_fx.drafts->documents(QStringLiteral("ui|test")).first().id
                        != w->submitter()->submission().documentId);
        QCOMPARE(m_fx.journal->load(w->submitter()->submissionId())->counts().applied, 2);
        auto *status = w->resultsPanel()->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(!status->text().isEmpty());
    }

    void lostAnswerIsCheckedNotResent()
    {
        const qint64 before = m_fx.quantity(3, 1);
        QVERIFY(m_fx.sandbox.setFaults(
                {QStringLiteral("drop-after-commit:1@POST /inventory/adjust")}));
        auto w = window();
        scan(w.get(), QStringLiteral("CB 200-1"));
        QTRY_COMPARE_WITH_TIMEOUT(w->model()->errorCount(), 0, 10000);
        w->submit();
        QTRY_COMPARE_WITH_TIMEOUT(w->submitter()->state(), AdjustmentSubmitter::State::Finished,
                                  20000);
        QCOMPARE(m_fx.quantity(3, 1), before + 1);
        const SubmissionLine line = w->submitter()->submission().lines.first();
        QCOMPARE(line.resolution, Resolution::Check);
        QCOMPARE(line.attempts, 1);
    }

    void refusedRowsGoBackToTheDraft()
    {
        const qint64 stock = m_fx.quantity(4, 1);
        auto w = window();
        w->pasteRows(QStringLiteral("מק-4/1\t1\t%1\tCorrection\n"
                                    "WDG-001\t1\t1\tReceived\n")
                             .arg(-(stock + 100)));
        QTRY_COMPARE_WITH_TIMEOUT(w->model()->errorCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w->model()->warningCount(), 1, 10000); // below zero
        auto *undo = w->findChild<QAction *>(QStringLiteral("actionUndo"));
        auto *reasons = w->findChild<QAction *>(QStringLiteral("actionReasons"));
        QVERIFY(undo && reasons);
        QVERIFY(undo->isEnabled());
        QVERIFY(reasons->isEnabled());
        w->submit();
        auto *box = w->findChild<QMessageBox *>(QStringLiteral("submitWarningsBox"));
        QVERIFY(box);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(finishedOrPaused(w.get()), 15000);
        QCOMPARE(w->submitter()->state(), AdjustmentSubmitter::State::Paused);
        QCOMPARE(w->submitter()->counts().notApplied, 2);
        QCOMPARE(m_fx.quantity(4, 1), stock);
        // The results of a draft already sent: nothing to undo there, no reasons to edit.
        QVERIFY(!w->isEditing());
        QVERIFY(w->undoStack()->canUndo());
        QVERIFY(!undo->isEnabled());
        QVERIFY(!reasons->isEnabled());
        auto *back = w->resultsPanel()->findChild<QPushButton *>(QStringLiteral("returnButton"));
        QVERIFY(back->isVisible() && back->isEnabled());
        back->click();
        QVERIFY(w->isEditing());
        QCOMPARE(w->model()->rowCount(), 2);
        const DraftDocument draft = *m_fx.drafts->load(QStringLiteral("ui|test"), w->documentId());
        QCOMPARE(draft.lines.size(), 2);
        QCOMPARE(draft.submissionId, 0);
        QVERIFY(!m_fx.journal->load(w->submitter()->submissionId())->open);
        // Editing again: the reasons come back, and undo with the next edit.
        QVERIFY(reasons->isEnabled());
        QVERIFY(!undo->isEnabled());
        w->pasteRows(QStringLiteral("WDG-001\t1\t1\tReceived\n"));
        QVERIFY(undo->isEnabled());
    }

    void draftReopensInAnotherWindow()
    {
        qint64 id = 0;
        QList<DraftLine> lines;
        {
            auto w = window();
            w->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QString());
            QTest::keyClicks(w->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                             QStringLiteral("Returns"));
            scan(w.get(), QStringLiteral("WDG-001"));
            scan(w.get(), QStringLiteral("AB-120/3"));
            QVERIFY(w->model()->setData(w->model()->index(1, BatchAdjustModel::NotesColumn),
                                        QStringLiteral("customer 17")));
            id = w->documentId();
            lines = w->model()->lines();
        } // the window goes away without any save step
        BatchAdjustWindow reopened(m_fx.context());
        reopened.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(reopened.openDocument(id));
        QCOMPARE(reopened.model()->rowCount(), 2);
        QCOMPARE(reopened.model()->line(1).notes, QStringLiteral("customer 17"));
        QCOMPARE(reopened.model()->line(0).sku, lines.at(0).sku);
        QCOMPARE(reopened.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(),
                 QStringLiteral("Returns"));
        QCOMPARE(reopened.model()->defaultWarehouse(), 1);
        // Another profile never sees it.
        BatchAdjustWindow other(m_fx.context(QStringLiteral("other|profile")));
        other.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(!other.openDocument(id));
    }

    void csvFileInWindows1255()
    {
        // Excel's plain "CSV" on a Hebrew Windows: "SKU,warehouse,amount,reason" with the
        // warehouse "מחסן ראשי", the reason "קבלת סחורה", and a Hebrew SKU.
        const QByteArray bytes = QByteArrayLiteral(
                "\xEE\xF7\"\xE8,\xEE\xE7\xF1\xEF,\xEB\xEE\xE5\xFA,\xF1\xE9\xE1\xE4\r\n"
                "AB-120/3,1,5,\xF7\xE1\xEC\xFA \xF1\xE7\xE5\xF8\xE4\r\n"
                "\xEE\xF7-4/1,\xEE\xE7\xF1\xEF \xF8\xE0\xF9\xE9,2\r\n");
        const QString path = m_fx.dir.filePath(QStringLiteral("hebrew-excel.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), qint64(bytes.size()));
        }
        auto w = window();
        QPointer<CsvImportDialog> dialog = w->openCsvFile(path);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 10000);
        QCOMPARE(dialog->encoding(), TextEncoding::Windows1255);
        QVERIFY2(dialog->previewText().contains(QStringLiteral("קבלת סחורה")),
                 qPrintable(dialog->previewText()));
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("encodingCombo"));
        QVERIFY(combo->currentText().contains(
                CsvImportDialog::encodingName(TextEncoding::Windows1255)));
        // Read as UTF-8, the Hebrew is lost: the preview shows it before anything is imported.
        combo->setCurrentIndex(combo->findData(int(TextEncoding::Utf8)));
        QVERIFY(!dialog->previewText().contains(QStringLiteral("קבלת סחורה")));
        QVERIFY(dialog->previewText().contains(QChar(QChar::ReplacementCharacter)));
        combo->setCurrentIndex(combo->findData(int(TextEncoding::Windows1255)));
        QVERIFY(dialog->previewText().contains(QStringLiteral("מק-4/1")));
        dialog->importButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000); // closed and deleted once the rows are in
        QCOMPARE(w->model()->rowCount(), 2);
        QCOMPARE(w->model()->line(0).reason, QStringLiteral("קבלת סחורה"));
        QCOMPARE(w->model()->line(1).sku, QStringLiteral("מק-4/1"));

        // Over the limit: refused, with the limit in the banner; nothing added.
        const QString big = m_fx.dir.filePath(QStringLiteral("big.csv"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(CsvImportJob::MaxBytes + 1));
        }
        dialog = w->openCsvFile(big);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QVERIFY2(w->bannerText().contains(QStringLiteral("50")), qPrintable(w->bannerText()));
        QVERIFY(w->bannerText().contains(QStringLiteral("big.csv")));
        QCOMPARE(w->bannerType(), MessageBanner::Error);
        QCOMPARE(w->model()->rowCount(), 2);
    }

    void errorsBlockSubmit()
    {
        auto w = window();
        w->pasteRows(QStringLiteral("NO-SUCH-SKU\t1\t3\n"));
        QTRY_VERIFY_WITH_TIMEOUT(
                w->model()->issues(0).first().text.contains(QStringLiteral("No product")), 10000);
        w->submit();
        QVERIFY(w->isEditing());
        QVERIFY(w->bannerText().contains(QStringLiteral("problems")));
        QCOMPARE(w->bannerType(), MessageBanner::Error);
        QCOMPARE(w->submitter()->submissionId(), 0);
    }

    // Another program holds the drafts file's write lock: a new title or default warehouse that
    // cannot be saved is said in the banner (and stays in the window); nothing is saved, and
    // once the lock is gone the next change is.
    void aLockedFileIsSaidInTheBanner()
    {
        auto w = window();
        scan(w.get(), QStringLiteral("WDG-001"));
        QTRY_COMPARE_WITH_TIMEOUT(w->model()->rowCount(), 1, 10000);
        const qint64 id = w->documentId();
        QVERIFY(id > 0);
        auto *title = w->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        auto *combo = w->findChild<WarehouseCombo *>(QStringLiteral("defaultWarehouseCombo"));
        const auto saved = [&] {
            return m_fx.drafts->load(QStringLiteral("ui|test"), id);
        };
        QVERIFY(saved());
        const QString titleBefore = saved()->title;

        {
            Test::SqliteWriteLock lock(m_fx.db->database().databaseName());
            QVERIFY2(lock.isHeld(), qPrintable(lock.errorString()));

            title->setFocus();
            title->selectAll();
            QTest::keyClicks(title, QStringLiteral("Delivery 4471"));
            QVERIFY2(w->bannerText().contains(QLatin1String("cannot be saved")),
                     qPrintable(w->bannerText()));
            QCOMPARE(w->bannerType(), MessageBanner::Error);
            QCOMPARE(title->text(), QStringLiteral("Delivery 4471")); // stays in the window

            w->findChild<MessageBanner *>(QStringLiteral("banner"))->hide();
            combo->setWarehouseId(2);
            QVERIFY2(w->bannerText().contains(QLatin1String("cannot be saved")),
                     qPrintable(w->bannerText()));
            QVERIFY(lock.release());
        }
        QCOMPARE(saved()->title, titleBefore); // nothing written under the lock

        QTest::keyClick(title, Qt::Key_1);
        QCOMPARE(saved()->title, QStringLiteral("Delivery 44711"));
    }
};

QTEST_MAIN(TestBatchAdjustWindow)
#include "tst_batchadjustwindow.moc"
