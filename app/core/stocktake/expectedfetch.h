#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "core/stocktake/stocktake.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Glance {

class ApiClient;
class InventoryFetchAll;
class StocktakeStore;

// Fetches a new stocktake's expected quantities once: every page of
// GET /inventory?warehouseId=W (and the scope's search), one request at a time within the rate
// limit (InventoryFetchAll), keeps the records in scope with the time their page was read, and
// stores them (the stocktake moves to Counting). Reports progress after each page.
class ExpectedFetch : public QObject
{
    Q_OBJECT

public:
    ExpectedFetch(ApiClient *client, StocktakeStore *store, const Stocktake &stocktake,
                  QObject *parent = nullptr);
    ~ExpectedFetch() override;

    void start();
    void cancel();
    int requestCount() const;
    // Whether a record is in the scope (the search is applied by the server).
    static bool inScope(const StocktakeScope &scope, const InventoryRecord &record);

Q_SIGNALS:
    void progress(qint64 loaded, std::optional<qint64> total);
    void finished(int items);
    void failed(const QString &message);

private:
    void take(const QList<InventoryRecord> &records);

    QPointer<ApiClient> m_client;
    QPointer<StocktakeStore> m_store;
    Stocktake m_stocktake;
    InventoryFetchAll *m_fetch = nullptr;
    QList<StocktakeItem> m_items;
    QSet<qint64> m_products;
    QDateTime m_startedAt;
};

} // namespace Glance
