#include "ui/browser/inventoryview.h"

#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "ui/browser/columnsmenu.h"
#include "ui/browser/columnwidths.h"
#include "ui/browser/lowstockdelegate.h"

#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>
#include <utility>

namespace Glance {

InventoryView::InventoryView(QWidget *parent)
    : QTableView(parent)
    , m_columnsMenu(new ColumnsMenu(horizontalHeader(), this))
{
    setWordWrap(false);
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setEditTriggers(NoEditTriggers);
    setAlternatingRowColors(true);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    verticalHeader()->hide();
    // No per-row sizing: 100,000 rows must cost nothing to lay out.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    auto *delegate = new LowStockDelegate(InventoryTableModel::LowStockRole,
                                          InventoryTableModel::QuantityColumn, this);
    delegate->setChangedRole(InventoryTableModel::RecentlyChangedRole);
    setItemDelegate(delegate);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSortIndicatorClearable(true); // a third click: the server's order again
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    setSortingEnabled(true);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_columnsMenu->popup(header->mapToGlobal(pos)); });
    connect(m_columnsMenu, &ColumnsMenu::columnToggled, this, [this](int column, bool) {
        if (column == InventoryTableModel::ReservedColumn)
            m_reservedChosen = true;
    });
    connect(this, &QTableView::doubleClicked, this, &InventoryView::recordRequested);
}

InventoryView::~InventoryView() = default;

void InventoryView::setModels(InventoryTableModel *model, InventoryProxyModel *proxy)
{
    m_model = model;
    m_proxy = proxy;
    m_pendingRecord.reset();
    setModel(proxy);
    if (!proxy)
        return;
    applyDefaultWidths();
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    proxy->sort(-1);

    // The current record stays current when the rows are replaced (refresh, another view).
    connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (const auto record = currentRecord(); record && !m_pendingRecord)
            m_pendingRecord = record->id;
    });
    connect(proxy, &QAbstractItemModel::modelReset, this, &InventoryView::selectPendingRecord);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &InventoryView::selectPendingRecord);
    connect(model, &InventoryTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            selectPendingRecord();
    });
    // While "Load all" streams pages in, the rows on screen mostly stay the same: repainting
    // them for every page would cost a full table paint (text shaping of every cell) per 100
    // rows. Rows coming in or moving remember what is on screen; anything else repaints.
    connect(proxy, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &InventoryView::rememberVisibleRows);
    connect(proxy, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &InventoryView::rememberVisibleRows);
    const auto repaintNeeded = [this] {
        m_repaintNeeded = true;
    };
    connect(proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, repaintNeeded);
    connect(proxy, &QAbstractItemModel::columnsAboutToBeInserted, this, repaintNeeded);
    connect(proxy, &QAbstractItemModel::columnsAboutToBeRemoved, this, repaintNeeded);
}

std::vector<int> InventoryView::visibleSourceRows() const
{
    std::vector<int> rows;
    if (!m_proxy || !isVisible())
        return rows;
    const int first = rowAt(0);
    const int last = rowAt(viewport()->height() - 1); // -1: the rows do not fill the view
    if (first < 0 || last < first)
        return rows;
    rows.reserve(std::size_t(last - first + 1));
    for (int row = first; row <= last; ++row)
        rows.push_back(m_proxy->sourceRow(row));
    return rows;
}

void InventoryView::rememberVisibleRows()
{
    if (std::exchange(m_rememberedVisible, true))
        return; // the first state of this round counts
    m_visibleBefore = visibleSourceRows();
}

void InventoryView::doItemsLayout()
{
    const bool unchanged = m_rememberedVisible && !m_repaintNeeded && !m_visibleBefore.empty()
            && visibleSourceRows() == m_visibleBefore;
    m_rememberedVisible = false;
    m_repaintNeeded = false;
    m_visibleBefore.clear();
    if (unchanged) {
        updateGeometries(); // the scroll bar and the headers follow the row count
        return;
    }
    QTableView::doItemsLayout();
}

void InventoryView::reset()
{
    m_repaintNeeded = true;
    QTableView::reset();
}

void InventoryView::applyDefaultWidths()
{
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The product name takes what the other columns leave.
    header->setSectionResizeMode(InventoryTableModel::ProductColumn, QHeaderView::Stretch);
    // Fixed widths, not fitted to the rows: 100,000 rows must cost nothing to lay out. Text gets
    // room for a usual name ("Secondary Storage", "Aisle 3 / Rack 3"), numbers their own width.
    using M = InventoryTableModel;
    header->resizeSection(M::SkuColumn, ColumnWidths::forText(this, M::SkuColumn, 9));
    header->resizeSection(M::WarehouseColumn, ColumnWidths::forText(this, M::WarehouseColumn, 13));
    header->resizeSection(M::LocationColumn, ColumnWidths::forText(this, M::LocationColumn, 11));
    header->resizeSection(M::QuantityColumn,
                          ColumnWidths::forQuantities(this, M::QuantityColumn, true));
    header->resizeSection(M::ReservedColumn, ColumnWidths::forQuantities(this, M::ReservedColumn));
}

std::optional<InventoryRecord> InventoryView::currentRecord() const
{
    const QModelIndex index = currentIndex();
    if (!m_proxy || !index.isValid())
        return std::nullopt;
    return m_model->record(m_proxy->sourceRow(index.row()));
}

QList<InventoryRecord> InventoryView::selectedRecords() const
{
    QList<InventoryRecord> records;
    if (!m_proxy || !selectionModel())
        return records;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        records.append(m_model->record(m_proxy->sourceRow(index.row())));
    return records;
}

void InventoryView::selectRecord(qint64 recordId)
{
    m_pendingRecord = recordId;
    selectPendingRecord();
}

void InventoryView::selectPendingRecord()
{
    if (!m_pendingRecord || !m_proxy)
        return;
    const int sourceRow = m_model->rowOfRecord(*m_pendingRecord);
    const int row = sourceRow < 0 ? -1 : m_proxy->proxyRow(sourceRow);
    if (row < 0) {
        if (!m_model->isLoading())
            m_pendingRecord.reset(); // not in this view
        return;
    }
    m_pendingRecord.reset();
    const QModelIndex index = m_proxy->index(row, 0);
    setCurrentIndex(index);
    scrollTo(index);
}

QByteArray InventoryView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

bool InventoryView::restoreHeaderState(const QByteArray &state)
{
    QHeaderView *header = horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state)
        || header->count() != model()->columnCount())
        return false;
    if (m_proxy)
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

void InventoryView::updateReservedColumn()
{
    if (m_model && !m_reservedChosen)
        setColumnHidden(InventoryTableModel::ReservedColumn, !m_model->hasReservedQuantities());
}

void InventoryView::keyPressEvent(QKeyEvent *event)
{
    // Enter opens the product view (QAbstractItemView would only emit activated()).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
        Q_EMIT productRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Glance
