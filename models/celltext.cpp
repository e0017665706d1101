#include "models/celltext.h"

#include "core/text/bidi.h"

namespace Glance::CellText {

QString quantity(const std::optional<qint64> &value, const QLocale &locale)
{
    return value ? Bidi::formatQuantity(*value, locale) : QString();
}

} // namespace Glance::CellText
