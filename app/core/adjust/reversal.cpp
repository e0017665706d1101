#include "core/adjust/reversal.h"

#include "core/adjust/lineconversion.h"
#include "core/adjust/submissionjournal.h"

namespace Glance {

Reversal Reversal::of(const Submission &submission, const QList<int> &positions,
                      const QString &reason)
{
    Reversal reversal;
    reversal.meta = SubmissionJournal::reversalMeta(submission.id);
    for (const SubmissionLine &line : submission.lines) {
        if (!positions.isEmpty() && !positions.contains(line.position))
            continue;
        if (line.status != LineStatus::Applied || line.line.amount == 0) {
            ++reversal.notApplied;
            continue;
        }
        DraftLine draft = draftFromAdjustment(line.line);
        draft.amount = -line.line.amount;
        draft.reason = reason;
        draft.notes = submission.title.trimmed().isEmpty() ? line.line.notes : submission.title;
        draft.shownQuantity = line.serverNew ? line.serverNew : line.expectedAfter;
        reversal.lines.append(draft);
    }
    return reversal;
}

} // namespace Glance
