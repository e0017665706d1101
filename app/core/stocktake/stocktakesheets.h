#pragma once

#include "core/export/exporttable.h"
#include "core/stocktake/stocktake.h"
#include "core/stocktake/stocktakedeltas.h"

#include <QCoreApplication>
#include <QLocale>

namespace Glance {

// The stocktake's paper and files: the count sheet (blank boxes to write counts in; without the
// quantity in the system while a blind count is open) and the difference report (expected,
// counted, difference with sign, totals of surplus and shortage) as ExportTables, which the UI
// prints or saves as PDF through the app's one table printer (TablePrinter: right to left in
// Hebrew, SKUs and signed numbers left to right, headers and page numbers on every page), and
// the difference report as CSV (CsvWriter).
class StocktakeSheets
{
    Q_DECLARE_TR_FUNCTIONS(StocktakeSheets)

public:
    // By location, then SKU.
    static ExportTable countSheet(const Stocktake &stocktake, const QList<StocktakeItem> &items,
                                  const QLocale &locale);
    // The lines with a difference, by location; no columns while a blind count is open
    // (differences are not shown then).
    static ExportTable differenceReport(const Stocktake &stocktake,
                                        const QList<StocktakeItem> &items,
                                        const QList<StocktakeDelta> &deltas, const QLocale &locale);
    // UTF-8 with BOM; empty while a blind count is open.
    static QByteArray differenceReportCsv(const Stocktake &stocktake,
                                          const QList<StocktakeItem> &items,
                                          const QList<StocktakeDelta> &deltas);

    // The difference of a line: from `deltas` when given (drift-safe), else counted − expected.
    static std::optional<qint64> difference(int index, const StocktakeItem &item,
                                            const QList<StocktakeDelta> &deltas);
};

} // namespace Glance
