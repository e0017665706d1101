#include "core/adjust/adjustmentsubmitter.h"

#include "api/apiclient.h"
#include "api/logging.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/movementreader.h"
#include "core/adjust/referencehistory.h"
#include "core/adjust/settlewindow.h"
#include "core/adjust/submissionchoices.h"
#include "core/adjust/submissionjournal.h"
#include "core/adjust/submissionplan.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

namespace Glance {

Q_LOGGING_CATEGORY(lcSubmitter, "glance.core.submitter")

AdjustmentSubmitter::AdjustmentSubmitter(ApiClient *client, SubmissionJournal *journal,
                                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_history(new ReferenceHistory(journal, this))
    , m_settleTimer(new QTimer(this))
{
    m_settleTimer->setSingleShot(true);
    connect(m_settleTimer, &QTimer::timeout, this, &AdjustmentSubmitter::checkAgain);
}

AdjustmentSubmitter::~AdjustmentSubmitter() = default;

void AdjustmentSubmitter::setClient(ApiClient *client)
{
    m_client = client;
}

std::chrono::milliseconds AdjustmentSubmitter::settleWindow() const
{
    if (m_settleWindow)
        return *m_settleWindow;
    return settleWindowFor(m_client ? m_client->config().timeout
                                    : std::chrono::milliseconds(30000));
}

void AdjustmentSubmitter::setSettleWindow(std::chrono::milliseconds window)
{
    m_settleWindow = window;
}

bool AdjustmentSubmitter::isBusy() const
{
    return m_state == State::Reading || m_state == State::Sending || m_state == State::Checking;
}

void AdjustmentSubmitter::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

int AdjustmentSubmitter::partCount() const
{
    return SubmissionPlan::partCount(m_submission, m_lastChunk, ChunkSize);
}

QList<int> AdjustmentSubmitter::indexesWith(LineStatus status) const
{
    return SubmissionPlan::indexesWith(m_submission, status);
}

bool AdjustmentSubmitter::claim(qint64 submissionId)
{
    if (m_claim && m_claim->submissionId() == submissionId)
        return true;
    const QString folder = m_journal && m_journal->database()
            ? QFileInfo(m_journal->database()->path()).absolutePath()
            : QString();
    if (folder.isEmpty())
        return true; // no local database: nothing to share it with
    m_lockHolder.clear();
    // The new claim first: within the process the account's lock file stays held throughout.
    std::unique_ptr<WriterLock::Claim> claim =
            WriterLock::claim(folder, m_submission.profile, submissionId, &m_lockHolder);
    if (!claim)
        return false;
    m_claim = std::move(claim);
    return true;
}

void AdjustmentSubmitter::release()
{
    m_claim.reset();
}

qint64 AdjustmentSubmitter::submit(const QString &profile, const QString &source, qint64 documentId,
                                   const QString &title, const QList<AdjustmentLine> &lines,
                                   const std::function<bool(qint64)> &link)
{
    if (m_state != State::Idle && m_state != State::Finished)
        return 0;
    if (lines.isEmpty())
        return 0;
    // The account's lock first: a new submission of an account another instance is sending
    // for waits until that one is done.
    m_submission = {};
    m_submission.profile = profile;
    if (!claim(-1)) {
        Q_EMIT journalFailed(m_lockHolder);
        return 0;
    }
    const qint64 id = m_journal->create(profile, source, documentId, title, lines, link);
    const std::optional<Submission> loaded =
            id != 0 ? m_journal->load(id) : std::optional<Submission>();
    if (!loaded) {
        release();
        m_journalError = m_journal->errorString();
        Q_EMIT journalFailed(m_journalError);
        return 0;
    }
    takeOver(*loaded, false);
    claim(id); // within the process: the account's lock is held already
    Q_EMIT linesChanged();
    advance();
    return id;
}

bool AdjustmentSubmitter::view(qint64 submissionId)
{
    if (isBusy())
        return false;
    const std::optional<Submission> loaded = m_journal->load(submissionId);
    if (!loaded)
        return false;
    replaceStep(nullptr);
    m_settleTimer->stop();
    release();
    m_submission = *loaded;
    m_readOnly = true;
    m_state = loaded->open ? State::Paused : State::Finished;
    Q_EMIT linesChanged();
    Q_EMIT stateChanged(m_state);
    return true;
}

bool AdjustmentSubmitter::resume(qint64 submissionId)
{
    if (isBusy())
        return false;
    const std::optional<Submission> loaded = m_journal->load(submissionId);
    if (!loaded || !loaded->open)
        return false;
    m_submission.profile = loaded->profile;
    if (!claim(submissionId))
        return false;
    replaceStep(nullptr);
    m_settleTimer->stop();
    takeOver(*loaded, true); // nothing new leaves without the user asking
    // A line left Sending was in flight when the app stopped: its outcome is unknown.
    for (SubmissionLine &line : m_submission.lines) {
        if (line.status == LineStatus::Sending)
            line.status = LineStatus::Unknown;
    }
    m_state = State::Idle;
    Q_EMIT linesChanged();
    advance();
    return true;
}

void AdjustmentSubmitter::takeOver(const Submission &loaded, bool hold)
{
    m_submission = loaded;
    m_readOnly = false;
    m_hold = hold;
    m_journalBroken = false;
    m_lastChunk = 0;
    for (const SubmissionLine &line : std::as_const(m_submission.lines))
        m_lastChunk = qMax(m_lastChunk, line.chunk);
    m_currentPart = 0;
    m_lastError = {};
    m_journalError.clear();
    m_resendAfterCheck.clear();
}

void AdjustmentSubmitter::replaceStep(QObject *step)
{
    // An abandoned step may be on the stack (its callback running): deleted later, and its
    // callback, if it still comes, is dropped by takeStep().
    if (m_step)
        m_step->deleteLater();
    m_step = step;
}

bool AdjustmentSubmitter::takeStep(QObject *step)
{
    if (m_step != step)
        return false;
    m_step = nullptr;
    step->deleteLater();
    return true;
}

bool AdjustmentSubmitter::save(const QList<int> &indexes)
{
    QList<SubmissionLine> lines;
    lines.reserve(indexes.size());
    for (int index : indexes)
        lines.append(m_submission.lines.at(index));
    if (m_journal->saveLines(m_submission.id, lines))
        return true;
    m_journalBroken = true;
    m_journalError = m_journal->errorString();
    qCWarning(lcSubmitter).noquote() << "journal write failed:" << redact(m_journalError);
    Q_EMIT journalFailed(m_journalError);
    return false;
}

bool AdjustmentSubmitter::flushAfterJournalFailure()
{
    if (!m_journalBroken)
        return true;
    QList<int> all;
    for (int i = 0; i < m_submission.lines.size(); ++i)
        all.append(i);
    if (!save(all))
        return false;
    m_journalBroken = false;
    m_journalError.clear();
    return true;
}

void AdjustmentSubmitter::pause(const ApiError &error)
{
    if (error.isError()) {
        m_lastError = error;
        Q_EMIT errorOccurred(error);
    }
    m_currentPart = 0;
    setState(State::Paused);
}

void AdjustmentSubmitter::advance()
{
    if (isBusy() || m_readOnly || m_submission.id == 0 || !m_submission.open)
        return;
    if (m_journalBroken) {
        // Nothing leaves while the journal cannot record what leaves.
        m_hold = true;
        pause();
        return;
    }
    const QList<int> open = SubmissionChoices::openLines(m_submission);
    if (!open.isEmpty()) {
        if (m_settlesAt.isValid() && QDateTime::currentDateTimeUtc() < m_settlesAt
            && m_settleTimer->isActive()) {
            setState(State::Waiting);
            return;
        }
        startCheck(open);
        return;
    }
    if (!indexesWith(LineStatus::Unclear).isEmpty()) {
        pause();
        return;
    }
    const QList<int> pending = SubmissionPlan::nextPart(m_submission, ChunkSize);
    if (!pending.isEmpty()) {
        if (m_hold) {
            pause();
            return;
        }
        startPart(pending);
        return;
    }
    if (!indexesWith(LineStatus::NotApplied).isEmpty()) {
        pause();
        return;
    }
    // Every line applied.
    if (!m_journal->close(m_submission.id)) {
        m_journalError = m_journal->errorString();
        Q_EMIT journalFailed(m_journalError);
    }
    m_submission.open = false;
    m_submission.closedAt = QDateTime::currentDateTimeUtc();
    m_currentPart = 0;
    release();
    setState(State::Finished);
    Q_EMIT finished();
}

void AdjustmentSubmitter::startPart(const QList<int> &indexes)
{
    m_currentPart = m_lastChunk + 1;
    setState(State::Reading);
    QList<StockReader::Pair> pairs;
    for (int index : indexes)
        pairs.append({m_submission.lines.at(index).line.productId,
                      m_submission.lines.at(index).line.warehouseId});
    auto *reader = new StockReader(m_client, pairs, this);
    replaceStep(reader);
    reader->start(
            [this, reader, indexes](const StockReader::Stock &stock) {
                if (!takeStep(reader))
                    return;
                sendPart(indexes, stock);
            },
            [this, reader, indexes](const ApiError &error, const QSet<qint64> &notFound) {
                if (!takeStep(reader))
                    return;
                // Nothing was sent. Lines of products that do not exist cannot be sent at all;
                // the others stay Pending.
                const QList<int> refused = SubmissionPlan::refuseMissing(
                        m_submission, indexes, notFound, error.userMessage());
                if (!refused.isEmpty())
                    save(refused);
                m_hold = true;
                m_state = State::Idle; // settled; the next step announces its own state
                Q_EMIT linesChanged();
                pause(error);
            });
}

void AdjustmentSubmitter::sendPart(const QList<int> &indexes, const StockReader::Stock &stock)
{
    QList<SubmissionLine> before;
    for (int index : indexes)
        before.append(m_submission.lines.at(index));
    const int part = m_lastChunk + 1;
    const QList<AdjustAction> actions = SubmissionPlan::prepare(m_submission, indexes, stock, part,
                                                                QDateTime::currentDateTimeUtc());

    // Written to disk before anything leaves: if the app dies from here on, resume() knows
    // what to check.
    if (!save(indexes)) {
        for (int i = 0; i < indexes.size(); ++i)
            m_submission.lines[indexes.at(i)] = before.at(i);
        m_hold = true;
        m_state = State::Idle; // settled; the next step announces its own state
        Q_EMIT linesChanged();
        pause();
        return;
    }
    m_lastChunk = part;
    m_currentPart = part;
    Q_EMIT linesChanged();
    setState(State::Sending);
    if (!m_client) {
        onAdjusted(indexes, ApiError(ApiError::Kind::OutcomeUnknown, QStringLiteral("no client")));
        return;
    }
    auto *step = new QObject(this);
    replaceStep(step);
    m_client->adjustInventory(actions, step,
                              [this, step, indexes](const ApiResult<AdjustResult> &result) {
                                  if (takeStep(step))
                                      onAdjusted(indexes, result);
                              });
}

void AdjustmentSubmitter::onAdjusted(const QList<int> &indexes,
                                     const ApiResult<AdjustResult> &result)
{
    if (result.ok()) {
        SubmissionPlan::takeAnswer(m_submission, indexes, result.value().adjusted,
                                   QDateTime::currentDateTimeUtc());
        const bool saved = save(indexes);
        m_state = State::Idle; // settled; the next step announces its own state
        Q_EMIT linesChanged();
        if (saved && !indexes.isEmpty() && !m_submission.token.isEmpty())
            m_history->probe(m_client, m_submission.profile,
                             m_submission.lines.at(indexes.first()));
        advance();
        return;
    }

    const ApiError &error = result.error();
    if (Reconciler::outcomeOpen(error)) {
        qCInfo(lcSubmitter).noquote()
                << "outcome unknown for part" << m_currentPart << "of submission" << m_submission.id
                << redact(error.toLogString());
        SubmissionPlan::markUnknown(m_submission, indexes, error.userMessage());
        save(indexes);
        m_lastError = error;
        Q_EMIT errorOccurred(error);
        m_state = State::Idle; // settled; the next step announces its own state
        Q_EMIT linesChanged();
        advance();
        return;
    }

    // Refused, or never sent: nothing of this request was applied.
    const ApiError refusal = SubmissionPlan::refuse(m_submission, indexes, error);
    save(indexes);
    m_hold = true;
    m_state = State::Idle;
    Q_EMIT linesChanged();
    pause(refusal);
}

void AdjustmentSubmitter::startCheck(const QList<int> &indexes)
{
    m_settleTimer->stop();
    m_settlesAt = {};
    // Announced before the reads leave (tests move stock from here to create unclear rows).
    setState(State::Checking);
    const SubmissionPlan::CheckScope scope = SubmissionPlan::checkScope(
            m_submission, indexes,
            std::chrono::duration_cast<std::chrono::seconds>(ServerClockSkew),
            QDateTime::currentDateTimeUtc());
    CheckEvidence base;
    base.settle = settleWindow();
    base.skew = ServerClockSkew;
    base.historyListsReferences = m_history->known(m_submission.profile);
    auto *check = new SubmissionCheck(m_client, scope.pairs, scope.since, base, this);
    replaceStep(check);
    check->start([this, check, indexes](const CheckEvidence &evidence, const ApiError &error) {
        if (takeStep(check))
            finishCheck(indexes, evidence, error);
    });
}

void AdjustmentSubmitter::finishCheck(const QList<int> &indexes, const CheckEvidence &evidence,
                                      const ApiError &error)
{
    if (error.isError()) {
        // Glance could not be asked: nothing is decided.
        for (int index : indexes)
            m_submission.lines[index].status = LineStatus::Unknown;
        save(indexes);
        m_state = State::Idle; // settled; the next step announces its own state
        Q_EMIT linesChanged();
        pause(error);
        return;
    }
    if (evidence.movementsRead)
        m_history->learn(m_submission.profile, evidence.movements);
    CheckEvidence known = evidence;
    known.historyListsReferences = m_history->known(m_submission.profile);

    QList<SubmissionLine> lines;
    for (int index : indexes)
        lines.append(m_submission.lines.at(index));
    Reconciler::reconcile(lines, m_submission.token, known);
    const SubmissionPlan::CheckMerge merge =
            SubmissionPlan::mergeCheck(m_submission, indexes, lines, m_resendAfterCheck, known);
    if (merge.hold)
        m_hold = true; // offered, never re-sent without the user
    save(indexes);
    m_state = State::Idle;
    Q_EMIT linesChanged();
    if (merge.nextCheck.isValid()) {
        // Checked again once the server can no longer apply what it has not applied yet.
        m_settlesAt = merge.nextCheck.addMSecs(500);
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(m_settlesAt);
        m_settleTimer->start(int(qBound<qint64>(0, wait, qint64(24) * 3600 * 1000)));
        setState(State::Waiting);
        return;
    }
    advance();
}

// ---- The user's choices while Paused -----------------------------------------------------

bool AdjustmentSubmitter::readyForChoice()
{
    if (isBusy() || m_readOnly || !m_submission.open)
        return false;
    if (flushAfterJournalFailure())
        return true;
    pause(); // nothing leaves while the journal cannot record it
    return false;
}

void AdjustmentSubmitter::checkAgain()
{
    if (!readyForChoice())
        return;
    const QList<int> open = SubmissionChoices::openLines(m_submission);
    if (open.isEmpty()) {
        advance();
        return;
    }
    startCheck(open);
}

void AdjustmentSubmitter::decide(const QList<int> &positions, LineStatus outcome)
{
    if (isBusy() || m_readOnly || !m_submission.open)
        return;
    const QList<int> changed = SubmissionChoices::decide(m_submission, positions, outcome,
                                                         QDateTime::currentDateTimeUtc());
    if (changed.isEmpty())
        return;
    save(changed);
    if (outcome == LineStatus::NotApplied)
        m_hold = true;
    Q_EMIT linesChanged();
    if (indexesWith(LineStatus::Unclear).isEmpty())
        advance();
}

void AdjustmentSubmitter::sendNotApplied()
{
    if (!readyForChoice())
        return;
    // Lines found or said not applied after a lost answer are checked once more, in this same
    // click, and sent only if the check still finds no trace of them.
    const SubmissionChoices::Resend resend = SubmissionChoices::sendNotApplied(m_submission);
    if (!resend.resend.isEmpty() && !save(resend.resend))
        return;
    m_hold = false;
    m_lastError = {};
    Q_EMIT linesChanged();
    if (!resend.recheck.isEmpty()) {
        for (int index : resend.recheck)
            m_resendAfterCheck.insert(index);
        startCheck(resend.recheck);
        return;
    }
    advance();
}

void AdjustmentSubmitter::continueSending()
{
    if (!readyForChoice())
        return;
    m_hold = false;
    m_lastError = {};
    advance();
}

bool AdjustmentSubmitter::canClose() const
{
    return !isBusy() && !m_readOnly && m_submission.open && m_submission.id != 0
            && SubmissionChoices::settled(m_submission);
}

QList<SubmissionLine> AdjustmentSubmitter::closeReturningRest(const KeepRest &keepRest)
{
    if (!canClose())
        return {};
    const Submission before = m_submission;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto [changed, rest] = SubmissionChoices::returnRest(
            m_submission, tr("Not sent: returned to the draft."), now);
    // The journal's close and the caller's draft change are one transaction.
    LocalDatabase *db = m_journal->database();
    const bool began = db && db->begin();
    bool ok = began;
    if (ok && !changed.isEmpty())
        ok = save(changed);
    if (ok)
        ok = m_journal->close(m_submission.id);
    if (ok && keepRest)
        ok = keepRest(rest);
    if (began)
        ok = ok ? db->commit() : (db->rollback(), false);
    if (!ok) {
        m_submission = before;
        m_journalError = m_journal->errorString();
        Q_EMIT journalFailed(m_journalError);
        return {};
    }
    m_journalBroken = false;
    m_submission.open = false;
    m_submission.closedAt = now;
    replaceStep(nullptr);
    m_settleTimer->stop();
    release();
    Q_EMIT linesChanged();
    setState(State::Finished);
    return rest;
}

} // namespace Glance
