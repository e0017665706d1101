#include "ui/browser/columnwidths.h"

#include "core/text/bidi.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace Glance::ColumnWidths {

namespace {

// QCommonStyle's item view text margin, on each side.
int textMargin(const QTableView *view)
{
    return view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
}

int headerWidth(const QTableView *view, int column)
{
    const QHeaderView *header = view->horizontalHeader();
    return header && view->model() ? header->sectionSizeHint(column) : 0;
}

} // namespace

int forNumbers(const QTableView *view, int column, const QString &text, bool withIcon)
{
    int content = view->fontMetrics().horizontalAdvance(text);
    if (withIcon) {
        QFont bold = view->font();
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        // LowStockDelegate: an icon one line high less 2 pixels, then a margin.
        content = boldMetrics.horizontalAdvance(text) + boldMetrics.height() - 2
                + textMargin(view) * 2;
    }
    // One more margin of slack: a font's advance rounds down, and an ellipsis is worse than a
    // pixel of air.
    return std::max(content + textMargin(view) * 3, headerWidth(view, column));
}

int forQuantities(const QTableView *view, int column, bool withIcon)
{
    return forNumbers(view, column, Bidi::formatQuantity(88888, view->locale()), withIcon);
}

int forSignedAmounts(const QTableView *view, int column)
{
    return forNumbers(view, column, Bidi::formatSignedAmount(-88888, view->locale()));
}

int forText(const QTableView *view, int column, int ems)
{
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    return std::max(ems * em, headerWidth(view, column));
}

} // namespace Glance::ColumnWidths
