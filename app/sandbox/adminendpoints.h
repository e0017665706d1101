#pragma once

#include "apiresponse.h"

#include <functional>

namespace Glance::Sandbox {

struct ApiRequest;
class FaultInjector;

/*!
    Test hooks under /__sandbox (editor key only; never rate limited nor faulted):
    GET/POST/DELETE /__sandbox/faults and POST /__sandbox/reset.
*/
class AdminEndpoints
{
public:
    using ResetFunction = std::function<QJsonObject()>;

    AdminEndpoints(FaultInjector &faults, ResetFunction reset);

    ApiResponse faults(const ApiRequest &request);
    /*! Body {"faults": ["SPEC", ...]} replaces the list; 400 naming ["faults", i] if one is
        invalid (then nothing changes). */
    ApiResponse setFaults(const ApiRequest &request);
    ApiResponse clearFaults(const ApiRequest &request);
    ApiResponse reset(const ApiRequest &request);

private:
    ApiResponse currentFaults() const;

    FaultInjector &m_faults;
    ResetFunction m_reset;
};

} // namespace Glance::Sandbox
