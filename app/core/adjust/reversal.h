#pragma once

#include "core/adjust/draftline.h"
#include "core/adjust/submission.h"

#include <QList>
#include <QString>

namespace Glance {

// The opposite of an applied submission, or of some of its lines, as the lines of a new batch
// draft (Adjustment History → Reverse). It goes out through the same exactly-once path as any
// batch once the user has reviewed and submitted it; its draft's meta (`meta`) makes the
// journal record which submission it reverses.
struct Reversal
{
    QList<DraftLine> lines; // every applied line asked for, amount negated
    QString meta; // for DraftStore::setMeta()
    int notApplied = 0; // lines asked for that were never applied: nothing to reverse

    // `positions`: the lines to reverse (empty: all). `reason` is the lines' reason; the
    // original's title goes into the notes (its own notes when it has no title).
    static Reversal of(const Submission &submission, const QList<int> &positions,
                       const QString &reason);
};

} // namespace Glance
