#pragma once

#include "core/stocktake/stocktake.h"
#include "core/stocktake/stocktakedeltas.h"

#include <QObject>
#include <QPointer>

#include <chrono>

namespace Glance {

class AdjustmentSubmitter;
class ApiClient;
class MovementReader;
class StockReader;
class StocktakeStore;
class SubmissionJournal;

// Applies a closed stocktake through the AdjustmentSubmitter (journal, requests of 100, per-line
// outcome, exactly-once reconciliation): one adjustment per line whose amount is not 0, with
// the reason given and the stocktake's title in the notes.
//
// prepare() reads the warehouse's movement history since the fetch, page by page (one
// MovementReader: a request per page, never one per line), and computes the drift-safe
// amounts (StocktakeDeltas). When the history cannot be read, the quantities are read instead
// (StockReader: by warehouse pages for large sets) and every line is flagged. apply() submits;
// the quantities now, known from the prepare step, are left in the client's StockSnapshot, so
// the submitter's read before each request costs nothing: ceil(n/100) adjust requests plus the
// history pages. A prepare step older than FreshFor is done again first.
class StocktakeApplier : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds FreshFor {45};

    StocktakeApplier(ApiClient *client, SubmissionJournal *journal, StocktakeStore *store,
                     QObject *parent = nullptr);
    ~StocktakeApplier() override;

    void setClient(ApiClient *client);
    // How close to a fetch or a count a movement makes the line "check" (clock skew).
    void setMargin(std::chrono::milliseconds margin) { m_margin = margin; }
    std::chrono::milliseconds margin() const { return m_margin; }
    void setReason(const QString &reason) { m_reason = reason; }
    QString reason() const { return m_reason; }

    void setStocktake(const Stocktake &stocktake, const QList<StocktakeItem> &items);
    const Stocktake &stocktake() const { return m_stocktake; }

    void prepare();
    bool isPreparing() const { return m_preparing; }
    bool isPrepared() const { return m_preparedAt.isValid(); }
    QDateTime preparedAt() const { return m_preparedAt; }
    const QList<StocktakeDelta> &deltas() const { return m_deltas; }
    // Requests the last prepare step made.
    int prepareRequests() const { return m_prepareRequests; }

    // What applying does with the lines "to check" (a count far from the expected one): leave
    // their stock unchanged, or apply them with the rest.
    enum class LinesToCheck { HoldBack, Apply };

    // The lines apply() would send now.
    QList<StocktakeDelta> linesToApply(LinesToCheck toCheck) const;
    // Lines "to check" with a difference that apply(toCheck) would leave unchanged.
    int heldBackCount(LinesToCheck toCheck) const;
    // Starts applying (after a fresh prepare step if needed). False when there is nothing to
    // apply or it cannot start (see errorString()).
    bool apply(LinesToCheck toCheck);
    // Resumes the stocktake's submission (after a restart), or shows it when it is closed.
    bool resume();
    AdjustmentSubmitter *submitter() const { return m_submitter; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void prepared();
    void prepareFailed(const QString &message);
    void submitted(qint64 submissionId);
    void applied();
    void failed(const QString &message);

private:
    void finishPrepare(const QList<Movement> *movements,
                       const QHash<qint64, std::optional<qint64>> &now);
    bool submitNow(LinesToCheck toCheck);

    QPointer<ApiClient> m_client;
    QPointer<SubmissionJournal> m_journal;
    QPointer<StocktakeStore> m_store;
    AdjustmentSubmitter *m_submitter;
    Stocktake m_stocktake;
    QList<StocktakeItem> m_items;
    QList<StocktakeDelta> m_deltas;
    std::chrono::milliseconds m_margin {std::chrono::seconds(2)};
    QString m_reason;
    QString m_error;
    QDateTime m_preparedAt;
    QDateTime m_readStartedAt;
    QPointer<QObject> m_step;
    bool m_preparing = false;
    int m_prepareRequests = 0;
    std::optional<LinesToCheck> m_applyAfterPrepare;
};

} // namespace Glance
