#pragma once

#include "api/apitypes.h"
#include "core/adjust/stockreader.h"
#include "core/adjust/submission.h"

#include <QDateTime>
#include <QList>

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

} // namespace SubmissionPlan

} // namespace Glance
