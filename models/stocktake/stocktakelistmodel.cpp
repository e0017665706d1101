#include "models/stocktake/stocktakelistmodel.h"

#include "core/stocktake/stocktakestore.h"
#include "core/text/bidi.h"

namespace Glance {

StocktakeListModel::StocktakeListModel(StocktakeStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    if (store)
        connect(store, &StocktakeStore::stocktakesChanged, this, [this](const QString &profile) {
            if (profile == m_profile)
                reload();
        });
}

StocktakeListModel::~StocktakeListModel() = default;

void StocktakeListModel::setProfile(const QString &profile)
{
    m_profile = profile;
    reload();
}

void StocktakeListModel::reload()
{
    beginResetModel();
    m_rows = m_store && !m_profile.isEmpty() ? m_store->list(m_profile) : QList<Stocktake>();
    endResetModel();
}

void StocktakeListModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString StocktakeListModel::stateText(const Stocktake &stocktake)
{
    switch (stocktake.state) {
    case StocktakeState::Fetching:
        return tr("Fetching quantities");
    case StocktakeState::Counting:
        return stocktake.blind ? tr("Open (blind count)") : tr("Open");
    case StocktakeState::Closed:
        return stocktake.submissionId > 0 ? tr("Applying") : tr("Closed");
    case StocktakeState::Applied:
        return tr("Stock updated");
    }
    return {};
}

int StocktakeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StocktakeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StocktakeListModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const Stocktake &row = m_rows.at(index.row());
    if (role == StocktakeIdRole)
        return row.id;
    if (role == Bidi::CellKindRole)
        return int(Bidi::CellKind::Text);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case TitleColumn:
        return row.title;
    case WarehouseColumn:
        return row.warehouseName;
    case StateColumn:
        return sort ? QVariant(int(row.state)) : QVariant(stateText(row));
    case StartedColumn:
        if (sort)
            return row.createdAt;
        return m_locale.toString(row.createdAt.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm"));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StocktakeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TitleColumn:
        return tr("Title");
    case WarehouseColumn:
        return tr("Warehouse");
    case StateColumn:
        return tr("State");
    case StartedColumn:
        return tr("Started");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Glance
