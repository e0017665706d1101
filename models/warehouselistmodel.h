#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/apitypes.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>

#include <optional>

namespace Glance {

class ApiClient;
class InventoryTableModel;

// The warehouses to choose from: row 0 is "All warehouses", then the list of GET /warehouses
// or, where the API does not offer it (404/403) or it fails, the warehouses seen in inventory
// records so far (derived; sorted by name). Each row shows its record count and total
// quantity once the cached inventory views know them (trackInventory()): counts from a view's
// total, quantities once a view is complete.
class WarehouseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RecordsColumn, QuantityColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        WarehouseIdRole = Qt::UserRole + 1, // qint64; invalid for "All warehouses"
        SortRole,
    };

    explicit WarehouseListModel(ApiClient *client, QObject *parent = nullptr);
    ~WarehouseListModel() override;

    // GET /warehouses (once per call).
    void load();
    bool isLoading() const { return !m_call.isNull(); }
    bool hasLoaded() const { return m_loaded; }
    // True when the list is built from inventory records (no /warehouses).
    bool isDerived() const { return m_derived; }
    ApiError lastError() const { return m_lastError; }

    // Keeps counts, totals and (derived mode) the list itself in step with `inventory`.
    void trackInventory(InventoryTableModel *inventory);

    void addSeenWarehouses(const QList<WarehouseRef> &warehouses);
    void setStats(std::optional<qint64> warehouseId, std::optional<qint64> records,
                  std::optional<qint64> quantity);

    std::optional<qint64> warehouseIdAt(int row) const;
    int rowOf(std::optional<qint64> warehouseId) const; // -1 when unknown
    QString nameOf(qint64 warehouseId) const;

    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void derivedChanged(bool derived);

private:
    struct Entry
    {
        Warehouse warehouse;
        std::optional<qint64> records;
        std::optional<qint64> quantity;
    };

    void onList(const ApiResult<WarehouseList> &result);
    void setDerived(bool derived);
    void insertSorted(const Entry &entry);
    void applyStats();
    Entry *entryFor(std::optional<qint64> warehouseId);

    ApiClient *m_client;
    QPointer<InventoryTableModel> m_inventory;
    QPointer<ApiCall> m_call;
    Entry m_all;
    QList<Entry> m_entries;
    bool m_loaded = false;
    bool m_derived = false;
    ApiError m_lastError;
    QLocale m_locale;
};

} // namespace Glance
