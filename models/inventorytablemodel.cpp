// InventoryTableModel: the item-model side (rows, roles, headers) and record bookkeeping. The
// requests, paging and cache live in inventorytablemodel_loading.cpp.
#include "models/inventorytablemodel.h"

#include "api/apiclient.h"
#include "core/cache/localcache.h"
#include "core/text/bidi.h"

#include <QCollator>

#include <climits>

namespace Glance {

InventoryTableModel::InventoryTableModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_current(std::make_shared<InventoryDataset>())
{
    QCollator collator(m_locale);
    m_pool.setCollator(collator);
}

InventoryTableModel::~InventoryTableModel()
{
    for (const DatasetPtr &dataset : std::as_const(m_datasets))
        cancelRequests(*dataset);
    cancelRequests(*m_current);
}

InventoryQuery InventoryTableModel::query() const
{
    InventoryQuery query;
    query.warehouseId = m_current->warehouseId;
    query.search = m_current->search;
    query.limit = PageSize;
    return query;
}

bool InventoryTableModel::isLoadingAll() const
{
    return m_current->loadAll;
}

bool InventoryTableModel::isComplete() const
{
    return m_current->isComplete();
}

std::optional<qint64> InventoryTableModel::totalCount() const
{
    return m_current->total;
}

bool InventoryTableModel::isLoading() const
{
    return !m_current->pending.isEmpty();
}

bool InventoryTableModel::hasLoadedOnce() const
{
    return m_current->loadedOnce;
}

QDateTime InventoryTableModel::lastRefreshed() const
{
    return m_current->refreshedAt;
}

void InventoryTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    const bool collationChanged = locale.name() != m_locale.name();
    m_locale = locale;
    if (collationChanged)
        m_pool.setCollator(QCollator(m_locale));
    emitAllChanged({Qt::DisplayRole, SortRole});
}

void InventoryTableModel::setLowStockThreshold(int threshold)
{
    threshold = qMax(0, threshold);
    if (threshold == m_lowStockThreshold)
        return;
    m_lowStockThreshold = threshold;
    emitAllChanged({LowStockRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

void InventoryTableModel::emitAllChanged(const QList<int> &roles)
{
    if (!m_current->rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), roles);
}

bool InventoryTableModel::isLowStock(const InventoryRow &row) const
{
    if (!row.has(InventoryRow::HasQuantity))
        return false;
    const qint64 limit = row.has(InventoryRow::HasMinStock) ? row.minStock : m_lowStockThreshold;
    return row.quantity <= limit;
}

bool InventoryTableModel::hasReservedQuantities() const
{
    for (const InventoryRow &row : std::as_const(m_current->rows)) {
        if (row.has(InventoryRow::HasReserved))
            return true;
    }
    return false;
}

InventoryRecord InventoryTableModel::record(int row) const
{
    return m_pool.record(m_current->rows.at(row));
}

int InventoryTableModel::rowOfRecord(qint64 recordId) const
{
    return m_current->indexOfId(recordId);
}

QList<InventoryTableModel::WarehouseStats> InventoryTableModel::warehouseStats() const
{
    QList<WarehouseStats> stats;
    const InventoryDataset *all = nullptr;
    for (const DatasetPtr &dataset : std::as_const(m_datasets)) {
        if (!dataset->search.isEmpty() || !dataset->loadedOnce)
            continue;
        WarehouseStats entry;
        entry.warehouseId = dataset->warehouseId;
        entry.fromCache = dataset->fromCache;
        // Filtered offline from a cache that was not complete: its rows are not all of them.
        const bool complete = dataset->isComplete() && !(dataset->fromCache && !dataset->total);
        entry.records = complete ? qint64(dataset->rows.size()) : dataset->total;
        if (complete) {
            qint64 sum = 0;
            for (const InventoryRow &row : std::as_const(dataset->rows))
                sum += row.has(InventoryRow::HasQuantity) ? row.quantity : 0;
            entry.quantity = sum;
            if (!dataset->warehouseId)
                all = dataset.get();
        }
        stats.append(entry);
    }
    if (all) {
        // Every record is known: counts and totals of each warehouse follow.
        QList<qint64> counts(m_pool.warehouseCount(), 0);
        QList<qint64> sums(m_pool.warehouseCount(), 0);
        for (const InventoryRow &row : std::as_const(all->rows)) {
            ++counts[row.warehouse];
            sums[row.warehouse] += row.has(InventoryRow::HasQuantity) ? row.quantity : 0;
        }
        for (qsizetype i = 0; i < m_pool.warehouseCount(); ++i) {
            const qint64 id = m_pool.warehouse(quint32(i)).id;
            const auto known = std::find_if(stats.begin(), stats.end(),
                                            [id](const auto &s) { return s.warehouseId == id; });
            if (known != stats.end())
                *known = {id, counts[i], sums[i], all->fromCache};
            else
                stats.append({id, counts[i], sums[i], all->fromCache});
        }
    }
    return stats;
}

std::optional<ProductRef> InventoryTableModel::onlyProductWithSku(const QString &sku) const
{
    std::optional<quint32> product;
    for (const InventoryRow &row : std::as_const(m_current->rows)) {
        if ((product && *product != row.product)
            || m_pool.sku(row).compare(sku, Qt::CaseInsensitive) != 0)
            return std::nullopt;
        product = row.product;
    }
    if (!product)
        return std::nullopt;
    const auto &entry = m_pool.product(*product);
    return ProductRef {entry.id, m_pool.names().at(entry.name), m_pool.skus().at(entry.sku)};
}

QList<WarehouseRef> InventoryTableModel::seenWarehouses() const
{
    QList<WarehouseRef> list;
    for (qsizetype i = 0; i < m_pool.warehouseCount(); ++i) {
        const auto &entry = m_pool.warehouse(quint32(i));
        list.append({entry.id, m_pool.warehouseNames().at(entry.name)});
    }
    return list;
}

qsizetype InventoryTableModel::memoryBytes() const
{
    qsizetype bytes = qsizetype(sizeof(*this)) + m_pool.memoryBytes();
    const auto datasetBytes = [](const InventoryDataset &dataset) {
        return qsizetype(sizeof(InventoryDataset))
                + dataset.rows.capacity() * qsizetype(sizeof(InventoryRow))
                + (dataset.key.capacity() + dataset.search.capacity()) * 2;
    };
    for (const DatasetPtr &dataset : std::as_const(m_datasets))
        bytes += datasetBytes(*dataset);
    if (!m_datasets.contains(m_current->key) || m_datasets.value(m_current->key) != m_current)
        bytes += datasetBytes(*m_current);
    return bytes;
}

void InventoryTableModel::applyRecordChange(const InventoryRecord &record)
{
    const auto apply = [this, &record](InventoryDataset &dataset) {
        const int row = dataset.indexOfId(record.id);
        if (row < 0) {
            // It may belong here now (a new record, another warehouse): check when shown.
            dataset.refreshedAtMs = 0;
            return;
        }
        InventoryRow updated = m_pool.intern(record);
        const InventoryRow &old = dataset.rows.at(row);
        // A flat answer (edit) lacks what it does not change.
        constexpr quint8 keep = InventoryRow::HasReserved | InventoryRow::HasMinStock;
        if (!record.reservedQuantity && old.has(InventoryRow::HasReserved))
            updated.reserved = old.reserved;
        if (!record.minStockLevel && old.has(InventoryRow::HasMinStock))
            updated.minStock = old.minStock;
        updated.flags |= quint8(old.flags & keep & ~updated.flags);
        dataset.rows[row] = updated;
        storeInCache(dataset, {m_pool.record(updated)}, false);
        if (isCurrent(dataset))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    };
    for (const DatasetPtr &dataset : std::as_const(m_datasets))
        apply(*dataset);
    if (!m_datasets.contains(m_current->key))
        apply(*m_current);
    announceWarehouses();
    Q_EMIT statsChanged();
}

void InventoryTableModel::removeRecord(qint64 recordId)
{
    const auto remove = [this, recordId](InventoryDataset &dataset) {
        const int row = dataset.indexOfId(recordId);
        if (row < 0)
            return;
        const bool current = isCurrent(dataset);
        if (current)
            beginRemoveRows({}, row, row);
        dataset.rows.removeAt(row);
        if (row < dataset.refreshSeen.size())
            dataset.refreshSeen.removeAt(row);
        if (dataset.total && *dataset.total > 0)
            *dataset.total -= 1;
        if (isCacheable(dataset) && m_localCache)
            m_localCache->remove({recordId});
        if (current)
            endRemoveRows();
    };
    for (const DatasetPtr &dataset : std::as_const(m_datasets))
        remove(*dataset);
    if (!m_datasets.contains(m_current->key))
        remove(*m_current);
    Q_EMIT statsChanged();
}

int InventoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_current->rows.size());
}

int InventoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryRow &r = m_current->rows.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ProductColumn:
            return m_pool.productName(r);
        case SkuColumn:
            return m_pool.sku(r);
        case WarehouseColumn: {
            const QString &name = m_pool.warehouseName(r);
            return name.isEmpty() ? m_locale.toString(m_pool.warehouseId(r)) : name;
        }
        case LocationColumn:
            return m_pool.location(r);
        case QuantityColumn:
            return r.has(InventoryRow::HasQuantity) ? Bidi::formatQuantity(r.quantity, m_locale)
                                                    : QString();
        case ReservedColumn:
            return r.has(InventoryRow::HasReserved) ? Bidi::formatQuantity(r.reserved, m_locale)
                                                    : QString();
        case ColumnCount:
            break;
        }
        break;
    case Bidi::CellKindRole:
        switch (column) {
        case SkuColumn:
            return int(Bidi::CellKind::Code);
        case QuantityColumn:
        case ReservedColumn:
            return int(Bidi::CellKind::Number);
        default:
            return int(Bidi::CellKind::Text);
        }
    case SortRole:
        switch (column) {
        case ProductColumn:
            return m_pool.productName(r);
        case SkuColumn:
            return m_pool.sku(r);
        case WarehouseColumn:
            return m_pool.warehouseName(r);
        case LocationColumn:
            return m_pool.location(r);
        case QuantityColumn:
            return r.has(InventoryRow::HasQuantity) ? QVariant(r.quantity) : QVariant();
        case ReservedColumn:
            return r.has(InventoryRow::HasReserved) ? QVariant(r.reserved) : QVariant();
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        // Numbers align to the trailing edge in both directions (Qt mirrors "right" in RTL).
        if (column == QuantityColumn || column == ReservedColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == QuantityColumn && isLowStock(r)) {
            const qint64 limit =
                    r.has(InventoryRow::HasMinStock) ? r.minStock : qint64(m_lowStockThreshold);
            return r.has(InventoryRow::HasMinStock)
                    ? tr("Low stock: at or below this record's minimum of %1")
                              .arg(Bidi::quantity(limit, m_locale))
                    : tr("Low stock: at or below %1").arg(Bidi::quantity(limit, m_locale));
        }
        if (column == ProductColumn || column == LocationColumn)
            return data(index, Qt::DisplayRole); // long names are elided in the view
        break;
    case Qt::AccessibleDescriptionRole:
        if (isLowStock(r))
            return tr("Low stock");
        break;
    case LowStockRole:
        return isLowStock(r);
    case RecentlyChangedRole:
        return !m_highlighted.isEmpty() && m_highlighted.contains(r.id);
    case RecordIdRole:
        return r.id;
    case ProductIdRole:
        return m_pool.productId(r);
    case WarehouseIdRole:
        return m_pool.warehouseId(r);
    default:
        break;
    }
    return {};
}

QVariant InventoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ProductColumn:
        return tr("Product");
    case SkuColumn:
        return tr("SKU");
    case WarehouseColumn:
        return tr("Warehouse");
    case LocationColumn:
        return tr("Location", "place inside a warehouse, e.g. a shelf");
    case QuantityColumn:
        return tr("Quantity");
    case ReservedColumn:
        return tr("Reserved", "column header: quantity reserved for orders");
    case ColumnCount:
        break;
    }
    return {};
}

bool InventoryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_current->loadedOnce && !m_current->atEnd;
}

void InventoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canFetchMore(parent) || m_current->hasPagingCall())
        return;
    requestPage(m_current, m_current->nextPage, Purpose::Page);
}

} // namespace Glance
