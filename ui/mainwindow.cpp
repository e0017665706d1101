#include "ui/mainwindow.h"

#include "api/apiclient.h"
#include "core/cache/localcache.h"
#include "core/text/bidi.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "models/warehouselistmodel.h"
#include "ui/aboutbox.h"
#include "ui/browser/browserexport.h"
#include "ui/browser/browserlayout.h"
#include "ui/browser/browserpreferences.h"
#include "ui/browser/browserstatusbar.h"
#include "ui/browser/columnsmenu.h"
#include "ui/browser/connectionwatcher.h"
#include "ui/browser/inventoryview.h"
#include "ui/browser/loadprogresswidget.h"
#include "ui/browser/productstockpanel.h"
#include "ui/browser/recorddetaildialogs.h"
#include "ui/browser/searchfield.h"
#include "ui/browser/warehouseview.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/windowshortcuts.h"
#include "ui/maintoolbar.h"
#include "ui/widgets/messagebanner.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>

#include <utility>

namespace Glance {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    updateWindowTitle();
    m_layout = std::make_unique<BrowserLayout>(this, m_ui->splitter, m_ui->inventoryView,
                                               m_ui->warehouseView);
    m_ui->errorBanner->hide();
    m_ui->errorBanner->addActions({m_ui->actionSignIn, m_ui->actionRetry});
    m_ui->noticeBar->hide();
    m_ui->noticeBar->addActions({m_ui->actionNoticeLoadAll, m_ui->actionNoticeOriginalOrder});
    m_ui->productPanel->hide();
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionPrint->setShortcut(QKeySequence::Print);
    m_ui->inventoryView->addActions({m_ui->actionProductStock, m_ui->actionRecordDetails});
    m_ui->viewMenu->addMenu(m_ui->inventoryView->columnsMenu());
    m_status = new BrowserStatusBar(statusBar());

    m_search = new SearchField(m_ui->searchEdit, this);
    connect(m_search, &SearchField::queryRequested, this, &MainWindow::applyQuery);
    connect(m_search, &SearchField::confirmed, this, &MainWindow::checkScannedSku);
    m_connection = new ConnectionWatcher(this);
    connect(m_connection, &ConnectionWatcher::onlineChanged, this, [this](bool online) {
        if (m_warehouses)
            m_warehouses->setOnline(online); // no record counts while offline
        updateStatus();
        updateActions();
        Q_EMIT onlineChanged(online);
    });
    m_detailDialogs = new RecordDetailDialogs(this);
    connect(m_detailDialogs, &RecordDetailDialogs::recordRefreshed, this,
            &MainWindow::applyRecordChange);
    connect(m_detailDialogs, &RecordDetailDialogs::recordMissing, this, &MainWindow::removeRecord);
    m_preferences = new BrowserPreferences(this);
    connect(m_preferences, &BrowserPreferences::changed, this, &MainWindow::applyPreferences);
    connect(m_preferences, &BrowserPreferences::autoRefreshDue, this, [this] {
        if (m_model && !m_model->isLoading() && !m_model->isLoadingAll())
            m_model->refresh(); // the product panel only on F5: requests are budgeted
    });
    connectActions();
    connectExport();
    setUpToolBar();
    restoreLayout();
    applyPreferences();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    saveViewState();
}

void MainWindow::connectActions()
{
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionFindSku, &QAction::triggered, this, [this] {
        setProductPanelVisible(true);
        m_ui->productPanel->focusSkuEdit();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionRetry, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->retry();
        updateStatus();
    });
    connect(m_ui->actionSignIn, &QAction::triggered, this, &MainWindow::signInRequested);
    connect(m_ui->lowStockCheck, &QCheckBox::toggled, m_ui->actionLowStockOnly,
            &QAction::setChecked);
    connect(m_ui->actionLowStockOnly, &QAction::toggled, this, [this](bool on) {
        m_ui->lowStockCheck->setChecked(on);
        if (m_proxy)
            m_proxy->setLowStockOnly(on);
    });
    connect(m_ui->loadAllButton, &QPushButton::clicked, this, &MainWindow::loadAll);
    connect(m_ui->actionNoticeLoadAll, &QAction::triggered, this, &MainWindow::loadAll);
    connect(m_ui->actionLoadAll, &QAction::triggered, this, &MainWindow::loadAll);
    connect(m_ui->actionCancelLoad, &QAction::triggered, this, [this] {
        if (m_model)
            m_model->cancelLoadAll();
    });
    connect(m_status->progress(), &LoadProgressWidget::cancelRequested, m_ui->actionCancelLoad,
            &QAction::trigger);
    const auto originalOrder = [this] {
        m_ui->inventoryView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    };
    connect(m_ui->actionNoticeOriginalOrder, &QAction::triggered, this, originalOrder);
    connect(m_ui->actionOriginalOrder, &QAction::triggered, this, originalOrder);
    connect(m_ui->actionShowProductPanel, &QAction::toggled, this,
            &MainWindow::setProductPanelVisible);
    connect(m_ui->actionProductStock, &QAction::triggered, this,
            &MainWindow::openProductForCurrent);
    connect(m_ui->actionRecordDetails, &QAction::triggered, this, &MainWindow::openRecordDetails);
    connect(m_ui->inventoryView, &InventoryView::productRequested, this,
            &MainWindow::openProductForCurrent);
    connect(m_ui->inventoryView, &InventoryView::recordRequested, this,
            &MainWindow::openRecordDetails);
    connect(m_ui->productPanel, &ProductStockPanel::closeRequested, this, [this] {
        setProductPanelVisible(false);
        m_ui->inventoryView->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->productPanel, &ProductStockPanel::warehouseActivated, this,
            &MainWindow::onPanelWarehouse);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { showAboutBox(this); });
}

void MainWindow::setClient(ApiClient *client)
{
    if (m_model && !m_model->client() && client && m_localCache
        && m_model->localCache() == m_localCache) {
        // The cached rows shown while the key was read: the same models go on with the client.
        m_client = client;
        m_connection->watch(client);
        m_warehouses->setClient(client);
        m_ui->productPanel->setClient(client);
        m_model->setClient(client);
        m_warehouses->load();
        statusBar()->clearMessage(); // "Reading the API key…"
        updateActions();
        updateStatus();
        return;
    }
    // Every view of the previous client goes first.
    if (m_model)
        saveViewState();
    m_detailDialogs->closeAll();
    m_ui->inventoryView->setModels(nullptr, nullptr);
    m_ui->warehouseView->setWarehouseModel(nullptr);
    // Nulled: watch() below may report "online" before the new models exist.
    delete std::exchange(m_proxy, nullptr);
    delete std::exchange(m_model, nullptr);
    delete std::exchange(m_warehouses, nullptr);
    m_client = client;
    m_connection->watch(client);

    m_model = new InventoryTableModel(client, this);
    m_model->setLocale(locale());
    m_model->setLocalCache(m_localCache);
    m_model->setLowStockThreshold(m_preferences->lowStockThreshold());
    m_proxy = new InventoryProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setLowStockOnly(m_ui->actionLowStockOnly->isChecked());
    m_ui->inventoryView->setModels(m_model, m_proxy);
    m_export->setModels(m_model, m_proxy);

    m_warehouses = new WarehouseListModel(client, this);
    m_warehouses->setLocale(locale());
    m_warehouses->trackInventory(m_model);
    m_ui->warehouseView->setWarehouseModel(m_warehouses);
    m_layout->restoreHeaders();

    m_ui->productPanel->setClient(client);
    m_ui->productPanel->setLowStockThreshold(m_preferences->lowStockThreshold());
    connectModels();

    statusBar()->clearMessage();
    hideError();
    m_warehouses->load();
    m_ui->warehouseView->setCurrentIndex(m_warehouses->index(0, 0)); // All warehouses
    applyQuery();
}

void MainWindow::setLocalCache(LocalCache *cache)
{
    m_localCache = cache;
}

void MainWindow::connectExport()
{
    m_export = new BrowserExport(this, m_ui->inventoryView, m_ui->warehouseView, m_connection);
    const QList<std::pair<QAction *, ViewExporter::Action>> actions {
            {m_ui->actionExport, ViewExporter::Action::Csv},
            {m_ui->actionPrint, ViewExporter::Action::Print},
            {m_ui->actionPrintPreview, ViewExporter::Action::Preview},
            {m_ui->actionSavePdf, ViewExporter::Action::Pdf},
    };
    for (const auto &[action, what] : actions)
        connect(action, &QAction::triggered, this, [this, what = what] { exportShown(what); });
    connect(m_export, &BrowserExport::loadAllRequested, this, &MainWindow::loadAll);
    connect(m_export, &BrowserExport::busyChanged, this, &MainWindow::updateActions);
}

void MainWindow::exportShown(ViewExporter::Action action)
{
    m_export->run(action);
}

ViewExporter *MainWindow::exporter() const
{
    return m_export->exporter();
}

BrowserExport *MainWindow::browserExport() const
{
    return m_export;
}

void MainWindow::connectModels()
{
    const auto viewChanged = [this] {
        m_ui->inventoryView->updateReservedColumn();
        updateNotice();
        updateStatus();
        updateActions();
    };
    connect(m_model, &InventoryTableModel::pageLoaded, this, [this, viewChanged] {
        if (!m_model->lastError().isError())
            hideError();
        checkScannedSku();
        viewChanged();
    });
    connect(m_model, &InventoryTableModel::queryChanged, this, viewChanged);
    connect(m_model, &InventoryTableModel::cacheLoaded, this, viewChanged);
    connect(m_model, &InventoryTableModel::cacheRefreshFinished, this, viewChanged);
    connect(m_model, &InventoryTableModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &InventoryTableModel::errorOccurred, this, &MainWindow::showError);
    connect(m_model, &InventoryTableModel::loadAllProgress, m_status->progress(),
            &LoadProgressWidget::setProgress);
    connect(m_model, &InventoryTableModel::loadAllFinished, this, &MainWindow::onLoadAllFinished);
    connect(m_proxy, &InventoryProxyModel::sortChanged, this, [this] {
        updateNotice();
        updateActions();
    });
    connect(m_proxy, &InventoryProxyModel::lowStockOnlyChanged, this, [this] {
        updateNotice();
        updateStatus();
    });
    connect(m_ui->inventoryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                updateActions();
                Q_EMIT currentRecordChanged();
            });
    connect(m_ui->warehouseView, &WarehouseView::currentWarehouseChanged, this,
            &MainWindow::applyQuery);
}

void MainWindow::showStartupMessage(const QString &message)
{
    statusBar()->showMessage(message);
}

void MainWindow::showStartupError(const QString &message)
{
    statusBar()->clearMessage();
    m_ui->actionRetry->setVisible(false);
    m_ui->actionSignIn->setVisible(false);
    m_ui->errorBanner->showMessage(message, MessageBanner::Error);
}

ProductStockPanel *MainWindow::productPanel() const
{
    return m_ui->productPanel;
}

std::optional<InventoryRecord> MainWindow::currentRecord() const
{
    return m_ui->inventoryView->currentRecord();
}

QList<InventoryRecord> MainWindow::selectedRecords() const
{
    return m_ui->inventoryView->selectedRecords();
}

std::optional<qint64> MainWindow::currentWarehouseId() const
{
    return m_ui->warehouseView->currentWarehouseId();
}

QMenu *MainWindow::recordMenu() const
{
    return m_ui->recordMenu;
}

void MainWindow::addRecordAction(QAction *action)
{
    m_ui->recordMenu->addAction(action);
    m_ui->inventoryView->addAction(action);
}

// ---- Choosing what to show --------------------------------------------------------------------

void MainWindow::applyQuery()
{
    m_search->cancelPending();
    if (!m_model)
        return;
    InventoryQuery query;
    query.warehouseId = currentWarehouseId();
    query.search = m_search->text();
    const InventoryQuery shown = m_model->query();
    if (shown.warehouseId != query.warehouseId || shown.search != query.search)
        hideError(); // an error of another view
    m_model->setQuery(query);
    updateNotice();
    updateStatus();
    updateActions();
}

// A scanner types a SKU and Enter: when the search finds exactly that SKU, show the product.
void MainWindow::checkScannedSku()
{
    if (!m_model || !m_model->hasLoadedOnce())
        return;
    const QString sku = m_search->takeScannedSku(m_model->query().search);
    if (sku.isEmpty())
        return;
    if (const auto product = m_model->onlyProductWithSku(sku))
        showProductStock(*product);
}

void MainWindow::selectWarehouse(std::optional<qint64> warehouseId)
{
    m_ui->warehouseView->selectWarehouse(warehouseId);
}

void MainWindow::refresh()
{
    if (!m_model)
        return;
    m_model->refresh();
    if (m_ui->productPanel->isVisible())
        m_ui->productPanel->reload();
    if (m_warehouses)
        m_warehouses->recount(); // F5, and this app's own changes (inventoryChanged)
    updateStatus();
}

void MainWindow::loadAll()
{
    if (!m_model || m_model->isComplete() || m_model->isLoadingAll())
        return;
    m_status->progress()->setProgress(m_model->rowCount(), m_model->totalCount());
    m_status->progress()->show();
    m_model->loadAll();
    updateNotice();
    updateActions();
}

void MainWindow::onLoadAllFinished(bool complete)
{
    m_status->loadAllFinished(complete, m_model->lastError().isError(), m_model->rowCount());
    updateNotice();
    updateStatus();
    updateActions();
    m_export->loadAllFinished(complete);
}

// ---- Product panel and record dialogs -------------------------------------------------------

void MainWindow::showProductStock(const ProductRef &product)
{
    setProductPanelVisible(true);
    m_ui->productPanel->showProduct(product);
}

void MainWindow::findProductBySku(const QString &sku)
{
    setProductPanelVisible(true);
    m_ui->productPanel->lookUpSku(sku);
}

void MainWindow::openProductForCurrent()
{
    if (const auto record = currentRecord())
        showProductStock(record->product);
}

void MainWindow::onPanelWarehouse(qint64 warehouseId, qint64 recordId, const ProductRef &product)
{
    // That warehouse, narrowed to the product so that its row is there at once.
    m_search->setTextQuietly(product.sku);
    m_ui->inventoryView->selectRecord(recordId);
    selectWarehouse(warehouseId);
    applyQuery();
}

void MainWindow::setProductPanelVisible(bool visible)
{
    m_ui->productPanel->setVisible(visible);
    const QSignalBlocker blocker(m_ui->actionShowProductPanel);
    m_ui->actionShowProductPanel->setChecked(visible);
    if (visible)
        m_layout->openPanel();
}

void MainWindow::openRecordDetails()
{
    const auto record = currentRecord();
    if (!record || !m_client)
        return;
    Q_EMIT recordActivated(*record);
    m_detailDialogs->open(m_client, *record);
}

void MainWindow::applyRecordChange(const InventoryRecord &record)
{
    if (m_model)
        m_model->applyRecordChange(record);
}

void MainWindow::removeRecord(qint64 recordId)
{
    if (m_model)
        m_model->removeRecord(recordId);
}

// ---- Errors, notices, status ------------------------------------------------------------------

void MainWindow::showError(const ApiError &error)
{
    m_ui->actionRetry->setVisible(true);
    m_ui->actionSignIn->setVisible(error.isUnauthorized());
    m_ui->errorBanner->showMessage(error.userMessage(), MessageBanner::Error);
    updateStatus();
    updateActions();
}

void MainWindow::hideError()
{
    m_ui->errorBanner->hide();
}

void MainWindow::updateNotice()
{
    const QString text =
            m_proxy ? BrowserStatusBar::noticeText(*m_model, *m_proxy, locale()) : QString();
    if (text.isEmpty()) {
        m_ui->noticeBar->hide();
        return;
    }
    m_ui->actionNoticeLoadAll->setEnabled(!m_model->isLoadingAll());
    m_ui->actionNoticeOriginalOrder->setVisible(m_proxy->isSorted());
    m_ui->noticeBar->showMessage(text, MessageBanner::Information);
}

bool MainWindow::isOnline() const
{
    return m_connection->isOnline();
}

void MainWindow::updateStatus()
{
    m_status->update(m_model, m_proxy, m_connection->isOnline());
}

void MainWindow::updateActions()
{
    // Offline, what needs Glance is not offered: browsing, search, sort and filter of the rows
    // at hand (the local cache) stay; Refresh stays too, as the way to try again.
    // Without a client (not signed in yet, or the cached rows shown while the key is read)
    // nothing reaches Glance.
    const bool online = m_client && m_connection->isOnline();
    const bool ready = m_model && m_model->hasLoadedOnce();
    const bool canLoadAll = online && ready && !m_model->isComplete() && !m_model->isLoadingAll();
    m_ui->loadAllButton->setEnabled(canLoadAll);
    m_ui->actionLoadAll->setEnabled(canLoadAll);
    m_ui->actionCancelLoad->setEnabled(m_model && m_model->isLoadingAll());
    m_ui->actionRefresh->setEnabled(m_model != nullptr);
    m_ui->actionFindSku->setEnabled(online && m_model != nullptr);
    m_ui->searchEdit->setEnabled(m_model != nullptr);
    m_ui->actionOriginalOrder->setEnabled(m_proxy && m_proxy->isSorted());
    const bool canExport = ready && !m_export->isBusy();
    for (QAction *action :
         {m_ui->actionExport, m_ui->actionPrint, m_ui->actionPrintPreview, m_ui->actionSavePdf})
        action->setEnabled(canExport);
    const bool hasRow = m_ui->inventoryView->currentIndex().isValid();
    m_ui->actionProductStock->setEnabled(online && hasRow);
    m_ui->actionRecordDetails->setEnabled(online && hasRow);
    const QString offlineReason = online ? QString()
            : m_client                   ? tr("Needs a connection to Glance. You are offline.")
                       : tr("Needs a connection to Glance. Signing in has not finished.");
    m_ui->loadAllButton->setToolTip(offlineReason);
    m_ui->loadAllButton->setAccessibleDescription(offlineReason);
    // An action's empty tooltip is its text again.
    for (QAction *action : {m_ui->actionLoadAll, m_ui->actionFindSku, m_ui->actionProductStock,
                            m_ui->actionRecordDetails})
        action->setToolTip(offlineReason);
}

// ---- Tool bar and Help → Keyboard Shortcuts ---------------------------------------------------

void MainWindow::setUpToolBar()
{
    m_toolBar = new MainToolBar(this);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    m_toolBar->addMainAction(MainToolBar::Section::Browse, m_ui->actionRefresh,
                             ActionIcon::Refresh);
    m_toolBar->addMainAction(MainToolBar::Section::Files, m_ui->actionExport, ActionIcon::Export);
    m_toolBar->addMainAction(MainToolBar::Section::Files, m_ui->actionPrint, ActionIcon::Print);
    m_toolBar->setShowAction(m_ui->actionShowToolBar);

    m_ui->actionShortcuts->setShortcut(QKeySequence::HelpContents);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::openShortcuts);
}

void MainWindow::openShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog([this] { return appShortcuts(this); }, this);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_shortcuts->reload();
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

ShortcutsDialog *MainWindow::shortcutsDialog() const
{
    return m_shortcuts;
}

// ---- Preferences and the layout that persists -------------------------------------------------

void MainWindow::setSettings(AppSettings *settings)
{
    m_preferences->setSettings(settings);
    restoreLayout();
}

void MainWindow::applyPreferences()
{
    const int threshold = m_preferences->lowStockThreshold();
    if (m_model)
        m_model->setLowStockThreshold(threshold);
    m_ui->productPanel->setLowStockThreshold(threshold);
}

void MainWindow::restoreLayout()
{
    m_layout->restore(m_preferences->store());
    m_toolBar->syncShowAction();
    setProductPanelVisible(false); // opened on demand
    m_ui->actionLowStockOnly->setChecked(m_layout->lowStockOnly());
}

void MainWindow::saveViewState()
{
    m_layout->setLowStockOnly(m_ui->actionLowStockOnly->isChecked());
    m_layout->save(m_preferences->store());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveViewState();
    QMainWindow::closeEvent(event);
}

void MainWindow::setAccountName(const QString &name)
{
    m_accountName = name;
    m_export->setAccountName(name);
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    // Ends with the application's display name, so the window system does not add it again.
    const QString application = QGuiApplication::applicationDisplayName();
    setWindowTitle(m_accountName.isEmpty() ? application
                                           : tr("%1 — %2",
                                                "window title: the account's name, then the "
                                                "application's name")
                                                     .arg(Bidi::name(m_accountName), application));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateWindowTitle();
        m_ui->inventoryView->columnsMenu()->rebuild();
        updateNotice();
        updateStatus();
        updateActions(); // the reasons in the tooltips
    } else if (event->type() == QEvent::LocaleChange) {
        if (m_model)
            m_model->setLocale(locale());
        if (m_warehouses)
            m_warehouses->setLocale(locale());
        updateNotice();
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

} // namespace Glance
