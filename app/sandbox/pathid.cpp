#include "pathid.h"

#include "validator.h"

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

PathId PathId::parse(const QString &segment, const QString &name)
{
    PathId result;
    const std::optional<qint64> value = Validator::parseInteger(segment);
    if (value && *value >= 1 && *value <= Validator::int32Max) {
        result.id = value;
        return result;
    }
    Validator validator;
    validator.addIssue({name},
                       u"Expected a positive integer, received \"%1\""_s.arg(segment.left(50)));
    result.error = validator.error().toResponse();
    return result;
}

} // namespace Glance::Sandbox
