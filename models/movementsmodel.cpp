#include "models/movementsmodel.h"

#include "api/apiclient.h"
#include "core/text/bidi.h"
#include "models/celltext.h"

namespace Glance {

namespace {

bool meansUnavailable(const ApiError &error)
{
    if (error.kind() != ApiError::Kind::Http)
        return false;
    const int status = error.httpStatus();
    return status == 404 || status == 403 || status == 405 || status == 501;
}

// The long date and the time, without QLocale::LongFormat's time zone: that is the system's
// Latin abbreviation ("UTC", "IST") even in Hebrew, and the time is local anyway.
QString longDateTime(const QDateTime &when, const QLocale &locale)
{
    return locale.toString(when.toLocalTime(),
                           locale.dateFormat(QLocale::LongFormat) + QLatin1Char(' ')
                                   + locale.timeFormat(QLocale::ShortFormat));
}

} // namespace

MovementsModel::MovementsModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

MovementsModel::~MovementsModel()
{
    if (m_call)
        m_call->cancel();
}

void MovementsModel::setFilter(qint64 productId, std::optional<qint64> warehouseId)
{
    m_productId = productId;
    m_warehouseId = warehouseId;
    reload();
}

void MovementsModel::reload()
{
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_nextPage = 1;
    m_atEnd = false;
    m_loaded = false;
    m_total.reset();
    endResetModel();
    requestPage(1);
}

void MovementsModel::requestPage(int page)
{
    if (!m_client || m_productId == 0 || m_call)
        return;
    MovementQuery query;
    query.productId = m_productId;
    query.warehouseId = m_warehouseId;
    query.page = page;
    query.limit = PageSize;
    const quint64 generation = m_generation;
    m_call = m_client->listMovements(
            query, this, [this, page, generation](const ApiResult<Page<Movement>> &result) {
                if (generation != m_generation)
                    return; // an older filter
                m_call = nullptr;
                Q_EMIT loadingChanged(false);
                if (!result.ok()) {
                    if (result.error().kind() == ApiError::Kind::Cancelled)
                        return;
                    m_lastError = result.error();
                    if (meansUnavailable(m_lastError)) {
                        m_available = false;
                        m_atEnd = true;
                        Q_EMIT availabilityChanged(false);
                    } else {
                        Q_EMIT errorOccurred(m_lastError);
                    }
                    return;
                }
                m_lastError = {};
                if (!m_available) {
                    m_available = true;
                    Q_EMIT availabilityChanged(true);
                }
                const Page<Movement> &data = result.value();
                const qint64 count = m_rows.size() + data.items.size();
                m_total = data.pagination.total;
                m_nextPage = page + 1;
                m_atEnd = data.isLast(count);
                m_loaded = true;
                if (!data.items.isEmpty()) {
                    const auto first = int(m_rows.size());
                    beginInsertRows({}, first, first + int(data.items.size()) - 1);
                    m_rows.append(data.items);
                    endInsertRows();
                }
                Q_EMIT loaded();
            });
    Q_EMIT loadingChanged(true);
}

std::optional<qint64> MovementsModel::change(const Movement &movement) const
{
    if (!movement.quantity)
        return std::nullopt;
    const qint64 amount = *movement.quantity;
    if (m_warehouseId) {
        const bool in = movement.toWarehouse && movement.toWarehouse->id == *m_warehouseId;
        const bool out = movement.fromWarehouse && movement.fromWarehouse->id == *m_warehouseId;
        if (in && !out)
            return amount;
        if (out && !in)
            return -amount;
        return amount;
    }
    if (movement.toWarehouse && !movement.fromWarehouse)
        return amount;
    if (movement.fromWarehouse && !movement.toWarehouse)
        return -amount;
    return amount;
}

QString MovementsModel::typeName(const QString &type) const
{
    if (type == QLatin1String("adjustment"))
        return tr("Adjustment", "movement type");
    if (type == QLatin1String("transfer"))
        return tr("Transfer", "movement type");
    if (type == QLatin1String("create"))
        return tr("Created", "movement type: the record was created");
    if (type == QLatin1String("edit"))
        return tr("Edited", "movement type: the quantity was set");
    if (type == QLatin1String("delete"))
        return tr("Deleted", "movement type: the record was deleted");
    return type; // an unknown type as the server names it
}

QString MovementsModel::warehouseName(const std::optional<WarehouseRef> &warehouse) const
{
    if (!warehouse)
        return {};
    return warehouse->name.isEmpty() ? tr("Warehouse %1").arg(Bidi::number(warehouse->id, m_locale))
                                     : warehouse->name;
}

void MovementsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MovementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MovementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovementsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Movement &m = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return m.createdAt.isValid()
                    ? m_locale.toString(m.createdAt.toLocalTime(), QLocale::ShortFormat)
                    : QString();
        case TypeColumn:
            return typeName(m.type);
        case ChangeColumn: {
            const auto delta = change(m);
            if (!delta)
                return QString();
            return Bidi::formatSignedAmount(*delta, m_locale); // "+7", "−2"
        }
        case FromColumn:
            return warehouseName(m.fromWarehouse);
        case ToColumn:
            return warehouseName(m.toWarehouse);
        case ReasonColumn:
            return m.reason;
        case ColumnCount:
            break;
        }
        break;
    case Bidi::CellKindRole:
        return int(column == ChangeColumn ? Bidi::CellKind::Number : Bidi::CellKind::Text);
    case SortRole:
        switch (column) {
        case DateColumn:
            return m.createdAt;
        case TypeColumn:
            return m.type;
        case ChangeColumn: {
            const auto delta = change(m);
            return delta ? QVariant(*delta) : QVariant();
        }
        case FromColumn:
            return m.fromWarehouse ? m.fromWarehouse->name : QString();
        case ToColumn:
            return m.toWarehouse ? m.toWarehouse->name : QString();
        case ReasonColumn:
            return m.reason;
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == ChangeColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (column == ReasonColumn && !m.reason.isEmpty())
            return m.reason;
        if (column == DateColumn && m.createdAt.isValid())
            return longDateTime(m.createdAt, m_locale);
        break;
    case MovementIdRole:
        return m.id;
    default:
        break;
    }
    return {};
}

QVariant MovementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type", "column header: kind of stock movement");
    case ChangeColumn:
        return tr("Change", "column header: quantity added (+) or removed (-)");
    case FromColumn:
        return tr("From", "column header: warehouse the stock left");
    case ToColumn:
        return tr("To", "column header: warehouse the stock went to");
    case ReasonColumn:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

bool MovementsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_atEnd && m_available;
}

void MovementsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent) && !m_call)
        requestPage(m_nextPage);
}

} // namespace Glance
