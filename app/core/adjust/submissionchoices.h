#pragma once

#include "core/adjust/submission.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Glance {

// What the user's choices on a paused submission do to its lines, as plain functions (tested
// without a network or a journal). The AdjustmentSubmitter refuses them while it is busy, saves
// the lines they change, and then sends or checks what they say.
namespace SubmissionChoices {

// The lines whose outcome is open (Unknown or Sending), in order: what a check reads.
QList<int> openLines(const Submission &submission);

// Whether nothing waits for an outcome: no line Sending, Unknown or Unclear. Only then can the
// submission be closed.
bool settled(const Submission &submission);

// The user decided the Unclear lines at `positions` at `now`: `outcome` Applied or NotApplied
// (any other changes nothing). Returns the lines changed; other positions (out of range, not
// Unclear) are left as they are.
QList<int> decide(Submission &submission, const QList<int> &positions, LineStatus outcome,
                  const QDateTime &now);

// Sending the NotApplied lines again. Refused by Glance (nothing applied, for certain): back to
// Pending here, without their reason (`resend`). Found or said not applied after a lost answer:
// left as they are, to be checked once more first (`recheck`) and sent only if that check still
// finds no trace of them.
struct Resend
{
    QList<int> resend;
    QList<int> recheck;
};
Resend sendNotApplied(Submission &submission);

// Closing with the rest returned to the draft, at `now`: Pending lines end NotApplied, decided
// by the user with `message` (`changed`); `rest` is every NotApplied line then, in order.
struct Rest
{
    QList<int> changed;
    QList<SubmissionLine> rest;
};
Rest returnRest(Submission &submission, const QString &message, const QDateTime &now);

} // namespace SubmissionChoices

} // namespace Glance
