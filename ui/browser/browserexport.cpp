#include "ui/browser/browserexport.h"

#include "core/text/bidi.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "ui/browser/browserstatusbar.h"
#include "ui/browser/connectionwatcher.h"
#include "ui/browser/inventoryview.h"
#include "ui/browser/warehouseview.h"

#include <QDateTime>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <utility>

namespace Glance {

BrowserExport::BrowserExport(QMainWindow *window, InventoryView *view, WarehouseView *warehouses,
                             ConnectionWatcher *connection)
    : QObject(window)
    , m_window(window)
    , m_view(view)
    , m_warehouses(warehouses)
    , m_connection(connection)
    , m_exporter(new ViewExporter(window))
{
    connect(m_exporter, &ViewExporter::busyChanged, this, &BrowserExport::busyChanged);
    connect(m_exporter, &ViewExporter::progress, this, [this](qint64 done, qint64 total) {
        const QLocale locale = m_window->locale();
        //: while a file or printout is prepared; %1 rows done, %2 of how many
        m_window->statusBar()->showMessage(
                tr("Preparing %1 of %2 rows…")
                        .arg(Bidi::quantity(done, locale), Bidi::quantity(total, locale)));
    });
    connect(m_exporter, &ViewExporter::finished, this, [this](bool ok, const QString &message) {
        if (ok) {
            m_window->statusBar()->showMessage(message, 10000);
            return;
        }
        m_window->statusBar()->clearMessage();
        ViewExporter::reportFailure(m_window, message);
    });
}

void BrowserExport::setModels(InventoryTableModel *model, InventoryProxyModel *proxy)
{
    m_model = model;
    m_proxy = proxy;
    m_afterLoadAll.reset();
}

void BrowserExport::setAccountName(const QString &name)
{
    m_accountName = name;
}

bool BrowserExport::isBusy() const
{
    return m_exporter->isBusy();
}

void BrowserExport::export_(ViewExporter::Action action)
{
    m_exporter->run(action, m_view, heading());
}

void BrowserExport::run(ViewExporter::Action action)
{
    if (!m_model || !m_model->hasLoadedOnce() || m_exporter->isBusy())
        return;
    if (m_model->isComplete()) {
        export_(action);
        return;
    }
    // Not every record is loaded: Load all first, or say plainly that only the loaded ones go.
    const QString loaded = Bidi::quantity(m_model->rowCount(), m_window->locale());
    const auto total = m_model->totalCount();
    auto *box = new QMessageBox(
            QMessageBox::Question, tr("Not Every Record Is Loaded"),
            total ? tr("Only %1 of the %2 records of this view are loaded. Load all of them "
                       "first, or use only the loaded ones?")
                            .arg(loaded, Bidi::quantity(*total, m_window->locale()))
                  : tr("Only %1 records of this view are loaded. Load all of them first, or "
                       "use only the loaded ones?")
                            .arg(loaded),
            QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("loadAllFirstBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *loadAllFirst = box->addButton(tr("&Load All First"), QMessageBox::AcceptRole);
    loadAllFirst->setObjectName(QStringLiteral("loadAllFirstButton"));
    loadAllFirst->setEnabled(m_connection->isOnline() && !m_model->isLoadingAll());
    if (!loadAllFirst->isEnabled())
        loadAllFirst->setToolTip(tr("Needs a connection to Glance. You are offline."));
    QPushButton *onlyLoaded =
            box->addButton(tr("Only the L&oaded Records"), QMessageBox::ActionRole);
    onlyLoaded->setObjectName(QStringLiteral("onlyLoadedButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(loadAllFirst->isEnabled() ? loadAllFirst : onlyLoaded);
    connect(box, &QMessageBox::finished, this, [this, box, loadAllFirst, onlyLoaded, action] {
        if (box->clickedButton() == onlyLoaded) {
            export_(action);
        } else if (box->clickedButton() == loadAllFirst && m_model) {
            m_afterLoadAll = action;
            Q_EMIT loadAllRequested();
        }
    });
    box->open();
}

void BrowserExport::loadAllFinished(bool complete)
{
    const auto action = std::exchange(m_afterLoadAll, std::nullopt);
    if (!action)
        return;
    if (!complete) {
        m_window->statusBar()->showMessage(
                tr("Not every record could be loaded; nothing was exported or printed."), 10000);
        return;
    }
    export_(*action);
}

ViewExporter::Heading BrowserExport::heading() const
{
    const QLocale locale = m_window->locale();
    ViewExporter::Heading heading;
    heading.title = tr("Inventory");
    //: a file name suggested for an export (no extension)
    heading.fileName = tr("inventory");
    QStringList &context = heading.context;
    if (!m_accountName.isEmpty())
        context << tr("Account: %1").arg(Bidi::name(m_accountName));
    const QString warehouse =
            m_warehouses->currentIndex().siblingAtColumn(0).data(Qt::DisplayRole).toString();
    if (!warehouse.isEmpty())
        context << tr("Warehouse: %1").arg(Bidi::name(warehouse));
    QStringList filter;
    const QString search = m_model->query().search;
    if (!search.isEmpty())
        filter << tr("search %1").arg(Bidi::isolate(search));
    if (m_proxy->lowStockOnly())
        filter << tr("low stock only");
    if (m_proxy->isSorted()) {
        const QString column =
                m_proxy->headerData(m_proxy->sortColumn(), Qt::Horizontal).toString();
        filter << (m_proxy->sortOrder() == Qt::AscendingOrder
                           ? tr("sorted by %1, ascending").arg(Bidi::name(column))
                           : tr("sorted by %1, descending").arg(Bidi::name(column)));
    }
    //: the list separator between parts of a filter ("search x, low stock only")
    context << (filter.isEmpty() ? tr("Filter: none")
                                 : tr("Filter: %1").arg(filter.join(tr(", "))));
    const QString time =
            Bidi::isolateLtr(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    const QString notice = BrowserStatusBar::noticeText(*m_model, *m_proxy, locale);
    context << (m_model->isComplete()
                        ? tr("%1 records, as of %2")
                                  .arg(Bidi::quantity(m_proxy->rowCount(), locale), time)
                        : tr("%1 records (not every record of this view was loaded), as of %2")
                                  .arg(Bidi::quantity(m_proxy->rowCount(), locale), time));
    if (!notice.isEmpty())
        context << notice;
    return heading;
}

} // namespace Glance
