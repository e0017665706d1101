#include "paging.h"

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

QJsonObject Paging::toJson(qint64 total, qint64 returnedCount) const
{
    return QJsonObject {{u"total"_s, total},
                        {u"limit"_s, limit},
                        {u"offset"_s, offset()},
                        {u"hasMore"_s, offset() + returnedCount < total}};
}

} // namespace Glance::Sandbox
