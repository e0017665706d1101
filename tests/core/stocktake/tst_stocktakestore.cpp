// The stocktake's local store and scan logic on a real SQLite file: the schema migration from
// version 2, scans that are on disk before they are reported, multipliers, unknown codes,
// undo (also after reopening), edits, imports, and the drift-safe differences.
#include "core/adjust/draftstore.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/submissionjournal.h"
#include "core/stocktake/stocktakecounter.h"
#include "core/stocktake/stocktakedeltas.h"
#include "core/stocktake/stocktakestore.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

namespace {

const QString kProfile = QStringLiteral("stocktake|test");

StocktakeItem item(qint64 product, const QString &sku, std::optional<qint64> expected,
                   const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc())
{
    StocktakeItem i;
    i.productId = product;
    i.sku = sku;
    i.name = QStringLiteral("מוצר %1").arg(product);
    i.expected = expected;
    i.fetchedAt = fetchedAt;
    return i;
}

qint64 makeStocktake(StocktakeStore &store, const QList<StocktakeItem> &items, bool blind = false)
{
    Stocktake s;
    s.profile = kProfile;
    s.title = QStringLiteral("ספירה שנתית");
    s.warehouseId = 1;
    s.warehouseName = QStringLiteral("מחסן ראשי");
    s.blind = blind;
    const qint64 id = store.create(s);
    if (id > 0 && !store.setItems(id, items, QDateTime::currentDateTimeUtc()))
        return 0;
    return id;
}

Movement movement(qint64 product, qint64 change, const QDateTime &at)
{
    Movement m;
    m.id = qHash(at.toMSecsSinceEpoch()) ^ quint64(product);
    m.product.id = product;
    m.quantity = qAbs(change);
    if (change > 0)
        m.toWarehouse = WarehouseRef {1, {}};
    else
        m.fromWarehouse = WarehouseRef {1, {}};
    m.createdAt = at;
    return m;
}

} // namespace

class TestStocktakeStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesFromVersion2KeepingDrafts()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("drafts.sqlite"));
        qint64 draft = 0;
        {
            LocalDatabase db(file);
            QVERIFY(db.isOpen());
            DraftStore drafts(&db);
            draft = drafts.createDocument(kProfile, DocumentKind::batchAdjust(),
                                          QStringLiteral("draft"));
            QVERIFY(draft > 0);
            // Back to what version 2 wrote.
            QSqlQuery query(db.database());
            for (const char *sql : {"DROP TABLE stocktake_scans", "DROP TABLE stocktake_items",
                                    "DROP TABLE stocktakes",
                                    "ALTER TABLE submissions DROP COLUMN reverses",
                                    "PRAGMA user_version=2"})
                QVERIFY(query.exec(QString::fromLatin1(sql)));
            QCOMPARE(db.schemaVersion(), 2);
        }
        LocalDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), LocalDatabase::SchemaVersion);
        DraftStore drafts(&db);
        QVERIFY(drafts.load(kProfile, draft).has_value());
        StocktakeStore store(&db);
        QVERIFY(makeStocktake(store, {item(1, QStringLiteral("WDG-001"), 5)}) > 0);
    }

    void migratesFromVersion3KeepingStocktakes()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("drafts.sqlite"));
        qint64 id = 0;
        {
            LocalDatabase db(file);
            QVERIFY(db.isOpen());
            StocktakeStore store(&db);
            id = makeStocktake(store, {item(1, QStringLiteral("WDG-001"), 5)});
            QVERIFY(id > 0);
            QVERIFY(store.setState(id, StocktakeState::Closed));
            // Back to what version 3 wrote.
            QSqlQuery query(db.database());
            for (const char *sql : {"ALTER TABLE stocktakes DROP COLUMN held_back",
                                    "ALTER TABLE stocktakes DROP COLUMN costs_at",
                                    "ALTER TABLE stocktake_items DROP COLUMN unit_cost",
                                    "ALTER TABLE submissions DROP COLUMN reverses",
                                    "PRAGMA user_version=3"})
                QVERIFY2(query.exec(QString::fromLatin1(sql)),
                         qPrintable(query.lastError().text()));
        }
        LocalDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), LocalDatabase::SchemaVersion);
        StocktakeStore store(&db);
        const std::optional<Stocktake> s = store.load(kProfile, id);
        QVERIFY(s.has_value());
        QCOMPARE(s->state, StocktakeState::Closed);
        QCOMPARE(s->heldBack, 0);
        QCOMPARE(store.linkSubmission(id, 5, 1), StocktakeStore::Link::Linked);
        QCOMPARE(store.load(kProfile, id)->heldBack, 1);
    }

    void migratesFromVersion4AndKeepsUnitCosts()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("drafts.sqlite"));
        qint64 id = 0;
        {
            LocalDatabase db(file);
            StocktakeStore store(&db);
            id = makeStocktake(store, {item(1, QStringLiteral("WDG-001"), 5),
                                       item(2, QStringLiteral("AB-120/3"), 7)});
            QVERIFY(id > 0);
            QSqlQuery query(db.database());
            for (const char *sql : {"ALTER TABLE stocktakes DROP COLUMN costs_at",
                                    "ALTER TABLE stocktake_items DROP COLUMN unit_cost",
                                    "PRAGMA user_version=4"})
                QVERIFY2(query.exec(QString::fromLatin1(sql)),
                         qPrintable(query.lastError().text()));
        }
        LocalDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), LocalDatabase::SchemaVersion);
        StocktakeStore store(&db);
        QVERIFY(!store.load(kProfile, id)->costsAt.isValid());
        QVERIFY(!store.items(id).at(0).unitCost.has_value());
        const QDateTime at = QDateTime::currentDateTimeUtc();
        QVERIFY(store.setUnitCosts(id, {{1, 12.5}}, at));
        QCOMPARE(store.items(id).at(0).unitCost, std::optional<double>(12.5));
        QVERIFY(!store.items(id).at(1).unitCost.has_value()); // no cost: stays unknown
        QCOMPARE(store.load(kProfile, id)->costsAt.toSecsSinceEpoch(), at.toSecsSinceEpoch());
        // A stocktake that is not there: nothing written.
        QVERIFY(!store.setUnitCosts(id + 100, {{1, 3.0}}, at));
        QCOMPARE(store.items(id).at(0).unitCost, std::optional<double>(12.5));
    }

    // The stocktake is linked to its submission inside the journal's transaction: both are
    // written or neither, and a stocktake is linked once (a second window is refused).
    void linksItsSubmissionOnceInTheJournalTransaction()
    {
        QTemporaryDir dir;
        LocalDatabase db(dir.filePath(QStringLiteral("drafts.sqlite")));
        QVERIFY(db.isOpen());
        StocktakeStore store(&db);
        SubmissionJournal journal(&db);
        const qint64 id = makeStocktake(store, {item(1, QStringLiteral("WDG-001"), 5)});
        QVERIFY(id > 0);
        AdjustmentLine line;
        line.productId = 1;
        line.warehouseId = 1;
        line.amount = 2;
        line.reason = QStringLiteral("Stocktake");
        StocktakeStore::Link outcome = StocktakeStore::Link::Failed;
        const auto linkTo = [&](int heldBack) {
            return [&store, &outcome, id, heldBack](qint64 submissionId) {
                outcome = store.linkSubmission(id, submissionId, heldBack);
                return outcome == StocktakeStore::Link::Linked;
            };
        };

        // Still counting: not linkable, so nothing is recorded.
        QCOMPARE(journal.create(kProfile, DocumentKind::stocktake(), id, QStringLiteral("t"),
                                {line}, linkTo(0)),
                 qint64(0));
        QCOMPARE(outcome, StocktakeStore::Link::Taken);
        QVERIFY(journal.history(kProfile).isEmpty());

        QVERIFY(store.setState(id, StocktakeState::Closed));
        const qint64 first = journal.create(kProfile, DocumentKind::stocktake(), id,
                                            QStringLiteral("t"), {line}, linkTo(3));
        QVERIFY(first > 0);
        QCOMPARE(store.load(kProfile, id)->submissionId, first);
        QCOMPARE(store.load(kProfile, id)->heldBack, 3);
        QCOMPARE(journal.load(first)->documentId, id);

        // A second window with the stocktake still shown as not applied.
        QCOMPARE(journal.create(kProfile, DocumentKind::stocktake(), id, QStringLiteral("t"),
                                {line}, linkTo(0)),
                 qint64(0));
        QCOMPARE(outcome, StocktakeStore::Link::Taken);
        QCOMPARE(journal.history(kProfile).size(), 1);
        QCOMPARE(store.load(kProfile, id)->submissionId, first);
        QCOMPARE(store.load(kProfile, id)->heldBack, 3);
    }

    void scansAreOnDiskAndSurviveReopening()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("drafts.sqlite"));
        qint64 id = 0;
        {
            LocalDatabase db(file);
            StocktakeStore store(&db);
            id = makeStocktake(store, {item(1, QStringLiteral("WDG-001"), 5),
                                       item(2, QStringLiteral("AB-120/3"), 7),
                                       item(4, QStringLiteral("מק-4/1"), 0)});
            QVERIFY(id > 0);
            StocktakeCounter counter(&store);
            QVERIFY(counter.load(kProfile, id));
            QCOMPARE(counter.scan(QStringLiteral("WDG-001")).outcome,
                     StocktakeCounter::Outcome::Counted);
            QCOMPARE(counter.scan(QStringLiteral("3*AB-120/3")).quantity, 3);
            QCOMPARE(counter.scan(QStringLiteral("4*")).outcome,
                     StocktakeCounter::Outcome::Multiplier);
            QCOMPARE(counter.multiplier(), 4);
            QCOMPARE(counter.scan(QStringLiteral("wdg-001")).quantity, 4); // folded match
            QCOMPARE(counter.multiplier(), 1);
            QCOMPARE(counter.scan(QStringLiteral("מק-4/1")).index, 2);
            const StocktakeCounter::Result unknown = counter.scan(QStringLiteral("7290012345678"));
            QCOMPARE(unknown.outcome, StocktakeCounter::Outcome::Unknown);
            QCOMPARE(counter.unknownScans().size(), 1);
            QCOMPARE(counter.items().at(0).counted, std::optional<qint64>(5));
            // Nothing is kept only in memory: a second reader of the file sees it all.
            StocktakeStore other(&db);
            const QList<StocktakeItem> items = other.items(id);
            QCOMPARE(items.at(0).counted, std::optional<qint64>(5));
            QCOMPARE(items.at(1).counted, std::optional<qint64>(3));
            QCOMPARE(items.at(2).counted, std::optional<qint64>(1));
            QVERIFY(items.at(0).firstCountedAt.isValid());
            QCOMPARE(other.unknownScans(id).size(), 1);
        }
        LocalDatabase db(file);
        StocktakeStore store(&db);
        StocktakeCounter counter(&store);
        QVERIFY(counter.load(kProfile, id));
        QCOMPARE(counter.items().at(0).counted, std::optional<qint64>(5));
        QCOMPARE(counter.unknownScans().first().code, QStringLiteral("7290012345678"));
        // Undo works after reopening: the unknown code, then the last scan of מק-4/1.
        QVERIFY(counter.undoLast());
        QVERIFY(counter.unknownScans().isEmpty());
        QVERIFY(counter.undoLast());
        QVERIFY(!counter.items().at(2).counted.has_value());
        QVERIFY(!counter.items().at(2).firstCountedAt.isValid());
        QVERIFY(counter.undoLast());
        QCOMPARE(counter.items().at(0).counted, std::optional<qint64>(1));
        QVERIFY(!store.items(id).at(2).counted.has_value());
    }

    void scanThenQuantityWritesOnlyConfirmedQuantities()
    {
        QTemporaryDir dir;
        LocalDatabase db(dir.filePath(QStringLiteral("drafts.sqlite")));
        StocktakeStore store(&db);
        const qint64 id = makeStocktake(store, {item(1, QStringLiteral("WDG-001"), 5),
                                                item(2, QStringLiteral("7290000000017"), 7)});
        QVERIFY(id > 0);
        StocktakeCounter counter(&store);
        QVERIFY(counter.load(kProfile, id));
        counter.setAsksQuantity(true);
        QSignalSpy pendingChanged(&counter, &StocktakeCounter::pendingChanged);
        using Outcome = StocktakeCounter::Outcome;

        // The code waits; nothing is on disk until its quantity is typed.
        const QDateTime beforeScan = QDateTime::currentDateTimeUtc();
        StocktakeCounter::Result result = counter.scan(QStringLiteral("WDG-001"));
        QCOMPARE(result.outcome, Outcome::QuantityNeeded);
        QCOMPARE(result.index, 0);
        QVERIFY(counter.pending());
        QCOMPARE(pendingChanged.count(), 1);
        QVERIFY(!store.items(id).at(0).counted.has_value());
        // A code, a barcode of digits, zero, a negative number: not a quantity; it still waits.
        for (const QString &input : {QStringLiteral("WDG-001"), QStringLiteral("7290000000017"),
                                     QStringLiteral("0"), QStringLiteral("-3"),
                                     QStringLiteral("2*")}) {
            result = counter.scan(input);
            QCOMPARE(result.outcome, Outcome::NotAQuantity);
            QCOMPARE(result.code, QStringLiteral("WDG-001"));
        }
        QCOMPARE(counter.scan(QStringLiteral(" ")).outcome, Outcome::Ignored);
        QVERIFY(!store.items(id).at(1).counted.has_value());
        QCOMPARE(counter.multiplier(), 1);
        QTest::qWait(5);
        result = counter.scan(QStringLiteral("12"));
        QCOMPARE(result.outcome, Outcome::Counted);
        QCOMPARE(result.quantity, 12);
        QVERIFY(!counter.pending());
        QCOMPARE(store.items(id).at(0).counted, std::optional<qint64>(12));
        // Counted when the code was scanned, not when the quantity was typed.
        const QDateTime countedAt = store.items(id).at(0).firstCountedAt;
        QVERIFY(countedAt >= beforeScan.addMSecs(-1));
        QVERIFY(countedAt < QDateTime::currentDateTimeUtc().addMSecs(-4));

        // A quantity given with the code counts at once, as a multiplier does.
        QCOMPARE(counter.scan(QStringLiteral("3*WDG-001")).outcome, Outcome::Counted);
        QCOMPARE(counter.scan(QStringLiteral("2*")).outcome, Outcome::Multiplier);
        QCOMPARE(counter.scan(QStringLiteral("7290000000017")).outcome, Outcome::Counted);
        QCOMPARE(store.items(id).at(0).counted, std::optional<qint64>(15));
        QCOMPARE(store.items(id).at(1).counted, std::optional<qint64>(2));

        // An unknown code waits for its quantity too, then goes to the unknown codes with it.
        result = counter.scan(QStringLiteral("NO-SUCH"));
        QCOMPARE(result.outcome, Outcome::QuantityNeeded);
        QCOMPARE(result.index, -1);
        QVERIFY(counter.unknownScans().isEmpty());
        QCOMPARE(counter.scan(QStringLiteral("4")).outcome, Outcome::Unknown);
        QCOMPARE(store.unknownScans(id).size(), 1);
        QCOMPARE(store.unknownScans(id).first().quantity, 4);

        // Skipped, switched off, reloaded: the waiting code is gone, nothing written.
        QCOMPARE(counter.scan(QStringLiteral("WDG-001")).outcome, Outcome::QuantityNeeded);
        counter.cancelPending();
        QVERIFY(!counter.pending());
        QCOMPARE(counter.scan(QStringLiteral("7")).outcome, Outcome::QuantityNeeded); // a code "7"
        counter.setAsksQuantity(false);
        QVERIFY(!counter.pending());
        QCOMPARE(counter.scan(QStringLiteral("WDG-001")).outcome, Outcome::Counted);
        QCOMPARE(store.items(id).at(0).counted, std::optional<qint64>(16));
        QCOMPARE(store.unknownScans(id).size(), 1);
        // Undo takes back the last confirmed scan only.
        QVERIFY(counter.undoLast());
        QCOMPARE(store.items(id).at(0).counted, std::optional<qint64>(15));
    }

    void editsUnknownCodesAndImports()
    {
        QTemporaryDir dir;
        LocalDatabase db(dir.filePath(QStringLiteral("drafts.sqlite")));
        StocktakeStore store(&db);
        const qint64 id = makeStocktake(store, {item(1, QStringLiteral("A-1"), 5),
                                                item(2, QStringLiteral("B-2"), 7)});
        StocktakeCounter counter(&store);
        QVERIFY(counter.load(kProfile, id));
        QVERIFY(counter.setCount(0, 0)); // counted, none found
        QCOMPARE(counter.items().at(0).counted, std::optional<qint64>(0));
        QCOMPARE(counter.scan(QStringLiteral("2*X-9")).outcome, StocktakeCounter::Outcome::Unknown);
        QVERIFY(counter.assignUnknown(counter.unknownScans().first().scanId, 1));
        QCOMPARE(counter.items().at(1).counted, std::optional<qint64>(2));
        QVERIFY(counter.unknownScans().isEmpty());
        QVERIFY(store.unknownScans(id).isEmpty());
        QVERIFY(counter.scan(QStringLiteral("Y-1")).outcome == StocktakeCounter::Outcome::Unknown);
        QVERIFY(counter.dropUnknown(counter.unknownScans().first().scanId));
        QVERIFY(store.unknownScans(id).isEmpty());
        QVERIFY(counter.importCounts({{0, 3}, {1, 4}}, false));
        QCOMPARE(store.items(id).at(0).counted, std::optional<qint64>(3));
        QCOMPARE(store.items(id).at(1).counted, std::optional<qint64>(6));
        QVERIFY(counter.importCounts({{1, 1}}, true));
        QCOMPARE(store.items(id).at(1).counted, std::optional<qint64>(1));
        QVERIFY(store.setRecount(id, {2}, true));
        QVERIFY(!store.items(id).at(1).counted.has_value());
        QVERIFY(store.items(id).at(1).recount);

        QVERIFY(counter.finishCounting());
        QCOMPARE(counter.scan(QStringLiteral("A-1")).outcome, StocktakeCounter::Outcome::Ignored);
        QCOMPARE(store.load(kProfile, id)->state, StocktakeState::Closed);
        QVERIFY(!store.load(QStringLiteral("other|profile"), id).has_value());
    }

    void deltasKeepMovementsAfterTheCount()
    {
        const QDateTime fetched = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QList<StocktakeItem> items {item(1, QStringLiteral("A"), 10, fetched),
                                    item(2, QStringLiteral("B"), 10, fetched),
                                    item(3, QStringLiteral("C"), 10, fetched),
                                    item(4, QStringLiteral("D"), 10, fetched),
                                    item(5, QStringLiteral("E"), std::nullopt, fetched)};
        const QDateTime counted = fetched.addSecs(1800);
        for (StocktakeItem &i : items) {
            i.counted = 8;
            i.firstCountedAt = counted;
        }
        items[3].counted.reset();
        items[3].firstCountedAt = {};
        const QList<Movement> movements {
                movement(1, -3, fetched.addSecs(-600)), // before the fetch: in it already
                movement(1, -1, fetched.addSecs(600)), // between fetch and count
                movement(1, -2, counted.addSecs(60)), // after the count: kept
                movement(2, +5, counted.addMSecs(500)), // at the count: check
                movement(3, -1, fetched.addMSecs(-300)), // at the fetch: check
        };
        const QDateTime applyTime = counted.addSecs(600);
        QList<StocktakeDelta> deltas = StocktakeDeltas::compute(
                items, 1, &movements, {}, std::chrono::seconds(2), false, applyTime);
        QCOMPARE(deltas.size(), 4); // D not counted: left alone
        QCOMPARE(deltas.at(0).systemAtCount, std::optional<qint64>(9));
        QCOMPARE(deltas.at(0).amount, std::optional<qint64>(-1));
        QCOMPARE(deltas.at(0).movedSinceCount, -2);
        QVERIFY(!deltas.at(0).needsCheck());
        QCOMPARE(deltas.at(1).check, StocktakeDelta::Check::NearCount);
        QCOMPARE(deltas.at(2).check, StocktakeDelta::Check::NearFetch);
        QCOMPARE(deltas.at(3).check, StocktakeDelta::Check::NoQuantity);

        // Set to zero: D's quantity now (10, no movements) goes.
        deltas = StocktakeDeltas::compute(items, 1, &movements, {}, std::chrono::seconds(2), true,
                                          applyTime);
        QCOMPARE(deltas.size(), 5);
        QVERIFY(deltas.at(3).zeroed);
        QCOMPARE(deltas.at(3).amount, std::optional<qint64>(-10));

        // No history: taken from the quantities read now, and flagged.
        deltas = StocktakeDeltas::compute(items, 1, nullptr, {{1, 4}}, std::chrono::seconds(2),
                                          false, applyTime);
        QCOMPARE(deltas.at(0).check, StocktakeDelta::Check::NoHistory);
        QCOMPARE(deltas.at(0).amount, std::optional<qint64>(4));
        QCOMPARE(deltas.at(1).check, StocktakeDelta::Check::NoQuantity);
        QVERIFY(!deltas.at(1).amount.has_value());
    }
};

QTEST_GUILESS_MAIN(TestStocktakeStore)
#include "tst_stocktakestore.moc"
