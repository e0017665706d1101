#pragma once

#include "core/stocktake/stocktake.h"
#include "core/stocktake/stocktakedeltas.h"

#include <QCoreApplication>
#include <QLocale>

namespace Glance {

// The stocktake's paper and files, as HTML for a QTextDocument (printed or saved as PDF by the
// UI) and as CSV: the count sheet (blank boxes to write counts in; without the quantity in the
// system while a blind count is open) and the difference report (expected, counted, difference
// with sign, totals of surplus and shortage). Right to left for a right-to-left `direction`,
// with SKUs and signed numbers isolated so they read left to right.
class StocktakeSheets
{
    Q_DECLARE_TR_FUNCTIONS(StocktakeSheets)

public:
    static QString countSheetHtml(const Stocktake &stocktake, const QList<StocktakeItem> &items,
                                  Qt::LayoutDirection direction, const QLocale &locale);
    // Empty while a blind count is open (differences are not shown then).
    static QString differenceReportHtml(const Stocktake &stocktake,
                                        const QList<StocktakeItem> &items,
                                        const QList<StocktakeDelta> &deltas,
                                        Qt::LayoutDirection direction, const QLocale &locale);
    // UTF-8 with BOM; empty while a blind count is open.
    static QByteArray differenceReportCsv(const Stocktake &stocktake,
                                          const QList<StocktakeItem> &items,
                                          const QList<StocktakeDelta> &deltas);

    // The difference of a line: from `deltas` when given (drift-safe), else counted − expected.
    static std::optional<qint64> difference(int index, const StocktakeItem &item,
                                            const QList<StocktakeDelta> &deltas);
};

} // namespace Glance
