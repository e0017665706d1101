#include "models/stocktake/countingmodel.h"

#include "core/stocktake/stocktake.h"
#include "core/stocktake/stocktakecounter.h"
#include "core/text/bidi.h"
#include "models/celltext.h"

namespace Glance {

CountingModel::CountingModel(StocktakeCounter *counter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_counter(counter)
{
    connect(counter, &StocktakeCounter::itemChanged, this, [this](int row) {
        Q_EMIT dataChanged(index(row, CountedColumn), index(row, CountedAtColumn));
    });
    connect(counter, &StocktakeCounter::itemsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(counter, &StocktakeCounter::stateChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, ExpectedColumn, ExpectedColumn);
    });
}

CountingModel::~CountingModel() = default;

bool CountingModel::isNumber(int column)
{
    return column == ExpectedColumn || column == CountedColumn;
}

void CountingModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool CountingModel::showsExpected() const
{
    return m_counter && m_counter->stocktake().showsExpected();
}

int CountingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_counter ? 0 : int(m_counter->items().size());
}

int CountingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CountingModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const StocktakeItem &item = m_counter->items().at(index.row());
    const int column = index.column();
    // A blind count: the expected quantity is not reachable through any role.
    if (column == ExpectedColumn && !showsExpected())
        return {};
    if (role == ProductIdRole)
        return item.productId;
    if (role == Bidi::CellKindRole)
        return int(column == SkuColumn        ? Bidi::CellKind::Code
                           : isNumber(column) ? Bidi::CellKind::Number
                                              : Bidi::CellKind::Text);
    if (role == Qt::TextAlignmentRole && isNumber(column))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
    if (role == Qt::EditRole && column == CountedColumn)
        return item.counted ? QVariant(*item.counted) : QVariant(QString());
    if (role == Qt::ToolTipRole && column == CountedAtColumn && item.countedElsewhere())
        return tr("Counted away from its location in Glance (%1): update the location if it "
                  "has moved.")
                .arg(item.location.isEmpty() ? tr("none") : Bidi::location(item.location));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(column)) {
    case SkuColumn:
        return item.sku;
    case NameColumn:
        return item.name;
    case LocationColumn:
        return item.location;
    case ExpectedColumn:
        return sort ? QVariant(item.expected.value_or(std::numeric_limits<qint64>::min()))
                    : QVariant(CellText::quantity(item.expected, m_locale));
    case CountedColumn:
        return sort ? QVariant(item.counted.value_or(-1))
                    : QVariant(CellText::quantity(item.counted, m_locale));
    case CountedAtColumn:
        return countedElsewhereText(item, m_locale);
    case ColumnCount:
        break;
    }
    return {};
}

bool CountingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isRowIndex(index) || role != Qt::EditRole || index.column() != CountedColumn)
        return false;
    const QString text = value.toString().trimmed();
    std::optional<qint64> count;
    if (!text.isEmpty()) {
        count = Bidi::parseSignedAmount(text, m_locale);
        if (!count || *count < 0)
            return false;
    }
    return m_counter->setCount(index.row(), count);
}

Qt::ItemFlags CountingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (isRowIndex(index) && index.column() == CountedColumn && m_counter->isCounting())
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CountingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Product");
    case LocationColumn:
        return tr("Location");
    case ExpectedColumn:
        return showsExpected() ? tr("In system") : QVariant();
    case CountedColumn:
        return tr("Counted");
    case CountedAtColumn:
        return tr("Counted At");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Glance
