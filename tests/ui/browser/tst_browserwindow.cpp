// The inventory browser (MainWindow) offscreen against the sandbox: warehouses, search, the
// cache, Load all, sorting notices, the low-stock filter, errors, 401, and the layout that
// persists.
#include "browsertestsupport.h"
#include "core/account/profilestore.h"
#include "core/text/bidi.h"
#include "core/writeaccess.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "models/productstockmodel.h"
#include "models/warehouselistmodel.h"
#include "ui/account/accountcontrols.h"
#include "ui/browser/columnsmenu.h"
#include "ui/browser/inventoryview.h"
#include "ui/browser/productstockpanel.h"
#include "ui/browser/warehouseview.h"
#include "ui/mainwindow.h"
#include "ui/widgets/messagebanner.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

using namespace Glance;
using namespace Glance::Test;

class TestBrowserWindow : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    CountingNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    InventoryTableModel *model() const { return m_window->inventoryModel(); }

    bool waitLoaded() const
    {
        return QTest::qWaitFor([this] { return model()->hasLoadedOnce() && !model()->isLoading(); },
                               15000);
    }

    void openWindow(ApiClient *client)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1100, 650); // unless the settings remember another size
        m_window->setSettings(m_settings.get());
        m_window->setClient(client);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(waitLoaded());
    }

    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        const QAbstractItemModel *shown = m_window->inventoryProxy();
        for (int row = 0; row < shown->rowCount(); ++row)
            ids.append(shown->index(row, 0).data(InventoryTableModel::RecordIdRole).toLongLong());
        return ids;
    }

    void clickWarehouse(std::optional<qint64> id)
    {
        auto *view = child<WarehouseView>("warehouseView");
        const QModelIndex index = m_window->warehouseModel()->index(
                m_window->warehouseModel()->rowOf(id), WarehouseListModel::NameColumn);
        QVERIFY(index.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(m_window->currentWarehouseId(), id);
    }

    // GET /inventory requests: the pages of views (`counts` false) or the warehouse list's
    // record counts (limit=1, WarehouseListModel).
    int inventoryRequests(bool counts = false) const
    {
        int n = 0;
        for (const QUrl &url : m_network.urls()) {
            const bool count =
                    QUrlQuery(url).queryItemValue(QStringLiteral("limit")) == QStringLiteral("1");
            n += url.path() == QStringLiteral("/inventory") && count == counts;
        }
        return n;
    }

    qint64 countShown(std::optional<qint64> warehouseId) const
    {
        const WarehouseListModel *list = m_window->warehouseModel();
        return list->index(list->rowOf(warehouseId), WarehouseListModel::RecordsColumn)
                .data(WarehouseListModel::SortRole)
                .toLongLong();
    }

    void loadAllByButton()
    {
        QSignalSpy finished(model(), &InventoryTableModel::loadAllFinished);
        QTest::mouseClick(child<QPushButton>("loadAllButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(model()->isComplete());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        m_client = clientFor(&m_network, m_sandbox);
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(m_sandbox.reset());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(
                QStringLiteral("%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        m_network.clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void profileNameWithAmpersandIsNoAccelerator()
    {
        // "R&D" in the Account menu reads "R&D", and Alt+D does not pick it.
        QMainWindow window;
        ProfileStore profiles(&m_settings->store());
        WriteAccess access;
        auto *controls = new AccountControls(&window, &profiles, &access);
        Profile rnd;
        rnd.name = QStringLiteral("R&D");
        rnd.baseUrl = QUrl(QStringLiteral("https://glance.example.com"));
        profiles.add(rnd);
        controls->setCurrent(rnd);
        const auto check = [&] {
            QCOMPARE(controls->profileActions().size(), 1);
            const QString text = controls->profileActions().first()->text();
            QVERIFY2(text.contains(QStringLiteral("R&&D")), qPrintable(text));
            QCOMPARE(QKeySequence::mnemonic(text), QKeySequence());
        };
        check();
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&window, &languageChange);
        check();
    }

    void choosingAWarehouseShowsExactlyTheServersRows()
    {
        openWindow(m_client.get());
        QCOMPARE(shownIds(), idsOf(serverRows(m_sandbox)).mid(0, 100));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->warehouseModel()->rowCount(), 4, 15000);
        // The server's list replaced the empty one: "All warehouses" is still the chosen one.
        QCOMPARE(child<WarehouseView>("warehouseView")->currentIndex().row(), 0);
        for (const qint64 id : {2, 3}) {
            clickWarehouse(id);
            QVERIFY(waitLoaded());
            QCOMPARE(model()->query().warehouseId, std::optional<qint64>(id));
            loadAllByButton();
            QCOMPARE(shownIds(),
                     idsOf(serverRows(m_sandbox, QStringLiteral("warehouseId=%1").arg(id))));
            // Its count and total show in the list now.
            const int row = m_window->warehouseModel()->rowOf(id);
            QCOMPARE(m_window->warehouseModel()
                             ->index(row, WarehouseListModel::RecordsColumn)
                             .data(WarehouseListModel::SortRole)
                             .toLongLong(),
                     shownIds().size());
            QVERIFY(m_window->warehouseModel()
                            ->index(row, WarehouseListModel::QuantityColumn)
                            .data(WarehouseListModel::SortRole)
                            .isValid());
        }
        // Back to all warehouses: the cached first page at once.
        const int requests = m_network.requests();
        clickWarehouse(std::nullopt);
        QCOMPARE(shownIds(), idsOf(serverRows(m_sandbox)).mid(0, 100));
        QCOMPARE(m_network.requests(), requests);
    }

    void searchNarrowsAndDropsStaleReplies()
    {
        openWindow(m_client.get());
        QVERIFY(m_sandbox.setFaults({QStringLiteral("latency=300@GET /inventory")}));
        auto *search = child<QLineEdit>("searchEdit");
        m_network.clear();
        QTest::keyClicks(search, QStringLiteral("bin"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->query().search, QStringLiteral("bin"), 5000);
        QVERIFY(model()->isLoading()); // its answer is on its way (300 ms)
        search->clear();
        QTest::keyClicks(search, QStringLiteral("shelf"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->query().search, QStringLiteral("shelf"), 5000);
        QVERIFY(waitLoaded());
        // The stale "bin" answer left the sandbox before the "shelf" one (the same 300 ms
        // latency, asked earlier): it would have arrived by now.
        QTest::qWait(100);
        QCOMPARE(shownIds(),
                 idsOf(serverRows(m_sandbox, QStringLiteral("search=shelf"))).mid(0, 100));
        // Debounced: "b", "bi", "s", "sh", … were never sent; the cleared search showed the cache.
        QStringList searches;
        for (const QUrl &url : m_network.urls())
            searches << QUrlQuery(url).queryItemValue(QStringLiteral("search"));
        searches.removeAll(QString());
        QCOMPARE(searches, QStringList({QStringLiteral("bin"), QStringLiteral("shelf")}));
    }

    void clearingTheSearchRestoresTheCachedViewAtOnce()
    {
        openWindow(m_client.get());
        const QList<qint64> unfiltered = shownIds();
        auto *search = child<QLineEdit>("searchEdit");
        search->setText(QStringLiteral("widget"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->query().search, QStringLiteral("widget"), 5000);
        QVERIFY(waitLoaded());
        QVERIFY(shownIds() != unfiltered);
        const int requests = m_network.requests();
        search->clear();
        QCOMPARE(shownIds(), unfiltered); // no debounce, no request
        QVERIFY(!model()->isLoading());
        QTest::qWait(400); // past the search's 300 ms debounce: still no request
        QCOMPARE(m_network.requests(), requests);
    }

    void serverErrorShowsTheBannerAndKeepsTheData()
    {
        openWindow(m_client.get());
        const QList<qint64> before = shownIds();
        QVERIFY(m_sandbox.setFaults({QStringLiteral("500@GET /inventory")}));
        auto *banner = child<MessageBanner>("errorBanner");
        QVERIFY(!banner->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
        QCOMPARE(banner->text(), model()->lastError().userMessage());
        QCOMPARE(banner->messageType(), MessageBanner::Error);
        QCOMPARE(model()->lastError().httpStatus(), 500);
        QVERIFY(!child<QPushButton>("signInButton")->isVisible());
        QCOMPARE(shownIds(), before);
        QVERIFY(m_sandbox.clearFaults());
        QTest::mouseClick(child<QPushButton>("retryButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        QCOMPARE(shownIds(), before);
    }

    void derivedWarehouseListWhenTheEndpointIsMissing()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--no-rate-limit"),
                                QStringLiteral("--no-warehouses-endpoint")}),
                 qPrintable(sandbox.errorString()));
        QCOMPARE(sandbox.get(QStringLiteral("/warehouses")).status, 404);
        auto client = clientFor(&m_network, sandbox);
        openWindow(client.get());
        WarehouseListModel *warehouses = m_window->warehouseModel();
        QTRY_VERIFY_WITH_TIMEOUT(warehouses->isDerived(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(warehouses->rowCount(), 4, 15000);
        QSet<qint64> ids;
        for (int row = 1; row < warehouses->rowCount(); ++row)
            ids.insert(*warehouses->warehouseIdAt(row));
        QCOMPARE(ids, QSet<qint64>({1, 2, 3}));
        QVERIFY(!child<QFrame>("errorBanner")->isVisible()); // not an error
        // Choosing a derived warehouse works like any other.
        clickWarehouse(3);
        QVERIFY(waitLoaded());
        QCOMPARE(shownIds(),
                 idsOf(serverRows(sandbox, QStringLiteral("warehouseId=3"))).mid(0, 100));
        m_window.reset();
    }

    void loadAllShowsProgressAndCancels()
    {
        openWindow(m_client.get());
        QVERIFY(m_sandbox.setFaults({QStringLiteral("latency=120@GET /inventory")}));
        auto *progress = child<QProgressBar>("loadProgressBar");
        QTest::mouseClick(child<QPushButton>("loadAllButton"), Qt::LeftButton);
        QVERIFY(progress->isVisible());
        QVERIFY(!child<QPushButton>("loadAllButton")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 300, 15000);
        QCOMPARE(progress->maximum(), 700);
        QVERIFY(progress->value() >= 300);
        QTest::mouseClick(child<QToolButton>("cancelLoadButton"), Qt::LeftButton);
        QVERIFY(!progress->isVisible());
        QVERIFY(!model()->isLoadingAll());
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 5000);
        QVERIFY(model()->rowCount() < 700);
        QVERIFY(child<QPushButton>("loadAllButton")->isEnabled());
        loadAllByButton();
        QCOMPARE(shownIds(), idsOf(serverRows(m_sandbox)));
        QCOMPARE(inventoryRequests(), 7); // each page once
        QVERIFY(!child<QPushButton>("loadAllButton")->isEnabled());
        QVERIFY(child<QLabel>("countLabel")->text().contains(QLatin1String("700")));
    }

    void sortingAPartialViewSaysSoAndOffersLoadAll()
    {
        openWindow(m_client.get());
        auto *view = child<InventoryView>("inventoryView");
        auto *notice = child<MessageBanner>("noticeBar");
        QVERIFY(!notice->isVisible());
        QHeaderView *header = view->horizontalHeader();
        const int x = header->sectionViewportPosition(InventoryTableModel::QuantityColumn)
                + header->sectionSize(InventoryTableModel::QuantityColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QVERIFY(m_window->inventoryProxy()->isSorted());
        QCOMPARE(m_window->inventoryProxy()->sortColumn(),
                 int(InventoryTableModel::QuantityColumn));
        QVERIFY(notice->isVisible());
        const QString text = notice->text();
        QVERIFY2(text.contains(QLatin1String("100")) && text.contains(QLatin1String("700")),
                 qPrintable(text));
        // Sorted: the loaded rows only, lazily nothing more.
        for (int row = 1; row < 100; ++row)
            QVERIFY(m_window->inventoryProxy()
                            ->index(row - 1, InventoryTableModel::QuantityColumn)
                            .data(InventoryTableModel::SortRole)
                            .toLongLong()
                    <= m_window->inventoryProxy()
                               ->index(row, InventoryTableModel::QuantityColumn)
                               .data(InventoryTableModel::SortRole)
                               .toLongLong());
        view->scrollToBottom();
        QTest::qWait(200); // a page fetched on scrolling would be sent and answered within this
        QCOMPARE(model()->rowCount(), 100);
        QSignalSpy finished(model(), &InventoryTableModel::loadAllFinished);
        QTest::mouseClick(child<QPushButton>("noticeLoadAllButton"), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(!notice->isVisible());
        QCOMPARE(m_window->inventoryProxy()->rowCount(), 700);
        QCOMPARE(m_window->inventoryProxy()->sortColumn(),
                 int(InventoryTableModel::QuantityColumn));
        // Original order again.
        header->setSortIndicator(-1, Qt::AscendingOrder);
        QVERIFY(!m_window->inventoryProxy()->isSorted());
        QCOMPARE(shownIds(), idsOf(serverRows(m_sandbox)));
    }

    void lowStockHighlightAndFilter()
    {
        m_settings->setLowStockThreshold(40);
        openWindow(m_client.get());
        int low = 0;
        for (int row = 0; row < model()->rowCount(); ++row)
            low += model()->isLowStock(row);
        QVERIFY(low > 0);
        auto *check = child<QCheckBox>("lowStockCheck");
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(m_window->inventoryProxy()->lowStockOnly());
        QCOMPARE(m_window->inventoryProxy()->rowCount(), low);
        QVERIFY(child<QLabel>("filterLabel")->isVisible());
        QVERIFY(child<QFrame>("noticeBar")->isVisible()); // filtered among the loaded rows
        // The threshold follows the settings.
        m_settings->setLowStockThreshold(0);
        int lowNow = 0;
        for (int row = 0; row < model()->rowCount(); ++row)
            lowNow += model()->isLowStock(row);
        QVERIFY(lowNow < low);
        QCOMPARE(m_window->inventoryProxy()->rowCount(), lowNow);
        for (int row = 0; row < m_window->inventoryProxy()->rowCount(); ++row)
            QVERIFY(m_window->inventoryProxy()
                            ->index(row, 0)
                            .data(InventoryTableModel::LowStockRole)
                            .toBool());
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(m_window->inventoryProxy()->rowCount(), 100);
    }

    void enterOpensTheProductViewWithServerTotals()
    {
        openWindow(m_client.get());
        auto *view = child<InventoryView>("inventoryView");
        view->setFocus();
        view->setCurrentIndex(m_window->inventoryProxy()->index(4, 0));
        const InventoryRecord record = *m_window->currentRecord();
        QTest::keyClick(view, Qt::Key_Return);
        auto *panel = child<ProductStockPanel>("productPanel");
        QVERIFY(panel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->hasLoaded(), 15000);
        QCOMPARE(panel->model()->product().id, record.product.id);
        const QJsonArray server =
                m_sandbox.get(QStringLiteral("/inventory/product/%1").arg(record.product.id))
                        .data()
                        .toArray();
        qint64 total = 0;
        for (const auto &row : server)
            total += row.toObject().value(QStringLiteral("quantity")).toInteger();
        QCOMPARE(panel->model()->rowCount(), int(server.size()));
        QCOMPARE(panel->model()->totalQuantity(), std::optional<qint64>(total));
        QVERIFY2(child<QLabel>("totalLabel")->text().contains(m_window->locale().toString(total)),
                 qPrintable(child<QLabel>("totalLabel")->text()));
    }

    void scanningASkuOpensTheProduct()
    {
        openWindow(m_client.get());
        auto *search = child<QLineEdit>("searchEdit");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("CB 200-1"));
        QTest::keyClick(search, Qt::Key_Return);
        auto *panel = child<ProductStockPanel>("productPanel");
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->hasLoaded(), 15000);
        QCOMPARE(panel->model()->product().id, 3);
        // Ctrl+G: a SKU typed into the panel.
        QTest::keyClick(m_window.get(), Qt::Key_G, Qt::ControlModifier);
        auto *skuEdit = child<QLineEdit>("skuEdit");
        QVERIFY(skuEdit->hasFocus());
        QTest::keyClicks(skuEdit, QStringLiteral("AB-120/3"));
        QTest::keyClick(skuEdit, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->product().id, 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->hasLoaded(), 15000);
    }

    void statusBarAndKeyboard()
    {
        openWindow(m_client.get());
        const QString count = Bidi::stripFormatting(child<QLabel>("countLabel")->text());
        QVERIFY2(count.startsWith(QLatin1String("100 of 700")), qPrintable(count));
        QVERIFY(child<QLabel>("refreshedLabel")->text().startsWith(QLatin1String("Updated")));
        QCOMPARE(child<QLabel>("onlineLabel")->text(), QStringLiteral("Online"));
        // Ctrl+F searches, F5 re-reads the first page.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(child<QLineEdit>("searchEdit")->hasFocus());
        // The warehouse list counted every warehouse and all of them: N + 1 requests. The round
        // starts once the warehouse list is in, which may be after the first page: not counting
        // alone may mean "not started yet".
        QTRY_VERIFY_WITH_TIMEOUT(
                inventoryRequests(true) >= 4 && !m_window->warehouseModel()->isCounting(), 15000);
        QCOMPARE(inventoryRequests(true), 4);
        QCOMPARE(countShown(std::nullopt), 700);
        QCOMPARE(countShown(2),
                 qint64(serverRows(m_sandbox, QStringLiteral("warehouseId=2")).size()));
        // Deleted elsewhere: F5 re-reads the first page and counts again.
        const qint64 inTwo = countShown(2);
        const qint64 doomed = serverRows(m_sandbox, QStringLiteral("warehouseId=2"))
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toInteger();
        QCOMPARE(m_sandbox.del(QStringLiteral("/inventory/%1/delete").arg(doomed)).status, 200);
        const int requests = inventoryRequests();
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(model()->isLoading());
        QVERIFY(waitLoaded());
        QCOMPARE(inventoryRequests(), requests + 1);
        QTRY_VERIFY_WITH_TIMEOUT(
                inventoryRequests(true) >= 8 && !m_window->warehouseModel()->isCounting(), 15000);
        QCOMPARE(inventoryRequests(true), 8);
        QCOMPARE(countShown(2), inTwo - 1);
        QCOMPARE(countShown(std::nullopt), 699);
        // Arrows move through the rows; the current record follows.
        auto *view = child<InventoryView>("inventoryView");
        view->setFocus();
        view->setCurrentIndex(m_window->inventoryProxy()->index(0, 0));
        QSignalSpy current(m_window.get(), &MainWindow::currentRecordChanged);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(current.count(), 1);
        QCOMPARE(m_window->currentRecord()->id, shownIds().at(1));
        // Accessible names on the main widgets (what a screen reader is told; the banners' name
        // is their sentence, "Message" while there is none).
        for (const char *name :
             {"searchEdit", "warehouseView", "inventoryView", "errorBanner", "noticeBar"}) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(
                    m_window->findChild<QWidget *>(QString::fromLatin1(name)));
            QVERIFY2(iface && !iface->text(QAccessible::Name).isEmpty(), name);
        }
    }

    void unauthorizedOffersSignIn()
    {
        auto client = clientFor(&m_network, m_sandbox, false, QStringLiteral("glnc_sk_wrong"));
        m_window = std::make_unique<MainWindow>();
        m_window->setSettings(m_settings.get());
        QSignalSpy signIn(m_window.get(), &MainWindow::signInRequested);
        m_window->setClient(client.get());
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>("errorBanner")->isVisible(), 15000);
        QVERIFY(child<QPushButton>("signInButton")->isVisible());
        QVERIFY(model()->lastError().isUnauthorized());
        // The 401 itself goes to AppController through the client; the window only offers.
        QCOMPARE(signIn.count(), 0);
        QTest::mouseClick(child<QPushButton>("signInButton"), Qt::LeftButton);
        QCOMPARE(signIn.count(), 1);
        m_window.reset();
    }

    void layoutPersists()
    {
        openWindow(m_client.get());
        auto *view = child<InventoryView>("inventoryView");
        QHeaderView *header = view->horizontalHeader();
        header->setSortIndicator(InventoryTableModel::SkuColumn, Qt::DescendingOrder);
        header->setSectionHidden(InventoryTableModel::LocationColumn, true);
        header->resizeSection(InventoryTableModel::WarehouseColumn, 211);
        child<QCheckBox>("lowStockCheck")->setChecked(true);
        // Within the offscreen screen (800 x 600): Qt 6.8's restoreGeometry() fits a window to
        // its screen, so a larger size would not come back as it was.
        m_window->resize(700, 500);
        m_window->close();
        m_window.reset();

        openWindow(m_client.get());
        view = child<InventoryView>("inventoryView");
        header = view->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(InventoryTableModel::SkuColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(m_window->inventoryProxy()->sortColumn(), int(InventoryTableModel::SkuColumn));
        QVERIFY(header->isSectionHidden(InventoryTableModel::LocationColumn));
        QCOMPARE(header->sectionSize(InventoryTableModel::WarehouseColumn), 211);
        QVERIFY(child<QCheckBox>("lowStockCheck")->isChecked());
        QVERIFY(m_window->inventoryProxy()->lowStockOnly());
        QCOMPARE(m_window->size(), QSize(700, 500));
        // The columns menu shows the hidden column unchecked.
        ColumnsMenu *menu = view->columnsMenu();
        menu->rebuild();
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), int(InventoryTableModel::ColumnCount));
        QVERIFY(!actions.at(InventoryTableModel::LocationColumn)->isChecked());
        actions.at(InventoryTableModel::LocationColumn)->trigger();
        QVERIFY(!header->isSectionHidden(InventoryTableModel::LocationColumn));
    }
};

QTEST_MAIN(TestBrowserWindow)
#include "tst_browserwindow.moc"
