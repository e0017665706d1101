#pragma once

#include "api/apitypes.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class DeleteRecordDialog;
}

namespace Glance {

class ApiCall;
class ApiClient;

// Asks before deleting a record, naming product, SKU, warehouse and quantity. When the quantity
// is not zero the warning is stronger and the user has to tick that the stock goes with it.
// Opened with open(); deletes and closes on confirmation.
class DeleteRecordDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteRecordDialog(const InventoryRecord &record, ApiClient *client, QWidget *parent = nullptr);
    ~DeleteRecordDialog() override;

    bool needsConfirmation() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void recordDeleted(qint64 recordId);

private:
    void updateButton();

    std::unique_ptr<Ui::DeleteRecordDialog> m_ui;
    QPointer<ApiClient> m_client;
    InventoryRecord m_record;
    QPointer<ApiCall> m_call;
};

} // namespace Glance
