#pragma once

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>

namespace Glance {

class StocktakeCounter;

// The lines of a stocktake while it is counted: every product of the scope, its count (empty:
// not counted yet; editable) and, unless the count is blind, the quantity Glance had at the
// start, and where it was counted when that is not its location. In a blind count the expected
// quantity is not in the model at all (no role gives it).
class CountingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SkuColumn,
        NameColumn,
        LocationColumn,
        ExpectedColumn,
        CountedColumn,
        CountedAtColumn, // where it was counted, when that is not (only) its location
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1, ProductIdRole };

    explicit CountingModel(StocktakeCounter *counter, QObject *parent = nullptr);
    ~CountingModel() override;

    void setLocale(const QLocale &locale);
    bool showsExpected() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static bool isNumber(int column);
    bool isRowIndex(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && !index.parent().isValid()
                && index.row() < rowCount() && index.column() < columnCount();
    }
    QPointer<StocktakeCounter> m_counter;
    QLocale m_locale;
};

} // namespace Glance
