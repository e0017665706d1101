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
class WarehouseCounter;

// The warehouses to choose from: row 0 is "All warehouses", then the list of GET /warehouses
// or, where the API does not offer it (404/403) or it fails, the warehouses seen in inventory
// records so far (derived; sorted by name).
//
// Record counts from the start: once the list is there (the server's or the derived one), one
// background GET /inventory?warehouseId=…&limit=1 per row (WarehouseCounter) gives each row's
// count from pagination.total; a warehouse the derived list gains later is counted when it
// appears. recount() counts every row again (refresh, after this app's own changes); nothing
// else sends these requests. While offline (setOnline(false)) none are sent; back online, every
// row is counted again. A failed count leaves the row as it was (unknown, at first) with the
// reason as its tooltip.
//
// The cached inventory views (trackInventory()) give counts too (a view's total, or its rows
// once complete) and the total quantity once a view is complete. When the two disagree the
// newer wins: a count answer always replaces the shown count, a view's count replaces it when
// it is news (differs from what that view said before: a page, a refresh, a record added or
// removed here), and a count still read from the local cache never replaces one read from the
// server in this run.
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
    // A list made without a client (the cached rows shown while the API key is read) gets its
    // client: load() and the counts use it from now on.
    void setClient(ApiClient *client);
    bool isLoading() const { return !m_call.isNull(); }
    bool hasLoaded() const { return m_loaded; }
    // True when the list is built from inventory records (no /warehouses).
    bool isDerived() const { return m_derived; }
    ApiError lastError() const { return m_lastError; }

    // Keeps counts, totals and (derived mode) the list itself in step with `inventory`.
    void trackInventory(InventoryTableModel *inventory);

    void addSeenWarehouses(const QList<WarehouseRef> &warehouses);
    // A view's figures (nullopt: not known; known figures stay). `fromCache`: read from the
    // local cache, older than any count of this run.
    void setStats(std::optional<qint64> warehouseId, std::optional<qint64> records,
                  std::optional<qint64> quantity, bool fromCache = false);

    // Counts every row again (or loads the list first if it has not arrived).
    void recount();
    // Offline: no count requests (those under way are cancelled); back online: recount().
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    bool isCounting() const;
    // Count requests sent so far (GET /inventory?limit=1).
    int countRequests() const;

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
    // Every count request of the current round has answered (or failed).
    void countsFinished();

private:
    struct Entry
    {
        Warehouse warehouse;
        std::optional<qint64> records; // shown: the newer of the counts and the views' figure
        std::optional<qint64> quantity; // from the views only
        std::optional<qint64> viewRecords; // what the views said last
        bool counted = false; // a count answer arrived in this run
        ApiError countError; // why the last count failed (shown while records is unknown)
    };

    void onList(const ApiResult<WarehouseList> &result);
    void startCounts();
    void onCounted(std::optional<qint64> warehouseId, qint64 records);
    void onCountFailed(std::optional<qint64> warehouseId, const ApiError &error);
    void emitRowChanged(std::optional<qint64> warehouseId);
    QString recordsToolTip(const Entry &entry, bool all) const;
    void setDerived(bool derived);
    void insertSorted(const Entry &entry);
    void applyStats();
    Entry *entryFor(std::optional<qint64> warehouseId);

    ApiClient *m_client;
    WarehouseCounter *m_counter; // child
    QPointer<InventoryTableModel> m_inventory;
    QPointer<ApiCall> m_call;
    Entry m_all;
    QList<Entry> m_entries;
    bool m_loaded = false;
    bool m_derived = false;
    bool m_online = true;
    bool m_listShown = false; // the list (server or derived) is there: rows may be counted
    ApiError m_lastError;
    QLocale m_locale;
};

} // namespace Glance
