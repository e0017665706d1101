// The Settings dialog reads and writes AppSettings.
#include "core/appsettings.h"
#include "ui/account/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Glance;
using namespace std::chrono_literals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void init()
    {
        m_settings.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("s.ini")));
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("s.ini")));
    }

    void loadsCurrentValues()
    {
        m_settings->setLanguage(QStringLiteral("en"));
        m_settings->setLowStockThreshold(7);
        m_settings->setRequestTimeout(45s);
        m_settings->setAutoRefreshInterval(15min);
        m_settings->setReasonRequired(true);
        m_settings->setAdjustmentReasons(
                {{QStringLiteral("Received"), 1}, {QStringLiteral("פגום"), -1}});
        SettingsDialog dialog(m_settings.get());
        auto *language = child<QComboBox>(&dialog, "languageCombo");
        QCOMPARE(language->count(), 3);
        QCOMPARE(language->itemData(0).toString(), QString());
        QCOMPARE(language->itemData(1).toString(), QStringLiteral("he"));
        QCOMPARE(language->itemData(2).toString(), QStringLiteral("en"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(child<QSpinBox>(&dialog, "lowStockSpin")->value(), 7);
        QCOMPARE(child<QSpinBox>(&dialog, "timeoutSpin")->value(), 45);
        QCOMPARE(child<QSpinBox>(&dialog, "autoRefreshSpin")->value(), 15);
        QVERIFY(child<QCheckBox>(&dialog, "reasonRequiredCheck")->isChecked());
        QCOMPARE(dialog.reasons(),
                 (QList<AdjustmentReason> {{QStringLiteral("Received"), 1},
                                           {QStringLiteral("פגום"), -1}}));
        QCOMPARE(child<QTableWidget>(&dialog, "reasonsTable")->rowCount(), 2);
    }

    void okWritesEverything()
    {
        SettingsDialog dialog(m_settings.get());
        dialog.open();
        QSignalSpy changed(m_settings.get(), &AppSettings::changed);
        auto *language = child<QComboBox>(&dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("he")));
        child<QSpinBox>(&dialog, "lowStockSpin")->setValue(3);
        child<QSpinBox>(&dialog, "timeoutSpin")->setValue(90);
        child<QSpinBox>(&dialog, "autoRefreshSpin")->setValue(0);
        child<QCheckBox>(&dialog, "reasonRequiredCheck")->setChecked(true);
        dialog.setReasons({{QStringLiteral("Found"), 1}, {QStringLiteral("Broken"), -1}});
        QVERIFY(changed.isEmpty()); // nothing is written before OK

        auto *box = child<QDialogButtonBox>(&dialog, "buttonBox");
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_settings->language(), QStringLiteral("he"));
        QCOMPARE(m_settings->lowStockThreshold(), 3);
        QCOMPARE(m_settings->requestTimeout(), 90s);
        QCOMPARE(m_settings->autoRefreshInterval(), 0min);
        QVERIFY(m_settings->reasonRequired());
        QCOMPARE(m_settings->adjustmentReasons(),
                 (QList<AdjustmentReason> {{QStringLiteral("Found"), 1},
                                           {QStringLiteral("Broken"), -1}}));
        QVERIFY(!changed.isEmpty());
    }

    void cancelWritesNothing()
    {
        SettingsDialog dialog(m_settings.get());
        dialog.open();
        child<QSpinBox>(&dialog, "lowStockSpin")->setValue(99);
        auto *box = child<QDialogButtonBox>(&dialog, "buttonBox");
        QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(m_settings->lowStockThreshold(), 5);
    }

    void editReasons()
    {
        SettingsDialog dialog(m_settings.get());
        dialog.setReasons(
                {{QStringLiteral("A"), 1}, {QStringLiteral("B"), -1}, {QStringLiteral("C"), 0}});
        auto *table = child<QTableWidget>(&dialog, "reasonsTable");
        auto *up = child<QPushButton>(&dialog, "moveUpButton");
        auto *down = child<QPushButton>(&dialog, "moveDownButton");
        auto *remove = child<QPushButton>(&dialog, "removeReasonButton");

        table->setCurrentCell(1, SettingsDialog::ReasonTextColumn);
        QVERIFY(up->isEnabled() && down->isEnabled() && remove->isEnabled());
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(dialog.reasons(),
                 (QList<AdjustmentReason> {{QStringLiteral("B"), -1},
                                           {QStringLiteral("A"), 1},
                                           {QStringLiteral("C"), 0}}));
        QCOMPARE(table->currentRow(), 0);
        QVERIFY(!up->isEnabled());
        QTest::mouseClick(down, Qt::LeftButton);
        QTest::mouseClick(down, Qt::LeftButton);
        QCOMPARE(dialog.reasons(),
                 (QList<AdjustmentReason> {{QStringLiteral("A"), 1},
                                           {QStringLiteral("C"), 0},
                                           {QStringLiteral("B"), -1}}));
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(dialog.reasons(),
                 (QList<AdjustmentReason> {{QStringLiteral("A"), 1}, {QStringLiteral("C"), 0}}));

        // A new row: its text and its usual sign.
        QTest::mouseClick(child<QPushButton>(&dialog, "addReasonButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 3);
        table->item(2, SettingsDialog::ReasonTextColumn)->setText(QStringLiteral("  Gift  "));
        auto *sign =
                qobject_cast<QComboBox *>(table->cellWidget(2, SettingsDialog::ReasonSignColumn));
        QVERIFY(sign);
        sign->setCurrentIndex(sign->findData(-1));
        QCOMPARE(dialog.reasons().last(), (AdjustmentReason {QStringLiteral("Gift"), -1}));

        // Empty rows are dropped; an empty list saves the defaults.
        QTest::mouseClick(child<QPushButton>(&dialog, "addReasonButton"), Qt::LeftButton);
        QCOMPARE(dialog.reasons().size(), 3);
        dialog.setReasons({});
        dialog.save();
        QCOMPARE(m_settings->adjustmentReasons(), AppSettings::defaultAdjustmentReasons());

        QTest::mouseClick(child<QPushButton>(&dialog, "defaultReasonsButton"), Qt::LeftButton);
        QCOMPARE(dialog.reasons(), AppSettings::defaultAdjustmentReasons());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_account_settingsdialog.moc"
