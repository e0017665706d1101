#pragma once

#include "api/apierror.h"
#include "core/adjust/reconciler.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Glance {

class ApiClient;
class MovementReader;
class StockReader;

// One check after a lost answer, as one object: reads the pairs' quantities (StockReader) and
// their movements since `since` (MovementReader) in parallel and reports once, when both are in.
// `error` is set when the check could not be made at all (the network, the rate limit, no
// client): then nothing may be decided. A history Glance refuses to give (403, 404) is reported
// as evidence.movementsRead = false, and a pair whose quantity could not be read is left out of
// evidence.observed: the Reconciler leaves such lines unclear. Destroying the check drops it.
class SubmissionCheck : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const CheckEvidence &evidence, const ApiError &error)>;

    SubmissionCheck(ApiClient *client, const QList<StockPair> &pairs, const QDateTime &since,
                    CheckEvidence base, QObject *parent = nullptr);
    ~SubmissionCheck() override;

    void start(Done done);
    int requestCount() const;

    // Whether `error` says the server was not reached or did not answer usefully (try later),
    // rather than that it refused this read.
    static bool isTransient(const ApiError &error);

private:
    void finishOne();

    QPointer<ApiClient> m_client;
    QList<StockPair> m_pairs;
    QDateTime m_since;
    CheckEvidence m_evidence;
    ApiError m_error;
    Done m_done;
    StockReader *m_stock = nullptr;
    MovementReader *m_movements = nullptr;
    int m_remaining = 0;
};

} // namespace Glance
