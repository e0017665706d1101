#pragma once

#include "apiresponse.h"

#include <QString>

#include <optional>

namespace Glance::Sandbox {

/*! A positive 32-bit integer id from a path segment; otherwise a 400 INVALID_FIELD answer
    naming the parameter. */
struct PathId
{
    std::optional<qint64> id;
    ApiResponse error;

    static PathId parse(const QString &segment, const QString &name);
};

} // namespace Glance::Sandbox
