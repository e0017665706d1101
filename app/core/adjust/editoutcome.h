#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"

#include <optional>

namespace Glance {

// What became of an edit (PUT /inventory/{id}: absolute quantity and/or location) whose answer
// was lost, decided from the record as Glance shows it now. An edit is idempotent, so sending
// it again is harmless to itself; the danger is another user's change made between a late
// commit of ours and the second send, which the second send would overwrite. So: nothing is
// concluded "not saved" before the settle window, and a record changed by anyone else goes to
// the dialog's conflict page instead of being overwritten.
struct EditOutcome
{
    enum class Decision {
        Saved, // every changed field shows our value
        NotYet, // every changed field still shows the old value, within the settle window
        NotSaved, // every changed field still shows the old value after the settle window
        ChangedElsewhere, // a changed field shows a third value: someone else changed it
    };

    // Whether the change may have been applied although the call failed (a lost answer, a 5xx,
    // an unreadable answer) — rather than refused (4xx) or never sent.
    static bool mayHaveApplied(const ApiError &error);

    static Decision decide(const EditRecordRequest &sent, const std::optional<qint64> &oldQuantity,
                           const QString &oldLocation, const InventoryRecord &now, bool settled);
};

} // namespace Glance
