// The stocktake's models on a real local store: counting (editable counts, blind), review
// (differences before and after the movements are read, flags, the flag filter, raw sort
// values) and the list of stocktakes per profile; each under QAbstractItemModelTester.
#include "core/adjust/localdatabase.h"
#include "core/stocktake/stocktakecounter.h"
#include "core/stocktake/stocktakestore.h"
#include "core/text/bidi.h"
#include "models/stocktake/countingfiltermodel.h"
#include "models/stocktake/countingmodel.h"
#include "models/stocktake/reviewfiltermodel.h"
#include "models/stocktake/reviewmodel.h"
#include "models/stocktake/stocktakelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

namespace {
const QString kProfile = QStringLiteral("models|stocktake");

StocktakeItem item(qint64 id, const QString &sku, qint64 expected, const QString &location = {})
{
    StocktakeItem i;
    i.location = location;
    i.productId = id;
    i.sku = sku;
    i.name = QStringLiteral("מוצר %1").arg(id);
    i.expected = expected;
    i.fetchedAt = QDateTime::currentDateTimeUtc();
    return i;
}
} // namespace

class TestStocktakeModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<StocktakeStore> m_store;

    qint64 create(bool blind)
    {
        Stocktake s;
        s.profile = kProfile;
        s.title = QStringLiteral("t");
        s.warehouseId = 1;
        s.blind = blind;
        const qint64 id = m_store->create(s);
        const bool itemsSet = m_store->setItems(id,
                                                {item(1, QStringLiteral("A-1"), 10),
                                                 item(2, QStringLiteral("B-2"), 5),
                                                 item(3, QStringLiteral("C-3"), 0)},
                                                QDateTime::currentDateTimeUtc());
        return itemsSet ? id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<LocalDatabase>(m_dir.filePath(QStringLiteral("drafts.sqlite")));
        QVERIFY(m_db->isOpen());
        m_store = std::make_unique<StocktakeStore>(m_db.get());
    }

    void countingModel()
    {
        StocktakeCounter counter(m_store.get());
        QVERIFY(counter.load(kProfile, create(false)));
        CountingModel model(&counter);
        model.setLocale(QLocale(QLocale::English));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, CountingModel::ExpectedColumn).data().toString(),
                 QStringLiteral("10"));
        QVERIFY(model.index(0, CountingModel::CountedColumn).data().toString().isEmpty());
        QVERIFY(model.flags(model.index(0, CountingModel::CountedColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, CountingModel::SkuColumn)) & Qt::ItemIsEditable));
        QCOMPARE(model.index(0, 0).data(Bidi::CellKindRole).toInt(), int(Bidi::CellKind::Code));
        QVERIFY(model.setData(model.index(0, CountingModel::CountedColumn),
                              QStringLiteral("1,200")));
        QCOMPARE(model.index(0, CountingModel::CountedColumn)
                         .data(CountingModel::SortRole)
                         .toLongLong(),
                 1200);
        QCOMPARE(model.index(0, CountingModel::CountedColumn).data().toString(),
                 QStringLiteral("1,200"));
        QVERIFY(counter.finishCounting());
        QVERIFY(!(model.flags(model.index(0, CountingModel::CountedColumn)) & Qt::ItemIsEditable));
    }

    void countingFilterSearchesCodesNamesAndLocationsOnly()
    {
        StocktakeCounter counter(m_store.get());
        QVERIFY(counter.load(kProfile, create(false)));
        CountingModel model(&counter);
        CountingFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 3);
        filter.setSearch(QStringLiteral("  b-2 "));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, CountingModel::SkuColumn).data().toString(),
                 QStringLiteral("B-2"));
        QCOMPARE(filter.mapToSource(filter.index(0, 0)).row(), 1);
        filter.setSearch(QStringLiteral("מוצר 3"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.mapToSource(filter.index(0, 0)).row(), 2);
        // Quantities are not searched: A-1 expects 10, and once counted 7.
        QVERIFY(model.setData(model.index(0, CountingModel::CountedColumn), QStringLiteral("7")));
        filter.setSearch(QStringLiteral("10"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearch(QStringLiteral("7"));
        QCOMPARE(filter.rowCount(), 0);
        // A count changed while filtered stays in view (the search is not about counts).
        filter.setSearch(QStringLiteral("a-"));
        QCOMPARE(filter.rowCount(), 1);
        QVERIFY(model.setData(model.index(0, CountingModel::CountedColumn), QStringLiteral("8")));
        QCOMPARE(filter.index(0, CountingModel::CountedColumn).data().toString(),
                 QStringLiteral("8"));
        filter.setSearch({});
        QCOMPARE(filter.rowCount(), 3);
    }

    // Counting shelf by shelf: the filter shows one location's lines, the model says where a
    // line was counted when that is not its location, and the review flags it.
    void countsPerLocationInTheModels()
    {
        const QString shelf = QStringLiteral("מדף 4");
        const QString bin = QStringLiteral("Bin 7");
        Stocktake s;
        s.profile = kProfile;
        s.title = QStringLiteral("places");
        s.warehouseId = 1;
        const qint64 id = m_store->create(s);
        QVERIFY(m_store->setItems(id,
                                  {item(1, QStringLiteral("A-1"), 10, shelf),
                                   item(2, QStringLiteral("B-2"), 5, bin),
                                   item(3, QStringLiteral("C-3"), 0, shelf)},
                                  QDateTime::currentDateTimeUtc()));
        StocktakeCounter counter(m_store.get());
        QVERIFY(counter.load(kProfile, id));
        CountingModel model(&counter);
        model.setLocale(QLocale(QLocale::English));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CountingFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
                &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(counter.setCountingLocation(shelf));
        filter.setLocation(shelf);
        QCOMPARE(filter.rowCount(), 2);
        QCOMPARE(filter.mapToSource(filter.index(1, 0)).row(), 2);
        filter.setSearch(QStringLiteral("c-3"));
        QCOMPARE(filter.rowCount(), 1); // both narrow it
        filter.setSearch({});
        // B-2 found on the shelf: counted there, and the model says so.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(counter.scan(QStringLiteral("3*B-2")).outcome, StocktakeCounter::Outcome::Counted);
        QVERIFY(!changed.isEmpty());
        const QModelIndex lastChanged = changed.last().at(1).toModelIndex();
        QCOMPARE(lastChanged.column(), int(CountingModel::CountedAtColumn));
        const QString at = model.index(1, CountingModel::CountedAtColumn).data().toString();
        QVERIFY2(Bidi::stripFormatting(at).contains(shelf + QStringLiteral(": 3")), qPrintable(at));
        QVERIFY(!model.index(1, CountingModel::CountedAtColumn)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .isEmpty());
        // Counted where it belongs: nothing to say.
        QCOMPARE(counter.scan(QStringLiteral("A-1")).outcome, StocktakeCounter::Outcome::Counted);
        QVERIFY(model.index(0, CountingModel::CountedAtColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, CountingModel::CountedAtColumn).data(Bidi::CellKindRole).toInt(),
                 int(Bidi::CellKind::Text));
        // The filter follows its location, not where lines were counted.
        QCOMPARE(filter.rowCount(), 2);
        filter.setLocation({});
        QCOMPARE(filter.rowCount(), 3);

        QVERIFY(counter.finishCounting());
        ReviewModel review;
        review.setLocale(QLocale(QLocale::English));
        QAbstractItemModelTester reviewTester(
                &review, QAbstractItemModelTester::FailureReportingMode::QtTest);
        review.setItems(m_store->items(id));
        QVERIFY(review.flagsOf(1) & ReviewModel::CountedElsewhere);
        QVERIFY(!(review.flagsOf(0) & ReviewModel::CountedElsewhere));
        QCOMPARE(review.countWith(ReviewModel::CountedElsewhere), 1);
        QVERIFY(Bidi::stripFormatting(review.index(1, ReviewModel::FlagsColumn).data().toString())
                        .contains(shelf));
    }

    void reviewModelAndFilter()
    {
        const qint64 id = create(false);
        StocktakeCounter counter(m_store.get());
        QVERIFY(counter.load(kProfile, id));
        QVERIFY(counter.setCount(0, 30)); // +20: large
        QVERIFY(counter.setCount(1, 5)); // matches
        ReviewModel model;
        model.setLocale(QLocale(QLocale::English));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(m_store->items(id));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ReviewModel::DifferenceColumn).data().toString(),
                 QStringLiteral("+20"));
        QCOMPARE(model.index(0, ReviewModel::DifferenceColumn)
                         .data(ReviewModel::SortRole)
                         .toLongLong(),
                 20);
        QVERIFY(model.flagsOf(0) & ReviewModel::LargeDifference);
        QVERIFY(!(model.flagsOf(1) & ReviewModel::Difference));
        QVERIFY(model.flagsOf(2) & ReviewModel::NotCounted);
        model.setLargeDifference(50);
        QVERIFY(!(model.flagsOf(0) & ReviewModel::LargeDifference));

        // Once the movements are read: the drift-safe amount, the quantity at count time and
        // the movements since.
        StocktakeDelta delta;
        delta.index = 0;
        delta.productId = 1;
        delta.counted = 30;
        delta.systemAtCount = 8;
        delta.amount = 22;
        delta.movedSinceCount = -3;
        delta.movementsSinceCount = 1;
        model.setDeltas({delta});
        QCOMPARE(model.index(0, ReviewModel::DifferenceColumn).data().toString(),
                 QStringLiteral("+22"));
        QCOMPARE(model.index(0, ReviewModel::AtCountColumn).data().toString(), QStringLiteral("8"));
        QCOMPARE(model.index(0, ReviewModel::MovedColumn).data().toString(),
                 QStringLiteral("\u22123"));
        QVERIFY(model.flagsOf(0) & ReviewModel::MovedSinceCount);
        QVERIFY(!model.differenceOf(1).has_value()); // not among the lines applied

        ReviewFilterModel filter;
        QAbstractItemModelTester filterTester(
                &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 3);
        filter.setFlag(ReviewModel::NotCounted);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, ReviewModel::SkuColumn).data().toString(), QStringLiteral("C-3"));
        filter.setFlag(ReviewModel::MovedSinceCount);
        QCOMPARE(filter.rowCount(), 1);
        filter.setFlag(0);
        filter.sort(ReviewModel::DifferenceColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, ReviewModel::SkuColumn).data().toString(), QStringLiteral("A-1"));
    }

    void reviewValueAtCost()
    {
        ReviewModel model;
        model.setLocale(QLocale(QLocale::English));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        StocktakeItem a = item(1, QStringLiteral("A-1"), 10);
        a.counted = 7;
        a.unitCost = 12.5;
        StocktakeItem b = item(2, QStringLiteral("B-2"), 5);
        b.counted = 6;
        b.unitCost = 0.333;
        StocktakeItem c = item(3, QStringLiteral("C-3"), 4);
        c.counted = 9; // no cost
        StocktakeItem d = item(4, QStringLiteral("D-4"), 2); // not counted
        d.unitCost = 3;
        model.setItems({a, b, c, d});
        const auto value = [&](int row) {
            return model.index(row, ReviewModel::ValueColumn);
        };
        QCOMPARE(value(0).data().toString(),
                 Bidi::formatSignedMoney(-37.5, QLocale(QLocale::English)));
        QCOMPARE(Bidi::stripFormatting(value(0).data().toString()), QStringLiteral("\u221237.50"));
        QCOMPARE(value(1).data().toString(), QStringLiteral("+0.33"));
        QVERIFY(value(2).data().toString().isEmpty());
        QVERIFY(value(3).data().toString().isEmpty());
        QCOMPARE(value(0).data(ReviewModel::SortRole).toDouble(), -37.5);
        QVERIFY(value(2).data(ReviewModel::SortRole).toDouble() < -1e300);
        QCOMPARE(value(0).data(Bidi::CellKindRole).toInt(), int(Bidi::CellKind::Number));
        QCOMPARE(model.totalValue(), -37.5 + 0.333);
        QCOMPARE(model.differencesWithoutCost(), 1);
    }

    void listOfStocktakes()
    {
        StocktakeListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile(kProfile);
        const int before = model.rowCount();
        const qint64 id = create(true);
        QCOMPARE(model.rowCount(), before + 1); // reloads when the store changes
        QCOMPARE(model.stocktake(0).id, id); // newest first
        QCOMPARE(model.index(0, StocktakeListModel::StateColumn).data().toString(),
                 StocktakeListModel::tr("Open (blind count)"));
        model.setProfile(QStringLiteral("another|profile"));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStocktakeModels)
#include "tst_stocktakemodels.moc"
