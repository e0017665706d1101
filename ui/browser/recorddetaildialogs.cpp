#include "ui/browser/recorddetaildialogs.h"

#include "ui/browser/recorddetaildialog.h"

#include <QWidget>

namespace Glance {

RecordDetailDialogs::RecordDetailDialogs(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

RecordDetailDialogs::~RecordDetailDialogs() = default;

void RecordDetailDialogs::open(ApiClient *client, const InventoryRecord &record)
{
    if (RecordDetailDialog *open = m_dialogs.value(record.id)) {
        open->raise();
        open->activateWindow();
        open->refresh();
        return;
    }
    auto *dialog = new RecordDetailDialog(client, record, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDetailDialog::recordRefreshed, this,
            &RecordDetailDialogs::recordRefreshed);
    connect(dialog, &RecordDetailDialog::recordMissing, this, &RecordDetailDialogs::recordMissing);
    m_dialogs.insert(record.id, dialog);
    dialog->show();
}

void RecordDetailDialogs::closeAll()
{
    const auto dialogs = std::exchange(m_dialogs, {});
    for (const QPointer<RecordDetailDialog> &dialog : dialogs) {
        if (dialog)
            dialog->close();
    }
}

} // namespace Glance
