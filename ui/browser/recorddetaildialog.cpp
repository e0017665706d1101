#include "ui/browser/recorddetaildialog.h"

#include "api/apiclient.h"
#include "core/text/bidi.h"
#include "models/movementsmodel.h"
#include "ui/browser/columnwidths.h"
#include "ui/i18n/bidiitemdelegate.h"
#include "ui_recorddetaildialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>

namespace Glance {

RecordDetailDialog::RecordDetailDialog(ApiClient *client, const InventoryRecord &record,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecordDetailDialog>())
    , m_client(client)
    , m_record(record)
    , m_movements(new MovementsModel(client, this))
{
    m_ui->setupUi(this);
    // Our own "Close", not Qt's standard one: Qt's Hebrew says "סגור" where the glossary says
    // "סגירה", and a button box would put Qt's text back on every language change.
    m_closeButton = m_ui->buttonBox->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_ui->retryButton->hide();
    m_movements->setLocale(locale());
    m_ui->movementsView->setModel(m_movements);
    BidiItemDelegate::install(m_ui->movementsView);
    m_ui->movementsView->setWordWrap(false);
    m_ui->movementsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->movementsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto *header = m_ui->movementsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(MovementsModel::ReasonColumn, QHeaderView::Stretch);
    const QTableView *view = m_ui->movementsView;
    header->resizeSection(MovementsModel::DateColumn,
                          ColumnWidths::forText(view, MovementsModel::DateColumn, 13));
    header->resizeSection(MovementsModel::TypeColumn,
                          ColumnWidths::forText(view, MovementsModel::TypeColumn, 9));
    header->resizeSection(MovementsModel::ChangeColumn,
                          ColumnWidths::forSignedAmounts(view, MovementsModel::ChangeColumn));
    header->resizeSection(MovementsModel::FromColumn,
                          ColumnWidths::forText(view, MovementsModel::FromColumn, 11));
    header->resizeSection(MovementsModel::ToColumn,
                          ColumnWidths::forText(view, MovementsModel::ToColumn, 11));

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (m_error.isError())
            refresh();
        else
            m_movements->reload();
    });
    connect(m_movements, &MovementsModel::availabilityChanged, this,
            &RecordDetailDialog::updateMovementsStatus);
    connect(m_movements, &MovementsModel::loadingChanged, this,
            &RecordDetailDialog::updateMovementsStatus);
    connect(m_movements, &MovementsModel::loaded, this, &RecordDetailDialog::updateMovementsStatus);
    connect(m_movements, &MovementsModel::errorOccurred, this,
            &RecordDetailDialog::updateMovementsStatus);

    showRecord();
    refresh();
    m_movements->setFilter(record.product.id, record.warehouse.id);
    updateMovementsStatus();
}

RecordDetailDialog::~RecordDetailDialog()
{
    if (m_call)
        m_call->cancel();
}

void RecordDetailDialog::refresh()
{
    if (!m_client || m_call)
        return;
    m_error = {};
    const qint64 id = m_record.id;
    m_call = m_client->getInventory(id, this, [this](const ApiResult<InventoryRecord> &result) {
        m_call = nullptr;
        if (!result.ok()) {
            if (result.error().kind() == ApiError::Kind::Cancelled)
                return;
            m_error = result.error();
            if (m_error.isNotFound()) {
                m_missing = true;
                Q_EMIT recordMissing(m_record.id);
            }
            updateStatus();
            return;
        }
        InventoryRecord fresh = result.value();
        // Keep what the answer leaves out (a flat form carries no names).
        if (fresh.product.name.isEmpty())
            fresh.product.name = m_record.product.name;
        if (fresh.product.sku.isEmpty())
            fresh.product.sku = m_record.product.sku;
        if (fresh.warehouse.name.isEmpty())
            fresh.warehouse.name = m_record.warehouse.name;
        m_record = fresh;
        m_refreshedAt = QDateTime::currentDateTime();
        showRecord();
        updateStatus();
        Q_EMIT recordRefreshed(m_record);
    });
    updateStatus();
}

void RecordDetailDialog::showRecord()
{
    // Values start at the window's leading edge whatever their own direction (a Hebrew
    // warehouse in an English form, a SKU in a Hebrew one); isolates keep their inner order.
    const Qt::Alignment edge =
            (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft)
            | Qt::AlignAbsolute | Qt::AlignVCenter;
    for (QLabel *value :
         {m_ui->productValue, m_ui->skuValue, m_ui->warehouseValue, m_ui->locationValue,
          m_ui->quantityValue, m_ui->reservedValue, m_ui->minStockValue, m_ui->idValue})
        value->setAlignment(edge);
    const QLocale loc = locale();
    const auto number = [&loc](const std::optional<qint64> &value) {
        return value ? Bidi::quantity(*value, loc)
                     : tr("Not given", "a value the server did not send");
    };
    const QString product = m_record.product.name.isEmpty()
            ? tr("Product %1").arg(Bidi::number(m_record.product.id, loc))
            : m_record.product.name;
    setWindowTitle(tr("%1 — inventory record", "window title; %1 is the product name")
                           .arg(Bidi::name(product)));
    m_ui->productValue->setText(product);
    m_ui->skuValue->setText(Bidi::sku(m_record.product.sku));
    m_ui->warehouseValue->setText(
            m_record.warehouse.name.isEmpty()
                    ? tr("Warehouse %1").arg(Bidi::number(m_record.warehouse.id, loc))
                    : m_record.warehouse.name);
    m_ui->locationValue->setText(m_record.location.isEmpty()
                                         ? tr("None", "no location inside the warehouse")
                                         : Bidi::location(m_record.location));
    m_ui->quantityValue->setText(number(m_record.quantity));
    m_ui->reservedValue->setText(number(m_record.reservedQuantity));
    m_ui->minStockValue->setText(number(m_record.minStockLevel));
    m_ui->idValue->setText(Bidi::number(m_record.id, loc));
}

void RecordDetailDialog::updateStatus()
{
    if (m_call) {
        m_ui->statusLabel->setText(tr("Reading the current state from Glance…"));
    } else if (m_error.isError()) {
        m_ui->statusLabel->setText(m_error.userMessage());
    } else if (m_refreshedAt.isValid()) {
        m_ui->statusLabel->setText(
                tr("Up to date as of %1")
                        .arg(locale().toString(m_refreshedAt.time(), QLocale::ShortFormat)));
    }
    m_ui->retryButton->setVisible(m_error.isError() && !m_missing);
}

void RecordDetailDialog::updateMovementsStatus()
{
    // Not offered by this server: no empty box, no error.
    m_ui->movementsGroup->setVisible(m_movements->isAvailable());
    QString text;
    if (m_movements->isLoading())
        text = tr("Loading the history…");
    else if (m_movements->lastError().isError())
        text = m_movements->lastError().userMessage();
    else if (m_movements->hasLoaded() && m_movements->rowCount() == 0)
        text = tr("No movements recorded for this product in this warehouse.");
    m_ui->movementsStatus->setText(text);
    m_ui->movementsStatus->setVisible(!text.isEmpty());
    if (m_movements->lastError().isError() && m_movements->isAvailable())
        m_ui->retryButton->setVisible(true);
}

void RecordDetailDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_closeButton->setText(tr("&Close"));
        showRecord();
        updateStatus();
        updateMovementsStatus();
    } else if (event->type() == QEvent::LocaleChange) {
        m_movements->setLocale(locale());
        showRecord();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        showRecord();
    }
    QDialog::changeEvent(event);
}

} // namespace Glance
