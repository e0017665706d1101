#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace Glance::CellText {

// The Qt::DisplayRole text of quantity cells, the same in every model (a signed change is
// Bidi::formatSignedAmount). No isolates: the view lays the cell out left to right
// (Bidi::CellKind::Number, BidiItemDelegate).

// A quantity: "1,200", "0", "−5"; empty when it is not known.
QString quantity(const std::optional<qint64> &value, const QLocale &locale);

} // namespace Glance::CellText
