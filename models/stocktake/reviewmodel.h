#pragma once

#include "core/stocktake/stocktake.h"
#include "core/stocktake/stocktakedeltas.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

namespace Glance {

// The review of a closed stocktake, one row per product of the scope: the quantity in the
// system at the start, the count, the difference (once the history is read: counted − the
// quantity at the moment it was counted; before that counted − expected), the movements since
// the count, and flags (not counted, large difference, recount, check, moved since counted).
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SkuColumn,
        NameColumn,
        ExpectedColumn,
        CountedColumn,
        DifferenceColumn,
        ValueColumn, // the difference at the product's unit cost, once the costs are read
        AtCountColumn,
        MovedColumn,
        FlagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1, FlagsRole, ProductIdRole };
    enum Flag {
        NotCounted = 0x1,
        LargeDifference = 0x2,
        Recount = 0x4,
        Check = 0x8,
        MovedSinceCount = 0x10,
        Difference = 0x20,
        Zeroed = 0x40,
        CountedElsewhere = 0x80, // found away from its location in Glance
    };

    explicit ReviewModel(QObject *parent = nullptr);
    ~ReviewModel() override;

    void setItems(const QList<StocktakeItem> &items);
    void setDeltas(const QList<StocktakeDelta> &deltas);
    const QList<StocktakeItem> &items() const { return m_items; }
    // A difference of at least this many units (either way) is "large".
    void setLargeDifference(qint64 threshold);
    qint64 largeDifference() const { return m_large; }
    void setLocale(const QLocale &locale);

    int flagsOf(int row) const;
    std::optional<qint64> differenceOf(int row) const;
    int countWith(Flag flag) const;
    std::optional<double> valueOf(int row) const;
    // The value of every difference that has a cost, and how many differences have none.
    double totalValue() const;
    int differencesWithoutCost() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool isRowIndex(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && !index.parent().isValid()
                && index.row() < rowCount() && index.column() < columnCount();
    }
    QString flagsText(int row) const;
    void refresh();

    QList<StocktakeItem> m_items;
    QHash<int, StocktakeDelta> m_deltas; // by item index
    bool m_prepared = false;
    qint64 m_large = 10;
    QLocale m_locale;
};

} // namespace Glance
