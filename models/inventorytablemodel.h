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

// Inventory records of one filter (search text, warehouse), fetched lazily a page at a time
// through canFetchMore()/fetchMore(). A new query cancels the request of the old one; a failed
// request keeps the rows already shown and reports the error.
class InventoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProductColumn, SkuColumn, WarehouseColumn, LocationColumn, QuantityColumn,
                  ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: QString or qint64
        RecordIdRole,
        ProductIdRole,
        WarehouseIdRole,
    };

    static constexpr int PageSize = 100;

    explicit InventoryTableModel(ApiClient *client, QObject *parent = nullptr);
    ~InventoryTableModel() override;

    void setQuery(const InventoryQuery &query);
    InventoryQuery query() const { return m_query; }
    void refresh(); // reload from the first page; rows stay until the answer arrives

    void setLocale(const QLocale &locale);

    const InventoryRecord &record(int row) const { return m_rows.at(row); }
    std::optional<qint64> totalCount() const { return m_total; }
    bool isLoading() const { return !m_call.isNull(); }
    bool hasLoadedOnce() const { return m_loadedOnce; }
    ApiError lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded();
    void errorOccurred(const Glance::ApiError &error);

private:
    void requestPage(int page, bool replace);
    void onPage(const ApiResult<Page<InventoryRecord>> &result, int page, bool replace);

    ApiClient *m_client;
    InventoryQuery m_query;
    QList<InventoryRecord> m_rows;
    QPointer<ApiCall> m_call;
    std::optional<qint64> m_total;
    int m_nextPage = 1;
    bool m_atEnd = false;
    bool m_loadedOnce = false;
    ApiError m_lastError;
    QLocale m_locale;
};

} // namespace Glance
