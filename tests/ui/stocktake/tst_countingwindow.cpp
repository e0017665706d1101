// The counting window as a store manager's scanner uses it, offscreen against the sandbox:
// 500 codes typed at 20 a second (QTest::keyClicks + Enter) into the real window, every count
// right on screen and on disk; multipliers, unknown codes (signal, list, assign, drop), Ctrl+Z,
// editing a count, focus back on the scan field; a blind count shows no expected quantity in
// the window, the count sheet or the exports; the list of stocktakes and the menu actions.
#include "../adjust/uitestsupport.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/stocktake/stocktakeapplier.h"
#include "core/stocktake/stocktakesheets.h"
#include "core/stocktake/stocktakestore.h"
#include "core/text/bidi.h"
#include "models/stocktake/countingmodel.h"
#include "models/stocktake/reviewmodel.h"
#include "models/stocktake/stocktakelistmodel.h"
#include "sqlitewritelock.h"
#include "ui/adjust/inventoryactions.h"
#include "ui/stocktake/countingwindow.h"
#include "ui/stocktake/newstocktakedialog.h"
#include "ui/stocktake/reviewwindow.h"
#include "ui/stocktake/stocktakeswindow.h"
#include "ui/stocktake/stocktakewindows.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Glance;

class TestCountingWindow : public QObject
{
    Q_OBJECT

private:
    Test::AdjustUiFixture m_fx;
    std::unique_ptr<StocktakeStore> m_store;

    qint64 newStocktake(const QString &profile, bool blind)
    {
        Stocktake s;
        s.profile = profile;
        s.title = QStringLiteral("ספירה %1").arg(blind ? QStringLiteral("עיוורת") : QString());
        s.warehouseId = 1;
        s.warehouseName = QStringLiteral("מחסן ראשי");
        s.blind = blind;
        return m_store->create(s);
    }

    CountingWindow *openCounting(const QString &profile, qint64 id)
    {
        auto *window = new CountingWindow(m_fx.context(profile), m_store.get(), id);
        window->show();
        // The window fetches the expected quantities itself (a new stocktake).
        if (!QTest::qWaitFor([window] { return window->counter()->isCounting(); }, 30000))
            return nullptr;
        return window;
    }

    // What a keyboard-wedge scanner does: one key press per character (QTest::keyClicks for
    // Latin-1, a key event with the text for the rest, e.g. Hebrew SKUs), then Enter.
    static void typeCode(QWidget *field, const QString &code)
    {
        for (const QChar c : code) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(field, QString(c));
            } else {
                QTest::sendKeyEvent(QTest::Press, field, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, field, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
            }
        }
        QTest::keyClick(field, Qt::Key_Return);
    }

    template<typename T>
    static T *child(QWidget *window, const char *name)
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.sandbox.errorString()));
        m_store = std::make_unique<StocktakeStore>(m_fx.db.get());
    }

    void scannerAtTwentyCodesASecondLosesNothing()
    {
        const QString profile = QStringLiteral("ui|scanner");
        const qint64 id = newStocktake(profile, false);
        CountingWindow *window = openCounting(profile, id);
        QVERIFY(window);
        QAbstractItemModelTester tester(window->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *scan = child<QLineEdit>(window, "scanEdit");
        QVERIFY(scan->hasFocus());
        const QList<StocktakeItem> items = window->counter()->items();
        QVERIFY(items.size() > 100);

        QRandomGenerator random(20);
        QHash<qint64, qint64> expected;
        for (int n = 0; n < 500; ++n) {
            const StocktakeItem &item = items.at(random.bounded(int(items.size())));
            QString code = item.sku;
            qint64 quantity = 1;
            if (n % 25 == 0) {
                quantity = 1 + random.bounded(12);
                code = QStringLiteral("%1*%2").arg(quantity).arg(item.sku);
            }
            expected[item.productId] += quantity;
            typeCode(scan, code);
            // At least 20 codes a second: as fast as the event loop, which runs between codes
            // as between a scanner's (nothing in counting is timer-driven, so only faster is
            // harder).
            QCoreApplication::processEvents();
        }
        QVERIFY(window->counter()->unknownScans().isEmpty());
        const QList<StocktakeItem> stored = m_store->items(id);
        CountingModel *model = window->model();
        for (int row = 0; row < items.size(); ++row) {
            const qint64 want = expected.value(items.at(row).productId);
            const std::optional<qint64> onDisk = stored.at(row).counted;
            QCOMPARE(onDisk.value_or(0), want);
            QCOMPARE(onDisk.has_value(), want > 0);
            QCOMPARE(model->index(row, CountingModel::CountedColumn)
                             .data(CountingModel::SortRole)
                             .toLongLong(),
                     want > 0 ? want : -1);
        }
        // The last line is shown large, with its running count.
        const StocktakeItem &last =
                items.at(child<QTableView>(window, "countsView")->currentIndex().row());
        QVERIFY(Bidi::stripFormatting(child<QLabel>(window, "lastLineLabel")->text())
                        .contains(last.sku));
        window->close();
    }

    void unknownCodesUndoAndEdits()
    {
        const QString profile = QStringLiteral("ui|unknown");
        const qint64 id = newStocktake(profile, false);
        CountingWindow *window = openCounting(profile, id);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *scan = child<QLineEdit>(window, "scanEdit");
        const StocktakeItem first = window->counter()->items().at(0);

        QTest::keyClicks(scan, QStringLiteral("3*"));
        QTest::keyClick(scan, Qt::Key_Return);
        QVERIFY(!child<QLabel>(window, "multiplierLabel")->text().isEmpty());
        typeCode(scan, first.sku);
        QCOMPARE(window->counter()->items().at(0).counted, std::optional<qint64>(3));

        QTest::keyClicks(scan, QStringLiteral("7290000000001"));
        QTest::keyClick(scan, Qt::Key_Return);
        auto *unknown = child<QListWidget>(window, "unknownList");
        QCOMPARE(unknown->count(), 1);
        QVERIFY(Bidi::stripFormatting(child<QLabel>(window, "signalLabel")->text())
                        .contains(QStringLiteral("7290000000001")));
        QCOMPARE(child<QLabel>(window, "signalLabel")->palette().color(QPalette::Window),
                 QColor(0xC6, 0x28, 0x28));

        // Ctrl+Z in the scan field: the unknown code goes, then the 3.
        QTest::keyClick(scan, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(unknown->count(), 0);
        QTest::keyClick(scan, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!window->counter()->items().at(0).counted.has_value());
        QVERIFY(!m_store->items(id).at(0).counted.has_value());

        // Assign an unknown code to the selected product; the focus comes back.
        QTest::keyClicks(scan, QStringLiteral("2*NO-SUCH"));
        QTest::keyClick(scan, Qt::Key_Return);
        unknown->setCurrentRow(0);
        // Looked up by part of its name: the table narrows to it.
        const StocktakeItem target = window->counter()->items().at(1);
        auto *find = child<QLineEdit>(window, "findEdit");
        QTest::keyClicks(find, target.sku.toLower());
        auto *view = child<QTableView>(window, "countsView");
        QVERIFY(view->model()->rowCount() >= 1);
        QVERIFY(view->model()->rowCount() < window->model()->rowCount());
        int shown = -1;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            if (view->model()->index(row, CountingModel::SkuColumn).data().toString() == target.sku)
                shown = row;
        QVERIFY(shown >= 0);
        QVERIFY(!child<QPushButton>(window, "assignButton")->isEnabled()
                || view->currentIndex().isValid());
        view->setCurrentIndex(view->model()->index(shown, 0));
        QTest::mouseClick(child<QPushButton>(window, "assignButton"), Qt::LeftButton);
        QCOMPARE(window->counter()->items().at(1).counted, std::optional<qint64>(2));
        QCOMPARE(m_store->items(id).at(1).counted, std::optional<qint64>(2));
        QCOMPARE(unknown->count(), 0);
        QVERIFY(scan->hasFocus());
        // Enter in the search goes back to scanning; clearing it shows every line again.
        find->setFocus();
        QTest::keyClick(find, Qt::Key_Return);
        QVERIFY(scan->hasFocus());
        find->clear();
        QCOMPARE(view->model()->rowCount(), window->model()->rowCount());

        // Edit a count in the table.
        QVERIFY(window->model()->setData(window->model()->index(1, CountingModel::CountedColumn),
                                         QStringLiteral("17")));
        QCOMPARE(m_store->items(id).at(1).counted, std::optional<qint64>(17));
        QVERIFY(!window->model()->setData(window->model()->index(1, CountingModel::CountedColumn),
                                          QStringLiteral("-1")));

        // Finish: no more scans; review opens from here.
        QTest::mouseClick(child<QPushButton>(window, "finishButton"), Qt::LeftButton);
        QVERIFY(!scan->isEnabled());
        QVERIFY(child<QPushButton>(window, "reviewButton")->isEnabled());
        window->close();
    }

    void scanThenQuantityAsksHowMany()
    {
        const QString profile = QStringLiteral("ui|quantity");
        const qint64 id = newStocktake(profile, false);
        CountingWindow *window = openCounting(profile, id);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *scan = child<QLineEdit>(window, "scanEdit");
        auto *ask = child<QCheckBox>(window, "askQuantityCheck");
        auto *prompt = child<QLabel>(window, "multiplierLabel");
        auto *signal = child<QLabel>(window, "signalLabel");
        const QList<StocktakeItem> items = window->counter()->items();
        const StocktakeItem &first = items.at(0);
        const StocktakeItem &second = items.at(1);
        QVERIFY(!ask->isChecked());
        QTest::mouseClick(ask, Qt::LeftButton);
        QVERIFY(ask->isChecked());
        QVERIFY(m_fx.settings->scanAsksQuantity());
        QVERIFY(scan->hasFocus());

        // The scan waits: asked on screen, nothing on disk.
        typeCode(scan, first.sku);
        QVERIFY(Bidi::stripFormatting(prompt->text()).contains(first.sku));
        QVERIFY(!m_store->items(id).at(0).counted.has_value());
        QCOMPARE(child<QTableView>(window, "countsView")->currentIndex().row(), 0);
        // Another product's code is not a quantity: red, and the first still waits.
        typeCode(scan, second.sku);
        QCOMPARE(signal->palette().color(QPalette::Window), QColor(0xC6, 0x28, 0x28));
        QVERIFY(Bidi::stripFormatting(signal->text()).contains(second.sku));
        QVERIFY(!m_store->items(id).at(1).counted.has_value());
        typeCode(scan, QStringLiteral("6"));
        QCOMPARE(m_store->items(id).at(0).counted, std::optional<qint64>(6));
        QCOMPARE(Bidi::stripFormatting(child<QLabel>(window, "lastCountLabel")->text()),
                 QStringLiteral("6"));
        QVERIFY(prompt->text().isEmpty());

        // Esc skips a waiting code; Ctrl+Z skips it too and undoes nothing confirmed.
        typeCode(scan, second.sku);
        QTest::keyClick(scan, Qt::Key_Escape);
        QVERIFY(!window->counter()->pending());
        QVERIFY(window->isVisible());
        typeCode(scan, second.sku);
        QTest::keyClick(scan, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!window->counter()->pending());
        QCOMPARE(m_store->items(id).at(0).counted, std::optional<qint64>(6));
        QVERIFY(!m_store->items(id).at(1).counted.has_value());

        // An unknown code asks too, then is kept with its quantity.
        typeCode(scan, QStringLiteral("NO-SUCH-CODE"));
        QVERIFY(child<QListWidget>(window, "unknownList")->count() == 0);
        typeCode(scan, QStringLiteral("3"));
        QCOMPARE(m_store->unknownScans(id).size(), 1);
        QCOMPARE(m_store->unknownScans(id).first().quantity, 3);

        // Finishing while a code waits is refused until it is counted or skipped.
        typeCode(scan, second.sku);
        QTest::mouseClick(child<QPushButton>(window, "finishButton"), Qt::LeftButton);
        QVERIFY(window->counter()->isCounting());
        typeCode(scan, QStringLiteral("2"));
        QCOMPARE(m_store->items(id).at(1).counted, std::optional<qint64>(2));
        window->close();

        // The next counting window remembers the mode; unticking it counts one per scan.
        window = new CountingWindow(m_fx.context(profile), m_store.get(), id);
        window->show();
        QVERIFY(child<QCheckBox>(window, "askQuantityCheck")->isChecked());
        QVERIFY(window->counter()->asksQuantity());
        child<QCheckBox>(window, "askQuantityCheck")->setChecked(false);
        QVERIFY(!m_fx.settings->scanAsksQuantity());
        typeCode(child<QLineEdit>(window, "scanEdit"), first.sku);
        QCOMPARE(m_store->items(id).at(0).counted, std::optional<qint64>(7));
        window->close();
    }

    // Counting shelf by shelf with a scanner: a location's label (or the "Counting at" list)
    // says where the scans count, the table shows that location's lines with its progress, a
    // product found away from its location is counted where it was found and said so, and a
    // reopened window goes on at the same location.
    void countsPerLocation()
    {
        const QString profile = QStringLiteral("ui|locations");
        const qint64 id = newStocktake(profile, false);
        CountingWindow *window = openCounting(profile, id);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *scan = child<QLineEdit>(window, "scanEdit");
        auto *combo = child<QComboBox>(window, "locationCombo");
        auto *view = child<QTableView>(window, "countsView");
        auto *signal = child<QLabel>(window, "signalLabel");
        auto *progress = child<QLabel>(window, "locationProgressLabel");
        const QList<StocktakeItem> items = window->counter()->items();
        const QStringList locations = window->counter()->locations();
        QVERIFY(locations.size() > 2);
        QVERIFY(combo->isVisible());
        QCOMPARE(combo->count(), locations.size() + 1); // and "Every location"
        QVERIFY(!combo->accessibleName().isEmpty());
        const int all = view->model()->rowCount();
        QCOMPARE(all, items.size());

        // Pick a location with a few lines and a product that belongs elsewhere.
        QString here;
        for (const QString &location : locations) {
            if (std::count_if(items.cbegin(), items.cend(),
                              [&](const StocktakeItem &i) { return i.location == location; })
                >= 2) {
                here = location;
                break;
            }
        }
        QVERIFY(!here.isEmpty());
        const auto mine = std::find_if(items.cbegin(), items.cend(), [&](const StocktakeItem &i) {
            return i.location == here && !i.sku.isEmpty();
        });
        const auto stray = std::find_if(items.cbegin(), items.cend(), [&](const StocktakeItem &i) {
            return !i.location.isEmpty() && i.location != here && !i.sku.isEmpty();
        });
        QVERIFY(mine != items.cend() && stray != items.cend());
        const int lines =
                int(std::count_if(items.cbegin(), items.cend(),
                                  [&](const StocktakeItem &i) { return i.location == here; }));

        // The scanner reads the shelf's label: counting moves there.
        typeCode(scan, here.toUpper() == here ? here.toLower() : here.toUpper());
        QCOMPARE(window->counter()->countingLocation(), here);
        QCOMPARE(combo->currentData().toString(), here);
        QCOMPARE(view->model()->rowCount(), lines);
        QVERIFY(Bidi::stripFormatting(signal->text()).contains(here));
        QVERIFY(scan->hasFocus());
        QVERIFY(view->isColumnHidden(CountingModel::CountedAtColumn)); // nothing found elsewhere

        typeCode(scan, mine->sku);
        QVERIFY2(Bidi::stripFormatting(progress->text()).startsWith(QStringLiteral("1 ")),
                 qPrintable(progress->text()));
        QCOMPARE(m_store->items(id).at(int(mine - items.cbegin())).countedAt,
                 (QList<LocationCount> {{here, 1}}));
        // A product that belongs elsewhere, found here: counted here and said so.
        typeCode(scan, QStringLiteral("2*") + stray->sku);
        const int strayRow = int(stray - items.cbegin());
        QCOMPARE(m_store->items(id).at(strayRow).countedAt, (QList<LocationCount> {{here, 2}}));
        QVERIFY2(Bidi::stripFormatting(signal->text()).contains(stray->location),
                 qPrintable(signal->text()));
        QCOMPARE(signal->palette().color(QPalette::Window),
                 window->palette().color(QPalette::Window));
        QVERIFY(!view->isColumnHidden(CountingModel::CountedAtColumn));
        QVERIFY(Bidi::stripFormatting(window->model()
                                              ->index(strayRow, CountingModel::CountedAtColumn)
                                              .data()
                                              .toString())
                        .contains(here));

        // A handheld's file for the same shelf, added: the same count there is not counted
        // again; a different one makes the line a recount (the box says so first).
        const int mineRow = int(mine - items.cbegin());
        const auto quoted = [](const QString &text) -> QString {
            return QLatin1Char('"') + text + QLatin1Char('"');
        };
        const QString csv = quoted(mine->sku) + QStringLiteral(";1;") + quoted(here)
                + QStringLiteral("\r\n") + quoted(stray->sku) + QStringLiteral(";5;") + quoted(here)
                + QStringLiteral("\r\n");
        window->importCsv(csv.toUtf8(), QStringLiteral("handheld.csv"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("importCountsBox"))));
        QVERIFY2(Bidi::stripFormatting(box->detailedText()).contains(stray->sku),
                 qPrintable(box->detailedText()));
        QVERIFY2(!Bidi::stripFormatting(box->detailedText()).contains(mine->sku + QLatin1Char(' ')),
                 qPrintable(box->detailedText()));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("addCountsButton")),
                          Qt::LeftButton);
        QCOMPARE(m_store->items(id).at(mineRow).countedAt, (QList<LocationCount> {{here, 1}}));
        QVERIFY(m_store->items(id).at(strayRow).countedAt.isEmpty());
        QVERIFY(m_store->items(id).at(strayRow).recount);
        QVERIFY(window->counter()->items().at(strayRow).recount);

        // "Every location" from the list shows every line again; scans then count without a place.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        QCOMPARE(combo->currentIndex(), 0);
        QTRY_VERIFY(window->counter()->countingLocation().isEmpty());
        QCOMPARE(view->model()->rowCount(), all);
        QVERIFY(progress->text().isEmpty());
        // Back to the shelf, from the list, then reopen: it goes on there.
        combo->setCurrentIndex(combo->findData(here));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(window->counter()->countingLocation(), here);
        window->close();
        window = new CountingWindow(m_fx.context(profile), m_store.get(), id);
        window->show();
        QCOMPARE(window->counter()->countingLocation(), here);
        QCOMPARE(child<QComboBox>(window, "locationCombo")->currentData().toString(), here);
        QCOMPARE(child<QTableView>(window, "countsView")->model()->rowCount(), lines);
        window->close();
    }

    void blindCountShowsNoExpectedQuantity()
    {
        const QString profile = QStringLiteral("ui|blind");
        const qint64 id = newStocktake(profile, true);
        CountingWindow *window = openCounting(profile, id);
        QVERIFY(window);
        CountingModel *model = window->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(child<QTableView>(window, "countsView")
                        ->isColumnHidden(CountingModel::ExpectedColumn));
        QVERIFY(!model->headerData(CountingModel::ExpectedColumn, Qt::Horizontal).isValid());
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole),
                             int(CountingModel::SortRole), int(Qt::UserRole)})
                QVERIFY(!model->index(row, CountingModel::ExpectedColumn).data(role).isValid());
        }
        const Stocktake s = window->counter()->stocktake();
        const QList<StocktakeItem> items = window->counter()->items();
        const ExportTable sheet = StocktakeSheets::countSheet(s, items, QLocale());
        for (const ExportColumn &column : sheet.columns)
            QVERIFY(column.title != StocktakeSheets::tr("In system"));
        QCOMPARE(sheet.rows.size(), items.size());
        for (const QList<ExportCell> &row : sheet.rows) {
            for (const ExportCell &cell : row)
                QVERIFY(!cell.number); // no quantity anywhere
        }
        QVERIFY(StocktakeSheets::differenceReportCsv(s, items, {}).isEmpty());
        QVERIFY(StocktakeSheets::differenceReport(s, items, {}, QLocale()).columns.isEmpty());
        // The review shows nothing of it while counting is open.
        ReviewWindow review(m_fx.context(profile), m_store.get(), id);
        QCOMPARE(review.model()->rowCount(), 0);
        // Once counting is finished, the quantities are there.
        QVERIFY(window->counter()->finishCounting());
        QVERIFY(model->index(0, CountingModel::ExpectedColumn).data().isValid());
        QVERIFY(!StocktakeSheets::differenceReportCsv(window->counter()->stocktake(), items, {})
                         .isEmpty());
        window->close();
    }

    void reviewAppliesAndBecomesReadOnly()
    {
        const QString profile = QStringLiteral("ui|review");
        const qint64 id = newStocktake(profile, false);
        CountingWindow *window = openCounting(profile, id);
        QVERIFY(window);
        StocktakeCounter *counter = window->counter();
        const StocktakeItem first = counter->items().at(0);
        QVERIFY(counter->setCount(0, first.expected.value_or(0) + 4));
        QVERIFY(counter->setCount(1, counter->items().at(1).expected.value_or(0)));
        QVERIFY(counter->finishCounting());
        window->close();

        auto *review = new ReviewWindow(m_fx.context(profile), m_store.get(), id);
        review->show();
        QAbstractItemModelTester tester(review->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy prepared(review->applier(), &StocktakeApplier::prepared);
        QVERIFY(prepared.wait(10000));
        QCOMPARE(review->model()->differenceOf(0), std::optional<qint64>(4));
        // Read Costs: the value column appears, the summary says what the differences are worth.
        auto *view = review->findChild<QTableView *>(QStringLiteral("reviewView"));
        QVERIFY(view->isColumnHidden(ReviewModel::ValueColumn));
        auto *costs = review->findChild<QPushButton *>(QStringLiteral("costsButton"));
        QVERIFY(costs->isEnabled());
        costs->click();
        QVERIFY(!costs->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(costs->isEnabled(), 30000);
        QVERIFY(!view->isColumnHidden(ReviewModel::ValueColumn));
        QVERIFY(m_store->load(profile, id)->costsAt.isValid());
        const std::optional<double> value = review->model()->valueOf(0);
        QVERIFY(value.has_value());
        QCOMPARE(*value, 4 * *review->model()->items().at(0).unitCost);
        QVERIFY(Bidi::stripFormatting(
                        review->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text())
                        .contains(Bidi::formatSignedMoney(review->model()->totalValue(),
                                                          review->locale())));
        QVERIFY(prepared.count() >= 1);
        // Products not counted: left alone by default; zero is an explicit choice.
        auto *uncounted = review->findChild<QComboBox *>(QStringLiteral("uncountedCombo"));
        QCOMPARE(uncounted->currentData().toBool(), false);
        QCOMPARE(review->applier()->linesToApply(StocktakeApplier::LinesToCheck::HoldBack).size(),
                 1);
        auto *apply = review->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(apply->isEnabled());
        QSignalSpy applied(review->applier(), &StocktakeApplier::applied);
        apply->click();
        QVERIFY(applied.wait(20000));
        QCOMPARE(m_fx.quantity(first.productId, 1), first.expected.value_or(0) + 4);
        QCOMPARE(m_store->load(profile, id)->state, StocktakeState::Applied);
        QVERIFY(!apply->isEnabled());
        QVERIFY(!review->findChild<QPushButton *>(QStringLiteral("continueButton"))->isEnabled());
        review->close();

        // Reopened later: read-only history, the results shown.
        ReviewWindow again(m_fx.context(profile), m_store.get(), id);
        QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
        QVERIFY(!again.findChild<QComboBox *>(QStringLiteral("uncountedCombo"))->isEnabled());
        QVERIFY(again.applier()->submitter()->isReadOnly()
                || again.applier()->submitter()->state() == AdjustmentSubmitter::State::Finished
                || again.applier()->submitter()->submissionId() > 0);
        QCOMPARE(again.applier()->submitter()->submission().lines.size(), 1);
    }

    // A line whose stock moved right when it was counted is "to check": it is left out only
    // after the user said so, and the applied stocktake says how many were left unchanged.
    void linesToCheckAreLeftOutOnlyWhenTheUserSaysSo()
    {
        const QString profile = QStringLiteral("ui|check");
        const qint64 id = newStocktake(profile, false);
        CountingWindow *window = openCounting(profile, id);
        QVERIFY(window);
        StocktakeCounter *counter = window->counter();
        const StocktakeItem moved = counter->items().at(2);
        const StocktakeItem plain = counter->items().at(3);
        QVERIFY(counter->setCount(2, moved.expected.value_or(0) + 5));
        QVERIFY(m_fx.adjustDirectly(moved.productId, 1, -1)); // a sale as it was counted
        QVERIFY(counter->setCount(3, plain.expected.value_or(0) + 2));
        QVERIFY(counter->finishCounting());
        window->close();

        auto *review = new ReviewWindow(m_fx.context(profile), m_store.get(), id);
        review->show();
        QSignalSpy prepared(review->applier(), &StocktakeApplier::prepared);
        QVERIFY(prepared.wait(10000));
        QCOMPARE(review->applier()->heldBackCount(StocktakeApplier::LinesToCheck::HoldBack), 1);
        QCOMPARE(review->applier()->heldBackCount(StocktakeApplier::LinesToCheck::Apply), 0);
        const qint64 movedBefore = m_fx.quantity(moved.productId, 1);
        const qint64 plainBefore = m_fx.quantity(plain.productId, 1);

        // Apply asks first; Cancel sends nothing.
        auto *apply = review->findChild<QPushButton *>(QStringLiteral("applyButton"));
        apply->click();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = review->findChild<QMessageBox *>()) && box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!review->findChild<QMessageBox *>());
        QCOMPARE(m_store->load(profile, id)->submissionId, qint64(0));

        QSignalSpy applied(review->applier(), &StocktakeApplier::applied);
        apply->click();
        QTRY_VERIFY((box = review->findChild<QMessageBox *>()) && box->isVisible());
        QAbstractButton *others = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                others = button;
        }
        QVERIFY(others);
        others->click();
        QVERIFY(applied.wait(20000));
        QCOMPARE(m_fx.quantity(plain.productId, 1), plainBefore + 2);
        QCOMPARE(m_fx.quantity(moved.productId, 1), movedBefore); // left unchanged
        const std::optional<Stocktake> done = m_store->load(profile, id);
        QCOMPARE(done->state, StocktakeState::Applied);
        QCOMPARE(done->heldBack, 1);
        QVERIFY(review->findChild<QLabel *>(QStringLiteral("statusLabel"))
                        ->text()
                        .contains(QStringLiteral("left unchanged")));
        review->close();
    }

    // Two review windows of one stocktake (the second opened before the first applied it):
    // the second is refused, and the stock changes once.
    void aSecondWindowCannotApplyItAgain()
    {
        const QString profile = QStringLiteral("ui|twice");
        const qint64 id = newStocktake(profile, false);
        CountingWindow *window = openCounting(profile, id);
        QVERIFY(window);
        // Not a product the tests above changed (a movement right at the fetch is "to check").
        const StocktakeItem first = window->counter()->items().at(5);
        QVERIFY(window->counter()->setCount(5, first.expected.value_or(0) + 3));
        QVERIFY(window->counter()->finishCounting());
        window->close();
        const qint64 before = m_fx.quantity(first.productId, 1);

        auto *one = new ReviewWindow(m_fx.context(profile), m_store.get(), id);
        auto *two = new ReviewWindow(m_fx.context(profile), m_store.get(), id);
        QSignalSpy preparedOne(one->applier(), &StocktakeApplier::prepared);
        QSignalSpy preparedTwo(two->applier(), &StocktakeApplier::prepared);
        QTRY_VERIFY_WITH_TIMEOUT(!preparedOne.isEmpty() && !preparedTwo.isEmpty(), 10000);
        QSignalSpy applied(one->applier(), &StocktakeApplier::applied);
        QVERIFY(one->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
        one->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
        QVERIFY2(applied.wait(20000),
                 qPrintable(one->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        one->close();
        QTRY_VERIFY(!one->isVisible());

        QSignalSpy failed(two->applier(), &StocktakeApplier::failed);
        two->findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
        QTRY_VERIFY(!failed.isEmpty());
        QVERIFY(two->findChild<QLabel *>(QStringLiteral("statusLabel"))
                        ->text()
                        .contains(QStringLiteral("applied already")));
        QCOMPARE(m_fx.quantity(first.productId, 1), before + 3);
        QCOMPARE(m_store->load(profile, id)->heldBack, 0);
        delete two;
    }

    // The drafts file locked by another program (another connection holds its write lock):
    // Mark for Recount cannot be saved, and the review says so instead of nothing; once the lock
    // is gone it is saved.
    void aLockedFileIsSaidInTheReview()
    {
        const QString profile = QStringLiteral("ui|locked");
        const qint64 id = newStocktake(profile, false);
        CountingWindow *window = openCounting(profile, id);
        QVERIFY(window);
        const StocktakeItem line = window->counter()->items().at(6);
        QVERIFY(window->counter()->setCount(6, line.expected.value_or(0) + 1));
        QVERIFY(window->counter()->finishCounting());
        window->close();

        auto *review = new ReviewWindow(m_fx.context(profile), m_store.get(), id);
        review->show();
        auto *view = review->findChild<QTableView *>(QStringLiteral("reviewView"));
        QTRY_VERIFY(view->model()->rowCount() > 0);
        view->selectRow(0);
        const qint64 product =
                view->model()->index(0, 0).data(ReviewModel::ProductIdRole).toLongLong();
        const auto marked = [&] {
            for (const StocktakeItem &item : m_store->items(id)) {
                if (item.productId == product)
                    return item.recount;
            }
            return false;
        };
        auto *status = review->findChild<QLabel *>(QStringLiteral("statusLabel"));

        {
            Test::SqliteWriteLock lock(m_fx.db->database().databaseName());
            QVERIFY2(lock.isHeld(), qPrintable(lock.errorString()));
            review->findChild<QPushButton *>(QStringLiteral("recountButton"))->click();
            QVERIFY2(status->text().contains(QLatin1String("cannot be saved")),
                     qPrintable(status->text()));
            QVERIFY(!marked());
            QVERIFY(lock.release());
        }

        view->selectRow(0);
        review->findChild<QPushButton *>(QStringLiteral("recountButton"))->click();
        QVERIFY(marked());
        delete review;
    }

    void menuActionsAndTheListOfStocktakes()
    {
        WriteAccess access;
        InventoryActions actions(nullptr, m_fx.client.get(), &access, m_fx.settings.get(),
                                 m_fx.drafts.get());
        const QString profile = QStringLiteral("ui|list");
        CountingWindow *first = openCounting(profile, newStocktake(profile, false));
        QVERIFY(first);
        QVERIFY(first->counter()->setCount(0, 3));
        first->close();
        actions.setProfile(profile);
        QVERIFY(actions.newStocktakeAction()->isEnabled());
        QVERIFY(actions.stocktakesAction()->isEnabled());
        QVERIFY(actions.actions().contains(actions.newStocktakeAction()));
        actions.stocktakesAction()->trigger();
        const QList<QWidget *> tops = QApplication::topLevelWidgets();
        StocktakesWindow *shown = nullptr;
        for (QWidget *w : tops) {
            if (auto *candidate = qobject_cast<StocktakesWindow *>(w))
                shown = candidate;
        }
        QVERIFY(shown);
        QAbstractItemModelTester tester(shown->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shown->model()->rowCount(), 1);
        QCOMPARE(shown->model()->stocktake(0).profile, profile);
        // Opening an open stocktake gives its counting window, with the counts.
        QWidget *opened =
                actions.stocktakeWindows()->openStocktake(shown->model()->stocktake(0).id);
        auto *counting = qobject_cast<CountingWindow *>(opened);
        QVERIFY(counting);
        QVERIFY(counting->counter()->countedItems() > 0);
        shown->close();
    }
};

QTEST_MAIN(TestCountingWindow)
#include "tst_countingwindow.moc"
