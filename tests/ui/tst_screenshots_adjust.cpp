// Renders the windows that change stock in English and Hebrew against the sandbox and writes
// PNGs for review next to tst_screenshots' ($GLANCE_SCREENSHOT_DIR, default <build>/screenshots):
// the create, edit and delete dialogs (with a validation error, a duplicate, a conflict and the
// stronger delete confirmation), the batch editor with a row warning and a row error, its
// "submit with warnings" question, the import problems, the reasons, the results of a
// submission with applied and refused parts, the history, and the CSV import window. Every
// window is checked like in tst_screenshots: its layout direction, and no English words in
// Hebrew once values are out.
#include "core/adjust/adjustmentsubmitter.h"
#include "models/adjust/batchadjustmodel.h"
#include "models/adjust/submissionhistorymodel.h"
#include "models/adjust/submissionlinesmodel.h"
#include "tests/ui/adjust/uitestsupport.h"
#include "tests/ui/screenshotsupport.h"
#include "ui/adjust/batchadjustwindow.h"
#include "ui/adjust/createrecorddialog.h"
#include "ui/adjust/csvimportdialog.h"
#include "ui/adjust/deleterecorddialog.h"
#include "ui/adjust/editrecorddialog.h"
#include "ui/adjust/historywindow.h"
#include "ui/adjust/importproblemsdialog.h"
#include "ui/adjust/reasonsdialog.h"
#include "ui/adjust/submissionresultspanel.h"
#include "ui/adjust/warehousecombo.h"
#include "ui/translations.h"
#include "ui/widgets/messagebanner.h"

#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Glance;
using Glance::Test::addLanguageRows;
using Glance::Test::isHebrewRow;
using Glance::Test::shoot;

class TestScreenshotsAdjust : public QObject
{
    Q_OBJECT

private:
    Test::AdjustUiFixture m_fx;
    QStringList m_values; // the sandbox's names, SKUs, locations: not checked for English
    QHash<QString, qint64> m_mixedSubmission; // per language, for the history

    // Drafts and history of each language apart, as two shops would have them.
    static QString profile()
    {
        return QStringLiteral("screens|%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    }

    // The reasons the editor offers now (the defaults, in the row's language).
    QString reason(int index) const { return m_fx.settings->adjustmentReasons().at(index).text; }

    // A value typed in the row's language and one typed by a colleague in the other.
    static QString typed(const char *english, const char *hebrew)
    {
        return isHebrewRow() ? QString::fromUtf8(hebrew) : QString::fromUtf8(english);
    }

    std::unique_ptr<BatchAdjustWindow> batchWindow()
    {
        auto w = std::make_unique<BatchAdjustWindow>(m_fx.context(profile()));
        w->setAttribute(Qt::WA_DeleteOnClose, false);
        w->newDocument();
        w->show();
        auto *combo = w->findChild<WarehouseCombo *>(QStringLiteral("defaultWarehouseCombo"));
        if (!QTest::qWaitFor([combo] { return combo->count() == 3; }, 10000))
            qWarning("the warehouses did not load");
        combo->setWarehouseId(1);
        return w;
    }

    static QMessageBox *warningsBox(BatchAdjustWindow *w)
    {
        auto *box = w->findChild<QMessageBox *>(QStringLiteral("submitWarningsBox"));
        return box && QTest::qWaitFor([box] { return box->isVisible(); }, 5000) ? box : nullptr;
    }

    static void acceptWarnings(QMessageBox *box)
    {
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    }

    // The first of these records (product, warehouse) that holds stock.
    std::optional<InventoryRecord> recordWithStock(const QList<std::pair<int, int>> &candidates)
    {
        for (const auto &[product, warehouse] : candidates) {
            const std::optional<InventoryRecord> r = m_fx.record(product, warehouse);
            if (r && r->quantity.value_or(0) > 5)
                return r;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_fx.start(), qPrintable(m_fx.sandbox.errorString()));
        m_values = Test::sandboxValues(m_fx.sandbox);
    }

    void init()
    {
        QVERIFY(m_fx.sandbox.clearFaults());
        QVERIFY(m_fx.sandbox.reset());
        m_fx.catalog->forgetStock();
        m_fx.access->reset();
    }

    void cleanupTestCase()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void createRecord_data() { addLanguageRows(); }

    void createRecord()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        const QString location = typed("Shelf 3", "מדף 3");
        const QStringList values = m_values + QStringList {location};

        // A product without a record in the warehouse, and a quantity that cannot be.
        CreateRecordDialog dialog(m_fx.client.get(), m_fx.catalog.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setProduct({2, QStringLiteral("מברגה חשמלית"), QStringLiteral("AB-120/3")});
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.catalog->warehousesLoaded(), 10000);
        dialog.setWarehouse(2);
        dialog.findChild<QLineEdit *>(QStringLiteral("quantityEdit"))
                ->setText(QStringLiteral("-3"));
        dialog.findChild<QLineEdit *>(QStringLiteral("locationEdit"))->setText(location);
        // The duplicate check answers: none.
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.catalog->hasStock(2) && !m_fx.catalog->isStockLoading(2),
                                 10000);
        dialog.accept();
        QVERIFY(dialog.findChild<MessageBanner *>(QStringLiteral("messageBanner"))->isVisible());
        QString problems = shoot(&dialog, QStringLiteral("create"), direction, values);

        // The product already has a record there: edit that one instead.
        CreateRecordDialog duplicate(m_fx.client.get(), m_fx.catalog.get());
        duplicate.show();
        QVERIFY(QTest::qWaitForWindowExposed(&duplicate));
        duplicate.setProduct({3, QStringLiteral("Cable USB-C 2m"), QStringLiteral("CB 200-1")});
        duplicate.setWarehouse(1);
        auto *frame = duplicate.findChild<QFrame *>(QStringLiteral("duplicateFrame"));
        QTRY_VERIFY_WITH_TIMEOUT(frame->isVisible(), 10000);
        problems += shoot(&duplicate, QStringLiteral("create-duplicate"), direction, values);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void editRecord_data() { addLanguageRows(); }

    void editRecord()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        // A Hebrew product with a Latin SKU; the count found 3 fewer.
        const std::optional<InventoryRecord> record = recordWithStock({{2, 1}, {2, 3}, {6, 1}});
        QVERIFY(record);
        const qint64 counted = *record->quantity - 3;
        EditRecordDialog dialog(*record, m_fx.client.get(), m_fx.catalog.get());
        dialog.setAdjustSupport(m_fx.journal.get(), profile(), reason(4));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *quantity = dialog.findChild<QLineEdit *>(QStringLiteral("quantityEdit"));
        quantity->setText(QString::number(counted));
        Q_EMIT quantity->textEdited(quantity->text());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("adjustButton"))->isVisible());
        QString problems = shoot(&dialog, QStringLiteral("edit"), direction, m_values);

        // A delivery arrived meanwhile: Save shows both and asks.
        QVERIFY(m_fx.adjustDirectly(record->product.id, record->warehouse.id, 24));
        dialog.accept();
        auto *pages = dialog.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(),
                                  QStringLiteral("conflictPage"), 10000);
        problems += shoot(&dialog, QStringLiteral("edit-conflict"), direction, m_values);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void deleteRecord_data() { addLanguageRows(); }

    void deleteRecord()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        // A Hebrew SKU with stock left: the stronger confirmation.
        const std::optional<InventoryRecord> record =
                recordWithStock({{4, 1}, {4, 2}, {4, 3}, {2, 1}});
        QVERIFY(record);
        DeleteRecordDialog dialog(*record, m_fx.client.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QFrame *>(QStringLiteral("warningFrame"))->isVisible());
        const QString problems = shoot(&dialog, QStringLiteral("delete"), direction, m_values);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void batchEditor_data() { addLanguageRows(); }

    void batchEditor()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        const QString title = typed("Delivery from Acme Supplies", "משלוח מספקי הצפון");
        const QString note = typed("Delivery note 4471", "תעודת משלוח 4471");
        const QString dropped = typed("fell off the shelf", "נפל מהמדף");
        const QString recount = typed("ספירה חוזרת", "Recount");
        const QStringList values =
                m_values + QStringList {title, note, dropped, recount, QStringLiteral("NO-SUCH-7")};
        auto w = batchWindow();
        w->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(title);
        Q_EMIT w->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->textEdited(title);
        // Received +12; damaged −5; "Returned" that removes stock (a warning); a big count in
        // another warehouse with a reason typed in the other language; an unknown SKU (an error).
        w->pasteRows(QStringLiteral("WDG-001\t1\t12\t%1\t%2\n"
                                    "AB-120/3\t1\t-5\t%3\t%4\n"
                                    "מק-4/1\t2\t-3\t%5\t\n"
                                    "CB 200-1\t3\t1250\t%6\t\n"
                                    "NO-SUCH-7\t1\t4\t%1\t\n")
                             .arg(reason(0), note, reason(1), dropped, reason(3), recount));
        BatchAdjustModel *model = w->model();
        QCOMPARE(model->rowCount(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(model->errorCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model->warningCount() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model->currentQuantity(0).has_value(), 10000);
        w->submit(); // refused: the error row; the banner says why
        QVERIFY(w->isEditing());
        QVERIFY(!w->bannerText().isEmpty());
        QString problems = shoot(w.get(), QStringLiteral("batch"), direction, values);

        // Without the error row, Submit asks about the warnings.
        model->deleteRows({4});
        QTRY_COMPARE_WITH_TIMEOUT(model->errorCount(), 0, 10000);
        w->submit();
        QMessageBox *box = warningsBox(w.get());
        QVERIFY(box);
        problems += shoot(box, QStringLiteral("batch-warnings"), direction, values);
        box->reject();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void importProblems_data() { addLanguageRows(); }

    void importProblems()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        const QString file = typed("delivery-4471.csv", "ספירה-מדף-3.csv");
        const QStringList values = m_values + QStringList {file};
        auto w = batchWindow();
        const QString csv =
                typed("SKU,Warehouse,Amount,Reason,Notes\n", "מק״ט,מחסן,שינוי,סיבה,הערות\n")
                + QStringLiteral("WDG-001,1,5,%1,\n"
                                 "AB-120/3,1,many,%2,\n"
                                 ",2,4,,\n"
                                 "מק-4/1,,3,,\n"
                                 "CB 200-1,3\n"
                                 "WDG-001,2,-2,%2,box 4,extra\n"
                                 "AB-120/3,2,7,%1,\n")
                          .arg(reason(0), reason(1));
        w->importCsv(csv.toUtf8(), file);
        auto *dialog = w->findChild<ImportProblemsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->result().problems.size() >= 5);
        QCOMPARE(dialog->result().rows.size(), 2);
        const QString problems = shoot(dialog, QStringLiteral("importproblems"), direction, values);
        dialog->reject();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void csvImport_data() { addLanguageRows(); }

    // The import window over a Windows-1255 file (Excel's plain "CSV" on a Hebrew Windows): the
    // encoding detected and the Hebrew lines in the preview.
    void csvImport()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ספירה-מדף-3.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // מק"ט,מחסן,כמות,סיבה / AB-120/3,מחסן ראשי,12,קבלת סחורה / מק-4/1,סניף חיפה,-2
            file.write("\xEE\xF7\"\xE8,\xEE\xE7\xF1\xEF,\xEB\xEE\xE5\xFA,\xF1\xE9\xE1\xE4\r\n"
                       "AB-120/3,\xEE\xE7\xF1\xEF \xF8\xE0\xF9\xE9,12,\xF7\xE1\xEC\xFA "
                       "\xF1\xE7\xE5\xF8\xE4\r\n"
                       "\xEE\xF7-4/1,\xF1\xF0\xE9\xF3 \xE7\xE9\xF4\xE4,-2\r\n");
        }
        auto w = batchWindow();
        CsvImportDialog *dialog = w->openCsvFile(path);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 10000);
        QCOMPARE(dialog->encoding(), TextEncoding::Windows1255);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList values =
                m_values + QStringList {QFileInfo(path).fileName(),     QStringLiteral("UTF-8"),
                                        QStringLiteral("UTF-16 LE"),    QStringLiteral("UTF-16 BE"),
                                        QStringLiteral("Windows-1255"), QStringLiteral("Excel"),
                                        QStringLiteral("Windows"),      QStringLiteral("CSV")};
        const QString problems = shoot(dialog, QStringLiteral("csvimport"), direction, values);
        dialog->reject();
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void reasons_data() { addLanguageRows(); }

    void reasons()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("reasons.ini")));
        const QString sample = typed("דוגמה ללקוח", "Sample for a customer");
        QList<AdjustmentReason> reasons = AppSettings::defaultAdjustmentReasons();
        reasons.append({sample, -1});
        settings.setAdjustmentReasons(reasons);
        ReasonsDialog dialog(&settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString problems = shoot(&dialog, QStringLiteral("reasons"), direction,
                                       m_values + QStringList {sample});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void batchResults_data() { addLanguageRows(); }

    void batchResults()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        // More rows than one request takes: part 1 (100 rows) is applied; part 2 takes one
        // record below zero, so Glance refuses all of part 2.
        const QJsonArray page1 =
                m_fx.sandbox.get(QStringLiteral("/inventory?page=1&limit=100")).data().toArray();
        const QJsonArray page2 =
                m_fx.sandbox.get(QStringLiteral("/inventory?page=2&limit=100")).data().toArray();
        QCOMPARE(page1.size(), 100);
        QVERIFY(page2.size() >= 3);
        QString rows;
        int n = 0;
        const auto row = [&rows](const QJsonObject &record, qint64 amount, const QString &why) {
            rows += QStringLiteral("%1\t%2\t%3\t%4\n")
                            .arg(record.value(QLatin1String("product"))
                                         .toObject()
                                         .value(QLatin1String("sku"))
                                         .toString())
                            .arg(record.value(QLatin1String("warehouse"))
                                         .toObject()
                                         .value(QLatin1String("id"))
                                         .toInteger())
                            .arg(amount)
                            .arg(why);
        };
        for (const QJsonValue &record : page1)
            row(record.toObject(), 1 + (n++ % 7) * 3, reason(0));
        row(page2.at(0).toObject(), 6, reason(0));
        const QJsonObject below = page2.at(1).toObject();
        row(below, -(below.value(QLatin1String("quantity")).toInteger() + 40), reason(2));
        row(page2.at(2).toObject(), 2, reason(3));

        auto w = batchWindow();
        const QString title = typed("Monthly count", "ספירה חודשית");
        w->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(title);
        Q_EMIT w->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->textEdited(title);
        w->pasteRows(rows);
        QCOMPARE(w->model()->rowCount(), 103);
        QTRY_COMPARE_WITH_TIMEOUT(w->model()->errorCount(), 0, 30000);
        // The editor shows every row's quantity before it is sent (the results compare).
        const auto allShown = [&w] {
            for (int r = 0; r < w->model()->rowCount(); ++r) {
                if (!w->model()->currentQuantity(r))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allShown(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(w->model()->warningCount() >= 1, 10000);
        w->submit();
        QMessageBox *box = warningsBox(w.get());
        QVERIFY(box);
        acceptWarnings(box);
        QTRY_COMPARE_WITH_TIMEOUT(w->submitter()->state(), AdjustmentSubmitter::State::Paused,
                                  60000);
        QCOMPARE(w->submitter()->counts().applied, 100);
        QCOMPARE(w->submitter()->counts().notApplied, 3);
        m_mixedSubmission.insert(QString::fromLatin1(QTest::currentDataTag()),
                                 w->submitter()->submissionId());
        // Where part 1 ends and part 2 begins.
        auto *view = w->resultsPanel()->findChild<QTableView *>(QStringLiteral("linesView"));
        view->scrollToBottom();
        const QString problems = shoot(w.get(), QStringLiteral("batch-results"), direction,
                                       m_values + QStringList {title});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void history_data() { addLanguageRows(); }

    void history()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        // One more submission, all applied, after the mixed one of batchResults().
        const QString title = typed("Returns from customers", "החזרות מלקוחות");
        {
            auto w = batchWindow();
            w->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(title);
            w->pasteRows(QStringLiteral("WDG-001\t1\t2\t%1\nמק-4/1\t1\t1\t%1\n").arg(reason(3)));
            QTRY_COMPARE_WITH_TIMEOUT(w->model()->errorCount(), 0, 10000);
            w->submit();
            QTRY_COMPARE_WITH_TIMEOUT(w->submitter()->state(), AdjustmentSubmitter::State::Finished,
                                      15000);
        }
        HistoryWindow window(m_fx.journal.get(), profile());
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.historyModel()->rowCount() >= 1);
        const qint64 mixed = m_mixedSubmission.value(QString::fromLatin1(QTest::currentDataTag()));
        if (mixed > 0) {
            window.selectSubmission(mixed);
            QCOMPARE(window.linesModel()->rowCount(), 103);
            window.findChild<QTableView *>(QStringLiteral("linesView"))->scrollToBottom();
        }
        const QStringList values =
                m_values + QStringList {title, typed("Monthly count", "ספירה חודשית")};
        const QString problems = shoot(&window, QStringLiteral("history"), direction, values);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_MAIN(TestScreenshotsAdjust)
#include "tst_screenshots_adjust.moc"
