#pragma once

#include "api/apitypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Glance {

class ApiClient;
class RecordDetailDialog;

// The open record detail dialogs of a window, one per record: opening a record that is already
// open brings its dialog forward and refreshes it. The dialogs are non-modal (the table stays
// usable) and delete themselves when closed.
class RecordDetailDialogs : public QObject
{
    Q_OBJECT

public:
    // The dialogs are children of `window`.
    explicit RecordDetailDialogs(QWidget *window);
    ~RecordDetailDialogs() override;

    void open(ApiClient *client, const InventoryRecord &record);
    // Closes every dialog (another account's data must not stay on screen).
    void closeAll();

Q_SIGNALS:
    // A dialog read the record again from Glance.
    void recordRefreshed(const Glance::InventoryRecord &record);
    // Glance no longer has the record (404).
    void recordMissing(qint64 recordId);

private:
    QWidget *m_window;
    QHash<qint64, QPointer<RecordDetailDialog>> m_dialogs;
};

} // namespace Glance
