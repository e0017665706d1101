#pragma once

#include "core/export/exporttable.h"
#include "core/export/tablefilejob.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

class QPrinter;
class QTableView;
class QWidget;

namespace Glance {

class TableCollector;

// Export (CSV), Print, Print preview and Save as PDF of exactly what a table view shows: its
// model's rows in the view's order (filter and sort as shown), the visible columns in their
// visual order, the cells' texts as shown on paper and plain numbers in the CSV. The rows are
// read in slices on the UI thread (TableCollector); the file is written, and the printer fed,
// on Qt's thread pool, so the window stays responsive; the preview paints on the UI thread
// (QPrintPreviewDialog asks for its pages there). Every dialog opens with open(). How it ended
// is said through finished(): a sentence for the status bar, or an error for a message box.
class ViewExporter : public QObject
{
    Q_OBJECT

public:
    enum class Action { Csv, Print, Preview, Pdf };

    // `window`: the parent of the dialogs.
    explicit ViewExporter(QWidget *window);
    ~ViewExporter() override;

    // What the printed pages say on top: a title and lines about what is shown.
    struct Heading
    {
        QString title;
        QStringList context;
        QString fileName; // suggested, without extension
    };

    // Asks what it needs (a file, a printer) and does `action` for `view`'s rows.
    void run(Action action, QTableView *view, const Heading &heading);
    // The same without the file dialog (tests, and after it).
    void exportCsvTo(QTableView *view, const Heading &heading, const QString &path);
    void savePdfTo(QTableView *view, const Heading &heading, const QString &path);

    bool isBusy() const;
    void cancel();

    // The table read last (for the tests: what went to the file or paper).
    const ExportTable &lastTable() const { return m_table; }

    // A failure as a warning box over `parent`, opened with open().
    static void reportFailure(QWidget *parent, const QString &message);

    // The columns `view` shows, in visual order.
    static QList<int> shownColumns(const QTableView *view);

Q_SIGNALS:
    void busyChanged(bool busy);
    // `ok`: done (or cancelled by the user); else `message` says what failed.
    void finished(bool ok, const QString &message);
    // Rows read / written, for a progress display.
    void progress(qint64 done, qint64 total);

private:
    void chooseFile(Action action, QTableView *view, const Heading &heading);
    void collect(QTableView *view, const Heading &heading, std::function<void()> then);
    void writeFile(Action action, const QString &path);
    void onFileWritten(const QString &path);
    // The printer kept between printouts (its settings stay), named after the table.
    QPrinter *printer();
    void openPrintDialog();
    void openPreview();
    void setBusy(bool busy);
    void fail(const QString &message);

    QPointer<QWidget> m_window;
    QPointer<TableCollector> m_collector;
    ExportTable m_table;
    std::shared_ptr<QPrinter> m_printer;
    QFutureWatcher<FileWriteResult> m_fileWatcher;
    QFutureWatcher<int> m_printWatcher;
    bool m_busy = false;
};

} // namespace Glance
