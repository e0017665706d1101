// The stocktake's local store and scan logic on a real SQLite file: the schema migration from
// version 2, scans that are on disk before they are reported, multipliers, unknown codes,
// undo (also after reopening), edits, imports, and the drift-safe differences.
#include "core/adjust/draftstore.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/submissionjournal.h"
#include "core/stocktake/stocktakecounter.h"
#include "core/stocktake/stocktakecountwriter.h"
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
                   const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc(),
                   const QString &location = {})
{
    StocktakeItem i;
    i.location = location;
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
            for (const char *sql :
                 {"DROP TABLE stocktake_location_counts", "DROP TABLE stocktake_scans",
                  "DROP TABLE stocktake_items", "DROP TABLE stocktakes",
                  "ALTER TABLE submissions DROP COLUMN reverses", "PRAGMA user_version=2"})
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
            for (const char *sql :
                 {"DROP TABLE stocktake_location_counts",
                  "ALTER TABLE stocktake_scans DROP COLUMN location",
                  "ALTER TABLE stocktakes DROP COLUMN counting_location",
                  "ALTER TABLE stocktakes DROP COLUMN held_back",
                  "ALTER TABLE stocktakes DROP COLUMN costs_at",
                  "ALTER TABLE stocktake_items DROP COLUMN unit_cost",
                  "ALTER TABLE submissions DROP COLUMN reverses", "PRAGMA user_version=3"})
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
            id = makeStocktake(store,
                               {item(1, QStringLiteral("WDG-001"), 5),
                                item(2, QStringLiteral("AB-120/3"), 7)});
            QVERIFY(id > 0);
            QSqlQuery query(db.database());
            for (const char *sql :
                 {"DROP TABLE stocktake_location_counts",
                  "ALTER TABLE stocktake_scans DROP COLUMN location",
                  "ALTER TABLE stocktakes DROP COLUMN counting_location",
                  "ALTER TABLE stocktakes DROP COLUMN costs_at",
                  "ALTER TABLE stocktake_items DROP COLUMN unit_cost", "PRAGMA user_version=4"})
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

    void migratesFromVersion5WithCountsWithoutAPlace()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("drafts.sqlite"));
        qint64 id = 0;
        {
            LocalDatabase db(file);
            StocktakeStore store(&db);
            id = makeStocktake(store,
                               {item(1, QStringLiteral("WDG-001"), 5),
                                item(2, QStringLiteral("AB-120/3"), 7)});
            StocktakeCounter counter(&store);
            QVERIFY(counter.load(kProfile, id));
            QCOMPARE(counter.scan(QStringLiteral("3*WDG-001")).outcome,
                     StocktakeCounter::Outcome::Counted);
            QSqlQuery query(db.database());
            for (const char *sql :
                 {"DROP TABLE stocktake_location_counts",
                  "ALTER TABLE stocktake_scans DROP COLUMN location",
                  "ALTER TABLE stocktakes DROP COLUMN counting_location", "PRAGMA user_version=5"})
                QVERIFY2(query.exec(QString::fromLatin1(sql)),
                         qPrintable(query.lastError().text()));
        }
        LocalDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), LocalDatabase::SchemaVersion);
        StocktakeStore store(&db);
        const QList<StocktakeItem> items = store.items(id);
        QCOMPARE(items.at(0).counted, std::optional<qint64>(3));
        QCOMPARE(items.at(0).countedAt, (QList<LocationCount> {{QString(), 3}}));
        QVERIFY(items.at(1).countedAt.isEmpty()); // not counted
        QVERIFY(store.load(kProfile, id)->countingLocation.isEmpty());
        // Counting goes on, with places, from the migrated count.
        StocktakeCounter counter(&store);
        QVERIFY(counter.load(kProfile, id));
        QVERIFY(counter.undoLast());
        QCOMPARE(store.items(id).at(0).counted, std::optional<qint64>());
        QVERIFY(store.items(id).at(0).countedAt.isEmpty());
    }

    void countChangesPerLocation()
    {
        using K = CountChange::Kind;
        const QString a = QStringLiteral("Shelf A3");
        const QString b = QStringLiteral("Bin 7");
        QList<LocationCount> c = applyCountChange({}, {K::Add, a, 2});
        QCOMPARE(c, (QList<LocationCount> {{a, 2}}));
        c = applyCountChange(c, {K::Add, b, 3});
        QCOMPARE(c, (QList<LocationCount> {{b, 3}, {a, 2}})); // sorted by location
        QCOMPARE(totalOf(c), std::optional<qint64>(5));
        // An undo takes it off where it was counted; a place with nothing left goes.
        QCOMPARE(applyCountChange(c, {K::Add, b, -3}), (QList<LocationCount> {{a, 2}}));
        // An edited total: the place being counted takes the difference...
        QCOMPARE(applyCountChange(c, {K::Set, b, 9}), (QList<LocationCount> {{b, 7}, {a, 2}}));
        QCOMPARE(applyCountChange(c, {K::Set, b, 2}), (QList<LocationCount> {{a, 2}}));
        // ... or, when that would go below zero there, the whole count is there.
        QCOMPARE(applyCountChange(c, {K::Set, b, 1}), (QList<LocationCount> {{b, 1}}));
        QCOMPARE(applyCountChange(c, {K::Set, QString(), 4}),
                 (QList<LocationCount> {{QString(), 4}}));
        // Counted, none found: one place with 0 (a count of 0, not "not counted").
        QCOMPARE(applyCountChange(c, {K::Set, a, 0}), (QList<LocationCount> {{a, 0}}));
        QCOMPARE(totalOf(applyCountChange({}, {K::Add, a, 0})), std::optional<qint64>(0));
        QCOMPARE(applyCountChange(c, {K::Replace, a, 4}), (QList<LocationCount> {{a, 4}}));
        QVERIFY(applyCountChange(c, {K::Clear, a, 4}).isEmpty());
        QCOMPARE(totalOf({}), std::optional<qint64>());
    }

    // Counting shelf by shelf: every scan, edit, assigned code and import is counted where the
    // counter says they are, kept on disk with it, and a line's count is the sum of its places.
    void countsPerLocation()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("drafts.sqlite"));
        const QString a = QStringLiteral("Shelf A3");
        const QString b = QStringLiteral("Bin 7");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        using Places = QList<LocationCount>;
        qint64 id = 0;
        {
            LocalDatabase db(file);
            StocktakeStore store(&db);
            id = makeStocktake(store,
                               {item(1, QStringLiteral("A-1"), 5, now, a),
                                item(2, QStringLiteral("B-2"), 7, now, b),
                                item(3, QStringLiteral("C-3"), 1, now, a),
                                item(4, QStringLiteral("D-4"), 2, now, QString())});
            StocktakeCounter counter(&store);
            QVERIFY(counter.load(kProfile, id));
            QCOMPARE(counter.locations(), (QStringList {b, a}));
            QSignalSpy moved(&counter, &StocktakeCounter::countingLocationChanged);
            // Not said yet: counted "without a place".
            QCOMPARE(counter.scan(QStringLiteral("A-1")).outcome,
                     StocktakeCounter::Outcome::Counted);
            QCOMPARE(counter.items().at(0).countedAt, (Places {{QString(), 1}}));
            QVERIFY(!counter.items().at(0).countedElsewhere());
            // A location's label, typed in any case: counting moves there.
            const StocktakeCounter::Result label = counter.scan(QStringLiteral("  shelf a3 "));
            QCOMPARE(label.outcome, StocktakeCounter::Outcome::LocationChanged);
            QCOMPARE(label.code, a);
            QCOMPARE(counter.countingLocation(), a);
            QCOMPARE(moved.count(), 1);
            QVERIFY(!counter.setCountingLocation(QStringLiteral("Nowhere"))); // not of the scope
            QCOMPARE(counter.countingLocation(), a);
            QCOMPARE(counter.scan(QStringLiteral("2*A-1")).outcome,
                     StocktakeCounter::Outcome::Counted);
            QCOMPARE(counter.items().at(0).countedAt, (Places {{QString(), 1}, {a, 2}}));
            QCOMPARE(counter.items().at(0).counted, std::optional<qint64>(3));
            // B-2 belongs at Bin 7 but is found on Shelf A3: counted there, and said so.
            QCOMPARE(counter.scan(QStringLiteral("B-2")).outcome,
                     StocktakeCounter::Outcome::Counted);
            QCOMPARE(counter.items().at(1).countedAt, (Places {{a, 1}}));
            QVERIFY(counter.items().at(1).countedElsewhere());
            QVERIFY(countedElsewhereText(counter.items().at(1), QLocale::c()).contains(a));
            QVERIFY(counter.setCountingLocation(b));
            QCOMPARE(counter.scan(QStringLiteral("4*B-2")).outcome,
                     StocktakeCounter::Outcome::Counted);
            QCOMPARE(counter.items().at(1).countedAt, (Places {{b, 4}, {a, 1}}));
            // An edit of the total at Bin 7: Bin 7 takes the difference.
            QVERIFY(counter.setCount(1, 8));
            QCOMPARE(counter.items().at(1).countedAt, (Places {{b, 7}, {a, 1}}));
            // An unknown code scanned at Bin 7 and assigned later counts at Bin 7.
            QCOMPARE(counter.scan(QStringLiteral("X-9")).outcome,
                     StocktakeCounter::Outcome::Unknown);
            QCOMPARE(counter.unknownScans().first().location, b);
            QVERIFY(counter.setCountingLocation(a));
            QVERIFY(counter.assignUnknown(counter.unknownScans().first().scanId, 2));
            QCOMPARE(counter.items().at(2).countedAt, (Places {{b, 1}}));
            // Undo takes the last scan off where it was counted (Shelf A3's B-2 stays).
            QCOMPARE(counter.scan(QStringLiteral("C-3")).outcome,
                     StocktakeCounter::Outcome::Counted);
            QCOMPARE(counter.items().at(2).countedAt, (Places {{b, 1}, {a, 1}}));
            QVERIFY(counter.undoLast());
            QCOMPARE(counter.items().at(2).countedAt, (Places {{b, 1}}));
            // Scan then quantity: counted where the code was scanned, not where the quantity was
            // typed.
            counter.setAsksQuantity(true);
            QCOMPARE(counter.scan(QStringLiteral("D-4")).outcome,
                     StocktakeCounter::Outcome::QuantityNeeded);
            QVERIFY(counter.setCountingLocation(b));
            QCOMPARE(counter.scan(QStringLiteral("6")).outcome, StocktakeCounter::Outcome::Counted);
            QCOMPARE(counter.items().at(3).countedAt, (Places {{a, 6}}));
            counter.setAsksQuantity(false);
            // An import keeps its places, adding to (or replacing) what was counted.
            QVERIFY(counter.importCounts({{3, {{b, 2}, {QString(), 1}}}}, false));
            QCOMPARE(counter.items().at(3).countedAt, (Places {{QString(), 1}, {b, 2}, {a, 6}}));
            QCOMPARE(counter.items().at(3).counted, std::optional<qint64>(9));
            QVERIFY(counter.importCounts({{0, {{a, 5}}}}, true));
            QCOMPARE(counter.items().at(0).countedAt, (Places {{a, 5}}));
        }
        // All of it on disk: the places, the counts (their sums) and where counting was.
        LocalDatabase db(file);
        StocktakeStore store(&db);
        const QList<StocktakeItem> items = store.items(id);
        QCOMPARE(items.at(0).countedAt, (Places {{a, 5}}));
        QCOMPARE(items.at(1).countedAt, (Places {{b, 7}, {a, 1}}));
        QCOMPARE(items.at(1).counted, std::optional<qint64>(8));
        QCOMPARE(items.at(2).countedAt, (Places {{b, 1}}));
        QCOMPARE(items.at(3).counted, std::optional<qint64>(9));
        for (const StocktakeItem &line : items)
            QCOMPARE(totalOf(line.countedAt), line.counted);
        QCOMPARE(store.load(kProfile, id)->countingLocation, b);
        StocktakeCounter counter(&store);
        QVERIFY(counter.load(kProfile, id));
        QCOMPARE(counter.countingLocation(), b);
        // A recount forgets the places with the count.
        QVERIFY(store.setRecount(id, {2}, true));
        QVERIFY(store.items(id).at(1).countedAt.isEmpty());
        QVERIFY(!store.items(id).at(1).counted.has_value());

        // A SKU wins over a location of the same name.
        const qint64 other =
                makeStocktake(store,
                              {item(5, QStringLiteral("BIN-1"), 1, now, a),
                               item(6, QStringLiteral("Z-1"), 1, now, QStringLiteral("bin-1"))});
        StocktakeCounter second(&store);
        QVERIFY(second.load(kProfile, other));
        QCOMPARE(second.scan(QStringLiteral("bin-1")).outcome, StocktakeCounter::Outcome::Counted);
        QCOMPARE(second.items().at(0).counted, std::optional<qint64>(1));
        QVERIFY(second.countingLocation().isEmpty());
    }

    // Merging two counters' counts (an import that adds), as the trade does: different
    // locations add up; the same location with the same result is one count (a file imported
    // twice counts once); the same location with a different result is a recount.
    void importsMergeCountsLikeTheTrade()
    {
        QTemporaryDir dir;
        LocalDatabase db(dir.filePath(QStringLiteral("drafts.sqlite")));
        StocktakeStore store(&db);
        const QString a = QStringLiteral("Shelf A3");
        const QString b = QStringLiteral("Bin 7");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        using Places = QList<LocationCount>;
        const qint64 id = makeStocktake(store,
                                        {item(1, QStringLiteral("A-1"), 5, now, a),
                                         item(2, QStringLiteral("B-2"), 7, now, b),
                                         item(3, QStringLiteral("C-3"), 1, now, a)});
        StocktakeCounter counter(&store);
        QVERIFY(counter.load(kProfile, id));
        QVERIFY(counter.setCountingLocation(a));
        QCOMPARE(counter.scan(QStringLiteral("5*A-1")).outcome, StocktakeCounter::Outcome::Counted);
        QCOMPARE(counter.scan(QStringLiteral("2*B-2")).outcome, StocktakeCounter::Outcome::Counted);
        QCOMPARE(counter.scan(QStringLiteral("C-3")).outcome, StocktakeCounter::Outcome::Counted);

        const QHash<int, Places> file {
                {0, {{a, 5}, {b, 1}}}, // Shelf A3 again, same; Bin 7 new
                {1, {{a, 3}, {QString(), 4}}}, // B-2: Shelf A3 differs
                {2, {{b, 2}}}}; // C-3: another place
        const QList<StocktakeCounter::ImportConflict> met = counter.importConflicts(file);
        QCOMPARE(met.size(), 2);
        QCOMPARE(met.at(0).index, 0);
        QVERIFY(met.at(0).same());
        QCOMPARE(met.at(1).index, 1);
        QCOMPARE(met.at(1).counted, 2);
        QCOMPARE(met.at(1).imported, 3);
        QVERIFY(counter.importCounts(file, false));
        QCOMPARE(counter.items().at(0).countedAt, (Places {{b, 1}, {a, 5}})); // not 10 on A3
        QVERIFY(!counter.items().at(0).recount);
        // B-2: Shelf A3 counted twice with different results: dropped there, to recount.
        QCOMPARE(counter.items().at(1).countedAt, (Places {{QString(), 4}}));
        QVERIFY(counter.items().at(1).recount);
        QCOMPARE(counter.items().at(2).countedAt, (Places {{b, 2}, {a, 1}}));
        // On disk the same.
        const QList<StocktakeItem> items = store.items(id);
        QCOMPARE(items.at(0).counted, std::optional<qint64>(6));
        QCOMPARE(items.at(1).counted, std::optional<qint64>(4));
        QVERIFY(items.at(1).recount);
        QVERIFY(!items.at(2).recount);
        // The same file again adds nothing (every place now counted with its result)...
        QVERIFY(counter.importCounts({{0, {{a, 5}, {b, 1}}}, {2, {{b, 2}}}}, false));
        QCOMPARE(store.items(id).at(0).counted, std::optional<qint64>(6));
        QCOMPARE(store.items(id).at(2).counted, std::optional<qint64>(3));
        // ... and a scan of the line to recount clears its mark.
        QCOMPARE(counter.scan(QStringLiteral("3*B-2")).outcome, StocktakeCounter::Outcome::Counted);
        QVERIFY(!store.items(id).at(1).recount);
        QCOMPARE(store.items(id).at(1).countedAt, (Places {{QString(), 4}, {a, 3}}));
        // Replacing ignores what was there.
        QVERIFY(counter.importCounts({{0, {{a, 2}}}}, true));
        QCOMPARE(store.items(id).at(0).countedAt, (Places {{a, 2}}));
    }

    // A count write that fails (here: a product not in the stocktake) leaves nothing of itself:
    // no scan row, no count, no place; the file takes the next write.
    void aCountWriteThatFailsLeavesNothing()
    {
        QTemporaryDir dir;
        LocalDatabase db(dir.filePath(QStringLiteral("drafts.sqlite")));
        StocktakeStore store(&db);
        const QString a = QStringLiteral("Shelf A3");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 id = makeStocktake(store, {item(1, QStringLiteral("A-1"), 5, now, a)});
        StocktakeCountWriter writer(&db);
        const auto scans = [&] {
            QSqlQuery query(db.database());
            query.prepare(
                    QStringLiteral("SELECT COUNT(*) FROM stocktake_scans WHERE stocktake_id = ?"));
            query.addBindValue(id);
            return query.exec() && query.next() ? query.value(0).toInt() : -1;
        };
        QCOMPARE(writer.addScan(id, QStringLiteral("Z-9"), 999, 1, {{a, 1}}, now, a), 0);
        QVERIFY(!writer.errorString().isEmpty());
        QCOMPARE(scans(), 0);
        QVERIFY(!writer.setCounts(id, {{1, {{a, 3}}}, {999, {{a, 1}}}}, {}, now));
        QCOMPARE(scans(), 0);
        QVERIFY(!store.items(id).at(0).counted.has_value());
        QVERIFY(store.items(id).at(0).countedAt.isEmpty());
        QVERIFY(writer.addScan(id, QStringLiteral("A-1"), 1, 2, {{a, 2}}, now, a) > 0);
        QCOMPARE(store.items(id).at(0).countedAt, (QList<LocationCount> {{a, 2}}));
        QCOMPARE(scans(), 1);
    }

    // A full disk (SQLite's SQLITE_FULL, made real with max_page_count: the file may not grow)
    // in the middle of the counting: the scan that cannot be written is not counted, nothing of
    // it is left, every scan before it is on disk, the counter says why in words, and once
    // there is room again the counting goes on.
    void aFullDiskCountsNothingItCouldNotSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
        LocalDatabase db(path);
        StocktakeStore store(&db);
        const QString a = QStringLiteral("Shelf A3");
        QList<StocktakeItem> items;
        for (int i = 1; i <= 20; ++i)
            items.append(item(i, QStringLiteral("SKU-%1").arg(i), 5,
                              QDateTime::currentDateTimeUtc(), a));
        const qint64 id = makeStocktake(store, items);
        QVERIFY(id > 0);
        StocktakeCounter counter(&store);
        QVERIFY(counter.load(kProfile, id));
        QSignalSpy failures(&counter, &StocktakeCounter::failed);
        QSqlQuery pragma(db.database());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
        const qint64 pages = pragma.value(0).toLongLong();
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

        QHash<QString, qint64> counted; // what the counter said it counted
        int scans = 0;
        StocktakeCounter::Outcome last = StocktakeCounter::Outcome::Counted;
        while (scans < 5000) {
            const QString sku = QStringLiteral("SKU-%1").arg(scans % 20 + 1);
            last = counter.scan(sku).outcome;
            if (last != StocktakeCounter::Outcome::Counted)
                break;
            ++counted[sku];
            ++scans;
        }
        QCOMPARE(last, StocktakeCounter::Outcome::Failed); // the disk filled up
        QVERIFY2(scans > 0, "the first scan already failed: the test proves nothing");
        QCOMPARE(failures.size(), 1);
        const QString message = failures.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("was not made"))
                         && message.contains(QLatin1String("disk")),
                 qPrintable(message));
        // On screen: exactly what was confirmed.
        const QString failedSku = QStringLiteral("SKU-%1").arg(scans % 20 + 1);
        for (const StocktakeItem &line : counter.items())
            QCOMPARE(line.counted.value_or(0), counted.value(line.sku));

        // Room again: the same scan now counts.
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QCOMPARE(counter.scan(failedSku).outcome, StocktakeCounter::Outcome::Counted);
        ++counted[failedSku];

        // On disk: every confirmed scan, nothing of the failed one.
        StocktakeStore reread(&db);
        int logged = 0;
        QSqlQuery rows(db.database());
        QVERIFY(rows.exec(
                QStringLiteral("SELECT COUNT(*) FROM stocktake_scans WHERE stocktake_id = %1")
                        .arg(id)));
        QVERIFY(rows.next());
        logged = rows.value(0).toInt();
        QCOMPARE(logged, scans + 1);
        for (const StocktakeItem &line : reread.items(id)) {
            QCOMPARE(line.counted.value_or(0), counted.value(line.sku));
            QCOMPARE(totalOf(line.countedAt).value_or(0), counted.value(line.sku));
        }
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
            id = makeStocktake(store,
                               {item(1, QStringLiteral("WDG-001"), 5),
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
        const qint64 id = makeStocktake(store,
                                        {item(1, QStringLiteral("WDG-001"), 5),
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
        for (const QString &input :
             {QStringLiteral("WDG-001"), QStringLiteral("7290000000017"), QStringLiteral("0"),
              QStringLiteral("-3"), QStringLiteral("2*")}) {
            result = counter.scan(input);
            QCOMPARE(result.outcome, Outcome::NotAQuantity);
            QCOMPARE(result.code, QStringLiteral("WDG-001"));
        }
        QCOMPARE(counter.scan(QStringLiteral(" ")).outcome, Outcome::Ignored);
        QVERIFY(!store.items(id).at(1).counted.has_value());
        QCOMPARE(counter.multiplier(), 1);
        QTest::qWait(5); // the quantity is typed later than the code was scanned (clock-driven)
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
        const qint64 id = makeStocktake(
                store, {item(1, QStringLiteral("A-1"), 5), item(2, QStringLiteral("B-2"), 7)});
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
        QVERIFY(counter.importCounts({{0, {{QString(), 3}}}, {1, {{QString(), 4}}}}, false));
        QCOMPARE(store.items(id).at(0).counted, std::optional<qint64>(3));
        QCOMPARE(store.items(id).at(1).counted, std::optional<qint64>(6));
        QVERIFY(counter.importCounts({{1, {{QString(), 1}}}}, true));
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
