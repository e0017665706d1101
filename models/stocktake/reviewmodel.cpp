#include "models/stocktake/reviewmodel.h"

#include "core/text/bidi.h"
#include "models/celltext.h"

#include <QStringList>

#include <limits>

namespace Glance {

ReviewModel::ReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ReviewModel::~ReviewModel() = default;

void ReviewModel::setItems(const QList<StocktakeItem> &items)
{
    beginResetModel();
    m_items = items;
    m_deltas.clear();
    m_prepared = false;
    endResetModel();
}

void ReviewModel::setDeltas(const QList<StocktakeDelta> &deltas)
{
    m_deltas.clear();
    for (const StocktakeDelta &delta : deltas)
        m_deltas.insert(delta.index, delta);
    m_prepared = true;
    refresh();
}

void ReviewModel::setLargeDifference(qint64 threshold)
{
    m_large = qMax<qint64>(1, threshold);
    refresh();
}

void ReviewModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    refresh();
}

void ReviewModel::refresh()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<qint64> ReviewModel::differenceOf(int row) const
{
    if (m_prepared) {
        const auto it = m_deltas.constFind(row);
        return it == m_deltas.cend() ? std::nullopt : it->amount;
    }
    const StocktakeItem &item = m_items.at(row);
    if (!item.counted || !item.expected)
        return std::nullopt;
    return *item.counted - *item.expected;
}

int ReviewModel::flagsOf(int row) const
{
    const StocktakeItem &item = m_items.at(row);
    int flags = 0;
    if (!item.counted)
        flags |= NotCounted;
    if (item.recount)
        flags |= Recount;
    if (item.countedElsewhere())
        flags |= CountedElsewhere;
    const std::optional<qint64> difference = differenceOf(row);
    if (difference && *difference != 0)
        flags |= Difference;
    if (difference && qAbs(*difference) >= m_large)
        flags |= LargeDifference;
    const auto it = m_deltas.constFind(row);
    if (it != m_deltas.cend()) {
        if (it->needsCheck())
            flags |= Check;
        if (it->movementsSinceCount > 0)
            flags |= MovedSinceCount;
        if (it->zeroed)
            flags |= Zeroed;
    }
    return flags;
}

int ReviewModel::countWith(Flag flag) const
{
    int n = 0;
    for (int row = 0; row < m_items.size(); ++row)
        n += (flagsOf(row) & flag) ? 1 : 0;
    return n;
}

QString ReviewModel::flagsText(int row) const
{
    const int flags = flagsOf(row);
    QStringList words;
    if (flags & Zeroed)
        words.append(tr("Set to zero"));
    else if (flags & NotCounted)
        words.append(tr("Not counted"));
    if (flags & Recount)
        words.append(tr("Recount"));
    if (flags & LargeDifference)
        words.append(tr("Large difference"));
    if (flags & Check)
        words.append(StocktakeDeltas::checkText(m_deltas.value(row).check));
    if (flags & MovedSinceCount)
        words.append(tr("Moved since counted"));
    if (flags & CountedElsewhere)
        //: %1 where it was counted, e.g. "Shelf A3: 5, Bin 7: 2"
        words.append(tr("Counted at %1").arg(countedElsewhereText(m_items.at(row), m_locale)));
    return words.join(QStringLiteral("; "));
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const int row = index.row();
    const StocktakeItem &item = m_items.at(row);
    const int column = index.column();
    if (role == FlagsRole)
        return flagsOf(row);
    if (role == ProductIdRole)
        return item.productId;
    const bool number = column >= ExpectedColumn && column <= MovedColumn;
    if (role == Bidi::CellKindRole)
        return int(column == SkuColumn ? Bidi::CellKind::Code
                           : number    ? Bidi::CellKind::Number
                                       : Bidi::CellKind::Text);
    if (role == Qt::TextAlignmentRole && number)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    const auto delta = m_deltas.constFind(row);
    const bool hasDelta = delta != m_deltas.cend();
    constexpr qint64 none = std::numeric_limits<qint64>::min();
    switch (Column(column)) {
    case SkuColumn:
        return item.sku;
    case NameColumn:
        return item.name;
    case ExpectedColumn:
        return sort ? QVariant(item.expected.value_or(none))
                    : QVariant(CellText::quantity(item.expected, m_locale));
    case CountedColumn:
        return sort ? QVariant(item.counted.value_or(none))
                    : QVariant(CellText::quantity(item.counted, m_locale));
    case DifferenceColumn: {
        const std::optional<qint64> difference = differenceOf(row);
        if (sort)
            return difference.value_or(none);
        return difference ? Bidi::formatSignedAmount(*difference, m_locale) : QString();
    }
    case ValueColumn: {
        const std::optional<double> value = valueOf(row);
        if (sort)
            return value.value_or(std::numeric_limits<double>::lowest());
        return value ? Bidi::formatSignedMoney(*value, m_locale) : QString();
    }
    case AtCountColumn: {
        const std::optional<qint64> at = hasDelta ? delta->systemAtCount : std::nullopt;
        return sort ? QVariant(at.value_or(none)) : QVariant(CellText::quantity(at, m_locale));
    }
    case MovedColumn: {
        if (!hasDelta || delta->movementsSinceCount == 0)
            return sort ? QVariant(qint64(0)) : QVariant(QString());
        return sort ? QVariant(delta->movedSinceCount)
                    : QVariant(Bidi::formatSignedAmount(delta->movedSinceCount, m_locale));
    }
    case FlagsColumn:
        return sort ? QVariant(flagsOf(row)) : QVariant(flagsText(row));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ValueColumn)
        return tr("The difference times the product's unit cost in Glance (Read Costs).");
    if (role == Qt::ToolTipRole && section == AtCountColumn)
        return tr("The quantity in Glance when the product was first counted: the quantity at "
                  "the start plus the movements until then.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Product");
    case ExpectedColumn:
        return tr("In system");
    case CountedColumn:
        return tr("Counted");
    case DifferenceColumn:
        return tr("Difference");
    case ValueColumn:
        return tr("Value at cost");
    case AtCountColumn:
        return tr("At count time");
    case MovedColumn:
        return tr("Moved since");
    case FlagsColumn:
        return tr("Check");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<double> ReviewModel::valueOf(int row) const
{
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return valueAtCost(differenceOf(row), m_items.at(row));
}

double ReviewModel::totalValue() const
{
    double total = 0;
    for (int row = 0; row < m_items.size(); ++row)
        total += valueOf(row).value_or(0);
    return total;
}

int ReviewModel::differencesWithoutCost() const
{
    int n = 0;
    for (int row = 0; row < m_items.size(); ++row) {
        const std::optional<qint64> difference = differenceOf(row);
        n += difference && *difference != 0 && !m_items.at(row).unitCost ? 1 : 0;
    }
    return n;
}

} // namespace Glance
