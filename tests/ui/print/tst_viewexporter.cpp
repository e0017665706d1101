// ViewExporter outlived by its jobs: a window closed while its PDF is being written does not
// wait for it, the job stops (cancelled) without leaving a half-written file, and nothing it
// touches afterwards belongs to the window (run under ASan in CI). A window left open gets
// the whole file.
#include "tests/ui/pdftext.h"
#include "ui/print/viewexporter.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Glance;

namespace {

// A window with a table of `rows` rows (product, quantity), enough pages to take a while.
struct Window
{
    explicit Window(int rows)
        : view(new QTableView(&widget))
        , model(new QStandardItemModel(rows, 2, &widget))
        , exporter(new ViewExporter(&widget))
    {
        model->setHorizontalHeaderLabels({QStringLiteral("Product"), QStringLiteral("Quantity")});
        for (int row = 0; row < rows; ++row) {
            model->setData(model->index(row, 0), QStringLiteral("Product %1").arg(row));
            model->setData(model->index(row, 1), row);
            model->setData(model->index(row, 1), row, Qt::UserRole + 1);
        }
        view->setModel(model);
    }

    QWidget widget;
    QTableView *view;
    QStandardItemModel *model;
    ViewExporter *exporter;
};

} // namespace

class TestViewExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aWindowLeftOpenGetsTheWholeFile()
    {
        Window window(300);
        const QString path = m_dir.filePath(QStringLiteral("whole.pdf"));
        QSignalSpy finished(window.exporter, &ViewExporter::finished);
        window.exporter->savePdfTo(window.view, {QStringLiteral("Stock"), {}, {}}, path);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(Test::pdfText(path, Test::PdfTextMode::Reading)
                        .contains(QLatin1String("Product 299")));
    }

    void closingTheWindowMidPdfLeavesNoHalfFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("closed.pdf"));
        {
            Window window(20000);
            QSignalSpy busy(window.exporter, &ViewExporter::busyChanged);
            QSignalSpy progress(window.exporter, &ViewExporter::progress);
            window.exporter->savePdfTo(window.view, {QStringLiteral("Stock"), {}, {}}, path);
            // The rows are collected (on the UI thread, in slices), then the pages are
            // written on the pool: close the window while they are.
            QTRY_VERIFY_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount() > 0, 60000);
            QVERIFY(window.exporter->isBusy());
        }
        QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 60000);
        QVERIFY(!QFile::exists(path));
        const QStringList left =
                QDir(m_dir.path())
                        .entryList({QStringLiteral("closed*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestViewExporter)
#include "tst_viewexporter.moc"
