// DraftStore on a real SQLite file: profiles kept apart, every change committed, a draft that
// survives the store being destroyed and reopened, schema versioning.
#include "core/adjust/draftstore.h"
#include "core/adjust/localdatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

namespace {

DraftLine line(const QString &sku, qint64 amount)
{
    DraftLine l;
    l.sku = sku;
    l.productId = 10 + amount;
    l.productName = QStringLiteral("מוצר ") + sku;
    l.warehouseId = 2;
    l.warehouseName = QStringLiteral("Secondary Storage");
    l.amount = amount;
    l.reason = QStringLiteral("Received");
    l.notes = QStringLiteral("note, with \"quotes\"\nand a line break");
    l.shownQuantity = amount * 3;
    return l;
}

} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsVersionedSchemaInWalMode()
    {
        LocalDatabase db(path(QStringLiteral("schema.sqlite")));
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), LocalDatabase::SchemaVersion);
        QSqlQuery query(db.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(LocalDatabase::defaultPath().endsWith(QStringLiteral("/drafts.sqlite")));
    }

    void draftSurvivesDestroyedAndReloadedStore()
    {
        const QString file = path(QStringLiteral("reload.sqlite"));
        const QString profile = QStringLiteral("https://api.glance.co.il|main");
        qint64 id = 0;
        const QList<DraftLine> lines {line(QStringLiteral("WDG-001"), 5),
                                      line(QStringLiteral("מק-4/1"), -2),
                                      line(QStringLiteral("CB 200-1"), 7)};
        {
            auto db = std::make_unique<LocalDatabase>(file);
            auto store = std::make_unique<DraftStore>(db.get());
            id = store->createDocument(profile, DocumentKind::batchAdjust(),
                                       QStringLiteral("Delivery"));
            QVERIFY(id > 0);
            QVERIFY(store->saveLines(id, lines));
            DraftLine changed = lines.at(1);
            changed.amount = -3;
            changed.notes = QStringLiteral("edited");
            QVERIFY(store->saveLine(id, 1, changed));
            // Destroyed without any explicit flush or close.
        }
        LocalDatabase db(file);
        DraftStore store(&db);
        const std::optional<DraftDocument> loaded = store.load(profile, id);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->title, QStringLiteral("Delivery"));
        QCOMPARE(loaded->kind, DocumentKind::batchAdjust());
        QCOMPARE(loaded->lines.size(), 3);
        QCOMPARE(loaded->lines.at(0), lines.at(0));
        QCOMPARE(loaded->lines.at(1).amount, -3);
        QCOMPARE(loaded->lines.at(1).notes, QStringLiteral("edited"));
        QCOMPARE(loaded->lines.at(1).sku, QStringLiteral("מק-4/1"));
        QCOMPARE(loaded->lines.at(2), lines.at(2));
        QVERIFY(loaded->updatedAt.isValid());
    }

    void profilesAreKeptApart()
    {
        LocalDatabase db(path(QStringLiteral("profiles.sqlite")));
        DraftStore store(&db);
        const QString a = QStringLiteral("https://api.glance.co.il|shop A");
        const QString b = QStringLiteral("https://api.glance.co.il|shop B");
        const qint64 first = store.createDocument(a, DocumentKind::batchAdjust());
        const qint64 second = store.createDocument(b, DocumentKind::batchAdjust());
        QVERIFY(store.saveLines(first, {line(QStringLiteral("A-1"), 1)}));
        QCOMPARE(store.documents(a).size(), 1);
        QCOMPARE(store.documents(a).first().id, first);
        QCOMPARE(store.documents(a).first().lineCount, 1);
        QCOMPARE(store.documents(b).size(), 1);
        QCOMPARE(store.documents(b).first().id, second);
        QVERIFY(!store.load(b, first).has_value());
        QVERIFY(store.load(a, first).has_value());
        QVERIFY(store.documents(QStringLiteral("other")).isEmpty());
        QCOMPARE(store.documents(a, DocumentKind::stocktake()).size(), 0);
    }

    void findByMetaMatchesProfileKindAndValue()
    {
        LocalDatabase db(path(QStringLiteral("meta.sqlite")));
        DraftStore store(&db);
        const QString a = QStringLiteral("https://api.glance.co.il|shop A");
        const QString b = QStringLiteral("https://api.glance.co.il|shop B");
        const QString key = QStringLiteral("reverses");
        const QString batch = DocumentKind::batchAdjust();
        const qint64 older = store.createDocument(a, batch);
        QVERIFY(store.setMetaValue(older, key, 7));
        const qint64 newer = store.createDocument(a, batch);
        QVERIFY(store.setMetaValue(newer, QStringLiteral("defaultWarehouse"), 2));
        QVERIFY(store.setMetaValue(newer, key, 7));
        const qint64 otherProfile = store.createDocument(b, batch);
        QVERIFY(store.setMetaValue(otherProfile, key, 7));
        const qint64 otherKind = store.createDocument(a, DocumentKind::stocktake());
        QVERIFY(store.setMetaValue(otherKind, key, 7));
        const qint64 longerValue = store.createDocument(a, batch);
        QVERIFY(store.setMetaValue(longerValue, key, 70));
        const qint64 textValue = store.createDocument(a, batch);
        QVERIFY(store.setMetaValue(textValue, key, QStringLiteral("7")));

        QCOMPARE(store.findByMeta(a, batch, key, 7), newer);
        QCOMPARE(store.findByMeta(b, batch, key, 7), otherProfile);
        QCOMPARE(store.findByMeta(a, DocumentKind::stocktake(), key, 7), otherKind);
        QCOMPARE(store.findByMeta(a, batch, key, 70), longerValue);
        QCOMPARE(store.findByMeta(a, batch, key, 8), qint64(0));
        QCOMPARE(store.findByMeta(a, batch, QStringLiteral("revers%"), 7), qint64(0));
        QVERIFY(store.remove(newer));
        QCOMPARE(store.findByMeta(a, batch, key, 7), older);
    }

    void setMetaValueKeepsTheOtherKeys()
    {
        LocalDatabase db(path(QStringLiteral("metavalue.sqlite")));
        DraftStore store(&db);
        const QString profile = QStringLiteral("p");
        const qint64 id = store.createDocument(profile, DocumentKind::batchAdjust());
        QVERIFY(store.setMeta(id, QStringLiteral("{\"reverses\":12}")));
        QVERIFY(store.setMetaValue(id, QStringLiteral("defaultWarehouse"), 3));
        QVERIFY(store.setMetaValue(id, QStringLiteral("defaultWarehouse"), 4));
        const QJsonObject meta =
                QJsonDocument::fromJson(store.load(profile, id)->meta.toUtf8()).object();
        QCOMPARE(meta.value(QStringLiteral("reverses")).toInteger(), 12);
        QCOMPARE(meta.value(QStringLiteral("defaultWarehouse")).toInteger(), 4);
        QCOMPARE(meta.size(), 2);
        QVERIFY(!store.setMetaValue(id + 100, QStringLiteral("defaultWarehouse"), 1));
        QVERIFY(!db.inTransaction());
    }

    void removeAndSubmissionLink()
    {
        LocalDatabase db(path(QStringLiteral("remove.sqlite")));
        DraftStore store(&db);
        const QString profile = QStringLiteral("p");
        QSignalSpy changed(&store, &DraftStore::documentsChanged);
        const qint64 id = store.createDocument(profile, DocumentKind::batchAdjust());
        QVERIFY(store.saveLines(id, {line(QStringLiteral("X"), 1), line(QStringLiteral("Y"), 2)}));
        QVERIFY(store.setSubmission(id, 42));
        QCOMPARE(store.load(profile, id)->submissionId, 42);
        QVERIFY(store.setSubmission(id, 0));
        QCOMPARE(store.load(profile, id)->submissionId, 0);
        QVERIFY(store.remove(id));
        QVERIFY(!store.load(profile, id).has_value());
        QSqlQuery orphans(db.database());
        QVERIFY(orphans.exec(QStringLiteral("SELECT COUNT(*) FROM document_lines")));
        QVERIFY(orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 0);
        QVERIFY(changed.count() >= 3);
    }

    void saveLineOutOfRangeFailsWithoutDamage()
    {
        LocalDatabase db(path(QStringLiteral("range.sqlite")));
        DraftStore store(&db);
        QSignalSpy failed(&store, &DraftStore::saveFailed);
        const qint64 id = store.createDocument(QStringLiteral("p"), DocumentKind::batchAdjust());
        QVERIFY(store.saveLines(id, {line(QStringLiteral("X"), 1)}));
        QVERIFY(!store.saveLine(id, 5, line(QStringLiteral("Z"), 9)));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(store.load(QStringLiteral("p"), id)->lines.size(), 1);
        QCOMPARE(store.load(QStringLiteral("p"), id)->lines.first().sku, QStringLiteral("X"));
    }

    void newerSchemaIsLeftUntouched()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        {
            LocalDatabase db(file);
            QVERIFY(db.isOpen());
            QSqlQuery query(db.database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version=%1")
                                       .arg(LocalDatabase::SchemaVersion + 1)));
        }
        LocalDatabase db(file);
        QVERIFY(!db.isOpen());
        QVERIFY(!db.errorString().isEmpty());
        DraftStore store(&db);
        QVERIFY(!store.isAvailable());
        QCOMPARE(store.createDocument(QStringLiteral("p"), DocumentKind::batchAdjust()), 0);
        QVERIFY(store.documents(QStringLiteral("p")).isEmpty());
        QCOMPARE(db.schemaVersion(), LocalDatabase::SchemaVersion + 1);
    }

    void unwritableLocationReportsInsteadOfCrashing()
    {
        // A path whose parent is a regular file cannot be created.
        const QString blocker = path(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        LocalDatabase db(blocker + QStringLiteral("/sub/drafts.sqlite"));
        QVERIFY(!db.isOpen());
        QVERIFY(!db.errorString().isEmpty());
        DraftStore store(&db);
        QSignalSpy failed(&store, &DraftStore::saveFailed);
        QVERIFY(!store.saveLines(1, {line(QStringLiteral("X"), 1)}));
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
