// The counting window's files: counts imported from CSV, the count sheet as PDF.
#include "api/apiclient.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftstore.h"
#include "core/adjust/submissionjournal.h"
#include "core/appsettings.h"
#include "core/stocktake/countimport.h"
#include "core/stocktake/stocktakesheets.h"
#include "core/text/bidi.h"
#include "core/writeaccess.h"
#include "ui/stocktake/countingwindow.h"
#include "ui/stocktake/pdfexport.h"
#include "ui_countingwindow.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryFile>

namespace Glance {

namespace {
constexpr qint64 MaxCsvBytes = 20 * 1024 * 1024;

QString problemLines(const QList<ImportProblem> &problems)
{
    QStringList lines;
    for (const ImportProblem &problem : problems)
        lines.append(CountingWindow::tr("Line %1: %2")
                             .arg(Bidi::number(problem.lineNumber), problem.message));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void CountingWindow::chooseCsvFile()
{
    auto *dialog = new QFileDialog(this, tr("Import Counts from CSV"), QString(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (file.size() > MaxCsvBytes || !file.open(QIODevice::ReadOnly)) {
            //: %1 the file name
            showMessage(tr("%1 could not be read (or is larger than 20 MB).").arg(Bidi::name(name)),
                        true);
            return;
        }
        importCsv(file.readAll(), name);
    });
    dialog->open();
}

void CountingWindow::importCsv(const QByteArray &bytes, const QString &source)
{
    const CountImport::Result result = CountImport::parse(
            bytes, [this](const QString &sku) { return m_counter->indexOfCode(sku); });
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("importCountsBox"));
    box->setIcon(result.unknown.isEmpty() && result.invalid.isEmpty() ? QMessageBox::Question
                                                                        : QMessageBox::Warning);
    box->setWindowTitle(tr("Import Counts"));
    //: %1 the file name
    QString text = tr("%1: counts of %n product(s).", nullptr, int(result.quantities.size()))
                           .arg(Bidi::name(source));
    if (!result.duplicates.isEmpty())
        text += QLatin1Char(' ')
                + tr("%n SKU(s) appear more than once; their counts are added up.", nullptr,
                     int(result.duplicates.size()));
    if (!result.unknown.isEmpty())
        text += QLatin1Char(' ')
                + tr("%n line(s) name a SKU that is not in this stocktake and are left out.",
                     nullptr, int(result.unknown.size()));
    if (!result.invalid.isEmpty())
        text += QLatin1Char(' ')
                + tr("%n line(s) could not be read and are left out.", nullptr,
                     int(result.invalid.size()));
    box->setText(text);
    const QString details =
            problemLines(result.duplicates + result.unknown + result.invalid).trimmed();
    if (!details.isEmpty())
        box->setDetailedText(details);
    QPushButton *add = box->addButton(tr("Add to the Counts"), QMessageBox::AcceptRole);
    add->setObjectName(QStringLiteral("addCountsButton"));
    QPushButton *replace = box->addButton(tr("Replace the Counts"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceCountsButton"));
    box->addButton(QMessageBox::Cancel);
    add->setEnabled(!result.quantities.isEmpty());
    replace->setEnabled(!result.quantities.isEmpty());
    connect(box, &QMessageBox::buttonClicked, this, [this, box, add, replace, result](QAbstractButton *button) {
        if (button != add && button != replace)
            return;
        if (m_counter->importCounts(result.quantities, button == replace))
            showMessage(tr("Counts of %n product(s) imported.", nullptr,
                           int(result.quantities.size())),
                        false);
        updateState();
        returnFocus();
        box->close();
    });
    box->open();
}

void CountingWindow::saveCountSheet()
{
    const Stocktake &s = m_counter->stocktake();
    QTemporaryFile temporary;
    if (!temporary.open()) {
        showMessage(temporary.errorString(), true);
        return;
    }
    temporary.close();
    QString error;
    if (!PdfExport::write(StocktakeSheets::countSheet(s, m_counter->items(), locale()),
                          temporary.fileName(), layoutDirection(), locale(), &error)) {
        showMessage(error, true);
        return;
    }
    QFile pdf(temporary.fileName());
    if (!pdf.open(QIODevice::ReadOnly)) {
        showMessage(pdf.errorString(), true);
        return;
    }
    PdfExport::saveAs(this, tr("Save the Count Sheets as PDF"),
                      tr("count-sheet.pdf"), tr("PDF files (*.pdf)"), pdf.readAll(),
                      [this](const QString &message) { showMessage(message, false); });
}

} // namespace Glance
