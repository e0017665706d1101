// AdjustmentSubmitter: the user's choices while a submission is paused.
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/submissionjournal.h"

#include <QTimer>

#include <algorithm>

namespace Glance {

void AdjustmentSubmitter::checkAgain()
{
    if (isBusy() || m_readOnly || !m_submission.open)
        return;
    if (!flushAfterJournalFailure()) {
        pause();
        return;
    }
    QList<int> open = indexesWith(LineStatus::Unknown);
    open += indexesWith(LineStatus::Sending);
    if (open.isEmpty()) {
        advance();
        return;
    }
    std::sort(open.begin(), open.end());
    startCheck(open);
}

void AdjustmentSubmitter::decide(const QList<int> &positions, bool applied)
{
    if (isBusy() || m_readOnly || !m_submission.open)
        return;
    QList<int> changed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int position : positions) {
        if (position < 0 || position >= m_submission.lines.size())
            continue;
        SubmissionLine &line = m_submission.lines[position];
        if (line.status != LineStatus::Unclear)
            continue;
        line.status = applied ? LineStatus::Applied : LineStatus::NotApplied;
        line.resolution = Resolution::User;
        line.decidedAt = now;
        changed.append(position);
    }
    if (changed.isEmpty())
        return;
    save(changed);
    if (!applied)
        m_hold = true;
    Q_EMIT linesChanged();
    if (indexesWith(LineStatus::Unclear).isEmpty())
        advance();
}

void AdjustmentSubmitter::sendNotApplied()
{
    if (isBusy() || m_readOnly || !m_submission.open)
        return;
    if (!flushAfterJournalFailure()) {
        pause();
        return;
    }
    // Refused by Glance (nothing applied, for certain): sent again as they are. Found or said
    // not applied after a lost answer: checked once more first, in this same click, and sent
    // only if the check still finds no trace of them.
    QList<int> direct;
    QList<int> recheck;
    for (int index : indexesWith(LineStatus::NotApplied)) {
        if (m_submission.lines.at(index).resolution == Resolution::Server)
            direct.append(index);
        else
            recheck.append(index);
    }
    for (int index : std::as_const(direct)) {
        SubmissionLine &line = m_submission.lines[index];
        line.status = LineStatus::Pending;
        line.resolution = Resolution::None;
        line.message.clear();
        line.hint.clear();
    }
    if (!direct.isEmpty() && !save(direct))
        return;
    m_hold = false;
    m_lastError = {};
    Q_EMIT linesChanged();
    if (!recheck.isEmpty()) {
        for (int index : std::as_const(recheck))
            m_resendAfterCheck.insert(index);
        startCheck(recheck);
        return;
    }
    advance();
}

void AdjustmentSubmitter::continueSending()
{
    if (isBusy() || m_readOnly || !m_submission.open)
        return;
    if (!flushAfterJournalFailure()) {
        pause();
        return;
    }
    m_hold = false;
    m_lastError = {};
    advance();
}

bool AdjustmentSubmitter::canClose() const
{
    if (isBusy() || m_readOnly || !m_submission.open || m_submission.id == 0)
        return false;
    for (const SubmissionLine &line : m_submission.lines) {
        if (line.status == LineStatus::Sending || line.status == LineStatus::Unknown
            || line.status == LineStatus::Unclear)
            return false;
    }
    return true;
}

QList<SubmissionLine> AdjustmentSubmitter::closeReturningRest(const KeepRest &keepRest)
{
    QList<SubmissionLine> rest;
    if (!canClose())
        return rest;
    const Submission before = m_submission;
    QList<int> changed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_submission.lines.size(); ++i) {
        SubmissionLine &line = m_submission.lines[i];
        if (line.status == LineStatus::Pending) {
            line.status = LineStatus::NotApplied;
            line.resolution = Resolution::User;
            line.message = tr("Not sent: returned to the draft.");
            line.decidedAt = now;
            changed.append(i);
        }
        if (line.status == LineStatus::NotApplied)
            rest.append(line);
    }
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
