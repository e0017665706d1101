#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace Glance {

class InventoryTableModel;
struct InventoryRow;

// Sorting and the low-stock filter over an InventoryTableModel, fast enough for 100,000 rows:
// instead of comparing values through data() (what QSortFilterProxyModel::lessThan does), it
// sorts a vector of row numbers by integer keys (InventorySorter). Text columns sort by collation
// rank (the model's InventoryPool keeps every string in QCollator order, numeric mode: "AB-57"
// before "AB-120", "Shelf A3" before "Shelf A10"); quantities numerically, absent values first.
// Rows that arrive while sorted are merged in; changes re-sort.
//
// Sorting or filtering a view that is not completely loaded only orders the loaded rows, so
// lazy paging is switched off meanwhile (canFetchMore() is false): the window says so and
// offers "Load all" (see isPartial()).
class InventoryProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit InventoryProxyModel(QObject *parent = nullptr);
    ~InventoryProxyModel() override;

    // Must be an InventoryTableModel.
    void setSourceModel(QAbstractItemModel *source) override;
    InventoryTableModel *inventoryModel() const { return m_source; }

    // column -1: the server's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSorted() const { return m_sortColumn >= 0; }

    void setLowStockOnly(bool on);
    bool lowStockOnly() const { return m_lowStockOnly; }

    // Sorted or filtered while the source has more rows to load.
    bool isPartial() const;

    int sourceRow(int proxyRow) const { return m_proxyToSource.at(std::size_t(proxyRow)); }
    int proxyRow(int sourceRow) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    // Type-ahead (keyboardSearch) on 100,000 rows: compares the strings directly.
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith
                                                                | Qt::MatchWrap)) const override;

    // Bytes of the row mappings.
    qsizetype memoryBytes() const;

Q_SIGNALS:
    void sortChanged(int column, Qt::SortOrder order);
    void lowStockOnlyChanged(bool on);

private:
    bool accepts(const InventoryRow &row) const;
    std::vector<int> acceptedRows(int from, int to) const;
    void sortRows(std::vector<int> &rows) const;
    void mergeSorted(std::vector<int> &rows, std::size_t sortedPrefix) const;
    void rebuildSourceToProxy();
    void applyOrder(std::vector<int> order);
    void resync();

    void onAboutToBeReset();
    void onReset();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);

    InventoryTableModel *m_source = nullptr;
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1: filtered out
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_lowStockOnly = false;
    bool m_resetting = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Glance
