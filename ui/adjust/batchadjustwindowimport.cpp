// BatchAdjustWindow: rows from the clipboard and from CSV files.
#include "core/adjust/adjustimport.h"
#include "core/text/bidi.h"
#include "models/adjust/batchadjustmodel.h"
#include "ui/adjust/batchadjustwindow.h"
#include "ui/adjust/importproblemsdialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>

namespace Glance {

namespace {
constexpr qint64 MaxCsvBytes = 20 * 1024 * 1024;
}

void BatchAdjustWindow::pasteRows(const QString &text)
{
    if (!isEditing())
        return;
    const ImportResult result = AdjustImport::parseTsv(text);
    if (result.rows.isEmpty() && result.problems.isEmpty()) {
        showBanner(tr("The clipboard holds no rows. Copy rows with the columns SKU, warehouse, "
                      "amount, reason and notes from a spreadsheet."));
        return;
    }
    offerImport(result, {}); // no file: the pasted text
}

void BatchAdjustWindow::importCsv(const QByteArray &bytes, const QString &source)
{
    if (!isEditing())
        return;
    const ImportResult result = AdjustImport::parseCsv(bytes);
    if (result.rows.isEmpty() && result.problems.isEmpty()) {
        showBanner(tr("“%1” holds no rows.").arg(Bidi::name(source)));
        return;
    }
    offerImport(result, source);
}

void BatchAdjustWindow::offerImport(const ImportResult &result, const QString &source)
{
    if (result.problems.isEmpty()) {
        const int added = m_model->appendImported(result.rows);
        showBanner(tr("Added %n row(s).", nullptr, added));
        return;
    }
    auto *dialog =
            new ImportProblemsDialog(result, source.isEmpty() ? pastedTextName() : source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (source.isEmpty())
        m_pastedProblems = dialog; // named again in the next language (changeEvent())
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int added = m_model->appendImported(dialog->result().rows);
        showBanner(tr("Added %n row(s); the lines with problems were left out.", nullptr, added));
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
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (file.size() > MaxCsvBytes) {
            showBanner(tr("“%1” is too large to import (more than 20 MB).").arg(Bidi::name(name)));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            //: %1 is the file name, %2 why it could not be read (a sentence from the system)
            showBanner(tr("“%1” could not be read: %2").arg(Bidi::name(name), file.errorString()));
            return;
        }
        importCsv(file.readAll(), name);
    });
    dialog->open();
}

} // namespace Glance
