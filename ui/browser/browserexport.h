#pragma once

#include "ui/print/viewexporter.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMainWindow;

namespace Glance {

class ConnectionWatcher;
class InventoryProxyModel;
class InventoryTableModel;
class InventoryView;
class WarehouseView;

// The inventory browser's File menu: Export as CSV, Print, Print Preview and Save as PDF of the
// records as the table shows them (a ViewExporter over the view). When not every record of the
// view is loaded it asks first: Load all (then the export runs when the last page is in), only
// the loaded records, or cancel. The heading says what the rows are: account, warehouse, search,
// low stock, sort, how many and as of when. Progress and the outcome go to the window's status
// bar; a failure to a message box.
class BrowserExport : public QObject
{
    Q_OBJECT

public:
    BrowserExport(QMainWindow *window, InventoryView *view, WarehouseView *warehouses,
                  ConnectionWatcher *connection);

    // The view's models (nullptr while there are none).
    void setModels(InventoryTableModel *model, InventoryProxyModel *proxy);
    void setAccountName(const QString &name);

    ViewExporter *exporter() const { return m_exporter; }
    bool isBusy() const;

    // Exports (prints, …) what the view shows, offering Load all first when rows are missing.
    void run(ViewExporter::Action action);
    // Load all ended (`complete`: every record is in): an export waiting for it goes on.
    void loadAllFinished(bool complete);

    ViewExporter::Heading heading() const;

Q_SIGNALS:
    // The user chose "Load All First".
    void loadAllRequested();
    void busyChanged();

private:
    void export_(ViewExporter::Action action);

    QMainWindow *m_window = nullptr;
    InventoryView *m_view = nullptr;
    WarehouseView *m_warehouses = nullptr;
    ConnectionWatcher *m_connection = nullptr;
    ViewExporter *m_exporter = nullptr;
    QPointer<InventoryTableModel> m_model;
    QPointer<InventoryProxyModel> m_proxy;
    QString m_accountName;
    std::optional<ViewExporter::Action> m_afterLoadAll;
};

} // namespace Glance
