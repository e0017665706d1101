#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace Glance {

// Writes HTML (StocktakeSheets) to a PDF file through QTextDocument and QPdfWriter (A4,
// right to left when `direction` is). Also offers a save dialog for it, opened with open().
class PdfExport
{
    Q_DECLARE_TR_FUNCTIONS(PdfExport)

public:
    static bool write(const QString &html, const QString &path, Qt::LayoutDirection direction,
                      QString *error = nullptr);
    // Asks where to save `bytes` (a file dialog opened with open()) and writes them; `done`
    // gets a sentence for the user.
    static void saveAs(QWidget *parent, const QString &caption, const QString &suggestedName,
                       const QString &filter, const QByteArray &bytes,
                       const std::function<void(const QString &)> &done);
};

} // namespace Glance
