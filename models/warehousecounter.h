#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/apitypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Glance {

class ApiClient;

// The record count of each warehouse without loading its records: one
// GET /inventory?warehouseId=…&limit=1 per warehouse (without warehouseId for "All
// warehouses"), whose pagination.total is the count. Background requests (RequestPriority):
// a click always goes first, and each has the client's timeout.
//
// A round is what start() asks for, plus what add() asks for until the next start() or
// cancel(). Every answer carries the round it belongs to: an answer of an earlier round (the
// list was reloaded, the warehouses re-counted) is dropped, never reported.
class WarehouseCounter : public QObject
{
    Q_OBJECT

public:
    explicit WarehouseCounter(ApiClient *client, QObject *parent = nullptr);
    ~WarehouseCounter() override;

    // Starts a new round for `warehouses` (nullopt: all warehouses); the previous round's
    // requests are cancelled and their answers ignored.
    void start(const QList<std::optional<qint64>> &warehouses);
    // Counts one more warehouse in the current round (nothing if it is already being counted).
    void add(std::optional<qint64> warehouseId);
    // Ends the current round: its requests are cancelled and their answers ignored.
    void cancel();
    // The client to count with from now on (cancels the round under way).
    void setClient(ApiClient *client);

    bool isCounting() const { return !m_pending.isEmpty(); }
    bool isCounting(std::optional<qint64> warehouseId) const;
    // Count requests sent since construction (for budget checks).
    int requestCount() const { return m_requestCount; }

Q_SIGNALS:
    // Direct connections only (std::optional is not a registered metatype).
    void counted(std::optional<qint64> warehouseId, qint64 records);
    void failed(std::optional<qint64> warehouseId, const Glance::ApiError &error);
    // Every request of the round has answered.
    void finished();

private:
    struct Pending
    {
        std::optional<qint64> warehouseId;
        QPointer<ApiCall> call;
    };

    void onAnswer(quint64 round, std::optional<qint64> warehouseId,
                  const ApiResult<Page<InventoryRecord>> &result);
    qsizetype indexOf(std::optional<qint64> warehouseId) const;

    ApiClient *m_client;
    quint64 m_round = 0;
    QList<Pending> m_pending;
    int m_requestCount = 0;
};

} // namespace Glance
