// AdjustmentSubmitter: the user's choices while a submission is paused.
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/submissionjournal.h"

#include <algorithm>

namespace Glance {

void AdjustmentSubmitter::checkAgain()
{
    if (isBusy() || !m_submission.open)
        return;
    QList<int> open = indexesWith(LineStatus::Unknown);
    open += indexesWith(LineStatus::Sending);
    if (open.isEmpty())
        return;
    std::sort(open.begin(), open.end());
    startCheck(open);
}

void AdjustmentSubmitter::decide(const QList<int> &positions, bool applied)
{
    if (isBusy() || !m_submission.open)
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
    if (isBusy() || !m_submission.open)
        return;
    const QList<int> again = indexesWith(LineStatus::NotApplied);
    for (int index : again) {
        SubmissionLine &line = m_submission.lines[index];
        line.status = LineStatus::Pending;
        line.resolution = Resolution::None;
        line.message.clear();
        line.hint.clear();
    }
    if (!again.isEmpty() && !save(again))
        return;
    m_hold = false;
    m_lastError = {};
    Q_EMIT linesChanged();
    advance();
}

void AdjustmentSubmitter::continueSending()
{
    if (isBusy() || !m_submission.open)
        return;
    m_hold = false;
    m_lastError = {};
    advance();
}

bool AdjustmentSubmitter::canClose() const
{
    if (isBusy() || !m_submission.open || m_submission.id == 0)
        return false;
    for (const SubmissionLine &line : m_submission.lines) {
        if (line.status == LineStatus::Sending || line.status == LineStatus::Unknown
            || line.status == LineStatus::Unclear)
            return false;
    }
    return true;
}

QList<SubmissionLine> AdjustmentSubmitter::closeReturningRest()
{
    QList<SubmissionLine> rest;
    if (!canClose())
        return rest;
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
    if (!changed.isEmpty() && !save(changed))
        return {};
    if (!m_journal->close(m_submission.id)) {
        m_journalError = m_journal->errorString();
        Q_EMIT journalFailed(m_journalError);
        return {};
    }
    m_submission.open = false;
    m_submission.closedAt = now;
    ++m_generation;
    Q_EMIT linesChanged();
    setState(State::Finished);
    return rest;
}

} // namespace Glance
