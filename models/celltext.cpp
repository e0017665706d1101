#include "models/celltext.h"

#include "core/text/bidi.h"

namespace Glance::CellText {

QString quantity(const std::optional<qint64> &value, const QLocale &locale)
{
    return value ? Bidi::formatQuantity(*value, locale) : QString();
}

QString signedAmount(qint64 delta, const QLocale &locale)
{
    return Bidi::formatSignedAmount(delta, locale);
}

} // namespace Glance::CellText
