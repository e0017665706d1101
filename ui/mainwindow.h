#pragma once

#include "api/apitypes.h"
#include "ui/print/viewexporter.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

namespace Glance {

class ApiClient;
class ApiError;
class AppSettings;
class BrowserExport;
class BrowserLayout;
class BrowserPreferences;
class BrowserStatusBar;
class ConnectionWatcher;
class InventoryProxyModel;
class InventoryTableModel;
class LocalCache;
class MainToolBar;
class ProductStockPanel;
class RecordDetailDialogs;
class SearchField;
class ShortcutsDialog;
class WarehouseListModel;

// The inventory browser: warehouses on one side (with their record counts and totals once
// known), the records of the chosen warehouse and search in the middle (paged lazily, sortable,
// low stock highlighted and filterable, "Load all" with progress and Cancel), one product's
// stock in every warehouse on the other side. Errors show in a banner with Retry while the
// table keeps its rows. Window, splitter and column layout persist in QSettings.
//
// For other parts of the app: currentRecord()/selectedRecords() and currentRecordChanged()
// describe the selection; recordActivated() fires when a record is opened (double-click,
// Inventory → Record Details); addRecordAction() puts an action into the Inventory menu and the
// table's context menu; applyRecordChange()/removeRecord() update every cached view after a
// write; signInRequested() fires when the user asks to sign in again (the error banner's Sign In,
// shown after a 401; the 401 itself reaches AppController from the client).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts showing data from `client` (not owned; may be called again with another client,
    // which drops every view of the old one). Before this the window shows `message`.
    // nullptr with a local cache shows the cached rows only, with nothing that needs Glance
    // offered (the start, while the API key is read); the client that follows for the same
    // cache keeps those rows and the views' selection, sort and scroll position.
    void setClient(ApiClient *client);
    // The account's local read cache (not owned; may be nullptr) for the next setClient(): its
    // rows are shown at once, "as of" their time, and refreshed in the background.
    void setLocalCache(LocalCache *cache);
    // Preferences (low-stock threshold, auto-refresh) and the QSettings store for the window
    // layout. Not owned; nullptr means defaults and the application's default QSettings.
    void setSettings(AppSettings *settings);
    // The signed-in account, shown in the title ("Main store — Glance Inventory"); empty: none.
    void setAccountName(const QString &name);
    void showStartupMessage(const QString &message);
    void showStartupError(const QString &message);

    InventoryTableModel *inventoryModel() const { return m_model; }
    InventoryProxyModel *inventoryProxy() const { return m_proxy; }
    WarehouseListModel *warehouseModel() const { return m_warehouses; }
    ProductStockPanel *productPanel() const;

    // The record of the table's current row (nullopt when none).
    std::optional<InventoryRecord> currentRecord() const;
    // The selected records, in the table's order.
    QList<InventoryRecord> selectedRecords() const;
    // nullopt: all warehouses.
    std::optional<qint64> currentWarehouseId() const;
    // The Inventory menu (record actions) and a way to add to it and to the table's context
    // menu; the action is enabled and disabled by its owner.
    QMenu *recordMenu() const;
    void addRecordAction(QAction *action);
    // Whether the last answers say Glance can be reached (onlineChanged() when that changes).
    bool isOnline() const;
    // File → Export as CSV, Print, Print Preview, Save as PDF of the records as the table shows
    // them; asks to Load all first when not every record is loaded.
    void exportShown(Glance::ViewExporter::Action action);
    ViewExporter *exporter() const;
    BrowserExport *browserExport() const;
    // The tool bar (Refresh, Export, Print; the owner of the record actions adds them). View →
    // Toolbar shows and hides it; its place and visibility persist with the window's state.
    MainToolBar *mainToolBar() const { return m_toolBar; }
    // Help → Keyboard Shortcuts (F1): the shortcuts of this window and of the app's other
    // windows (windowshortcuts.h); the open dialog, or nullptr.
    void openShortcuts();
    ShortcutsDialog *shortcutsDialog() const;

public Q_SLOTS:
    // F5: re-reads the shown view (and the product panel).
    void refresh();
    void loadAll();
    void selectWarehouse(std::optional<qint64> warehouseId);
    void showProductStock(const Glance::ProductRef &product);
    void findProductBySku(const QString &sku);
    // Opens the record dialog for the current row (emits recordActivated()).
    void openRecordDetails();
    // After a write elsewhere: update or drop the record in every cached view.
    void applyRecordChange(const Glance::InventoryRecord &record);
    void removeRecord(qint64 recordId);

Q_SIGNALS:
    void currentRecordChanged();
    void recordActivated(const Glance::InventoryRecord &record);
    // The user asked to sign in again (the Sign In button the error banner shows after a 401).
    void signInRequested();
    void onlineChanged(bool online);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    void connectModels();
    void applyQuery();
    void checkScannedSku();
    void openProductForCurrent();
    void onPanelWarehouse(qint64 warehouseId, qint64 recordId, const Glance::ProductRef &product);
    void setProductPanelVisible(bool visible);
    void showError(const Glance::ApiError &error);
    void hideError();
    void updateNotice();
    void updateStatus();
    void updateActions();
    void updateWindowTitle();
    void onLoadAllFinished(bool complete);
    void applyPreferences();
    void restoreLayout();
    void saveViewState();
    void connectExport();
    void setUpToolBar();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QPointer<ApiClient> m_client;
    QPointer<LocalCache> m_localCache;
    BrowserPreferences *m_preferences = nullptr;
    std::unique_ptr<BrowserLayout> m_layout;
    InventoryTableModel *m_model = nullptr;
    InventoryProxyModel *m_proxy = nullptr;
    WarehouseListModel *m_warehouses = nullptr;
    RecordDetailDialogs *m_detailDialogs = nullptr;
    SearchField *m_search = nullptr;
    ConnectionWatcher *m_connection = nullptr;
    BrowserStatusBar *m_status = nullptr;
    QString m_accountName;
    BrowserExport *m_export = nullptr;
    MainToolBar *m_toolBar = nullptr;
    QPointer<ShortcutsDialog> m_shortcuts;
};

} // namespace Glance
