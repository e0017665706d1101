#pragma once

#include "api/apierror.h"
#include "core/adjust/submission.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

namespace Glance {

// product id, warehouse id
using StockPair = QPair<qint64, qint64>;
// What a re-read found per pair: a quantity, or nullopt when the pair has no record.
using ObservedStock = QHash<StockPair, std::optional<qint64>>;

// Decides, after an answer was lost, which lines of one request were applied. Pure logic: the
// lines carry what was expected before and after (recorded before sending), `observed` what
// the server holds now.
//
// Per pair (all lines of one pair in one request share the verdict, as they were applied
// together or not at all): now == expected after -> Applied; now == expected before ->
// NotApplied; anything else -> Unclear (stock also moved), and so is a pair whose lines cancel
// out. A request is applied as a whole, so when one request's pairs disagree (some applied,
// some not), none of them is trusted: they all become Unclear, with a hint. Unclear lines carry
// a hint when the rest of their request points one way.
class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(Reconciler)

public:
    // Updates status, observed, message, hint and resolution of `lines` (all carried by the same
    // request). Lines whose pair is missing from `observed` are left as they are.
    static void reconcile(QList<SubmissionLine> &lines, const ObservedStock &observed);

    // A request Glance refused (nothing of it applied): every line of `lines` (the request's
    // actions in order) becomes NotApplied with the reason in the app's own words. The line an
    // issue points to ("actions.N...") is explained from what the app knows about it (product,
    // SKU, warehouse, amount, the quantity read before sending, or the error's details); the
    // others name that row. The server's words are kept only for codes the app does not know.
    static void refuse(QList<SubmissionLine> &lines, const ApiError &error);

private:
    static QString refusedLineMessage(const SubmissionLine &line, const ValidationIssue &issue,
                                      const ApiError &error);
};

} // namespace Glance
