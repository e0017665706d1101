#include "ui/mainwindow.h"

#include "ui_mainwindow.h"

#include "api/apiclient.h"
#include "models/inventorytablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>

namespace Glance {

using namespace std::chrono_literals;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->errorBanner->hide();
    m_ui->errorBanner->setAutoFillBackground(true);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->inventoryView->setWordWrap(false);
    m_ui->inventoryView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->inventoryView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_countLabel = new QLabel(this);
    m_refreshedLabel = new QLabel(this);
    m_onlineLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_refreshedLabel);
    statusBar()->addPermanentWidget(m_onlineLabel);

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(300ms);
    connect(&m_searchDebounce, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDebounce.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &MainWindow::applySearch);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto *box = new QMessageBox(
                QMessageBox::Information, tr("About Glance Inventory"),
                tr("Glance Inventory %1\nStock, adjustments and stocktakes for Glance.")
                        .arg(QStringLiteral(GLANCE_VERSION)),
                QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // window-modal, no nested event loop
    });

    m_ui->searchEdit->setEnabled(false);
    m_ui->actionRefresh->setEnabled(false);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setClient(ApiClient *client)
{
    m_client = client;
    delete m_model;
    m_model = new InventoryTableModel(client, this);
    m_model->setLocale(locale());
    m_ui->inventoryView->setModel(m_model);
    auto *header = m_ui->inventoryView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InventoryTableModel::ProductColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(InventoryTableModel::SkuColumn, 10 * em);
    header->resizeSection(InventoryTableModel::WarehouseColumn, 12 * em);
    header->resizeSection(InventoryTableModel::LocationColumn, 10 * em);
    header->resizeSection(InventoryTableModel::QuantityColumn, 7 * em);

    connect(m_model, &InventoryTableModel::pageLoaded, this, [this] {
        hideError();
        m_lastRefresh = QDateTime::currentDateTime();
        updateStatus();
    });
    connect(m_model, &InventoryTableModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_model, &InventoryTableModel::errorOccurred, this, &MainWindow::showError);
    connect(m_ui->retryButton, &QPushButton::clicked, m_model, &InventoryTableModel::refresh);
    connect(m_ui->actionRefresh, &QAction::triggered, m_model, &InventoryTableModel::refresh);
    connect(client, &ApiClient::callSucceeded, this, [this] { setOnline(true); });
    connect(client, &ApiClient::callFailed, this, [this](const ApiError &error) {
        const auto kind = error.kind();
        if (kind == ApiError::Kind::Network || kind == ApiError::Kind::Timeout)
            setOnline(false);
        else if (kind != ApiError::Kind::Cancelled)
            setOnline(true);
    });

    m_ui->searchEdit->setEnabled(true);
    m_ui->actionRefresh->setEnabled(true);
    statusBar()->clearMessage();
    m_model->setQuery({});
    updateStatus();
}

void MainWindow::showStartupMessage(const QString &message)
{
    statusBar()->showMessage(message);
}

void MainWindow::showStartupError(const QString &message)
{
    statusBar()->clearMessage();
    m_ui->errorLabel->setText(message);
    m_ui->retryButton->hide();
    m_ui->errorBanner->show();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateStatus();
    } else if (event->type() == QEvent::LocaleChange && m_model) {
        m_model->setLocale(locale());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::applySearch()
{
    m_searchDebounce.stop();
    if (!m_model)
        return;
    const QString text = m_ui->searchEdit->text().trimmed();
    if (text == m_model->query().search && m_model->hasLoadedOnce())
        return;
    InventoryQuery query = m_model->query();
    query.search = text;
    m_model->setQuery(query);
}

void MainWindow::showError(const ApiError &error)
{
    m_ui->errorLabel->setText(error.userMessage());
    m_ui->retryButton->show();
    m_ui->errorBanner->show();
    updateStatus();
}

void MainWindow::hideError()
{
    m_ui->errorBanner->hide();
}

void MainWindow::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QLocale loc = locale();
    if (!m_model) {
        m_countLabel->clear();
    } else if (const auto total = m_model->totalCount()) {
        m_countLabel->setText(tr("%1 of %n record(s)", nullptr, int(qMin<qint64>(*total, INT_MAX)))
                                      .arg(loc.toString(m_model->rowCount())));
    } else {
        m_countLabel->setText(tr("%n record(s)", nullptr, m_model->rowCount()));
    }
    if (m_model && m_model->isLoading())
        m_refreshedLabel->setText(tr("Loading…"));
    else if (m_lastRefresh.isValid())
        m_refreshedLabel->setText(
                tr("Updated %1").arg(loc.toString(m_lastRefresh.time(), QLocale::ShortFormat)));
    else
        m_refreshedLabel->clear();
    m_onlineLabel->setText(m_online ? tr("Online") : tr("Offline"));
}

} // namespace Glance
