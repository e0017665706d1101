#include "core/stocktake/stocktakeapplier.h"

#include "api/apiclient.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/draftdocument.h"
#include "core/adjust/lineconversion.h"
#include "core/adjust/movementreader.h"
#include "core/adjust/stockreader.h"
#include "core/adjust/stocksnapshot.h"
#include "core/adjust/submissionjournal.h"
#include "core/stocktake/stocktakestore.h"

#include <limits>

namespace Glance {

StocktakeApplier::StocktakeApplier(ApiClient *client, SubmissionJournal *journal,
                                   StocktakeStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_store(store)
    , m_submitter(new AdjustmentSubmitter(client, journal, this))
    , m_reason(QStringLiteral("Stocktake"))
{
    connect(m_submitter, &AdjustmentSubmitter::finished, this, [this] {
        if (m_store && m_store->setState(m_stocktake.id, StocktakeState::Applied))
            m_stocktake.state = StocktakeState::Applied;
        Q_EMIT applied();
    });
}

StocktakeApplier::~StocktakeApplier() = default;

void StocktakeApplier::setClient(ApiClient *client)
{
    m_client = client;
    m_submitter->setClient(client);
}

void StocktakeApplier::setStocktake(const Stocktake &stocktake, const QList<StocktakeItem> &items)
{
    m_stocktake = stocktake;
    m_items = items;
    m_deltas.clear();
    m_preparedAt = {};
}

void StocktakeApplier::prepare()
{
    delete m_step.data();
    m_preparing = true;
    m_prepareRequests = 0;
    QList<MovementReader::Pair> pairs;
    QDateTime since;
    for (const StocktakeItem &item : std::as_const(m_items)) {
        if (!item.counted && !m_stocktake.zeroUncounted)
            continue;
        pairs.append({item.productId, m_stocktake.warehouseId});
        const QDateTime fetched = item.fetchedAt.isValid() ? item.fetchedAt : m_stocktake.fetchedAt;
        if (fetched.isValid() && (!since.isValid() || fetched < since))
            since = fetched;
    }
    if (!since.isValid())
        since = m_stocktake.createdAt;
    since = since.addMSecs(-m_margin.count());
    m_readStartedAt = QDateTime::currentDateTimeUtc();
    auto *reader = new MovementReader(m_client, pairs, since, this);
    m_step = reader;
    reader->start(
            [this, reader](const QList<Movement> &movements) {
                m_prepareRequests += reader->requestCount();
                reader->deleteLater();
                finishPrepare(&movements, {});
            },
            [this, reader, pairs](const ApiError &) {
                // The history cannot say: read the quantities now and flag every line.
                m_prepareRequests += reader->requestCount();
                reader->deleteLater();
                auto *stock = new StockReader(m_client, pairs, this);
                m_step = stock;
                stock->start(
                        [this, stock](const StockReader::Stock &read) {
                            m_prepareRequests += stock->requestCount();
                            stock->deleteLater();
                            QHash<qint64, std::optional<qint64>> now;
                            for (const StocktakeItem &item : std::as_const(m_items))
                                now.insert(item.productId,
                                           StockReader::quantity(read, item.productId,
                                                                 m_stocktake.warehouseId));
                            finishPrepare(nullptr, now);
                        },
                        [this, stock](const ApiError &error, const QSet<qint64> &) {
                            m_prepareRequests += stock->requestCount();
                            stock->deleteLater();
                            m_preparing = false;
                            m_applyAfterPrepare.reset();
                            Q_EMIT prepareFailed(error.userMessage());
                        });
            });
}

void StocktakeApplier::finishPrepare(const QList<Movement> *movements,
                                     const QHash<qint64, std::optional<qint64>> &now)
{
    m_preparing = false;
    m_deltas = StocktakeDeltas::compute(m_items, m_stocktake.warehouseId, movements, now, m_margin,
                                        m_stocktake.zeroUncounted, QDateTime::currentDateTimeUtc());
    m_preparedAt = m_readStartedAt;
    Q_EMIT prepared();
    if (m_applyAfterPrepare) {
        const LinesToCheck toCheck = *m_applyAfterPrepare;
        m_applyAfterPrepare.reset();
        submitNow(toCheck);
    }
}

int StocktakeApplier::heldBackCount(LinesToCheck toCheck) const
{
    if (toCheck == LinesToCheck::Apply)
        return 0;
    int count = 0;
    for (const StocktakeDelta &delta : m_deltas) {
        if (delta.amount && *delta.amount != 0 && delta.needsCheck())
            ++count;
    }
    return count;
}

QList<StocktakeDelta> StocktakeApplier::linesToApply(LinesToCheck toCheck) const
{
    QList<StocktakeDelta> lines;
    for (const StocktakeDelta &delta : m_deltas) {
        if (delta.amount && *delta.amount != 0
            && (toCheck == LinesToCheck::Apply || !delta.needsCheck()))
            lines.append(delta);
    }
    return lines;
}

bool StocktakeApplier::apply(LinesToCheck toCheck)
{
    m_error.clear();
    if (m_stocktake.state != StocktakeState::Closed || m_stocktake.submissionId > 0) {
        m_error = tr("This stocktake was applied already.");
        return false;
    }
    const qint64 age = m_preparedAt.isValid() ? m_preparedAt.secsTo(QDateTime::currentDateTimeUtc())
                                              : std::numeric_limits<qint64>::max();
    if (!m_preparedAt.isValid() || age > FreshFor.count() || age < 0) {
        m_applyAfterPrepare = toCheck;
        if (!m_preparing)
            prepare();
        return true;
    }
    return submitNow(toCheck);
}

bool StocktakeApplier::submitNow(LinesToCheck toCheck)
{
    const QList<StocktakeDelta> lines = linesToApply(toCheck);
    if (lines.isEmpty()) {
        m_error = tr("Nothing to apply: every counted quantity matches.");
        Q_EMIT failed(m_error);
        return false;
    }
    QList<AdjustmentLine> adjustments;
    QHash<StockSnapshot::Pair, std::optional<qint64>> known;
    adjustments.reserve(lines.size());
    for (const StocktakeDelta &delta : lines) {
        const StocktakeItem &item = m_items.at(delta.index);
        AdjustmentLine line = adjustmentFor(
                {.id = item.productId, .name = item.name, .sku = item.sku},
                {.id = m_stocktake.warehouseId, .name = m_stocktake.warehouseName}, *delta.amount);
        line.reason = m_reason;
        line.notes = m_stocktake.title;
        if (delta.systemAtCount && delta.check == StocktakeDelta::Check::None) {
            const qint64 current = *delta.systemAtCount + delta.movedSinceCount;
            line.shownBefore = current;
            known.insert({item.productId, m_stocktake.warehouseId}, current);
        } else if (delta.systemAtCount && delta.check == StocktakeDelta::Check::NoHistory) {
            line.shownBefore = delta.systemAtCount;
        }
        adjustments.append(line);
    }
    // What the prepare step learned is the quantity now: the submitter's reads before each
    // request are answered from it instead of one GET per product.
    if (StockSnapshot *snapshot = StockSnapshot::of(m_client))
        snapshot->remember(known, m_preparedAt);
    // The stocktake is linked to its submission in the transaction that records it: a crash
    // right after can neither lose the link (and offer to apply it again) nor leave a
    // submission without its stocktake, and a second window that still shows the stocktake
    // as not applied is refused.
    const int heldBack = heldBackCount(toCheck);
    StocktakeStore::Link link = StocktakeStore::Link::Failed;
    const qint64 stocktakeId = m_stocktake.id;
    const QPointer<StocktakeStore> store = m_store;
    const qint64 id = m_submitter->submit(
            m_stocktake.profile, DocumentKind::stocktake(), stocktakeId, m_stocktake.title,
            adjustments, [&link, store, stocktakeId, heldBack](qint64 submissionId) {
                if (store)
                    link = store->linkSubmission(stocktakeId, submissionId, heldBack);
                return link == StocktakeStore::Link::Linked;
            });
    if (id == 0) {
        if (!m_submitter->lockHolder().isEmpty())
            m_error = tr("Another window or copy of the app is applying changes of this "
                         "account (%1).")
                              .arg(m_submitter->lockHolder());
        else if (link == StocktakeStore::Link::Taken)
            m_error = tr("This stocktake was applied already, in another window or copy of the "
                         "app. Close this window and open it again from Inventory → Stocktakes.");
        else
            m_error = m_submitter->journalError();
        Q_EMIT failed(m_error);
        return false;
    }
    m_stocktake.submissionId = id;
    m_stocktake.heldBack = heldBack;
    Q_EMIT submitted(id);
    return true;
}

bool StocktakeApplier::resume()
{
    if (m_stocktake.submissionId <= 0 || !m_journal)
        return false;
    const std::optional<Submission> submission = m_journal->load(m_stocktake.submissionId);
    if (!submission)
        return false;
    if (!submission->open)
        return m_submitter->view(m_stocktake.submissionId);
    return m_submitter->resume(m_stocktake.submissionId);
}

} // namespace Glance
