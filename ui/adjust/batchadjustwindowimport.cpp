// BatchAdjustWindow: rows from the clipboard and from CSV files.
#include "core/adjust/adjustimport.h"
#include "core/text/bidi.h"
#include "models/adjust/batchadjustmodel.h"
#include "ui/adjust/batchadjustwindow.h"
#include "ui/adjust/csvimportdialog.h"
#include "ui/adjust/importproblemsdialog.h"

#include <QFileDialog>

namespace Glance {

void BatchAdjustWindow::pasteRows(const QString &text)
{
    if (!isEditing())
        return;
    const ImportResult result = AdjustImport::parseTsv(text);
    if (result.rows.isEmpty() && result.problems.isEmpty()) {
        showBanner(tr("The clipboard holds no rows. Copy rows with the columns SKU, warehouse, "
                      "amount, reason and notes from a spreadsheet."),
                   MessageBanner::Warning);
        return;
    }
    offerImport(result, {}); // no file: the pasted text
}

void BatchAdjustWindow::importCsv(const QByteArray &bytes, const QString &source)
{
    if (!isEditing())
        return;
    importRows(AdjustImport::parseCsv(bytes), source);
}

void BatchAdjustWindow::importRows(const ImportResult &result, const QString &source)
{
    if (!isEditing())
        return;
    if (result.rows.isEmpty() && result.problems.isEmpty()) {
        showBanner(tr("“%1” holds no rows.").arg(Bidi::name(source)), MessageBanner::Warning);
        return;
    }
    offerImport(result, source);
}

void BatchAdjustWindow::offerImport(const ImportResult &result, const QString &source)
{
    if (result.problems.isEmpty()) {
        const int added = m_model->appendImported(result.rows);
        showBanner(tr("Added %n row(s).", nullptr, added), MessageBanner::Positive);
        return;
    }
    auto *dialog =
            new ImportProblemsDialog(result, source.isEmpty() ? pastedTextName() : source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (source.isEmpty())
        m_pastedProblems = dialog; // named again in the next language (changeEvent())
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int added = m_model->appendImported(dialog->result().rows);
        showBanner(tr("Added %n row(s); the lines with problems were left out.", nullptr, added),
                   MessageBanner::Warning);
    });
    dialog->open();
}

QString BatchAdjustWindow::pastedTextName()
{
    return tr("the pasted text");
}

void BatchAdjustWindow::chooseCsvFile()
{
    auto *dialog = new QFileDialog(this, tr("Import Rows from CSV"), QString(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &BatchAdjustWindow::openCsvFile);
    dialog->open();
}

CsvImportDialog *BatchAdjustWindow::openCsvFile(const QString &path)
{
    if (!isEditing())
        return nullptr;
    auto *dialog = new CsvImportDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::rowsRead, this, &BatchAdjustWindow::importRows);
    connect(dialog, &CsvImportDialog::failed, this,
            [this](const QString &why) { showBanner(why, MessageBanner::Error); });
    dialog->open();
    return dialog;
}

} // namespace Glance
