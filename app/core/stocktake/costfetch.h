#pragma once

#include "api/apicall.h"
#include "core/stocktake/stocktake.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Glance {

class ApiClient;
class StocktakeStore;

// Reads the unit costs of a stocktake's products for the value of its differences: pages of
// GET /products (the API has no "these ids" filter), one background request at a time within
// the rate limit, stopping as soon as every product of the stocktake has been seen or on every
// end condition of REFERENCE.md. The costs found are stored together with the time
// (StocktakeStore::setUnitCosts); a product without unitCost stays without a value. Nothing is
// stored when it fails or is cancelled.
class CostFetch : public QObject
{
    Q_OBJECT

public:
    CostFetch(ApiClient *client, StocktakeStore *store, qint64 stocktakeId,
              const QList<StocktakeItem> &items, QObject *parent = nullptr);
    ~CostFetch() override;

    void start();
    void cancel();
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    void progress(int found, int wanted);
    void finished(int withCost);
    void failed(const QString &message);

private:
    void requestPage(int page);
    void finish();

    QPointer<ApiClient> m_client;
    QPointer<StocktakeStore> m_store;
    qint64 m_stocktakeId;
    QSet<qint64> m_wanted;
    QSet<qint64> m_found; // wanted products seen
    QSet<qint64> m_all; // every product seen (a page with nothing new ends the run)
    QHash<qint64, double> m_costs;
    QPointer<ApiCall> m_call;
    qint64 m_loaded = 0;
    int m_limit = 100;
    int m_requests = 0;
};

} // namespace Glance
