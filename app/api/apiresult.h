#pragma once

#include "api/apierror.h"

#include <functional>
#include <optional>
#include <utility>

namespace Glance {

// Either a value or an ApiError: what every client call delivers, exactly once.
template<typename T>
class ApiResult
{
public:
    ApiResult(T value)
        : m_value(std::move(value))
    {
    }
    ApiResult(ApiError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

template<typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;

} // namespace Glance
