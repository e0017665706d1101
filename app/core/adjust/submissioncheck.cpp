#include "core/adjust/submissioncheck.h"

#include "api/apiclient.h"
#include "core/adjust/movementreader.h"
#include "core/adjust/stockreader.h"

namespace Glance {

SubmissionCheck::SubmissionCheck(ApiClient *client, const QList<StockPair> &pairs,
                                 const QDateTime &since, CheckEvidence base, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pairs(pairs)
    , m_since(since)
    , m_evidence(std::move(base))
{
}

SubmissionCheck::~SubmissionCheck() = default;

int SubmissionCheck::requestCount() const
{
    return (m_stock ? m_stock->requestCount() : 0)
            + (m_movements ? m_movements->requestCount() : 0);
}

bool SubmissionCheck::isTransient(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Http:
        return error.httpStatus() >= 500 || error.httpStatus() == 429 || error.httpStatus() == 401;
    case ApiError::Kind::Decode:
        return false;
    case ApiError::Kind::None:
        return false;
    default:
        return true;
    }
}

void SubmissionCheck::start(Done done)
{
    m_done = std::move(done);
    m_remaining = 2;
    m_stock = new StockReader(m_client, m_pairs, this);
    m_movements = new MovementReader(m_client, m_pairs, m_since, this);
    m_stock->start(
            [this](const StockReader::Stock &stock) {
                for (const StockPair &pair : std::as_const(m_pairs)) {
                    bool exists = false;
                    const std::optional<qint64> quantity =
                            StockReader::quantity(stock, pair.first, pair.second, &exists);
                    if (exists && !quantity)
                        m_evidence.unreadable.insert(pair); // a record without a quantity
                    else
                        m_evidence.observed.insert(pair, quantity);
                }
                finishOne();
            },
            [this](const ApiError &error, const QSet<qint64> &notFound) {
                // A product Glance no longer knows has no record: that is an answer.
                if (!notFound.isEmpty() && !isTransient(error)) {
                    for (const StockPair &pair : std::as_const(m_pairs)) {
                        if (notFound.contains(pair.first))
                            m_evidence.observed.insert(pair, std::nullopt);
                    }
                }
                if (isTransient(error) && !m_error.isError())
                    m_error = error;
                finishOne();
            });
    m_movements->start(
            [this](const QList<Movement> &movements) {
                m_evidence.movementsRead = true;
                m_evidence.movements = movements;
                finishOne();
            },
            [this](const ApiError &error) {
                m_evidence.movementsRead = false;
                if (isTransient(error) && !m_error.isError())
                    m_error = error;
                finishOne();
            });
}

void SubmissionCheck::finishOne()
{
    if (--m_remaining > 0)
        return;
    m_evidence.now = QDateTime::currentDateTimeUtc();
    // The readers may still be on the stack: the receiver must not delete this check at once.
    const Done done = m_done;
    const CheckEvidence evidence = m_evidence;
    const ApiError error = m_error;
    done(evidence, error);
}

} // namespace Glance
