// BrowserExport (ui/browser/browserexport.*): File → Export as CSV / Print Preview / Save as PDF of
// the real main window against the sandbox: exactly what the table shows (low-stock filter, sort
// order, hidden and moved columns; all loaded rows after "Load all first", or only the loaded ones,
// said plainly in the page header); numbers plain in the CSV; the file dialog, the question and the
// preview open without a nested event loop; a file that cannot be written is a message that says
// which and why. The product panel exports its rows the same way.
#include "browsertestsupport.h"
#include "core/adjust/adjustimport.h"
#include "core/text/textdecoding.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "models/productstockmodel.h"
#include "tests/ui/i18n/acceleratorcheck.h"
#include "tests/ui/pdftext.h"
#include "ui/browser/inventoryview.h"
#include "ui/browser/productstockpanel.h"
#include "ui/mainwindow.h"
#include "ui/print/viewexporter.h"
#include "ui/translations.h"

#include <QAction>
#include <QCheckBox>
#include <QCollator>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Glance;
using namespace Glance::Test;

namespace {

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    QList<ImportProblem> problems;
    QList<QStringList> rows;
    for (const AdjustImport::Record &record :
         AdjustImport::split(TextDecoding::decode(bytes, TextDecoding::detect(bytes)),
                             QLatin1Char(','), &problems))
        rows.append(record.fields);
    return rows;
}

using Test::pdfText;

} // namespace

class TestBrowserExport : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    CountingNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    InventoryTableModel *model() const { return m_window->inventoryModel(); }
    InventoryView *view() const
    {
        return m_window->findChild<InventoryView *>(QStringLiteral("inventoryView"));
    }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1100, 650);
        m_window->setSettings(m_settings.get());
        m_window->setAccountName(QStringLiteral("Acme Hardware"));
        m_window->setClient(m_client.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(QTest::qWaitFor(
                [this] { return model()->hasLoadedOnce() && !model()->isLoading(); }, 15000));
        QVERIFY(!model()->isComplete()); // the sandbox holds more than a page
    }

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }

    template<typename T>
    T *waitForChild(const char *name) const
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor(
                [&] {
                    found = m_window->findChild<T *>(QString::fromLatin1(name));
                    return found && found->isVisible();
                },
                15000);
        return shown ? found : nullptr;
    }

    // Answers the question about records not loaded with `button`.
    void answerLoadAll(const char *button)
    {
        auto *box = waitForChild<QMessageBox>("loadAllFirstBox");
        QVERIFY(box);
        QVERIFY(!box->isModal() || box->windowModality() == Qt::WindowModal); // open()
        auto *choice = box->findChild<QPushButton *>(QString::fromLatin1(button));
        QVERIFY(choice && choice->isEnabled());
        QTest::mouseClick(choice, Qt::LeftButton);
    }

    void chooseFile(const QString &path)
    {
        auto *dialog = waitForChild<QFileDialog>("exportFileDialog");
        QVERIFY(dialog);
        QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(), not exec()
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        m_client = clientFor(&m_network, m_sandbox);
    }

    void init()
    {
        QVERIFY(m_sandbox.reset());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(
                QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void csvAfterLoadAllIsWhatTheTableShows()
    {
        m_settings->setLowStockThreshold(40);
        openWindow();
        // Low stock only, sorted by SKU descending, Warehouse hidden, Quantity moved first.
        m_window->findChild<QCheckBox *>(QStringLiteral("lowStockCheck"))->setChecked(true);
        QHeaderView *header = view()->horizontalHeader();
        header->setSortIndicator(InventoryTableModel::SkuColumn, Qt::DescendingOrder);
        header->hideSection(InventoryTableModel::WarehouseColumn);
        header->moveSection(header->visualIndex(InventoryTableModel::QuantityColumn), 0);

        const QString path = m_dir.filePath(QStringLiteral("inventory.csv"));
        QSignalSpy finished(m_window->exporter(), &ViewExporter::finished);
        action("actionExport")->trigger();
        answerLoadAll("loadAllFirstButton");
        chooseFile(path);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(model()->isComplete());

        // The server's low-stock records, counted independently of the app.
        const QJsonArray server = serverRows(m_sandbox);
        int low = 0;
        for (const QJsonValue &value : server) {
            const QJsonObject row = value.toObject();
            const QJsonValue min = row.value(QStringLiteral("minStockLevel"));
            const qint64 limit = min.isDouble() ? min.toInteger() : 40;
            low += row.value(QStringLiteral("quantity")).toInteger() <= limit ? 1 : 0;
        }
        QVERIFY(low > 100); // more than the first page: Load all mattered

        const QList<QStringList> csv = readCsv(path);
        QCOMPARE(csv.size(), low + 1);
        QStringList titles;
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                titles << model()->headerData(logical, Qt::Horizontal).toString();
        }
        QCOMPARE(csv.first(), titles);
        QCOMPARE(csv.first().first(),
                 model()->headerData(InventoryTableModel::QuantityColumn, Qt::Horizontal)
                         .toString());
        QVERIFY(!csv.first().contains(
                model()->headerData(InventoryTableModel::WarehouseColumn, Qt::Horizontal)
                        .toString()));
        const int skuColumn = int(titles.indexOf(
                model()->headerData(InventoryTableModel::SkuColumn, Qt::Horizontal).toString()));
        QCollator collator;
        collator.setNumericMode(true);
        for (int row = 1; row < csv.size(); ++row) {
            bool plain = false;
            csv.at(row).at(0).toLongLong(&plain);
            QVERIFY2(plain, qPrintable(csv.at(row).at(0))); // a plain number: no grouping
            if (row > 1)
                QVERIFY2(collator.compare(csv.at(row - 1).at(skuColumn), csv.at(row).at(skuColumn))
                                 >= 0,
                         qPrintable(csv.at(row).at(skuColumn)));
            // The same row, in the same place, as the table shows it.
            QCOMPARE(csv.at(row).at(skuColumn),
                     m_window->inventoryProxy()
                             ->index(row - 1, InventoryTableModel::SkuColumn)
                             .data()
                             .toString());
        }
    }

    void onlyTheLoadedRecordsAreSaidPlainly()
    {
        openWindow();
        const QString path = m_dir.filePath(QStringLiteral("loaded.pdf"));
        QSignalSpy finished(m_window->exporter(), &ViewExporter::finished);
        action("actionSavePdf")->trigger();
        answerLoadAll("onlyLoadedButton");
        chooseFile(path);
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!model()->isComplete());
        QCOMPARE(m_window->exporter()->lastTable().rows.size(), model()->rowCount());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Acme Hardware")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("All warehouses")));
        QVERIFY(text.contains(QStringLiteral("not every record of this view was loaded")));
        QVERIFY(text.contains(model()->index(0, InventoryTableModel::SkuColumn).data().toString()));
        QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    }

    void previewOpensWithoutBlocking()
    {
        openWindow();
        QCOMPARE(action("actionPrint")->shortcut(), QKeySequence(QKeySequence::Print));
        QSignalSpy finished(model(), &InventoryTableModel::loadAllFinished);
        m_window->loadAll();
        QVERIFY(finished.wait(30000));
        action("actionPrintPreview")->trigger(); // complete: no question
        auto *preview = waitForChild<QPrintPreviewDialog>("printPreviewDialog");
        QVERIFY(preview);
        QCOMPARE(preview->windowModality(), Qt::WindowModal); // open(), not exec()
        QVERIFY(m_window->exporter()->isBusy());
        QVERIFY(!action("actionExport")->isEnabled());
        preview->reject();
        QTRY_VERIFY(!m_window->exporter()->isBusy());
        QVERIFY(action("actionExport")->isEnabled());
    }

    // The product panel's context menu: its rows as shown, numbers plain, the total matching.
    void productPanelExport()
    {
        openWindow();
        view()->setFocus();
        view()->setCurrentIndex(m_window->inventoryProxy()->index(3, 0));
        QTest::keyClick(view(), Qt::Key_Return);
        ProductStockPanel *panel = m_window->productPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->hasLoaded(), 15000);
        QVERIFY(panel->model()->rowCount() > 0);
        auto *exportAction = panel->findChild<QAction *>(QStringLiteral("exportStockAction"));
        QVERIFY(exportAction && exportAction->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("product.csv"));
        QSignalSpy finished(panel->exporter(), &ViewExporter::finished);
        exportAction->trigger();
        chooseFile(path);
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QList<QStringList> csv = readCsv(path);
        QCOMPARE(csv.size(), panel->model()->rowCount() + 1);
        const int quantityColumn = int(csv.first().indexOf(
                panel->model()
                        ->headerData(ProductStockModel::QuantityColumn, Qt::Horizontal)
                        .toString()));
        QVERIFY(quantityColumn >= 0);
        qint64 total = 0;
        for (int row = 1; row < csv.size(); ++row)
            total += csv.at(row).at(quantityColumn).toLongLong();
        QCOMPARE(std::optional<qint64>(total), panel->model()->totalQuantity());
        const ExportTable &table = panel->exporter()->lastTable();
        QVERIFY(table.title.contains(panel->model()->product().name));
    }

    // The question about records not loaded gives each button its own Alt letter in both
    // languages (the menus are tst_accelerators').
    void loadAllQuestionAccelerators_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("he") << QLocale(QLocale::Hebrew, QLocale::Israel);
    }

    void loadAllQuestionAccelerators()
    {
        QFETCH(QLocale, locale);
        installTranslations(locale);
        openWindow();
        action("actionPrint")->trigger();
        auto *box = waitForChild<QMessageBox>("loadAllFirstBox");
        QVERIFY(box);
        QCOMPARE(box->layoutDirection(), locale.textDirection());
        const QStringList clashes = Test::acceleratorClashes(
                Test::windowGroup(QString::fromLatin1(QTest::currentDataTag()), box));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        for (const char *name : {"loadAllFirstButton", "onlyLoadedButton"})
            QVERIFY(!Test::acceleratorOf(
                             box->findChild<QPushButton *>(QString::fromLatin1(name))->text())
                             .isEmpty());
        box->reject();
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void unwritableFileIsAClearMessage()
    {
        openWindow();
        QSignalSpy finished(model(), &InventoryTableModel::loadAllFinished);
        m_window->loadAll();
        QVERIFY(finished.wait(30000));
        QSignalSpy exported(m_window->exporter(), &ViewExporter::finished);
        action("actionExport")->trigger();
        chooseFile(m_dir.filePath(QStringLiteral("no-such-folder/stock.csv")));
        QVERIFY(exported.wait(30000));
        QVERIFY(!exported.first().at(0).toBool());
        auto *box = waitForChild<QMessageBox>("exportErrorBox");
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("stock.csv")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("could not be written")),
                 qPrintable(box->text()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no-such-folder/stock.csv"))));
        box->accept();
    }
};

QTEST_MAIN(TestBrowserExport)
#include "tst_browserexport.moc"
