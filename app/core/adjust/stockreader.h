#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace Glance {

class ApiClient;

// Reads the current quantities of a set of product × warehouse pairs and reports once, when
// every answer is in: the records, or the first error and which products do not exist.
//
// Cost: up to PerProductLimit distinct products, one GET /inventory/product/:id each (in
// parallel; the client's rate limiter queues them). For more products it first asks for page 1
// of GET /inventory?warehouseId=W for each warehouse involved and, when listing those
// warehouses completely takes fewer requests than one per product, reads them page by page
// instead (a 230-row delivery into one warehouse of 700 records: 7 requests, not 230).
// Large sets are therefore read by warehouse pages, and a listing is read once per submission
// rather than once per request: the records of a listing that were not asked for are left in
// the client's StockSnapshot, and a later read whose pairs are all there (fresh, each used
// once) is answered from it without a request. So are pairs a caller remembered itself (the
// stocktake, from its fetched quantities and the movement history). A reader made by a
// SubmissionCheck never uses the snapshot and always asks Glance.
// Destroying the reader drops pending answers.
class StockReader : public QObject
{
    Q_OBJECT

public:
    using Pair = QPair<qint64, qint64>; // product id, warehouse id
    // Records per product id (in listing mode only those of the warehouses listed).
    using Stock = QHash<qint64, QList<InventoryRecord>>;
    using Done = std::function<void(const Stock &)>;
    using Failed = std::function<void(const ApiError &, const QSet<qint64> &notFound)>;

    static constexpr int PerProductLimit = 20;

    StockReader(ApiClient *client, const QList<Pair> &pairs, QObject *parent = nullptr);
    ~StockReader() override;

    // Starts the reads; exactly one of the callbacks runs later (at once when there is nothing
    // to read or no client).
    void start(Done done, Failed failed);
    // Requests sent so far (for tests and progress).
    int requestCount() const { return m_requests; }

    // The quantity of a pair in `stock`: nullopt when the pair has no record (`exists` false);
    // a record without a quantity counts as unknown (`exists` true, nullopt).
    static std::optional<qint64> quantity(const Stock &stock, qint64 productId, qint64 warehouseId,
                                          bool *exists = nullptr);

private:
    bool takeFromSnapshot();
    void readProducts();
    void readWarehouses();
    void onFirstPages();
    void readPage(qint64 warehouse, int page, int limit);
    void take(const QList<InventoryRecord> &records, qint64 warehouse);
    void fail(const ApiError &error);
    void finishOne();
    void reportDone();
    void reportFailed(const ApiError &error);

    QPointer<ApiClient> m_client;
    QList<Pair> m_pairs;
    QList<qint64> m_products;
    QList<qint64> m_warehouses;
    Stock m_stock;
    ApiError m_error;
    QSet<qint64> m_notFound;
    Done m_done;
    Failed m_failed;
    int m_remaining = 0;
    int m_requests = 0;
    bool m_reported = false;
    bool m_useSnapshot = true;
    // Listing mode: first pages per warehouse (total records, limit echoed).
    QHash<qint64, QPair<qint64, int>> m_firstPages;
};

} // namespace Glance
