#include "ui/adjust/reasonsdialog.h"

#include "core/adjust/fieldcheck.h"
#include "core/appsettings.h"
#include "ui_reasonsdialog.h"

#include <QComboBox>
#include <QHeaderView>

namespace Glance {

ReasonsDialog::ReasonsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReasonsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->reasonTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->reasonTable->verticalHeader()->hide();
    fill(settings ? settings->adjustmentReasons() : AppSettings::defaultAdjustmentReasons());
    m_ui->requiredCheck->setChecked(settings && settings->reasonRequired());
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        addRow({});
        const int row = m_ui->reasonTable->rowCount() - 1;
        m_ui->reasonTable->setCurrentCell(row, 0);
        m_ui->reasonTable->editItem(m_ui->reasonTable->item(row, 0));
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->reasonTable->currentRow();
        if (row >= 0)
            m_ui->reasonTable->removeRow(row);
    });
    connect(m_ui->defaultsButton, &QPushButton::clicked, this,
            [this] { fill(AppSettings::defaultAdjustmentReasons()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReasonsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReasonsDialog::~ReasonsDialog() = default;

void ReasonsDialog::fill(const QList<AdjustmentReason> &reasons)
{
    m_ui->reasonTable->setRowCount(0);
    for (const AdjustmentReason &reason : reasons)
        addRow(reason);
}

void ReasonsDialog::addRow(const AdjustmentReason &reason)
{
    const int row = m_ui->reasonTable->rowCount();
    m_ui->reasonTable->insertRow(row);
    m_ui->reasonTable->setItem(row, 0, new QTableWidgetItem(reason.text));
    auto *sign = new QComboBox(m_ui->reasonTable);
    sign->addItem(tr("Adds stock"), 1);
    sign->addItem(tr("Removes stock"), -1);
    sign->addItem(tr("Either way"), 0);
    sign->setCurrentIndex(sign->findData(reason.usualSign));
    m_ui->reasonTable->setCellWidget(row, 1, sign);
}

QList<AdjustmentReason> ReasonsDialog::reasons() const
{
    QList<AdjustmentReason> result;
    for (int row = 0; row < m_ui->reasonTable->rowCount(); ++row) {
        const QTableWidgetItem *item = m_ui->reasonTable->item(row, 0);
        const QString text =
                item ? item->text().trimmed().left(FieldCheck::ReasonMaxLength) : QString();
        if (text.isEmpty())
            continue;
        const auto *sign = qobject_cast<QComboBox *>(m_ui->reasonTable->cellWidget(row, 1));
        result.append({text, sign ? sign->currentData().toInt() : 0});
    }
    return result;
}

void ReasonsDialog::accept()
{
    if (m_settings) {
        m_settings->setAdjustmentReasons(reasons());
        m_settings->setReasonRequired(m_ui->requiredCheck->isChecked());
    }
    QDialog::accept();
}

} // namespace Glance
