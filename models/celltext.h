#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace Glance::CellText {

// The Qt::DisplayRole text of number cells, the same in every model: digits and grouping from
// `locale`, a real minus sign (U+2212) for negatives, an explicit plus on a positive change
// (Bidi::formatQuantity, Bidi::formatSignedAmount). No isolates: the view lays the cell out
// left to right (Bidi::CellKind::Number, BidiItemDelegate).

// A quantity: "1,200", "0", "−5"; empty when it is not known.
QString quantity(const std::optional<qint64> &value, const QLocale &locale);

// A change of stock: "+12", "−5", "0".
QString signedAmount(qint64 delta, const QLocale &locale);

} // namespace Glance::CellText
