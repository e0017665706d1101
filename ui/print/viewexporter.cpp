#include "ui/print/viewexporter.h"

#include "core/text/bidi.h"
#include "models/tablecollector.h"
#include "ui/print/tableprinter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace Glance {

namespace {

// The models' raw sort role (every model of the app: Qt::UserRole + 1).
constexpr int RawRole = Qt::UserRole + 1;

} // namespace

ViewExporter::ViewExporter(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    connect(&m_fileWatcher, &QFutureWatcher<FileWriteResult>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_fileWatcher.progressMaximum()); });
    connect(&m_printWatcher, &QFutureWatcher<int>::finished, this, [this] {
        const int pages = m_printWatcher.future().resultCount() > 0 ? m_printWatcher.result() : 0;
        setBusy(false);
        if (pages == 0) {
            fail(tr("The printer could not be used."));
            return;
        }
        //: %n the number of pages
        Q_EMIT finished(true, tr("Sent %n page(s) to the printer.", nullptr, pages));
    });
}

ViewExporter::~ViewExporter()
{
    // Closing the window does not wait for its jobs (a PDF of thousands of pages takes
    // seconds): each job owns copies of what it uses (the table, the path, the printer's
    // shared pointer), so it may outlive this object. A file job stops at its next slice or
    // page and its QSaveFile leaves no half-written file; a job already on the printer
    // finishes there. QCoreApplication waits for the global pool when the program ends.
    m_fileWatcher.cancel();
}

bool ViewExporter::isBusy() const
{
    return m_busy;
}

void ViewExporter::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ViewExporter::fail(const QString &message)
{
    setBusy(false);
    Q_EMIT finished(false, message);
}

void ViewExporter::cancel()
{
    if (m_collector)
        m_collector->cancel();
    m_fileWatcher.cancel();
}

void ViewExporter::reportFailure(QWidget *parent, const QString &message)
{
    auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Export"), message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("exportErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QList<int> ViewExporter::shownColumns(const QTableView *view)
{
    QList<int> columns;
    const QHeaderView *header = view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void ViewExporter::run(Action action, QTableView *view, const Heading &heading)
{
    if (m_busy || !view || !view->model())
        return;
    switch (action) {
    case Action::Csv:
    case Action::Pdf:
        chooseFile(action, view, heading);
        return;
    case Action::Print:
        collect(view, heading, [this] { openPrintDialog(); });
        return;
    case Action::Preview:
        collect(view, heading, [this] { openPreview(); });
        return;
    }
}

void ViewExporter::chooseFile(Action action, QTableView *view, const Heading &heading)
{
    const bool csv = action == Action::Csv;
    auto *dialog = new QFileDialog(
            m_window, csv ? tr("Export as CSV") : tr("Save as PDF"),
            heading.fileName + (csv ? QStringLiteral(".csv") : QStringLiteral(".pdf")),
            csv ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("pdf"));
    QPointer<QTableView> target(view);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, csv, target, heading](const QString &path) {
                if (!target)
                    return;
                if (csv)
                    exportCsvTo(target, heading, path);
                else
                    savePdfTo(target, heading, path);
            });
    dialog->open();
}

void ViewExporter::exportCsvTo(QTableView *view, const Heading &heading, const QString &path)
{
    if (m_busy)
        return;
    collect(view, heading, [this, path] { writeFile(Action::Csv, path); });
}

void ViewExporter::savePdfTo(QTableView *view, const Heading &heading, const QString &path)
{
    if (m_busy)
        return;
    collect(view, heading, [this, path] { writeFile(Action::Pdf, path); });
}

void ViewExporter::collect(QTableView *view, const Heading &heading, std::function<void()> then)
{
    setBusy(true);
    auto *collector = new TableCollector(view->model(), shownColumns(view), {}, RawRole, this);
    m_collector = collector;
    connect(collector, &TableCollector::progress, this, &ViewExporter::progress);
    connect(collector, &TableCollector::finished, this,
            [this, collector, heading, then = std::move(then)](bool ok) {
                collector->deleteLater();
                if (!ok) {
                    setBusy(false);
                    Q_EMIT finished(true, tr("Stopped."));
                    return;
                }
                m_table = collector->takeTable();
                m_table.title = heading.title;
                m_table.context = heading.context;
                then();
            });
    collector->start();
}

void ViewExporter::writeFile(Action action, const QString &path)
{
    disconnect(&m_fileWatcher, &QFutureWatcher<FileWriteResult>::finished, this, nullptr);
    connect(&m_fileWatcher, &QFutureWatcher<FileWriteResult>::finished, this,
            [this, path] { onFileWritten(path); });
    m_fileWatcher.setFuture(action == Action::Csv
                                    ? TableFileJob::writeCsv(m_table, path)
                                    : TablePrinter::writePdfAsync(m_table, path,
                                                                  m_window->layoutDirection(),
                                                                  m_window->locale()));
}

void ViewExporter::onFileWritten(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (m_fileWatcher.isCanceled() || m_fileWatcher.future().resultCount() == 0) {
        setBusy(false);
        Q_EMIT finished(true, tr("Stopped; %1 was not written.").arg(Bidi::name(name)));
        return;
    }
    const FileWriteResult result = m_fileWatcher.result();
    if (result.cancelled) {
        setBusy(false);
        Q_EMIT finished(true, tr("Stopped; %1 was not written.").arg(Bidi::name(name)));
        return;
    }
    if (!result.ok) {
        //: %1 the file name, %2 why (a sentence from the system, e.g. "No space left on device")
        fail(tr("%1 could not be written: %2").arg(Bidi::name(name), result.errorString));
        return;
    }
    setBusy(false);
    //: %n the number of rows, %1 the file name
    Q_EMIT finished(true,
                    tr("Wrote %n row(s) to %1.", nullptr, int(result.rows)).arg(Bidi::name(name)));
}

QPrinter *ViewExporter::printer()
{
    if (!m_printer)
        m_printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    m_printer->setDocName(m_table.title);
    return m_printer.get();
}

void ViewExporter::openPrintDialog()
{
    auto *dialog = new QPrintDialog(printer(), m_window);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result != QDialog::Accepted) {
            setBusy(false);
            return;
        }
        m_printWatcher.setFuture(QtConcurrent::run([printer = m_printer, table = m_table,
                                                    direction = m_window->layoutDirection(),
                                                    locale = m_window->locale()] {
            return TablePrinter::paint(table, printer.get(), direction, locale);
        }));
    });
    dialog->open();
}

void ViewExporter::openPreview()
{
    auto *dialog = new QPrintPreviewDialog(printer(), m_window);
    dialog->setObjectName(QStringLiteral("printPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Preview"));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *printer) {
        TablePrinter::paint(m_table, printer, m_window->layoutDirection(), m_window->locale());
    });
    connect(dialog, &QDialog::finished, this, [this] { setBusy(false); });
    dialog->open();
}

} // namespace Glance
