#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QLocale;
class QWidget;

namespace Glance {

struct ExportTable;

// Writes a stocktake's paper (StocktakeSheets) to a PDF file through the app's table printer
// (TablePrinter: A4, right to left when `direction` is, headers and page numbers on every
// page). Also offers a save dialog for it, opened with open().
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(PdfExport)

public:
    static bool write(const ExportTable &table, const QString &path, Qt::LayoutDirection direction,
                      const QLocale &locale, QString *error = nullptr);
    // The PDF of `table` as bytes (written to a temporary file and read back); nullopt with
    // `error` set when it could not be made.
    static std::optional<QByteArray> render(const ExportTable &table, Qt::LayoutDirection direction,
                                            const QLocale &locale, QString *error);
    // Asks where to save `bytes` (a file dialog opened with open()) and writes them; `done`
    // gets a sentence for the user.
    static void saveAs(QWidget *parent, const QString &caption, const QString &suggestedName,
                       const QString &filter, const QByteArray &bytes,
                       const std::function<void(const QString &)> &done);
};

} // namespace Glance
