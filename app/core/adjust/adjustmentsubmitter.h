#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/apitypes.h"
#include "core/adjust/adjustmentline.h"
#include "core/adjust/reconciler.h"
#include "core/adjust/stockreader.h"
#include "core/adjust/submission.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Glance {

class ApiCall;
class ApiClient;
class SubmissionJournal;

// Sends adjustments so that each is applied exactly once, although POST /inventory/adjust has
// no idempotency key. Shared by the batch-adjust editor and (later) the stocktake.
//
// 1. submit() records the submission (all lines Pending) in the SubmissionJournal.
// 2. Lines go out in requests of at most ChunkSize lines, in order. For each request the
//    submitter first re-reads the affected records (GET /inventory/product/:id, one per distinct
//    product), records per line the quantity before and the quantity expected after, marks the
//    lines Sending and commits that to disk, and only then sends the POST.
// 3. An answer marks the lines Applied (with the server's previous -> new quantities). A refusal
//    (4xx, not sent at all) marks them NotApplied with the reason and pauses: later requests are
//    not sent until the user says so.
// 4. A lost answer (ApiError::Kind::OutcomeUnknown: timeout, dropped connection, 5xx after
//    sending) marks them Unknown, re-reads the records and lets the Reconciler decide per line:
//    Applied, NotApplied or Unclear. When everything was applied the next request follows;
//    otherwise it pauses, offering to send again ONLY the lines that were not applied, and
//    leaving each Unclear line to the user (decide()).
// 5. If the app dies at any point, resume() takes the open submission over from the journal:
//    lines left Sending are checked as above; nothing is sent without the user asking.
//
// A request is never re-sent automatically. Nothing here blocks; every step continues from a
// callback. Destroying the submitter aborts what is in flight (the journal keeps the state).
class AdjustmentSubmitter : public QObject
{
    Q_OBJECT

public:
    // Lines per POST /inventory/adjust. Glance documents no maximum (the sandbox accepts 500);
    // 100 matches the API's page size, keeps a refused request small to fix, and keeps the
    // re-reads of one request (one GET per distinct product) within a minute's rate budget.
    static constexpr int ChunkSize = 100;

    enum class State {
        Idle, // nothing loaded
        Reading, // re-reading records before a request
        Sending, // a request is in flight
        Checking, // re-reading records after a lost answer
        Paused, // waiting for the user (see the counts, lastError())
        Finished, // closed: every line applied, or the rest given back
    };
    Q_ENUM(State)

    AdjustmentSubmitter(ApiClient *client, SubmissionJournal *journal, QObject *parent = nullptr);
    ~AdjustmentSubmitter() override;

    // Records and starts a new submission. Returns its id, or 0 when the journal could not record
    // it (then nothing is sent; see journalError()). Refused (0) while another one is loaded and
    // not finished.
    qint64 submit(const QString &profile, const QString &source, qint64 documentId,
                  const QString &title, const QList<AdjustmentLine> &lines);
    // Takes over an open submission from the journal. Lines left Sending or Unknown are checked at
    // once; Pending and NotApplied lines wait for continueSending() / sendNotApplied().
    bool resume(qint64 submissionId);

    State state() const { return m_state; }
    bool isBusy() const;
    const Submission &submission() const { return m_submission; }
    qint64 submissionId() const { return m_submission.id; }
    SubmissionCounts counts() const { return m_submission.counts(); }
    // The last request that failed (a refusal, a failed read), or Kind::None.
    ApiError lastError() const { return m_lastError; }
    QString journalError() const { return m_journalError; }
    // 1-based number of the request being prepared or sent, and how many there will be at least.
    int currentPart() const { return m_currentPart; }
    int partCount() const;

    // ---- The user's choices while Paused ----
    // Re-read the records of Unknown lines.
    void checkAgain();
    // Unclear lines at these positions: applied (true) or not applied (false).
    void decide(const QList<int> &positions, bool applied);
    // Sends again every NotApplied line (and then the remaining Pending ones).
    void sendNotApplied();
    // Sends the remaining Pending lines (after a pause or resume()).
    void continueSending();
    // Whether the submission can be closed now: nothing in flight, Unknown or Unclear.
    bool canClose() const;
    // Closes the submission; Pending and NotApplied lines end as not applied and are returned so
    // the caller can put them back into its draft. Empty when canClose() is false.
    QList<SubmissionLine> closeReturningRest();

Q_SIGNALS:
    void stateChanged(Glance::AdjustmentSubmitter::State state);
    // Any line changed (status, quantities, message).
    void linesChanged();
    // A request failed: a refusal, a lost answer, a failed read.
    void errorOccurred(const Glance::ApiError &error);
    // Every line applied; the submission is closed.
    void finished();
    // The journal could not record a step; nothing further is sent.
    void journalFailed(const QString &message);

private:
    void setState(State state);
    void advance();
    void startPart(QList<int> indexes);
    void sendPart(const QList<int> &indexes, const StockReader::Stock &stock);
    void onAdjusted(const QList<int> &indexes, const ApiResult<AdjustResult> &result);
    void startCheck(const QList<int> &indexes);
    void finishCheck(const QList<int> &indexes, const StockReader::Stock &stock);
    // Reads the records of the products of `indexes`; callbacks of an abandoned step are dropped.
    void readStock(const QList<int> &indexes, StockReader::Done done, StockReader::Failed failed);
    bool save(const QList<int> &indexes);
    void pause(const ApiError &error = {});
    QList<int> indexesWith(LineStatus status) const;

    QPointer<ApiClient> m_client;
    SubmissionJournal *m_journal;
    Submission m_submission;
    State m_state = State::Idle;
    bool m_hold = false; // Pending lines wait for the user
    int m_currentPart = 0;
    int m_lastChunk = 0;
    ApiError m_lastError;
    QString m_journalError;
    quint64 m_generation = 0; // invalidates callbacks of an abandoned step
    QPointer<StockReader> m_reader;
};

} // namespace Glance
