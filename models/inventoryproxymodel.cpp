#include "models/inventoryproxymodel.h"

#include "models/inventorysorter.h"
#include "models/inventorytablemodel.h"

#include <algorithm>

namespace Glance {

namespace {

// Above this many separate runs of rows appearing or disappearing at once, one model reset is
// cheaper for the views than many remove/insert signals.
constexpr int kMaxRuns = 32;

} // namespace

InventoryProxyModel::InventoryProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

InventoryProxyModel::~InventoryProxyModel() = default;

void InventoryProxyModel::setSourceModel(QAbstractItemModel *source)
{
    auto *inventory = qobject_cast<InventoryTableModel *>(source);
    Q_ASSERT_X(!source || inventory, "InventoryProxyModel",
               "the source must be an inventory model");
    beginResetModel();
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_source = inventory;
    QAbstractProxyModel::setSourceModel(inventory);
    if (m_source) {
        m_connections = {
                connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this,
                        &InventoryProxyModel::onAboutToBeReset),
                connect(m_source, &QAbstractItemModel::modelReset, this,
                        &InventoryProxyModel::onReset),
                connect(m_source, &QAbstractItemModel::rowsInserted, this,
                        &InventoryProxyModel::onRowsInserted),
                connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                        &InventoryProxyModel::onRowsAboutToBeRemoved),
                connect(m_source, &QAbstractItemModel::rowsRemoved, this,
                        &InventoryProxyModel::onRowsRemoved),
                connect(m_source, &QAbstractItemModel::dataChanged, this,
                        &InventoryProxyModel::onDataChanged),
                connect(m_source, &QAbstractItemModel::headerDataChanged, this,
                        &QAbstractItemModel::headerDataChanged),
                // The source only ever appends, removes or resets; anything else: start over.
                connect(m_source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                        &InventoryProxyModel::onAboutToBeReset),
                connect(m_source, &QAbstractItemModel::layoutChanged, this,
                        &InventoryProxyModel::onReset),
                connect(m_source, &QObject::destroyed, this,
                        [this] {
                            beginResetModel();
                            m_source = nullptr;
                            m_proxyToSource.clear();
                            m_sourceToProxy.clear();
                            endResetModel();
                        }),
        };
    }
    std::vector<int> rows =
            m_source ? acceptedRows(0, m_source->rowCount() - 1) : std::vector<int>();
    sortRows(rows);
    m_proxyToSource = std::move(rows);
    rebuildSourceToProxy();
    endResetModel();
}

bool InventoryProxyModel::accepts(const InventoryRow &row) const
{
    return !m_lowStockOnly || m_source->isLowStock(row);
}

std::vector<int> InventoryProxyModel::acceptedRows(int from, int to) const
{
    std::vector<int> rows;
    if (!m_source || to < from)
        return rows;
    rows.reserve(std::size_t(to - from + 1));
    for (int row = from; row <= to; ++row) {
        if (accepts(m_source->rowAt(row)))
            rows.push_back(row);
    }
    return rows;
}

void InventoryProxyModel::sortRows(std::vector<int> &rows) const
{
    mergeSorted(rows, 0);
}

void InventoryProxyModel::mergeSorted(std::vector<int> &rows, std::size_t sortedPrefix) const
{
    if (m_source)
        InventorySorter(*m_source, m_sortColumn, m_sortOrder).sort(rows, sortedPrefix);
}

void InventoryProxyModel::rebuildSourceToProxy()
{
    m_sourceToProxy.assign(std::size_t(m_source ? m_source->rowCount() : 0), -1);
    for (std::size_t i = 0; i < m_proxyToSource.size(); ++i)
        m_sourceToProxy[std::size_t(m_proxyToSource[i])] = int(i);
}

int InventoryProxyModel::proxyRow(int sourceRow) const
{
    if (sourceRow < 0 || std::size_t(sourceRow) >= m_sourceToProxy.size())
        return -1;
    return m_sourceToProxy[std::size_t(sourceRow)];
}

// Same rows, new order: a layout change that moves the persistent indexes (selection, current).
void InventoryProxyModel::applyOrder(std::vector<int> order)
{
    if (order == m_proxyToSource)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(std::size_t(from.size()));
    for (const QModelIndex &index : from)
        sourceRows.push_back(m_proxyToSource[std::size_t(index.row())]);
    m_proxyToSource = std::move(order);
    rebuildSourceToProxy();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to.append(index(m_sourceToProxy[std::size_t(sourceRows[std::size_t(i)])],
                        from.at(i).column()));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void InventoryProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= InventoryTableModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    std::vector<int> rows = m_proxyToSource;
    sortRows(rows);
    applyOrder(std::move(rows));
    Q_EMIT sortChanged(m_sortColumn, m_sortOrder);
}

void InventoryProxyModel::setLowStockOnly(bool on)
{
    if (on == m_lowStockOnly)
        return;
    m_lowStockOnly = on;
    resync();
    Q_EMIT lowStockOnlyChanged(on);
}

bool InventoryProxyModel::isPartial() const
{
    return (isSorted() || m_lowStockOnly) && m_source && m_source->canFetchMore({});
}

// Brings the rows and their order in line with the filter and the sort: rows that no longer
// pass go, new ones come in at the end, then one layout change orders them. Many scattered
// changes become one reset.
void InventoryProxyModel::resync()
{
    if (!m_source)
        return;
    std::vector<int> target = acceptedRows(0, m_source->rowCount() - 1);
    std::vector<char> wanted(m_sourceToProxy.size(), 0);
    for (int row : target)
        wanted[std::size_t(row)] = 1;

    // Runs of current proxy rows to remove, and source rows to add.
    int runs = 0;
    bool inRun = false;
    for (int source : m_proxyToSource) {
        const bool drop = !wanted[std::size_t(source)];
        runs += drop && !inRun;
        inRun = drop;
    }
    std::vector<int> added;
    for (int row : target) {
        if (m_sourceToProxy[std::size_t(row)] < 0)
            added.push_back(row);
    }
    if (runs > kMaxRuns) {
        beginResetModel();
        sortRows(target);
        m_proxyToSource = std::move(target);
        rebuildSourceToProxy();
        endResetModel();
        return;
    }
    for (int proxy = int(m_proxyToSource.size()) - 1; proxy >= 0;) {
        if (wanted[std::size_t(m_proxyToSource[std::size_t(proxy)])]) {
            --proxy;
            continue;
        }
        int first = proxy;
        while (first > 0 && !wanted[std::size_t(m_proxyToSource[std::size_t(first - 1)])])
            --first;
        beginRemoveRows({}, first, proxy);
        m_proxyToSource.erase(m_proxyToSource.begin() + first, m_proxyToSource.begin() + proxy + 1);
        rebuildSourceToProxy();
        endRemoveRows();
        proxy = first - 1;
    }
    if (!added.empty()) {
        const int first = int(m_proxyToSource.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_proxyToSource.insert(m_proxyToSource.end(), added.cbegin(), added.cend());
        rebuildSourceToProxy();
        endInsertRows();
    }
    sortRows(target); // the same rows as now, in their final order
    applyOrder(std::move(target));
}

void InventoryProxyModel::onAboutToBeReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void InventoryProxyModel::onReset()
{
    if (!m_source)
        return;
    std::vector<int> rows = acceptedRows(0, m_source->rowCount() - 1);
    sortRows(rows);
    m_proxyToSource = std::move(rows);
    rebuildSourceToProxy();
    if (m_resetting) {
        m_resetting = false;
        endResetModel();
    }
}

void InventoryProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (std::size_t(first) != m_sourceToProxy.size()) {
        // Not an append (the source does not do that): shift and start over.
        for (int &row : m_proxyToSource) {
            if (row >= first)
                row += count;
        }
        rebuildSourceToProxy();
        resync();
        return;
    }
    m_sourceToProxy.resize(m_sourceToProxy.size() + std::size_t(count), -1);
    const std::vector<int> added = acceptedRows(first, last);
    if (added.empty())
        return;
    const auto sortedPrefix = m_proxyToSource.size();
    const int proxyFirst = int(sortedPrefix);
    beginInsertRows({}, proxyFirst, proxyFirst + int(added.size()) - 1);
    m_proxyToSource.insert(m_proxyToSource.end(), added.cbegin(), added.cend());
    for (std::size_t i = sortedPrefix; i < m_proxyToSource.size(); ++i)
        m_sourceToProxy[std::size_t(m_proxyToSource[i])] = int(i);
    endInsertRows();
    if (isSorted()) {
        std::vector<int> order = m_proxyToSource;
        mergeSorted(order, sortedPrefix);
        applyOrder(std::move(order));
    }
}

void InventoryProxyModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> proxies;
    for (int row = first; row <= last; ++row) {
        if (const int proxy = m_sourceToProxy[std::size_t(row)]; proxy >= 0)
            proxies.push_back(proxy);
    }
    std::sort(proxies.begin(), proxies.end());
    int runs = 0;
    for (std::size_t i = 0; i < proxies.size(); ++i)
        runs += i == 0 || proxies[i] != proxies[i - 1] + 1;
    if (runs > kMaxRuns) {
        onAboutToBeReset();
        return;
    }
    // Remove the proxy rows now, while the source still has them (last run first).
    for (std::size_t end = proxies.size(); end > 0;) {
        std::size_t begin = end - 1;
        while (begin > 0 && proxies[begin - 1] == proxies[begin] - 1)
            --begin;
        beginRemoveRows({}, proxies[begin], proxies[end - 1]);
        m_proxyToSource.erase(m_proxyToSource.begin() + proxies[begin],
                              m_proxyToSource.begin() + proxies[end - 1] + 1);
        for (int row = first; row <= last; ++row)
            m_sourceToProxy[std::size_t(row)] = -1;
        for (std::size_t i = std::size_t(proxies[begin]); i < m_proxyToSource.size(); ++i)
            m_sourceToProxy[std::size_t(m_proxyToSource[i])] = int(i);
        endRemoveRows();
        end = begin;
    }
}

void InventoryProxyModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (m_resetting) {
        onReset();
        return;
    }
    for (int &row : m_proxyToSource) {
        if (row > last)
            row -= count;
    }
    rebuildSourceToProxy();
}

void InventoryProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    if (topLeft.parent().isValid())
        return;
    const bool affectsOrder = roles.isEmpty() || roles.contains(InventoryTableModel::SortRole)
            || roles.contains(InventoryTableModel::LowStockRole);
    if ((isSorted() || m_lowStockOnly) && affectsOrder) {
        resync();
        if (!m_proxyToSource.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
        return;
    }
    if (!isSorted() && !m_lowStockOnly) {
        // The same rows in the same order.
        Q_EMIT dataChanged(index(topLeft.row(), topLeft.column()),
                           index(bottomRight.row(), bottomRight.column()), roles);
        return;
    }
    int low = INT_MAX;
    int high = -1;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (const int proxy = m_sourceToProxy[std::size_t(row)]; proxy >= 0) {
            low = qMin(low, proxy);
            high = qMax(high, proxy);
        }
    }
    if (high >= 0)
        Q_EMIT dataChanged(index(low, topLeft.column()), index(high, bottomRight.column()), roles);
}

QModelIndex InventoryProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex InventoryProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex InventoryProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int InventoryProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int InventoryProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool InventoryProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex InventoryProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this
        || std::size_t(proxyIndex.row()) >= m_proxyToSource.size())
        return {};
    return m_source->index(m_proxyToSource[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex InventoryProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int row = proxyRow(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant InventoryProxyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_source->data(mapToSource(index), role);
}

QVariant InventoryProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_source)
        return {};
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

bool InventoryProxyModel::canFetchMore(const QModelIndex &parent) const
{
    // Loading more into a sorted or filtered view would scatter rows through it: "Load all".
    return !parent.isValid() && m_source && !isSorted() && !m_lowStockOnly
            && m_source->canFetchMore({});
}

void InventoryProxyModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_source->fetchMore({});
}

QModelIndexList InventoryProxyModel::match(const QModelIndex &start, int role,
                                           const QVariant &value, int hits,
                                           Qt::MatchFlags flags) const
{
    const Qt::MatchFlags kind = flags & Qt::MatchTypeMask;
    const bool simple = role == Qt::DisplayRole && value.userType() == QMetaType::QString
            && (kind == Qt::MatchStartsWith || kind == Qt::MatchContains
                || kind == Qt::MatchFixedString)
            && !(flags & Qt::MatchRecursive) && start.isValid() && start.model() == this;
    if (!simple)
        return QAbstractProxyModel::match(start, role, value, hits, flags);
    const QString text = value.toString();
    const Qt::CaseSensitivity cs =
            (flags & Qt::MatchCaseSensitive) ? Qt::CaseSensitive : Qt::CaseInsensitive;
    QModelIndexList found;
    const int rows = rowCount();
    const int column = start.column();
    const int passes = (flags & Qt::MatchWrap) ? 2 : 1;
    for (int pass = 0; pass < passes; ++pass) {
        const int from = pass == 0 ? start.row() : 0;
        const int to = pass == 0 ? rows : start.row();
        for (int row = from; row < to; ++row) {
            const QModelIndex candidate = index(row, column);
            const QString shown = data(candidate, Qt::DisplayRole).toString();
            const bool hit = kind == Qt::MatchStartsWith ? shown.startsWith(text, cs)
                    : kind == Qt::MatchContains          ? shown.contains(text, cs)
                                                         : shown.compare(text, cs) == 0;
            if (hit) {
                found.append(candidate);
                if (hits != -1 && found.size() >= hits)
                    return found;
            }
        }
    }
    return found;
}

qsizetype InventoryProxyModel::memoryBytes() const
{
    return qsizetype(sizeof(*this))
            + qsizetype((m_proxyToSource.capacity() + m_sourceToProxy.capacity()) * sizeof(int));
}

} // namespace Glance
