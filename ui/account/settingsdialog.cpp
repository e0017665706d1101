#include "ui/account/settingsdialog.h"

#include "core/appsettings.h"
#include "core/text/bidi.h"
#include "ui/account/languagechoice.h"
#include "ui_settingsdialog.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>

namespace Glance {

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->reasonsTable->setColumnCount(ReasonColumnCount);
    m_ui->reasonsTable->horizontalHeader()->setSectionResizeMode(ReasonTextColumn,
                                                                 QHeaderView::Stretch);
    m_ui->reasonsTable->horizontalHeader()->setSectionResizeMode(ReasonSignColumn,
                                                                 QHeaderView::ResizeToContents);
    retranslate();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->addReasonButton, &QPushButton::clicked, this, &SettingsDialog::addReason);
    connect(m_ui->removeReasonButton, &QPushButton::clicked, this, &SettingsDialog::removeReason);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { moveReason(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { moveReason(+1); });
    connect(m_ui->defaultReasonsButton, &QPushButton::clicked, this,
            [this] { setReasons(AppSettings::defaultAdjustmentReasons()); });
    connect(m_ui->reasonsTable, &QTableWidget::itemSelectionChanged, this,
            &SettingsDialog::updateReasonButtons);
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::retranslate()
{
    const QString current = m_ui->languageCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_ui->languageCombo);
        m_ui->languageCombo->clear();
        for (const LanguageChoice::Option &option : LanguageChoice::options()) {
            const QString name = option.code.isEmpty()
                    ? tr("System language (%1)")
                              .arg(Bidi::name(QLocale::system().nativeLanguageName()))
                    : option.name;
            m_ui->languageCombo->addItem(name, option.code);
        }
        const int index = m_ui->languageCombo->findData(current);
        m_ui->languageCombo->setCurrentIndex(qMax(0, index));
    }
    m_ui->reasonsTable->setHorizontalHeaderLabels(
            {tr("Reason", "adjustment reason"), tr("Usually", "direction of a stock change")});
    for (int row = 0; row < m_ui->reasonsTable->rowCount(); ++row)
        fillSignCombo(row, signAt(row));
}

void SettingsDialog::load()
{
    const int language = m_ui->languageCombo->findData(m_settings->language());
    m_ui->languageCombo->setCurrentIndex(qMax(0, language));
    m_ui->lowStockSpin->setValue(m_settings->lowStockThreshold());
    m_ui->timeoutSpin->setValue(int(m_settings->requestTimeout().count()));
    m_ui->autoRefreshSpin->setValue(int(m_settings->autoRefreshInterval().count()));
    setReasons(m_settings->adjustmentReasons());
    m_ui->reasonRequiredCheck->setChecked(m_settings->reasonRequired());
}

void SettingsDialog::save()
{
    m_settings->setLowStockThreshold(m_ui->lowStockSpin->value());
    m_settings->setRequestTimeout(std::chrono::seconds(m_ui->timeoutSpin->value()));
    m_settings->setAutoRefreshInterval(std::chrono::minutes(m_ui->autoRefreshSpin->value()));
    const QList<AdjustmentReason> list = reasons();
    m_settings->setAdjustmentReasons(list.isEmpty() ? AppSettings::defaultAdjustmentReasons()
                                                    : list);
    m_settings->setReasonRequired(m_ui->reasonRequiredCheck->isChecked());
    // Last: a new language retranslates every window, this one included.
    m_settings->setLanguage(m_ui->languageCombo->currentData().toString());
}

void SettingsDialog::accept()
{
    save();
    QDialog::accept();
}

QList<AdjustmentReason> SettingsDialog::reasons() const
{
    QList<AdjustmentReason> out;
    for (int row = 0; row < m_ui->reasonsTable->rowCount(); ++row) {
        const QTableWidgetItem *item = m_ui->reasonsTable->item(row, ReasonTextColumn);
        const QString text = item ? item->text().simplified() : QString();
        if (text.isEmpty())
            continue;
        const AdjustmentReason reason {text, signAt(row)};
        if (!out.contains(reason))
            out.append(reason);
    }
    return out;
}

void SettingsDialog::setReasons(const QList<AdjustmentReason> &reasons)
{
    m_ui->reasonsTable->setRowCount(0);
    for (const AdjustmentReason &reason : reasons)
        appendReasonRow(reason);
    updateReasonButtons();
}

void SettingsDialog::appendReasonRow(const AdjustmentReason &reason)
{
    const int row = m_ui->reasonsTable->rowCount();
    m_ui->reasonsTable->insertRow(row);
    m_ui->reasonsTable->setItem(row, ReasonTextColumn, new QTableWidgetItem(reason.text));
    auto *combo = new QComboBox(m_ui->reasonsTable);
    m_ui->reasonsTable->setCellWidget(row, ReasonSignColumn, combo);
    fillSignCombo(row, reason.usualSign);
}

void SettingsDialog::fillSignCombo(int row, int sign)
{
    auto *combo = qobject_cast<QComboBox *>(m_ui->reasonsTable->cellWidget(row, ReasonSignColumn));
    if (!combo)
        return;
    combo->clear();
    combo->addItem(tr("Adds stock"), 1);
    combo->addItem(tr("Removes stock"), -1);
    combo->addItem(tr("Either way", "adds or removes stock"), 0);
    combo->setCurrentIndex(qMax(0, combo->findData(sign > 0 ? 1 : sign < 0 ? -1 : 0)));
    combo->setAccessibleName(
            tr("Usual direction of the reason in row %1").arg(Bidi::number(row + 1, locale())));
}

int SettingsDialog::signAt(int row) const
{
    const auto *combo =
            qobject_cast<QComboBox *>(m_ui->reasonsTable->cellWidget(row, ReasonSignColumn));
    return combo ? combo->currentData().toInt() : 0;
}

void SettingsDialog::addReason()
{
    appendReasonRow({QString(), 0});
    const int row = m_ui->reasonsTable->rowCount() - 1;
    m_ui->reasonsTable->setCurrentCell(row, ReasonTextColumn);
    m_ui->reasonsTable->editItem(m_ui->reasonsTable->item(row, ReasonTextColumn));
}

void SettingsDialog::removeReason()
{
    const int row = m_ui->reasonsTable->currentRow();
    if (row < 0)
        return;
    m_ui->reasonsTable->removeRow(row);
    updateReasonButtons();
}

void SettingsDialog::moveReason(int delta)
{
    const int row = m_ui->reasonsTable->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_ui->reasonsTable->rowCount())
        return;
    // Rows with cell widgets cannot be moved as they are: swap the values instead.
    QTableWidgetItem *a = m_ui->reasonsTable->item(row, ReasonTextColumn);
    QTableWidgetItem *b = m_ui->reasonsTable->item(target, ReasonTextColumn);
    const QString textA = a ? a->text() : QString();
    const QString textB = b ? b->text() : QString();
    const int signA = signAt(row);
    const int signB = signAt(target);
    m_ui->reasonsTable->setItem(row, ReasonTextColumn, new QTableWidgetItem(textB));
    m_ui->reasonsTable->setItem(target, ReasonTextColumn, new QTableWidgetItem(textA));
    fillSignCombo(row, signB);
    fillSignCombo(target, signA);
    m_ui->reasonsTable->setCurrentCell(target, ReasonTextColumn);
}

void SettingsDialog::updateReasonButtons()
{
    const int row = m_ui->reasonsTable->currentRow();
    const int count = m_ui->reasonsTable->rowCount();
    const bool selected = row >= 0 && !m_ui->reasonsTable->selectedItems().isEmpty();
    m_ui->removeReasonButton->setEnabled(selected);
    m_ui->moveUpButton->setEnabled(selected && row > 0);
    m_ui->moveDownButton->setEnabled(selected && row < count - 1);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace Glance
