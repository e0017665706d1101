#include "ui/adjust/createrecorddialog.h"

#include "api/apiclient.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/fieldcheck.h"
#include "core/adjust/settlewindow.h"
#include "core/text/bidi.h"
#include "ui_createrecorddialog.h"

#include <QPushButton>
#include <QTimer>

namespace Glance {

CreateRecordDialog::CreateRecordDialog(ApiClient *client, CatalogLookup *catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateRecordDialog>())
    , m_client(client)
    , m_catalog(catalog)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create", "create a record"));
    m_ui->productPicker->setClient(client);
    m_ui->productPicker->setCatalog(catalog);
    m_ui->warehouseCombo->setCatalog(catalog);
    m_ui->duplicateFrame->hide();
    m_ui->messageBanner->hide();
    m_ui->progressLabel->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateRecordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateRecordDialog::reject);
    connect(m_ui->productPicker, &ProductPicker::productChosen, this,
            &CreateRecordDialog::checkDuplicate);
    connect(m_ui->productPicker, &ProductPicker::choiceCleared, this,
            &CreateRecordDialog::checkDuplicate);
    connect(m_ui->productPicker, &ProductPicker::skuNotFound, this, [this](const QString &sku) {
        showMessage(tr("No product has the SKU “%1”.").arg(Bidi::sku(sku)), MessageBanner::Error);
    });
    connect(m_ui->productPicker, &ProductPicker::searchFailed, this, [this](const ApiError &error) {
        showMessage(error.userMessage(), MessageBanner::Error);
    });
    connect(m_ui->warehouseCombo, &WarehouseCombo::warehouseChanged, this,
            &CreateRecordDialog::checkDuplicate);
    connect(m_ui->quantityEdit, &QLineEdit::textEdited, this, &CreateRecordDialog::revalidate);
    connect(m_ui->locationEdit, &QLineEdit::textEdited, this, &CreateRecordDialog::revalidate);
    connect(m_ui->editExistingButton, &QPushButton::clicked, this, [this] {
        if (!m_existing)
            return;
        const InventoryRecord record = *m_existing;
        Q_EMIT editExistingRequested(record);
        reject();
    });
    if (catalog)
        connect(catalog, &CatalogLookup::stockLoaded, this, &CreateRecordDialog::onStockLoaded);
}

CreateRecordDialog::~CreateRecordDialog() = default;

void CreateRecordDialog::setProduct(const ProductRef &product)
{
    m_ui->productPicker->choose(product);
}

void CreateRecordDialog::setWarehouse(qint64 warehouseId)
{
    m_ui->warehouseCombo->setWarehouseId(warehouseId);
    checkDuplicate();
}

void CreateRecordDialog::showMessage(const QString &text, MessageBanner::Type type)
{
    m_ui->messageBanner->showMessage(text, type);
}

void CreateRecordDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_ui->progressLabel->setText(text);
    m_ui->progressLabel->setVisible(busy && !text.isEmpty());
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->productPicker), static_cast<QWidget *>(m_ui->warehouseCombo),
          static_cast<QWidget *>(m_ui->quantityEdit), static_cast<QWidget *>(m_ui->locationEdit)})
        w->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy && !m_existing);
}

QStringList CreateRecordDialog::validationErrors() const
{
    QStringList errors;
    if (!m_ui->productPicker->chosen())
        errors.append(tr("Choose a product: type a name or SKU and pick it from the list."));
    if (const QString e = m_ui->warehouseCombo->errorText(); !e.isEmpty())
        errors.append(e);
    const NumberCheck quantity = FieldCheck::quantity(m_ui->quantityEdit->text());
    if (!quantity.ok())
        errors.append(quantity.error);
    if (const QString e = FieldCheck::locationError(m_ui->locationEdit->text().trimmed());
        !e.isEmpty())
        errors.append(e);
    return errors;
}

void CreateRecordDialog::revalidate()
{
    if (m_triedOnce)
        showMessage(validationErrors().join(QLatin1Char('\n')), MessageBanner::Error);
}

void CreateRecordDialog::checkDuplicate()
{
    m_existing.reset();
    m_ui->duplicateFrame->hide();
    const std::optional<ProductRef> product = m_ui->productPicker->chosen();
    const qint64 warehouse = m_ui->warehouseCombo->warehouseId();
    if (!m_busy)
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    revalidate();
    if (!product || warehouse <= 0 || !m_catalog)
        return;
    m_catalog->loadStock(product->id, true);
}

void CreateRecordDialog::onStockLoaded(qint64 productId)
{
    const std::optional<ProductRef> product = m_ui->productPicker->chosen();
    const qint64 warehouse = m_ui->warehouseCombo->warehouseId();
    if (!product || product->id != productId || warehouse <= 0)
        return;
    const std::optional<InventoryRecord> record = m_catalog->record(productId, warehouse);
    if (!record) {
        m_existing.reset();
        m_ui->duplicateFrame->hide();
        return;
    }
    InventoryRecord existing = *record;
    existing.product = *product;
    if (existing.warehouse.name.isEmpty()) {
        if (const std::optional<Warehouse> w = m_catalog->warehouse(warehouse))
            existing.warehouse.name = w->name;
    }
    m_existing = existing;
    const QLocale locale;
    m_ui->duplicateLabel->setText(
            tr("“%1” already has a record in %2 (quantity %3). A product has one record per "
               "warehouse.")
                    .arg(Bidi::name(product->name), Bidi::name(existing.warehouse.name),
                         existing.quantity ? Bidi::quantity(*existing.quantity, locale)
                                           : tr("unknown", "quantity")));
    m_ui->duplicateFrame->show();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void CreateRecordDialog::accept()
{
    if (m_busy || m_existing)
        return;
    m_triedOnce = true;
    const QStringList errors = validationErrors();
    showMessage(errors.join(QLatin1Char('\n')), MessageBanner::Error);
    if (!errors.isEmpty()) {
        if (!m_ui->productPicker->chosen())
            m_ui->productPicker->setFocus();
        else if (!m_ui->warehouseCombo->errorText().isEmpty())
            m_ui->warehouseCombo->setFocus();
        else if (!FieldCheck::quantity(m_ui->quantityEdit->text()).ok())
            m_ui->quantityEdit->setFocus();
        else
            m_ui->locationEdit->setFocus();
        return;
    }
    if (!m_client)
        return;
    CreateRecordRequest request;
    request.productId = m_ui->productPicker->chosen()->id;
    request.warehouseId = m_ui->warehouseCombo->warehouseId();
    request.quantity = *FieldCheck::quantity(m_ui->quantityEdit->text()).value;
    const QString location = m_ui->locationEdit->text().trimmed();
    if (!location.isEmpty())
        request.location = location;
    setBusy(true, tr("Creating the record…"));
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_call = m_client->createInventory(request, this,
                                       [this, request](const ApiResult<InventoryRecord> &result) {
                                           onCreated(result, request);
                                       });
}

void CreateRecordDialog::onCreated(const ApiResult<InventoryRecord> &result,
                                   const CreateRecordRequest &request)
{
    if (result.ok()) {
        finishCreated(result.value());
        return;
    }
    const ApiError &error = result.error();
    if (error.kind() == ApiError::Kind::OutcomeUnknown) {
        verifyAfterLostAnswer(request, error);
        return;
    }
    setBusy(false);
    showMessage(error.userMessage(), MessageBanner::Error);
    if (error.serverCode() == QLatin1String("INVENTORY_ALREADY_EXISTS")
        || error.httpStatus() == 409)
        checkDuplicate(); // shows the record that exists, with "Edit that record instead"
}

void CreateRecordDialog::verifyAfterLostAnswer(const CreateRecordRequest &request,
                                               const ApiError &error)
{
    // The record did not exist before (checked), so if it exists now, this request made it.
    setBusy(true, tr("The answer was lost; checking whether the record was created…"));
    m_call = m_client->inventoryByProduct(
            request.productId, this,
            [this, request, error](const ApiResult<QList<InventoryRecord>> &result) {
                if (!result.ok()) {
                    setBusy(false);
                    showMessage(error.userMessage() + QLatin1Char('\n')
                                        + result.error().userMessage(),
                                MessageBanner::Error);
                    return;
                }
                for (const InventoryRecord &record : result.value()) {
                    if (record.warehouse.id == request.warehouseId) {
                        finishCreated(record);
                        return;
                    }
                }
                // Not there yet. A server may still carry out a request whose answer was lost
                // until twice the request timeout has passed: only then is it "not created".
                const QDateTime settles =
                        m_sentAt.addMSecs(settleWindowFor(m_client->config().timeout).count());
                const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(settles);
                if (wait > 0) {
                    //: %1 a time
                    setBusy(true,
                            tr("The answer was lost and the record is not there yet. "
                               "Glance may still create it; checking again at %1…")
                                    .arg(QLocale().toString(settles.toLocalTime().time(),
                                                            QLocale::LongFormat)));
                    QTimer::singleShot(wait + 200, this, [this, request, error] {
                        if (m_client)
                            verifyAfterLostAnswer(request, error);
                    });
                    return;
                }
                setBusy(false);
                showMessage(tr("The answer was lost, and checking shows the record was not "
                               "created. You can create it again."),
                            MessageBanner::Warning);
            });
}

void CreateRecordDialog::finishCreated(InventoryRecord record)
{
    if (const std::optional<ProductRef> product = m_ui->productPicker->chosen()) {
        record.product.id = product->id;
        if (record.product.name.isEmpty())
            record.product.name = product->name;
        if (record.product.sku.isEmpty())
            record.product.sku = product->sku;
    }
    if (record.warehouse.id <= 0)
        record.warehouse.id = m_ui->warehouseCombo->warehouseId();
    if (record.warehouse.name.isEmpty() && m_catalog) {
        if (const std::optional<Warehouse> w = m_catalog->warehouse(record.warehouse.id))
            record.warehouse.name = w->name;
    }
    if (m_catalog)
        m_catalog->noteRecord(record);
    setBusy(false);
    Q_EMIT recordCreated(record);
    QDialog::accept();
}

} // namespace Glance
