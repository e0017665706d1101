#include "ui/adjust/deleterecorddialog.h"

#include "api/apiclient.h"
#include "core/text/bidi.h"
#include "ui/widgets/messagebanner.h"
#include "ui_deleterecorddialog.h"

#include <QPushButton>
#include <QStyle>

#include <limits>

namespace Glance {

DeleteRecordDialog::DeleteRecordDialog(const InventoryRecord &record, ApiClient *client,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteRecordDialog>())
    , m_client(client)
    , m_record(record)
{
    m_ui->setupUi(this);
    const QLocale locale;
    const qint64 quantity = record.quantity.value_or(0);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Delete", "delete the record"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_ui->messageBanner->hide();
    m_ui->progressLabel->hide();

    const QString quantityText =
            record.quantity ? Bidi::quantity(quantity, locale) : tr("unknown", "quantity");
    //: %1 is the product name, %2 its SKU, %3 the warehouse, %4 the quantity
    m_ui->questionLabel->setText(tr("Delete the record of “%1” (SKU %2) in %3? Its quantity is %4.")
                                         .arg(Bidi::name(record.product.name),
                                              Bidi::sku(record.product.sku),
                                              Bidi::name(record.warehouse.name), quantityText));
    if (needsConfirmation()) {
        // A count in a plural sentence (%Ln: through the default locale, like `locale`).
        const int units = int(qBound(qint64(std::numeric_limits<int>::min()), quantity,
                                     qint64(std::numeric_limits<int>::max())));
        m_ui->warningLabel->setText(
                record.quantity
                        ? tr("This record still holds %Ln unit(s). Deleting it removes them "
                             "from stock, and the deletion cannot be undone. To correct the "
                             "quantity, edit or adjust the record instead.",
                             nullptr, units)
                        : tr("The quantity of this record is unknown; it may still hold stock. "
                             "The deletion cannot be undone."));
        m_ui->confirmCheck->setText(
                record.quantity
                        ? tr("&Yes, remove %Ln unit(s) from stock with this record", nullptr, units)
                        : tr("&Yes, delete it even if it holds stock"));
        const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
        setWindowIcon(icon);
    } else {
        m_ui->warningFrame->hide();
    }
    connect(m_ui->confirmCheck, &QCheckBox::toggled, this, &DeleteRecordDialog::updateButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DeleteRecordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &DeleteRecordDialog::reject);
    updateButton();
}

DeleteRecordDialog::~DeleteRecordDialog() = default;

bool DeleteRecordDialog::needsConfirmation() const
{
    return !m_record.quantity || *m_record.quantity != 0;
}

void DeleteRecordDialog::updateButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_call && (!needsConfirmation() || m_ui->confirmCheck->isChecked()));
}

void DeleteRecordDialog::accept()
{
    if (m_call || !m_client || (needsConfirmation() && !m_ui->confirmCheck->isChecked()))
        return;
    m_ui->progressLabel->setText(tr("Deleting…"));
    m_ui->progressLabel->show();
    m_ui->messageBanner->hide();
    m_call = m_client->deleteInventory(m_record.id, this, [this](const ApiResult<bool> &result) {
        m_call = nullptr;
        m_ui->progressLabel->hide();
        if (result.ok() && !result.value()) {
            m_ui->messageBanner->showMessage(tr("Glance answered that the record was not deleted."),
                                             MessageBanner::Error);
            updateButton();
            return;
        }
        // Deleting what is already gone is the wanted outcome.
        if (result.ok() || result.error().isNotFound()) {
            Q_EMIT recordDeleted(m_record.id);
            QDialog::accept();
            return;
        }
        m_ui->messageBanner->showMessage(result.error().userMessage(), MessageBanner::Error);
        updateButton();
    });
    updateButton();
}

} // namespace Glance
