#pragma once

#include "ui/widgets/messagebanner.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Glance {

class BatchAdjustModel;
class CsvImportDialog;
class ImportProblemsDialog;
struct ImportResult;

// Rows into the batch editor from the clipboard (tab-separated, as a spreadsheet copies them) and
// from CSV files (CsvImportDialog: read off the UI thread, encoding detected or chosen with a
// preview). When some lines cannot be read they are listed first (ImportProblemsDialog): add the
// rest, or cancel. Nothing is imported while `accepting()` says no (the window shows results).
// The dialogs are opened, never exec'd.
class BatchRowsImport : public QObject
{
    Q_OBJECT

public:
    BatchRowsImport(BatchAdjustModel *model, QWidget *window, std::function<bool()> accepting);

    void paste(const QString &text);
    void importCsv(const QByteArray &bytes, const QString &source);
    // File → a file dialog, then openCsvFile().
    void chooseCsvFile();
    // The import window for a CSV file; its rows then go through importRows(). Deletes itself
    // when closed. nullptr while rows are not accepted.
    CsvImportDialog *openCsvFile(const QString &path);
    // `source`: the file's name (for the user).
    void importRows(const ImportResult &result, const QString &source);
    // The language changed: the open problems window of pasted text is named again.
    void retranslate();

Q_SIGNALS:
    // A sentence for the window's banner.
    void message(const QString &text, Glance::MessageBanner::Type type);

private:
    // `source` empty: the pasted text.
    void offer(const ImportResult &result, const QString &source);
    static QString pastedTextName();

    BatchAdjustModel *m_model;
    QWidget *m_window;
    std::function<bool()> m_accepting;
    QPointer<ImportProblemsDialog> m_pastedProblems;
};

} // namespace Glance
