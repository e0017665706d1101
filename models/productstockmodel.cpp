#include "models/productstockmodel.h"

#include "api/apiclient.h"
#include "core/text/bidi.h"
#include "models/celltext.h"

namespace Glance {

ProductStockModel::ProductStockModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

ProductStockModel::~ProductStockModel()
{
    if (m_call)
        m_call->cancel();
}

void ProductStockModel::clear()
{
    if (m_call) {
        m_call->cancel();
        m_call = nullptr;
        Q_EMIT loadingChanged(false);
    }
    beginResetModel();
    m_records.clear();
    m_product = {};
    m_loaded = false;
    m_lastError = {};
    endResetModel();
    Q_EMIT productChanged();
}

void ProductStockModel::setProduct(const ProductRef &product)
{
    const bool same = product.id == m_product.id;
    if (m_call) {
        m_call->cancel(); // its answer is dropped
        m_call = nullptr;
    }
    m_product = product;
    if (!same) {
        beginResetModel();
        m_records.clear();
        m_loaded = false;
        endResetModel();
    }
    m_lastError = {};
    Q_EMIT productChanged();
    requestStock();
}

void ProductStockModel::lookUpSku(const QString &sku)
{
    const QString trimmed = sku.trimmed();
    if (!m_client || trimmed.isEmpty())
        return;
    if (m_call)
        m_call->cancel();
    m_lastError = {};
    m_call = m_client->productBySku(trimmed, this, [this](const ApiResult<Product> &result) {
        m_call = nullptr;
        if (!result.ok()) {
            if (result.error().kind() != ApiError::Kind::Cancelled)
                fail(result.error());
            return;
        }
        const Product &product = result.value();
        setProduct({product.id, product.name, product.sku});
    });
    Q_EMIT loadingChanged(true);
}

void ProductStockModel::reload()
{
    if (hasProduct() && !m_call)
        requestStock();
}

void ProductStockModel::requestStock()
{
    if (!m_client || !hasProduct())
        return;
    const qint64 productId = m_product.id;
    m_call = m_client->inventoryByProduct(
            productId, this, [this, productId](const ApiResult<QList<InventoryRecord>> &result) {
                if (!result.ok() && result.error().kind() == ApiError::Kind::Cancelled)
                    return;
                if (productId != m_product.id)
                    return; // a stale answer
                m_call = nullptr;
                if (!result.ok()) {
                    fail(result.error());
                    return;
                }
                beginResetModel();
                m_records = result.value();
                m_loaded = true;
                endResetModel();
                // Records of this endpoint carry no product: take the name from any that has.
                for (const InventoryRecord &record : std::as_const(m_records)) {
                    if (m_product.name.isEmpty() && !record.product.name.isEmpty())
                        m_product.name = record.product.name;
                    if (m_product.sku.isEmpty() && !record.product.sku.isEmpty())
                        m_product.sku = record.product.sku;
                }
                Q_EMIT loadingChanged(false);
                Q_EMIT loaded();
            });
    Q_EMIT loadingChanged(true);
}

void ProductStockModel::fail(const ApiError &error)
{
    m_lastError = error;
    Q_EMIT loadingChanged(false);
    Q_EMIT errorOccurred(error);
}

std::optional<qint64> ProductStockModel::totalQuantity() const
{
    if (!m_loaded)
        return std::nullopt;
    qint64 sum = 0;
    for (const InventoryRecord &record : m_records)
        sum += record.quantity.value_or(0);
    return sum;
}

std::optional<qint64> ProductStockModel::totalReserved() const
{
    std::optional<qint64> sum;
    for (const InventoryRecord &record : m_records) {
        if (record.reservedQuantity)
            sum = sum.value_or(0) + *record.reservedQuantity;
    }
    return sum;
}

void ProductStockModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ProductStockModel::setLowStockThreshold(int threshold)
{
    m_lowStockThreshold = qMax(0, threshold);
    if (!m_records.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool ProductStockModel::isLowStock(const InventoryRecord &record) const
{
    if (!record.quantity)
        return false;
    return *record.quantity <= record.minStockLevel.value_or(m_lowStockThreshold);
}

int ProductStockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ProductStockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductStockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryRecord &r = m_records.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case WarehouseColumn:
            return r.warehouse.name.isEmpty()
                    ? tr("Warehouse %1").arg(Bidi::number(r.warehouse.id, m_locale))
                    : r.warehouse.name;
        case LocationColumn:
            return r.location;
        case QuantityColumn:
            return CellText::quantity(r.quantity, m_locale);
        case ReservedColumn:
            return CellText::quantity(r.reservedQuantity, m_locale);
        case ColumnCount:
            break;
        }
        break;
    case Bidi::CellKindRole:
        return int(column == QuantityColumn || column == ReservedColumn ? Bidi::CellKind::Number
                                                                        : Bidi::CellKind::Text);
    case SortRole:
        switch (column) {
        case WarehouseColumn:
            return r.warehouse.name;
        case LocationColumn:
            return r.location;
        case QuantityColumn:
            return r.quantity ? QVariant(*r.quantity) : QVariant();
        case ReservedColumn:
            return r.reservedQuantity ? QVariant(*r.reservedQuantity) : QVariant();
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == QuantityColumn || column == ReservedColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == WarehouseColumn)
            return tr("Show this warehouse's inventory");
        break;
    case Qt::AccessibleDescriptionRole:
        if (isLowStock(r))
            return tr("Low stock");
        break;
    case LowStockRole:
        return isLowStock(r);
    case RecordIdRole:
        return r.id;
    case WarehouseIdRole:
        return r.warehouse.id;
    default:
        break;
    }
    return {};
}

QVariant ProductStockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
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

} // namespace Glance
