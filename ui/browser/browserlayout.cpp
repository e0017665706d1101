#include "ui/browser/browserlayout.h"

#include "ui/browser/inventoryview.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>

namespace Glance {

namespace {

const QString kGeometry = QStringLiteral("geometry");
const QString kWindowState = QStringLiteral("windowState");
const QString kSplitter = QStringLiteral("splitter");
const QString kInventoryHeader = QStringLiteral("inventoryHeader");
const QString kWarehouseHeader = QStringLiteral("warehouseHeader");
const QString kLowStockOnly = QStringLiteral("lowStockOnly");
const QString kReservedChosen = QStringLiteral("reservedColumnChosen");

} // namespace

BrowserLayout::BrowserLayout(QMainWindow *window, QSplitter *splitter, InventoryView *table,
                             QTreeView *warehouses)
    : m_window(window)
    , m_splitter(splitter)
    , m_table(table)
    , m_warehouses(warehouses)
{
    m_splitter->setStretchFactor(1, 1);
    const int em = m_splitter->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_splitter->setSizes({24 * em, 80 * em, 0}); // until a stored layout says otherwise
}

void BrowserLayout::openPanel()
{
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 3 && sizes[2] < 100) {
        const int panel = qMax(280, m_window->width() / 4);
        sizes[1] = qMax(200, sizes[1] - panel);
        sizes[2] = panel;
        m_splitter->setSizes(sizes);
    }
}

void BrowserLayout::restore(QSettings &settings)
{
    settings.beginGroup(group());
    const QByteArray geometry = settings.value(kGeometry).toByteArray();
    const QByteArray windowState = settings.value(kWindowState).toByteArray();
    const QByteArray splitter = settings.value(kSplitter).toByteArray();
    m_inventoryHeader = settings.value(kInventoryHeader).toByteArray();
    m_warehouseHeader = settings.value(kWarehouseHeader).toByteArray();
    m_lowStockOnly = settings.value(kLowStockOnly, false).toBool();
    const bool reservedChosen = settings.value(kReservedChosen, false).toBool();
    settings.endGroup();

    if (m_window && !geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    if (m_window && !windowState.isEmpty())
        m_window->restoreState(windowState);
    if (m_splitter && !splitter.isEmpty())
        m_splitter->restoreState(splitter);
    if (m_table)
        m_table->setReservedColumnChosen(reservedChosen);
    restoreHeaders();
}

void BrowserLayout::restoreHeaders()
{
    if (m_table && m_table->model())
        m_table->restoreHeaderState(m_inventoryHeader);
    if (m_warehouses && m_warehouses->model() && !m_warehouseHeader.isEmpty())
        m_warehouses->header()->restoreState(m_warehouseHeader);
}

void BrowserLayout::save(QSettings &settings)
{
    if (m_table && m_table->model())
        m_inventoryHeader = m_table->saveHeaderState();
    if (m_warehouses && m_warehouses->model())
        m_warehouseHeader = m_warehouses->header()->saveState();
    settings.beginGroup(group());
    if (m_window) {
        settings.setValue(kGeometry, m_window->saveGeometry());
        settings.setValue(kWindowState, m_window->saveState());
    }
    if (m_splitter)
        settings.setValue(kSplitter, m_splitter->saveState());
    if (!m_inventoryHeader.isEmpty())
        settings.setValue(kInventoryHeader, m_inventoryHeader);
    if (!m_warehouseHeader.isEmpty())
        settings.setValue(kWarehouseHeader, m_warehouseHeader);
    settings.setValue(kLowStockOnly, m_lowStockOnly);
    if (m_table)
        settings.setValue(kReservedChosen, m_table->isReservedColumnChosen());
    settings.endGroup();
}

} // namespace Glance
