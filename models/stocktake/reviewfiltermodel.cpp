#include "models/stocktake/reviewfiltermodel.h"

#include "models/stocktake/reviewmodel.h"

namespace Glance {

ReviewFilterModel::ReviewFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReviewModel::SortRole);
}

ReviewFilterModel::~ReviewFilterModel() = default;

void ReviewFilterModel::setFlag(int flag)
{
    m_flag = flag;
    invalidateRowsFilter();
}

bool ReviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_flag == 0)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return (index.data(ReviewModel::FlagsRole).toInt() & m_flag) != 0;
}

} // namespace Glance
