#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apitypes.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;

namespace Ui {
class RecordDetailDialog;
}

namespace Glance {

class ApiClient;
class MovementsModel;

// One inventory record: shows the row's data at once, re-reads it (GET /inventory/:id) and its
// movement history (GET /inventory/movements for the product and warehouse, hidden when the
// API does not offer it). Non-modal; show() or open() it.
class RecordDetailDialog : public QDialog
{
    Q_OBJECT

public:
    RecordDetailDialog(ApiClient *client, const InventoryRecord &record, QWidget *parent = nullptr);
    ~RecordDetailDialog() override;

    InventoryRecord record() const { return m_record; }
    MovementsModel *movementsModel() const { return m_movements; }
    bool isRefreshing() const { return !m_call.isNull(); }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // The server's current state of the record (after the re-read).
    void recordRefreshed(const Glance::InventoryRecord &record);
    // The server no longer has the record (404).
    void recordMissing(qint64 recordId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRecord();
    void updateStatus();
    void updateMovementsStatus();

    std::unique_ptr<Ui::RecordDetailDialog> m_ui;
    QPushButton *m_closeButton = nullptr;
    QPointer<ApiClient> m_client;
    InventoryRecord m_record;
    MovementsModel *m_movements;
    QPointer<ApiCall> m_call;
    ApiError m_error;
    QDateTime m_refreshedAt;
    bool m_missing = false;
};

} // namespace Glance
