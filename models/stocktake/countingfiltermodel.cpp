#include "models/stocktake/countingfiltermodel.h"

#include "models/stocktake/countingmodel.h"

namespace Glance {

CountingFilterModel::CountingFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A scan changes a count, never what is searched: no need to filter the row again.
    setDynamicSortFilter(false);
}

CountingFilterModel::~CountingFilterModel() = default;

void CountingFilterModel::setSearch(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateRowsFilter();
}

void CountingFilterModel::setLocation(const QString &location)
{
    if (location == m_location)
        return;
    m_location = location;
    invalidateRowsFilter();
}

bool CountingFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_location.isEmpty()
        && sourceModel()->index(sourceRow, CountingModel::LocationColumn, sourceParent)
                        .data(CountingModel::SortRole)
                        .toString()
                != m_location)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const int column :
         {CountingModel::SkuColumn, CountingModel::NameColumn, CountingModel::LocationColumn}) {
        const QModelIndex index = sourceModel()->index(sourceRow, column, sourceParent);
        if (index.data(CountingModel::SortRole).toString().toCaseFolded().contains(m_search))
            return true;
    }
    return false;
}

} // namespace Glance
