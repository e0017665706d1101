#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <functional>

namespace Glance {

class ApiClient;

// History is read from a moment minus this margin: Glance's clock may differ from ours.
inline constexpr std::chrono::minutes ServerClockSkew {2};

// Reads Glance's movement history for a set of product × warehouse pairs since a moment: the
// evidence a lost answer is decided on (see Reconciler). One GET /inventory/movements per
// warehouse involved (filtered by product as well when only one product is asked for there),
// page by page from `startDate` (the day of `since`, UTC) until the movements are older than
// `since`, or to the end when the server does not list them newest first. Reports once: the
// movements of the asked pairs with createdAt ≥ since (or without a date), or the first error.
// More than MaxPages pages for one warehouse counts as "cannot tell" (an error), never as a
// partial history. Destroying the reader drops pending answers.
class MovementReader : public QObject
{
    Q_OBJECT

public:
    using Pair = QPair<qint64, qint64>; // product id, warehouse id
    using Done = std::function<void(const QList<Movement> &)>;
    using Failed = std::function<void(const ApiError &)>;

    static constexpr int MaxPages = 30;

    MovementReader(ApiClient *client, const QList<Pair> &pairs, const QDateTime &since,
                   QObject *parent = nullptr);
    ~MovementReader() override;

    void start(Done done, Failed failed);
    int requestCount() const { return m_requests; }

    // The signed change a movement made to `warehouseId` (+ into it, − out of it; 0 when it does
    // not touch it or has no quantity).
    static qint64 signedChange(const Movement &movement, qint64 warehouseId);

private:
    void readPage(qint64 warehouse, int page);
    void finishOne();
    void reportDone();
    void reportFailed(const ApiError &error);

    QPointer<ApiClient> m_client;
    QSet<Pair> m_pairs;
    QHash<qint64, QSet<qint64>> m_productsOf; // per warehouse
    QDateTime m_since;
    QList<Movement> m_movements;
    QSet<qint64> m_seen; // movement ids (a page boundary can repeat one)
    ApiError m_error;
    Done m_done;
    Failed m_failed;
    int m_remaining = 0;
    int m_requests = 0;
    bool m_reported = false;
};

} // namespace Glance
