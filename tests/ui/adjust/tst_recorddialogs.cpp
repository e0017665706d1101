// Create, edit and delete dialogs offscreen against the sandbox: validation messages, the
// duplicate offer, the product picker, the server-changed conflict, "adjust by N", and the
// stronger delete confirmation; values inside their sentences isolated (Bidi), and the
// warehouse list still matching typed labels.
#include "core/text/bidi.h"
#include "ui/adjust/createrecorddialog.h"
#include "ui/adjust/deleterecorddialog.h"
#include "ui/adjust/editrecorddialog.h"
#include "ui/adjust/productpicker.h"
#include "ui/adjust/warehousecombo.h"
#include "ui/widgets/messagebanner.h"
#include "uitestsupport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace Glance;

class TestRecordDialogs : public QObject
{
    Q_OBJECT

private:
    Test::AdjustUiFixture m_fx;

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.sandbox.errorString())); }

    void init()
    {
        QVERIFY(m_fx.sandbox.clearFaults());
        QVERIFY(m_fx.sandbox.reset());
        m_fx.catalog->forgetStock();
        m_fx.access->reset();
    }

    void createValidatesEveryField_data()
    {
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a number")
                << QStringLiteral("abc") << QString() << QStringLiteral("not a whole number");
        QTest::newRow("negative") << QStringLiteral("-1") << QString()
                                  << QStringLiteral("negative");
        QTest::newRow("over 32 bits")
                << QStringLiteral("2147483648") << QString() << QStringLiteral("too large");
        QTest::newRow("empty") << QStringLiteral("  ") << QString()
                               << QStringLiteral("Enter a quantity");
        QTest::newRow("long location") << QStringLiteral("1") << QString(300, QLatin1Char('x'))
                                       << QStringLiteral("location is too long");
    }

    void createValidatesEveryField()
    {
        QFETCH(QString, quantity);
        QFETCH(QString, location);
        QFETCH(QString, expected);
        CreateRecordDialog dialog(m_fx.client.get(), m_fx.catalog.get());
        dialog.show();
        QSignalSpy created(&dialog, &CreateRecordDialog::recordCreated);
        child<QLineEdit>(&dialog, "quantityEdit")->setText(quantity);
        child<QLineEdit>(&dialog, "locationEdit")->setText(location);
        dialog.accept();
        auto *message = child<MessageBanner>(&dialog, "messageBanner");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("Choose a product")),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("Choose a warehouse")),
                 qPrintable(message->text()));
        QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
        QVERIFY(dialog.isVisible());
        QTest::qWait(50); // refused at once: no queued create may follow
        QCOMPARE(created.count(), 0);
    }

    void pickerSearchesAsYouTypeAndEnterChoosesExactSku()
    {
        ProductPicker picker;
        picker.setClient(m_fx.client.get());
        picker.show();
        picker.activateWindow();
        picker.setFocus();
        QTest::keyClicks(&picker, QStringLiteral("widget"));
        // Debounced: nothing yet, then suggestions arrive.
        QCOMPARE(picker.suggestionCompleter()->model()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(picker.suggestionCompleter()->model()->rowCount() > 0, 10000);

        ProductPicker exact;
        exact.setClient(m_fx.client.get());
        exact.show();
        QSignalSpy chosen(&exact, &ProductPicker::productChosen);
        QTest::keyClicks(&exact, QStringLiteral("AB-120/3"));
        QTest::keyClick(&exact, Qt::Key_Return); // before any suggestion: looked up by SKU
        QTRY_COMPARE_WITH_TIMEOUT(chosen.count(), 1, 10000);
        QCOMPARE(exact.chosen()->id, 2);

        QSignalSpy notFound(&exact, &ProductPicker::skuNotFound);
        exact.clear();
        QTest::keyClicks(&exact, QStringLiteral("NO-SUCH"));
        QVERIFY(!exact.chosen().has_value()); // typing clears the choice
        QTest::keyClick(&exact, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(notFound.count(), 1, 10000);
    }

    void duplicateOffersToEditInstead()
    {
        CreateRecordDialog dialog(m_fx.client.get(), m_fx.catalog.get());
        dialog.show();
        QSignalSpy editInstead(&dialog, &CreateRecordDialog::editExistingRequested);
        dialog.setProduct({3, QStringLiteral("Cable USB-C 2m"), QStringLiteral("CB 200-1")});
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.catalog->warehousesLoaded(), 10000);
        dialog.setWarehouse(1);
        auto *frame = child<QFrame>(&dialog, "duplicateFrame");
        QTRY_VERIFY_WITH_TIMEOUT(frame->isVisible(), 10000);
        auto *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        child<QPushButton>(&dialog, "editExistingButton")->click();
        QCOMPARE(editInstead.count(), 1);
        const auto record = editInstead.first().first().value<InventoryRecord>();
        QCOMPARE(record.product.id, 3);
        QCOMPARE(record.warehouse.id, 1);
        QCOMPARE(record.quantity, m_fx.quantity(3, 1));
        QVERIFY(!dialog.isVisible());
    }

    void createsRecord()
    {
        QVERIFY(!m_fx.record(2, 2).has_value());
        CreateRecordDialog dialog(m_fx.client.get(), m_fx.catalog.get());
        dialog.show();
        QSignalSpy created(&dialog, &CreateRecordDialog::recordCreated);
        dialog.setProduct({2, QStringLiteral("מברגה חשמלית"), QStringLiteral("AB-120/3")});
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.catalog->warehousesLoaded(), 10000);
        dialog.setWarehouse(2);
        child<QLineEdit>(&dialog, "quantityEdit")->setText(QStringLiteral("7"));
        child<QLineEdit>(&dialog, "locationEdit")->setText(QStringLiteral("  Bin 9  "));
        // The duplicate check answers: none.
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.catalog->hasStock(2) && !m_fx.catalog->isStockLoading(2),
                                 10000);
        QVERIFY(!child<QFrame>(&dialog, "duplicateFrame")->isVisible());
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
        const auto record = created.first().first().value<InventoryRecord>();
        QCOMPARE(record.warehouse.id, 2);
        QCOMPARE(record.quantity, 7);
        const std::optional<InventoryRecord> stored = m_fx.record(2, 2);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->quantity, 7);
        QCOMPARE(stored->location, QStringLiteral("Bin 9"));
    }

    void editShowsConflictAndTakesTheirs()
    {
        const InventoryRecord record = *m_fx.record(6, 1);
        const qint64 q = *record.quantity;
        EditRecordDialog dialog(record, m_fx.client.get(), m_fx.catalog.get());
        dialog.show();
        QSignalSpy saved(&dialog, &EditRecordDialog::recordSaved);
        auto *quantity = child<QLineEdit>(&dialog, "quantityEdit");
        QCOMPARE(quantity->text(), QString::number(q));
        QVERIFY(child<QLabel>(&dialog, "openedLabel")->text().contains(QLocale().toString(q)));
        quantity->setText(QString::number(q + 10));
        QVERIFY(m_fx.adjustDirectly(6, 1, -3)); // a sale meanwhile
        dialog.accept();
        auto *pages = child<QStackedWidget>(&dialog, "pages");
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(),
                                  QStringLiteral("conflictPage"), 10000);
        QCOMPARE(child<QLabel>(&dialog, "theirsQuantity")->text(), Bidi::quantity(q - 3));
        QCOMPARE(child<QLabel>(&dialog, "yoursQuantity")->text(), Bidi::quantity(q + 10));
        QCOMPARE(child<QLabel>(&dialog, "openedQuantity")->text(), Bidi::quantity(q));
        QCOMPARE(saved.count(), 0);
        QCOMPARE(m_fx.quantity(6, 1), q - 3);
        // One Cancel on the conflict page (the dialog's own), no second one beside the choices.
        auto *buttonBox = child<QDialogButtonBox>(&dialog, "buttonBox");
        const auto label = [](const QAbstractButton *button) {
            return QString(button->text()).remove(QLatin1Char('&'));
        };
        const QString cancel = label(buttonBox->button(QDialogButtonBox::Cancel));
        int cancels = 0;
        for (const QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->isVisible() && label(button) == cancel)
                ++cancels;
        }
        QCOMPARE(cancels, 1);

        child<QPushButton>(&dialog, "takeTheirsButton")->click();
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("formPage"));
        QCOMPARE(quantity->text(), QString::number(q - 3));
        quantity->setText(QString::number(q + 1));
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QCOMPARE(m_fx.quantity(6, 1), q + 1);
    }

    void editOverwriteSendsOnlyWhatTheUserChanged()
    {
        const InventoryRecord record = *m_fx.record(6, 2);
        const qint64 q = *record.quantity;
        EditRecordDialog dialog(record, m_fx.client.get(), m_fx.catalog.get());
        dialog.show();
        QSignalSpy saved(&dialog, &EditRecordDialog::recordSaved);
        child<QLineEdit>(&dialog, "quantityEdit")->setText(QString::number(q + 5));
        QVERIFY(m_fx.adjustDirectly(6, 2, 2));
        dialog.accept();
        auto *pages = child<QStackedWidget>(&dialog, "pages");
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(),
                                  QStringLiteral("conflictPage"), 10000);
        child<QPushButton>(&dialog, "overwriteButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QCOMPARE(m_fx.quantity(6, 2), q + 5);
        QCOMPARE(m_fx.record(6, 2)->location, record.location); // untouched
    }

    void adjustByDifferenceKeepsOtherSales()
    {
        const InventoryRecord record = *m_fx.record(7, 1);
        const qint64 q = *record.quantity;
        EditRecordDialog dialog(record, m_fx.client.get(), m_fx.catalog.get());
        dialog.setAdjustSupport(m_fx.journal.get(), QStringLiteral("ui|test"),
                                QStringLiteral("Correction"));
        dialog.show();
        QSignalSpy saved(&dialog, &EditRecordDialog::recordSaved);
        auto *adjust = child<QPushButton>(&dialog, "adjustButton");
        QVERIFY(!adjust->isVisible());
        auto *quantity = child<QLineEdit>(&dialog, "quantityEdit");
        quantity->setText(QString::number(q + 4));
        Q_EMIT quantity->textEdited(quantity->text());
        QVERIFY(adjust->isVisible());
        QVERIFY(adjust->text().contains(QStringLiteral("+4")));
        QVERIFY(m_fx.adjustDirectly(7, 1, -1)); // a sale meanwhile
        adjust->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QCOMPARE(m_fx.quantity(7, 1), q - 1 + 4);
        const QList<SubmissionSummary> history = m_fx.journal->history(QStringLiteral("ui|test"));
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().counts.applied, 1);
    }

    void sentencesIsolateSkuAmountAndQuantity()
    {
        const InventoryRecord record = *m_fx.record(7, 2);
        const qint64 q = *record.quantity;
        QVERIFY(q >= 3);
        EditRecordDialog edit(record, m_fx.client.get(), m_fx.catalog.get());
        edit.setAdjustSupport(m_fx.journal.get(), QStringLiteral("ui|test"),
                              QStringLiteral("Correction"));
        edit.show();
        const QString title = child<QLabel>(&edit, "recordLabel")->text();
        QVERIFY2(title.contains(Bidi::sku(record.product.sku)), qPrintable(title));
        QVERIFY2(title.contains(Bidi::name(record.product.name)), qPrintable(title));
        QVERIFY2(title.contains(Bidi::name(record.warehouse.name)), qPrintable(title));
        QVERIFY(child<QLabel>(&edit, "openedLabel")->text().contains(Bidi::quantity(q)));
        // A decrease: "−3" with the minus sign, isolated; never the hyphen.
        auto *quantity = child<QLineEdit>(&edit, "quantityEdit");
        quantity->setText(QString::number(q - 3));
        Q_EMIT quantity->textEdited(quantity->text());
        const QString adjust = child<QPushButton>(&edit, "adjustButton")->text();
        QVERIFY2(adjust.contains(Bidi::signedAmount(-3)), qPrintable(adjust));
        QVERIFY2(!adjust.contains(QStringLiteral("-3")), qPrintable(adjust));
        QVERIFY2(adjust.contains(QLatin1Char('&')), qPrintable(adjust)); // the accelerator

        DeleteRecordDialog remove(record, m_fx.client.get());
        const QString question = child<QLabel>(&remove, "questionLabel")->text();
        QVERIFY2(question.contains(Bidi::sku(record.product.sku)), qPrintable(question));
        QVERIFY2(question.contains(Bidi::name(record.product.name)), qPrintable(question));
        QVERIFY2(question.contains(Bidi::quantity(q)), qPrintable(question));
    }

    void warehouseLabelsIsolateCodesAndStillMatchTyping()
    {
        WarehouseCombo combo;
        combo.setCatalog(m_fx.catalog.get());
        QTRY_VERIFY_WITH_TIMEOUT(combo.count() >= 3, 10000);
        const int index = combo.findData(qint64(2));
        QVERIFY(index >= 0);
        const QString label = combo.itemText(index); // "Secondary Storage (SEC)", isolated
        QVERIFY2(label.contains(Bidi::isolateLtr(u"SEC")), qPrintable(label));
        QVERIFY2(label.contains(Bidi::name(u"Secondary Storage")), qPrintable(label));
        // The label as a person types it (no isolates) still names the warehouse.
        combo.setEditText(Bidi::stripFormatting(label));
        QCOMPARE(combo.listedIndex(), index);
        QCOMPARE(combo.warehouseId(), 2);
        QVERIFY(combo.errorText().isEmpty());
        // Typing completes to the plain label: a typed prefix never matches an isolate.
        QCompleter *completer = combo.completer();
        QVERIFY(completer);
        completer->setCompletionPrefix(QStringLiteral("Second"));
        QCOMPARE(completer->currentCompletion(), QStringLiteral("Secondary Storage (SEC)"));
        // What is not a warehouse is quoted back isolated.
        combo.setEditText(QStringLiteral("12-B"));
        QVERIFY2(combo.errorText().contains(Bidi::name(u"12-B")), qPrintable(combo.errorText()));
    }

    void warehouseLabelFollowsTheLayoutDirection()
    {
        // A Hebrew window: the chosen label reads right to left in the line edit (the name on
        // the right, the code after it), though the label itself is all isolates.
        WarehouseCombo combo;
        combo.setLayoutDirection(Qt::RightToLeft);
        combo.setCatalog(m_fx.catalog.get());
        QTRY_VERIFY_WITH_TIMEOUT(combo.count() >= 3, 10000);
        const int index = combo.findData(qint64(1));
        QVERIFY(index >= 0);
        combo.setCurrentIndex(index);
        QLineEdit *edit = combo.lineEdit();
        QVERIFY2(edit->text().isRightToLeft(), qPrintable(edit->text()));
        QCOMPARE(Bidi::firstStrongDirection(edit->text()), Qt::RightToLeft);
        QCOMPARE(combo.listedIndex(), index);
        QCOMPARE(combo.warehouseId(), 1);
        // Typed without marks or isolates, it still names the warehouse.
        combo.setEditText(combo.itemData(index, Qt::UserRole + 1).toString());
        QCOMPARE(combo.listedIndex(), index);
        QCOMPARE(combo.warehouseId(), 1);

        // An English window: left to right again, the same warehouse still chosen.
        combo.setCurrentIndex(index);
        combo.setLayoutDirection(Qt::LeftToRight);
        QCOMPARE(combo.count(), 3);
        QCOMPARE(combo.warehouseId(), 1);
        QCOMPARE(Bidi::firstStrongDirection(combo.lineEdit()->text()), Qt::LeftToRight);
        QVERIFY(!combo.lineEdit()->text().isRightToLeft());
    }

    void editRejectsBadInput()
    {
        const InventoryRecord record = *m_fx.record(8, 1);
        EditRecordDialog dialog(record, m_fx.client.get(), m_fx.catalog.get());
        dialog.show();
        child<QLineEdit>(&dialog, "quantityEdit")->setText(QStringLiteral("12abc"));
        child<QLineEdit>(&dialog, "locationEdit")->setText(QString(256, QLatin1Char('L')));
        dialog.accept();
        const QString message = child<MessageBanner>(&dialog, "messageBanner")->text();
        QVERIFY(message.contains(QStringLiteral("not a whole number")));
        QVERIFY(message.contains(QStringLiteral("too long")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.validationErrors().size(), 2);
    }

    void deleteAsksMoreWhenStockRemains()
    {
        const InventoryRecord record = *m_fx.record(8, 1);
        QVERIFY(*record.quantity != 0);
        DeleteRecordDialog dialog(record, m_fx.client.get());
        dialog.show();
        QSignalSpy deleted(&dialog, &DeleteRecordDialog::recordDeleted);
        const QString question = child<QLabel>(&dialog, "questionLabel")->text();
        QVERIFY(question.contains(record.product.name));
        QVERIFY(question.contains(record.product.sku));
        QVERIFY(question.contains(record.warehouse.name));
        QVERIFY(question.contains(QLocale().toString(*record.quantity)));
        QVERIFY(child<QFrame>(&dialog, "warningFrame")->isVisible());
        auto *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.accept(); // refused without the tick
        QTest::qWait(100); // a delete sent anyway would be answered over loopback within this
        QCOMPARE(deleted.count(), 0);
        child<QCheckBox>(&dialog, "confirmCheck")->setChecked(true);
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
        QVERIFY(!m_fx.record(8, 1).has_value());
    }

    void deleteOfEmptyRecordIsPlain()
    {
        const InventoryRecord record = *m_fx.record(1, 1);
        QCOMPARE(*record.quantity, 0);
        DeleteRecordDialog dialog(record, m_fx.client.get());
        dialog.show();
        QVERIFY(!dialog.needsConfirmation());
        QVERIFY(!child<QFrame>(&dialog, "warningFrame")->isVisible());
        QVERIFY(child<QDialogButtonBox>(&dialog, "buttonBox")
                        ->button(QDialogButtonBox::Ok)
                        ->isEnabled());
    }
};

QTEST_MAIN(TestRecordDialogs)
#include "tst_recorddialogs.moc"
