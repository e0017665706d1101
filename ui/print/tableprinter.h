#pragma once

#include "core/export/exporttable.h"
#include "core/export/tablefilejob.h"

#include <QCoreApplication>
#include <QFuture>
#include <QLocale>

#include <functional>

class QPagedPaintDevice;

namespace Glance {

// Paper for an ExportTable, on any paged device (a QPrinter for printing and its preview, a
// QPdfWriter for a PDF): on every page a header (the title and the table's context lines:
// account, warehouse, filter, time), the column titles again, and "Page n of m" at the foot;
// rows that do not fit their column width wrap, never cut. Right to left for a right-to-left
// `direction`: the first column on the right, text aligned right; codes (SKUs) and numbers
// are laid out left to right in every language so "AB-120/3" and "−5" read as on screen,
// numbers aligned right. Plain QPainter work, so it can run off the UI thread (Qt paints on
// QPrinter and QPdfWriter in any thread) and scales linearly with the rows.
class TablePrinter
{
    Q_DECLARE_TR_FUNCTIONS(TablePrinter)

public:
    // Paints every page; `progress` gets (pages painted, pages) after each page and returns
    // false to stop. Returns the pages painted (0 when the device cannot be painted on).
    static int paint(const ExportTable &table, QPagedPaintDevice *device,
                     Qt::LayoutDirection direction, const QLocale &locale,
                     const std::function<bool(int, int)> &progress = {});

    // A PDF file (A4 portrait, 12 mm margins) written beside its
    // place and renamed when complete (QSaveFile): a failure never leaves half a file.
    static FileWriteResult writePdf(const ExportTable &table, const QString &path,
                                    Qt::LayoutDirection direction, const QLocale &locale,
                                    const std::function<bool(int, int)> &progress = {});
    // The same on Qt's thread pool, progress in pages.
    static QFuture<FileWriteResult> writePdfAsync(ExportTable table, const QString &path,
                                                  Qt::LayoutDirection direction,
                                                  const QLocale &locale);
};

} // namespace Glance
