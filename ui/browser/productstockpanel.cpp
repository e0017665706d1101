#include "ui/browser/productstockpanel.h"

#include "core/text/bidi.h"
#include "models/productstockmodel.h"
#include "ui/browser/lowstockdelegate.h"
#include "ui/print/viewexporter.h"
#include "ui_productstockpanel.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>

namespace Glance {

ProductStockPanel::ProductStockPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProductStockPanel>())
    , m_exporter(new ViewExporter(this))
    , m_exportAction(new QAction(this))
    , m_printAction(new QAction(this))
{
    m_ui->setupUi(this);
    m_exportAction->setObjectName(QStringLiteral("exportStockAction"));
    m_printAction->setObjectName(QStringLiteral("printStockAction"));
    m_ui->stockView->addActions({m_exportAction, m_printAction});
    m_ui->stockView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_exportAction, &QAction::triggered, this,
            [this] { exportStock(ViewExporter::Action::Csv); });
    connect(m_printAction, &QAction::triggered, this,
            [this] { exportStock(ViewExporter::Action::Preview); });
    connect(m_exporter, &ViewExporter::finished, this, [this](bool ok, const QString &message) {
        if (!ok)
            ViewExporter::reportFailure(this, message);
    });
    connect(m_exporter, &ViewExporter::busyChanged, this, &ProductStockPanel::updateTexts);
    m_ui->retryButton->hide();
    m_ui->stockView->setItemDelegate(new LowStockDelegate(ProductStockModel::LowStockRole,
                                                          ProductStockModel::QuantityColumn, this));
    m_ui->stockView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->stockView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->stockView->setWordWrap(false);
    connect(m_ui->skuEdit, &QLineEdit::returnPressed, this,
            [this] { lookUpSku(m_ui->skuEdit->text()); });
    connect(m_ui->findSkuButton, &QPushButton::clicked, this,
            [this] { lookUpSku(m_ui->skuEdit->text()); });
    connect(m_ui->closeButton, &QToolButton::clicked, this, &ProductStockPanel::closeRequested);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (m_model && m_model->hasProduct())
            m_model->reload();
        else
            lookUpSku(m_ui->skuEdit->text());
    });
    // Enter and double-click both mean "show me that warehouse".
    connect(m_ui->stockView, &QTableView::activated, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    updateTexts();
}

ProductStockPanel::~ProductStockPanel() = default;

void ProductStockPanel::setClient(ApiClient *client)
{
    m_ui->stockView->setModel(nullptr);
    delete m_model;
    m_model = new ProductStockModel(client, this);
    m_model->setLocale(locale());
    m_model->setLowStockThreshold(m_lowStockThreshold);
    m_ui->stockView->setModel(m_model);
    auto *header = m_ui->stockView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ProductStockModel::WarehouseColumn, QHeaderView::Stretch);
    // One row per warehouse: fitting the location and the numbers to what they hold is cheap,
    // and leaves the warehouse name all the room the narrow panel has.
    for (int column : {ProductStockModel::LocationColumn, ProductStockModel::QuantityColumn,
                       ProductStockModel::ReservedColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_model, &ProductStockModel::productChanged, this, &ProductStockPanel::updateTexts);
    connect(m_model, &ProductStockModel::loadingChanged, this, &ProductStockPanel::updateTexts);
    connect(m_model, &ProductStockModel::loaded, this, &ProductStockPanel::updateTexts);
    connect(m_model, &ProductStockModel::errorOccurred, this, &ProductStockPanel::updateTexts);
    updateTexts();
}

void ProductStockPanel::showProduct(const ProductRef &product)
{
    if (m_model)
        m_model->setProduct(product);
}

void ProductStockPanel::lookUpSku(const QString &sku)
{
    if (!m_model || sku.trimmed().isEmpty())
        return;
    m_ui->skuEdit->setText(sku.trimmed());
    m_model->lookUpSku(sku);
    updateTexts();
}

void ProductStockPanel::reload()
{
    if (m_model)
        m_model->reload();
}

void ProductStockPanel::focusSkuEdit()
{
    m_ui->skuEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->skuEdit->selectAll();
}

void ProductStockPanel::setLowStockThreshold(int threshold)
{
    m_lowStockThreshold = threshold;
    if (m_model)
        m_model->setLowStockThreshold(threshold);
}

void ProductStockPanel::activateRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const InventoryRecord record = m_model->record(row);
    Q_EMIT warehouseActivated(record.warehouse.id, record.id, m_model->product());
}

void ProductStockPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    } else if (event->type() == QEvent::LocaleChange && m_model) {
        m_model->setLocale(locale());
        updateTexts();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        updateTexts();
    }
    QWidget::changeEvent(event);
}

void ProductStockPanel::exportStock(ViewExporter::Action action)
{
    if (!m_model || !m_model->hasLoaded() || m_exporter->isBusy())
        return;
    const ProductRef product = m_model->product();
    const QLocale loc = locale();
    ViewExporter::Heading heading;
    heading.title = tr("Stock of %1 in every warehouse")
                            .arg(Bidi::name(product.name.isEmpty() ? Bidi::number(product.id, loc)
                                                                   : product.name));
    if (!product.sku.isEmpty())
        heading.context.append(tr("SKU %1").arg(Bidi::sku(product.sku)));
    if (!m_ui->totalLabel->text().isEmpty())
        heading.context.append(m_ui->totalLabel->text());
    //: %1 the date and time the stock was printed or exported
    heading.context.append(tr("As of %1")
                                   .arg(Bidi::isolateLtr(loc.toString(QDateTime::currentDateTime(),
                                                                      QLocale::ShortFormat))));
    //: a file name suggested for an export (no extension)
    heading.fileName = tr("product-stock");
    m_exporter->run(action, m_ui->stockView, heading);
}

void ProductStockPanel::updateTexts()
{
    m_exportAction->setText(tr("&Export as CSV…"));
    m_printAction->setText(tr("&Print…"));
    const bool exportable =
            m_model && m_model->hasLoaded() && m_model->rowCount() > 0 && !m_exporter->isBusy();
    m_exportAction->setEnabled(exportable);
    m_printAction->setEnabled(exportable);
    const QLocale loc = locale();
    if (!m_model || !m_model->hasProduct()) {
        m_ui->titleLabel->setText(tr("Choose a row and press Enter, or type a SKU, to see a "
                                     "product's stock in every warehouse."));
        m_ui->totalLabel->clear();
    } else {
        const ProductRef product = m_model->product();
        const QString name = product.name.isEmpty()
                ? tr("Product %1").arg(Bidi::number(product.id, loc))
                : product.name;
        // One block in the window's direction; the name and the SKU keep their own inside.
        const QString direction = layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl")
                                                                       : QStringLiteral("ltr");
        QString html = QStringLiteral("<div dir=\"%1\"><b>%2</b>")
                               .arg(direction, Bidi::name(name).toHtmlEscaped());
        if (!product.sku.isEmpty())
            html += QStringLiteral("<br>")
                    + tr("SKU %1").arg(Bidi::sku(product.sku)).toHtmlEscaped();
        m_ui->titleLabel->setText(html + QStringLiteral("</div>"));
        if (const auto total = m_model->totalQuantity()) {
            //: %1 is a quantity; %n the number of warehouses holding the product
            m_ui->totalLabel->setText(
                    tr("Total: %1 in %n warehouse(s)", nullptr, m_model->rowCount())
                            .arg(Bidi::quantity(*total, loc)));
        } else {
            m_ui->totalLabel->clear();
        }
    }
    const bool failed = m_model && m_model->lastError().isError();
    if (m_model && m_model->isLoading())
        m_ui->statusLabel->setText(tr("Loading…"));
    else if (failed)
        m_ui->statusLabel->setText(m_model->lastError().userMessage());
    else if (m_model && m_model->hasLoaded() && m_model->rowCount() == 0)
        m_ui->statusLabel->setText(tr("This product has no stock records in any warehouse."));
    else
        m_ui->statusLabel->clear();
    m_ui->statusLabel->setVisible(!m_ui->statusLabel->text().isEmpty());
    m_ui->retryButton->setVisible(failed);
}

} // namespace Glance
