#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/apitypes.h"
#include "ui/widgets/messagebanner.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class CreateRecordDialog;
}

namespace Glance {

class ApiCall;
class ApiClient;
class CatalogLookup;

// Creates an inventory record: a product (searched as you type), a warehouse, a starting
// quantity (whole, 0 or more) and a location (trimmed, at most 255 characters). If the product
// already has a record in that warehouse it says so and offers to edit that one instead.
// Opened with open(); closes itself once the record exists.
class CreateRecordDialog : public QDialog
{
    Q_OBJECT

public:
    CreateRecordDialog(ApiClient *client, CatalogLookup *catalog, QWidget *parent = nullptr);
    ~CreateRecordDialog() override;

    void setProduct(const ProductRef &product);
    void setWarehouse(qint64 warehouseId);

    // Problems of the current input (empty when it can be sent).
    QStringList validationErrors() const;
    std::optional<InventoryRecord> existingRecord() const { return m_existing; }

public Q_SLOTS:
    void accept() override; // validates and sends; closes when created

Q_SIGNALS:
    void recordCreated(const Glance::InventoryRecord &record);
    void editExistingRequested(const Glance::InventoryRecord &record);

private:
    void checkDuplicate();
    void onStockLoaded(qint64 productId);
    void onCreated(const ApiResult<InventoryRecord> &result, const CreateRecordRequest &request);
    void verifyAfterLostAnswer(const CreateRecordRequest &request, const ApiError &error);
    void finishCreated(InventoryRecord record);
    void setBusy(bool busy, const QString &text = {});
    void showMessage(const QString &text, MessageBanner::Type type);
    void revalidate();

    std::unique_ptr<Ui::CreateRecordDialog> m_ui;
    QPointer<ApiClient> m_client;
    QPointer<CatalogLookup> m_catalog;
    QPointer<ApiCall> m_call;
    std::optional<InventoryRecord> m_existing;
    bool m_triedOnce = false;
    bool m_busy = false;
    QDateTime m_sentAt; // when the create request left (a lost answer is judged from it)
};

} // namespace Glance
