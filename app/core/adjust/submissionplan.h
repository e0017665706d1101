#pragma once

#include "api/apitypes.h"
#include "core/adjust/reconciler.h"
#include "core/adjust/stockreader.h"
#include "core/adjust/submission.h"

#include <QDateTime>
#include <QList>
#include <QSet>

#include <chrono>

namespace Glance {

// What the AdjustmentSubmitter sends next, as plain functions (tested without a network).
namespace SubmissionPlan {

// Indexes of the lines with `status`, in order.
QList<int> indexesWith(const Submission &submission, LineStatus status);

// The lines of the next request: the first `chunkSize` Pending lines.
QList<int> nextPart(const Submission &submission, int chunkSize);

// Requests still to send for the Pending lines, after `sentSoFar` requests.
int partCount(const Submission &submission, int sentSoFar, int chunkSize);

// Prepares the lines at `indexes` to be sent as request number `part` at `now`, from the
// quantities just read (`stock`): per line the quantity before and the quantity expected after
// (accumulated per pair in request order; 0 and recordExisted = false for a pair without a
// record), status Sending, one more attempt. Returns the request's actions, whose notes carry
// each line's reference (SubmissionReference) so that Glance's history can tell them apart.
QList<AdjustAction> prepare(Submission &submission, const QList<int> &indexes,
                            const StockReader::Stock &stock, int part, const QDateTime &now);

// Glance's answer to a request: the lines at `indexes` are Applied (decided by the server at
// `now`), each with the previous and new quantity of its entry in `adjusted` (the next unused
// entry of the same pair, in request order).
void takeAnswer(Submission &submission, const QList<int> &indexes,
                const QList<AdjustedLine> &adjusted, const QDateTime &now);

// What a check after lost answers reads for the lines at `indexes`: their distinct product ×
// warehouse pairs, and the history since the earliest of their sends (or the submission's
// creation; else `now`) minus `skew`.
struct CheckScope
{
    QList<StockPair> pairs;
    QDateTime since;
};
CheckScope checkScope(const Submission &submission, const QList<int> &indexes,
                      std::chrono::seconds skew, const QDateTime &now);

// Takes a check's verdicts (`checked`: the Reconciler's lines for `indexes`, in order) into the
// submission. A line in `resend` (the user asked to send it again, in the click that started the
// check) that the check leaves not applied goes back to Pending at once — that click's re-send;
// one found applied, unclear or decided leaves `resend`. A line still Unknown sets when the next
// check may decide it (the latest of their settle times). `hold` is set when a line ends
// not applied: such lines are offered to the user, never sent on their own.
struct CheckMerge
{
    QDateTime nextCheck;
    bool hold = false;
};
CheckMerge mergeCheck(Submission &submission, const QList<int> &indexes,
                      const QList<SubmissionLine> &checked, QSet<int> &resend,
                      const CheckEvidence &evidence);

// Glance refused the request of the lines at `indexes` (nothing of it applied): each becomes
// NotApplied with its reason (Reconciler::refuse). Returns `error` naming the rows its actions
// stand for, so that its sentence says "row 102" rather than "actions.1".
ApiError refuse(Submission &submission, const QList<int> &indexes, const ApiError &error);

// The answer to the request of the lines at `indexes` was lost: they become Unknown, with
// `message`, until a check decides them.
void markUnknown(Submission &submission, const QList<int> &indexes, const QString &message);

// A read before sending found that the products in `missing` do not exist: their lines at
// `indexes` cannot be sent and become NotApplied (by the server) with `message`. Returns them.
QList<int> refuseMissing(Submission &submission, const QList<int> &indexes,
                         const QSet<qint64> &missing, const QString &message);

} // namespace SubmissionPlan

} // namespace Glance
