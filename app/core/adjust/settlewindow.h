#pragma once

#include <algorithm>
#include <chrono>

namespace Glance {

// How long after a request was sent the server may still apply it although its client gave up
// (a proxy that times out while the origin commits): twice the client's request timeout, at
// least 2 s. Nothing is concluded "not applied" / "not created" / "not saved" before that.
// One rule for the submitter, the record dialogs and the stocktake.
inline std::chrono::milliseconds settleWindowFor(std::chrono::milliseconds requestTimeout)
{
    return std::max<std::chrono::milliseconds>(2 * requestTimeout, std::chrono::seconds(2));
}

} // namespace Glance
