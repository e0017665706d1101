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

// The movement history of one record: GET /inventory/movements for its product and warehouse,
// newest first, a page of 100 at a time (canFetchMore/fetchMore). The endpoint is not part of
// the documented Inventory API: when the server answers 404, 403, 405 or 501, isAvailable()
// turns false and the record dialog hides the history.
class MovementsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TypeColumn,
        ChangeColumn,
        FromColumn,
        ToColumn,
        ReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        MovementIdRole,
    };

    static constexpr int PageSize = 100;

    explicit MovementsModel(ApiClient *client, QObject *parent = nullptr);
    ~MovementsModel() override;

    // The history of `productId` in `warehouseId` (every warehouse when nullopt).
    void setFilter(qint64 productId, std::optional<qint64> warehouseId);
    void reload();

    bool isAvailable() const { return m_available; }
    bool isLoading() const { return !m_call.isNull(); }
    bool hasLoaded() const { return m_loaded; }
    ApiError lastError() const { return m_lastError; }
    std::optional<qint64> totalCount() const { return m_total; }
    Movement movement(int row) const { return m_rows.at(row); }

    // The signed change of a movement for the filtered warehouse (+ in, - out).
    std::optional<qint64> change(const Movement &movement) const;

    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

Q_SIGNALS:
    void availabilityChanged(bool available);
    void loadingChanged(bool loading);
    void loaded();
    void errorOccurred(const Glance::ApiError &error);

private:
    void requestPage(int page);
    QString typeName(const QString &type) const;
    QString warehouseName(const std::optional<WarehouseRef> &warehouse) const;

    ApiClient *m_client;
    qint64 m_productId = 0;
    std::optional<qint64> m_warehouseId;
    QList<Movement> m_rows;
    QPointer<ApiCall> m_call;
    int m_nextPage = 1;
    bool m_atEnd = false;
    bool m_loaded = false;
    bool m_available = true;
    std::optional<qint64> m_total;
    ApiError m_lastError;
    QLocale m_locale;
    quint64 m_generation = 0;
};

} // namespace Glance
