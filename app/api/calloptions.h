#pragma once

namespace Glance {

// Who waits for a request. Set by the caller, per request (CallOptions of every ApiClient call),
// never guessed from the path.
// - Interactive: a person waits for it (open a record, save an edit, submit a batch, the sign-in
//   check, the first page of a view). Leaves the queue first and may use the share of the rate
//   limit kept free for it (RateLimiter::Limits::reservePerMinute / reservePerSecond).
// - Background: bulk work nobody clicked for one request at a time (Load all, the refresh of
//   cached rows, a stocktake's expected quantities). Goes only when no interactive request
//   waits, and leaves the reserve alone.
enum class RequestPriority { Interactive, Background };

struct CallOptions
{
    RequestPriority priority = RequestPriority::Interactive;

    static CallOptions background() { return {RequestPriority::Background}; }
};

} // namespace Glance
