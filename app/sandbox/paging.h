#pragma once

#include <QJsonObject>

namespace Glance::Sandbox {

/*! page/limit as requested (1-based page, limit clamped to maxLimit) and the derived offset. */
struct Paging
{
    static constexpr int defaultLimit = 50;
    static constexpr int maxLimit = 100;

    int page = 1;
    int limit = defaultLimit;

    qint64 offset() const { return qint64(page - 1) * limit; }
    /*! {"total", "limit", "offset", "hasMore"} for a page of returnedCount items. */
    QJsonObject toJson(qint64 total, qint64 returnedCount) const;
};

} // namespace Glance::Sandbox
