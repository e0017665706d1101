#include "models/inventorytablemodel.h"

#include "api/apiclient.h"

namespace Glance {

InventoryTableModel::InventoryTableModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

InventoryTableModel::~InventoryTableModel()
{
    if (m_call)
        m_call->cancel();
}

void InventoryTableModel::setQuery(const InventoryQuery &query)
{
    m_query = query;
    m_query.page = 1;
    m_query.limit = PageSize;
    beginResetModel();
    m_rows.clear();
    m_total.reset();
    m_nextPage = 1;
    m_atEnd = false;
    m_loadedOnce = false;
    endResetModel();
    requestPage(1, true);
}

void InventoryTableModel::refresh()
{
    requestPage(1, true);
}

void InventoryTableModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void InventoryTableModel::requestPage(int page, bool replace)
{
    if (m_call) {
        if (!replace)
            return; // one request at a time; the view asks again after the page arrives
        m_call->cancel();
    }
    InventoryQuery query = m_query;
    query.page = page;
    m_call = m_client->listInventory(query, this,
                                     [this, page, replace](const auto &result) {
                                         onPage(result, page, replace);
                                     });
    Q_EMIT loadingChanged(true);
}

void InventoryTableModel::onPage(const ApiResult<Page<InventoryRecord>> &result, int page,
                                 bool replace)
{
    if (!result.ok() && result.error().kind() == ApiError::Kind::Cancelled)
        return; // a newer request replaced this one; it reports on its own
    m_call.clear();
    Q_EMIT loadingChanged(false);

    if (!result.ok()) {
        m_lastError = result.error();
        Q_EMIT errorOccurred(m_lastError);
        return;
    }
    m_lastError = {};
    const Page<InventoryRecord> &pageData = result.value();
    // Paging state first: views (and QAbstractItemModelTester) may call fetchMore() from inside
    // the row insertion below.
    const qint64 loaded = (replace ? 0 : m_rows.size()) + pageData.items.size();
    m_total = pageData.pagination.total;
    m_nextPage = page + 1;
    m_atEnd = pageData.isLast(loaded);
    m_loadedOnce = true;
    if (replace) {
        beginResetModel();
        m_rows = pageData.items;
        endResetModel();
    } else if (!pageData.items.isEmpty()) {
        const auto first = int(m_rows.size());
        beginInsertRows({}, first, first + int(pageData.items.size()) - 1);
        m_rows.append(pageData.items);
        endInsertRows();
    }
    Q_EMIT pageLoaded();
}

int InventoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryRecord &r = m_rows.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ProductColumn:
            return r.product.name;
        case SkuColumn:
            return r.product.sku;
        case WarehouseColumn:
            return r.warehouse.name.isEmpty() ? m_locale.toString(r.warehouse.id)
                                              : r.warehouse.name;
        case LocationColumn:
            return r.location;
        case QuantityColumn:
            return r.quantity ? m_locale.toString(*r.quantity) : QString();
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case ProductColumn:
            return r.product.name;
        case SkuColumn:
            return r.product.sku;
        case WarehouseColumn:
            return r.warehouse.name;
        case LocationColumn:
            return r.location;
        case QuantityColumn:
            return r.quantity ? QVariant(*r.quantity) : QVariant();
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        // Numbers align to the trailing edge in both directions (Qt mirrors "right" in RTL).
        if (column == QuantityColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case RecordIdRole:
        return r.id;
    case ProductIdRole:
        return r.product.id;
    case WarehouseIdRole:
        return r.warehouse.id;
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
    case ColumnCount:
        break;
    }
    return {};
}

bool InventoryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loadedOnce && !m_atEnd;
}

void InventoryTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canFetchMore(parent) || m_call)
        return;
    requestPage(m_nextPage, false);
}

} // namespace Glance
