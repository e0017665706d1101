#pragma once

#include <QList>
#include <QString>

namespace Glance {

// A reason for a stock adjustment, as sent in `reason` of POST /inventory/adjust, with the sign
// its amounts usually have (+1 received/returned, -1 damaged/lost, 0 either way).
struct AdjustmentReason
{
    QString text;
    int usualSign = 0;

    friend bool operator==(const AdjustmentReason &, const AdjustmentReason &) = default;
};

} // namespace Glance
