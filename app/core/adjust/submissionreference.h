#pragma once

#include <QString>

namespace Glance {

// The reference an adjustment carries in its notes, so that Glance's movement history can tell
// which movements are ours after an answer was lost: "[GI-7QK2XM-12.1]" is line 12 of the
// submission with token 7QK2XM, first attempt. Glance has no idempotency keys; this is the
// closest thing the API allows (notes are free text the server keeps with the movement, where it
// keeps them at all: the app learns that per account, see
// SubmissionJournal::historyListsReferences).
namespace SubmissionReference {

// A new random token for a submission (6 characters of Crockford base32).
QString newToken();
// The reference of `attempt` (1-based) of the line at `position` (0-based) of a submission.
QString make(const QString &token, int position, int attempt);
// The notes to send: the user's notes, then the reference in brackets.
QString notesWith(const QString &notes, const QString &reference);
// Whether `notes` carry exactly this reference.
bool contains(const QString &notes, const QString &reference);
// Whether `notes` carry any reference written by this app (on this or another computer).
bool carriesAny(const QString &notes);

} // namespace SubmissionReference

} // namespace Glance
