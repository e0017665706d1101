#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/apitypes.h"
#include "core/adjust/adjustmentline.h"
#include "core/adjust/reconciler.h"
#include "core/adjust/stockreader.h"
#include "core/adjust/submission.h"
#include "core/adjust/submissioncheck.h"
#include "core/adjust/writerlock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>

class QTimer;

namespace Glance {

class ApiCall;
class ApiClient;
class ReferenceHistory;
class SubmissionJournal;

// Sends adjustments so that each is applied exactly once, although POST /inventory/adjust has
// no idempotency key. Shared by the batch-adjust editor, the record dialog and the stocktake.
//
// 1. submit() records the submission (all lines Pending, a random reference token) in the
//    SubmissionJournal, in one transaction with the draft's link to it.
// 2. Lines go out in requests of at most ChunkSize lines, in order. For each request the
//    submitter first re-reads the affected records, records per line the quantity before and
//    the quantity expected after, marks the lines Sending (one more attempt, the send time) and
//    commits that to disk, and only then sends the POST. Every line's notes carry its reference
//    ("[GI-7QK2XM-12.1]": token, line, attempt; SubmissionReference).
// 3. An answer marks the lines Applied. A refusal (4xx: nothing applied) marks them NotApplied
//    with the reason and pauses.
// 4. A lost answer (timeout, dropped connection, 5xx, an unreadable answer, the app stopped)
//    marks them Unknown and checks (SubmissionCheck: quantities + Glance's movement history
//    since the send). The Reconciler decides per line: a movement carrying the line's reference
//    -> Applied; no reference -> nothing is concluded before sentAt + settleWindow() (a server
//    may still apply a request its client gave up on): the lines wait (State::Waiting) and are
//    checked again then; after that, no reference and a history that explains the quantity ->
//    NotApplied, anything else -> Unclear (the user decides, with the evidence).
// 5. sendNotApplied() checks lines that a check or the user found not applied once more, in the
//    same click, and sends only those still not applied.
// 6. A journal write that fails stops everything: nothing more leaves until a write succeeds.
// 7. If the app dies at any point, resume() takes the open submission over from the journal:
//    lines left Sending are checked as above; nothing is sent without the user asking.
//
// A request is never re-sent automatically. Nothing here blocks; every step continues from a
// callback. Destroying the submitter aborts what is in flight (the journal keeps the state).
// A submitter drives a submission only while it holds the account's WriterLock (submit() and
// resume() take it): a second window or a second instance of the app cannot drive the same one.
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
        Waiting, // lost answers not decidable yet: checked again at settlesAt()
        Paused, // waiting for the user (see the counts, lastError())
        Finished, // closed: every line applied, or the rest given back
    };
    Q_ENUM(State)

    AdjustmentSubmitter(ApiClient *client, SubmissionJournal *journal, QObject *parent = nullptr);
    ~AdjustmentSubmitter() override;

    // The client to use from now on (after a re-sign-in the old one is gone; a step in flight
    // on it ended as cancelled and its lines are checked).
    void setClient(ApiClient *client);
    // How long after a send a request may still be applied by the server (default: twice the
    // client's request timeout, at least 2 s). Nothing is concluded "not applied" before.
    std::chrono::milliseconds settleWindow() const;
    void setSettleWindow(std::chrono::milliseconds window);
    // When the waiting lines are checked again (State::Waiting), else invalid.
    QDateTime settlesAt() const { return m_settlesAt; }
    // Who holds the account's writer lock when submit()/resume() was refused because of it.
    QString lockHolder() const { return m_lockHolder; }

    // Records and starts a new submission. Returns its id, or 0 when the journal could not record
    // it (then nothing is sent; see journalError()) or another window or instance holds the
    // account's writer lock (lockHolder()). Refused (0) while another one is loaded and not
    // finished.
    // `link` (optional) links the submission to its document in the same transaction
    // (SubmissionJournal::create).
    qint64 submit(const QString &profile, const QString &source, qint64 documentId,
                  const QString &title, const QList<AdjustmentLine> &lines,
                  const std::function<bool(qint64)> &link = {});
    // Takes over an open submission from the journal. Lines left Sending or Unknown are checked at
    // once; Pending and NotApplied lines wait for continueSending() / sendNotApplied(). False
    // when it cannot be loaded or another window or instance drives it (lockHolder()).
    bool resume(qint64 submissionId);
    // Shows a submission without driving it (read-only: every choice below is refused).
    bool view(qint64 submissionId);
    bool isReadOnly() const { return m_readOnly; }

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
    // Unclear lines at these positions: the user says LineStatus::Applied or NotApplied.
    void decide(const QList<int> &positions, LineStatus outcome);
    // Sends again every NotApplied line (and then the remaining Pending ones).
    void sendNotApplied();
    // Sends the remaining Pending lines (after a pause or resume()).
    void continueSending();
    // Whether the submission can be closed now: nothing in flight, Unknown or Unclear.
    bool canClose() const;
    // Closes the submission; Pending and NotApplied lines end as not applied and are returned so
    // the caller can put them back into its draft: `keepRest` (if given) is called with them
    // inside the same database transaction as the close, so that the draft and the journal
    // change together or not at all (keepRest returns false: nothing changes). Empty when
    // canClose() is false or the change could not be written.
    using KeepRest = std::function<bool(const QList<SubmissionLine> &rest)>;
    QList<SubmissionLine> closeReturningRest(const KeepRest &keepRest = {});

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
    void startPart(const QList<int> &indexes);
    void sendPart(const QList<int> &indexes, const StockReader::Stock &stock);
    void onAdjusted(const QList<int> &indexes, const ApiResult<AdjustResult> &result);
    void startCheck(const QList<int> &indexes);
    void finishCheck(const QList<int> &indexes, const CheckEvidence &evidence,
                     const ApiError &error);
    // Drives `loaded` from now on: writable, nothing in flight, no error, `hold` as given.
    void takeOver(const Submission &loaded, bool hold);
    void replaceStep(QObject *step);
    bool takeStep(QObject *step);
    bool save(const QList<int> &indexes);
    bool flushAfterJournalFailure();
    // Whether a choice of the user may act now: loaded, drivable, not busy, and the journal
    // writes again (else it pauses).
    bool readyForChoice();
    void pause(const ApiError &error = {});
    bool claim(qint64 submissionId);
    void release();
    QList<int> indexesWith(LineStatus status) const;

    QPointer<ApiClient> m_client;
    SubmissionJournal *m_journal;
    ReferenceHistory *m_history; // whether the account's history lists our references
    Submission m_submission;
    State m_state = State::Idle;
    bool m_hold = false; // Pending lines wait for the user
    bool m_readOnly = false;
    bool m_journalBroken = false; // a write failed: nothing leaves until one succeeds
    int m_currentPart = 0;
    int m_lastChunk = 0;
    ApiError m_lastError;
    QString m_journalError;
    QString m_lockHolder;
    std::optional<std::chrono::milliseconds> m_settleWindow;
    QDateTime m_settlesAt;
    QTimer *m_settleTimer = nullptr;
    QSet<int> m_resendAfterCheck; // lines to send once a check confirms them not applied
    std::unique_ptr<WriterLock::Claim> m_claim;
    // The step in flight (a read, a request, a check): replaced or dropped to abandon it.
    QPointer<QObject> m_step;
};

} // namespace Glance
