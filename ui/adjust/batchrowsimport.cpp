#include "ui/adjust/batchrowsimport.h"

#include "core/adjust/adjustimport.h"
#include "core/text/bidi.h"
#include "models/adjust/batchadjustmodel.h"
#include "ui/adjust/csvimportdialog.h"
#include "ui/adjust/importproblemsdialog.h"

#include <QFileDialog>

#include <utility>

namespace Glance {

BatchRowsImport::BatchRowsImport(BatchAdjustModel *model, QWidget *window,
                                 std::function<bool()> accepting)
    : QObject(window)
    , m_model(model)
    , m_window(window)
    , m_accepting(std::move(accepting))
{
}

void BatchRowsImport::paste(const QString &text)
{
    if (!m_accepting())
        return;
    const ImportResult result = AdjustImport::parseTsv(text);
    if (result.rows.isEmpty() && result.problems.isEmpty()) {
        Q_EMIT message(tr("The clipboard holds no rows. Copy rows with the columns SKU, warehouse, "
                          "amount, reason and notes from a spreadsheet."),
                       MessageBanner::Warning);
        return;
    }
    offer(result, {}); // no file: the pasted text
}

void BatchRowsImport::importCsv(const QByteArray &bytes, const QString &source)
{
    importRows(AdjustImport::parseCsv(bytes), source);
}

void BatchRowsImport::importRows(const ImportResult &result, const QString &source)
{
    if (!m_accepting())
        return;
    if (result.rows.isEmpty() && result.problems.isEmpty()) {
        Q_EMIT message(tr("“%1” holds no rows.").arg(Bidi::name(source)), MessageBanner::Warning);
        return;
    }
    offer(result, source);
}

void BatchRowsImport::offer(const ImportResult &result, const QString &source)
{
    if (result.problems.isEmpty()) {
        const int added = m_model->appendImported(result.rows);
        Q_EMIT message(tr("Added %n row(s).", nullptr, added), MessageBanner::Positive);
        return;
    }
    auto *dialog = new ImportProblemsDialog(result, source.isEmpty() ? pastedTextName() : source,
                                            m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (source.isEmpty())
        m_pastedProblems = dialog; // named again in the next language (retranslate())
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int added = m_model->appendImported(dialog->result().rows);
        Q_EMIT message(
                tr("Added %n row(s); the lines with problems were left out.", nullptr, added),
                MessageBanner::Warning);
    });
    dialog->open();
}

QString BatchRowsImport::pastedTextName()
{
    return tr("the pasted text");
}

void BatchRowsImport::retranslate()
{
    if (m_pastedProblems)
        m_pastedProblems->setSource(pastedTextName());
}

void BatchRowsImport::chooseCsvFile()
{
    auto *dialog = new QFileDialog(m_window, tr("Import Rows from CSV"), QString(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &BatchRowsImport::openCsvFile);
    dialog->open();
}

CsvImportDialog *BatchRowsImport::openCsvFile(const QString &path)
{
    if (!m_accepting())
        return nullptr;
    auto *dialog = new CsvImportDialog(path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::rowsRead, this, &BatchRowsImport::importRows);
    connect(dialog, &CsvImportDialog::failed, this,
            [this](const QString &why) { Q_EMIT message(why, MessageBanner::Error); });
    dialog->open();
    return dialog;
}

} // namespace Glance
