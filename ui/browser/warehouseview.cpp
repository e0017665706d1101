#include "ui/browser/warehouseview.h"

#include "models/warehouselistmodel.h"
#include "ui/i18n/bidiitemdelegate.h"

#include <QHeaderView>

#include <utility>

namespace Glance {

WarehouseView::WarehouseView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setEditTriggers(NoEditTriggers);
    setSelectionMode(SingleSelection);
    header()->setStretchLastSection(false);
    BidiItemDelegate::install(this);
}

WarehouseView::~WarehouseView() = default;

void WarehouseView::setWarehouseModel(WarehouseListModel *model)
{
    m_model = model;
    setModel(model);
    if (!model)
        return;
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setSectionResizeMode(WarehouseListModel::NameColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header()->resizeSection(WarehouseListModel::RecordsColumn, 5 * em);
    header()->resizeSection(WarehouseListModel::QuantityColumn, 6 * em);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WarehouseView::currentWarehouseChanged);
    // The server's list replaces the first one: the chosen warehouse stays chosen.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keep = currentWarehouseId(); });
    connect(model, &QAbstractItemModel::modelReset, this,
            [this] { selectWarehouse(std::exchange(m_keep, std::nullopt)); });
}

std::optional<qint64> WarehouseView::currentWarehouseId() const
{
    return m_model ? m_model->warehouseIdAt(currentIndex().row()) : std::nullopt;
}

void WarehouseView::selectWarehouse(std::optional<qint64> warehouseId)
{
    if (!m_model)
        return;
    int row = m_model->rowOf(warehouseId);
    if (row < 0 && warehouseId) {
        m_model->addSeenWarehouses({{*warehouseId, QString()}});
        row = m_model->rowOf(warehouseId);
    }
    if (row >= 0)
        setCurrentIndex(m_model->index(row, 0));
}

} // namespace Glance
