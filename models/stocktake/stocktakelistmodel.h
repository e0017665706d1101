#pragma once

#include "core/stocktake/stocktake.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>

namespace Glance {

class StocktakeStore;

// The stocktakes of one profile, newest first: title, warehouse, state, when started. Reloads
// when the store changes.
class StocktakeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, WarehouseColumn, StateColumn, StartedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole + 1, StocktakeIdRole };

    explicit StocktakeListModel(StocktakeStore *store, QObject *parent = nullptr);
    ~StocktakeListModel() override;

    void setProfile(const QString &profile);
    void reload();
    void setLocale(const QLocale &locale);
    const Stocktake &stocktake(int row) const { return m_rows.at(row); }

    static QString stateText(const Stocktake &stocktake);

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
    QPointer<StocktakeStore> m_store;
    QString m_profile;
    QList<Stocktake> m_rows;
    QLocale m_locale;
};

} // namespace Glance
