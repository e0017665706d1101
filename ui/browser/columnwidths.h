#pragma once

#include <QString>

class QTableView;

namespace Glance::ColumnWidths {

// Default widths for table columns set in code, measured rather than guessed in ems, so
// "+1,250" or "Secondary Storage" are not cut to "+1,2…" / "Secondary St…". Call them after the
// view has its model (the header's own text counts too).

// A column of numbers: as wide as `sample` (written as the cells write it, e.g.
// Bidi::formatSignedAmount(-88888, view->locale()) for "−88,888") or the header, whichever is
// wider, plus the cell margins. `withIcon`: room for the bold number and the low-stock warning
// icon of LowStockDelegate.
int forNumbers(const QTableView *view, int column, const QString &sample, bool withIcon = false);
// forNumbers() with "88,888" / "−88,888" in the view's locale.
int forQuantities(const QTableView *view, int column, bool withIcon = false);
int forSignedAmounts(const QTableView *view, int column);

// A column of text: `ems` wide (the view font's "M"), at least as wide as the header.
int forText(const QTableView *view, int column, int ems);

} // namespace Glance::ColumnWidths
