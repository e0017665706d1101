// The batch editor's model: editing, validation of typed values, checks before submit, scanner
// rows, imported rows, merging, every change written to the draft store; cells and sentences in
// Hebrew (U+2212 minus, isolated values); then SKU and stock resolution against the sandbox.
// QAbstractItemModelTester watches every test.
#include "api/apiclient.h"
#include "core/adjust/adjustimport.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftstore.h"
#include "core/adjust/localdatabase.h"
#include "core/text/bidi.h"
#include "models/adjust/batchadjustmodel.h"
#include "models/adjust/batcheditsink.h"
#include "sandboxfixture.h"
#include "sourcetranslator.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

namespace {

// Records what the model hands to the undo layer, and applies it.
class RecordingSink : public BatchEditSink
{
public:
    explicit RecordingSink(BatchAdjustModel *model)
        : m_model(model)
    {
    }
    void setLine(int row, const DraftLine &, const DraftLine &after, const QString &text,
                 int mergeKey) override
    {
        texts.append(text);
        mergeKeys.append(mergeKey);
        m_model->applySetLine(row, after);
    }
    void insertLines(int row, const QList<DraftLine> &lines, const QString &text) override
    {
        texts.append(text);
        mergeKeys.append(-1);
        m_model->applyInsert(row, lines);
    }
    void removeLines(const QList<int> &rows, const QList<DraftLine> &, const QString &text) override
    {
        texts.append(text);
        mergeKeys.append(-1);
        m_model->applyRemove(rows);
    }
    void beginMacro(const QString &) override { ++macros; }
    void endMacro() override { }

    QStringList texts;
    QList<int> mergeKeys;
    int macros = 0;

private:
    BatchAdjustModel *m_model;
};

} // namespace

class TestBatchAdjustModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<DraftStore> m_store;
    const QString m_profile = QStringLiteral("test|profile");

    QModelIndex cell(const BatchAdjustModel &model, int row, BatchAdjustModel::Column column)
    {
        return model.index(row, column);
    }

    QList<DraftLine> stored(qint64 id) { return m_store->load(m_profile, id)->lines; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<LocalDatabase>(m_dir.filePath(QStringLiteral("model.sqlite")));
        QVERIFY(m_db->isOpen());
        m_store = std::make_unique<DraftStore>(m_db.get());
    }

    void editingValidatesAndPersistsEveryChange()
    {
        CatalogLookup catalog(nullptr);
        catalog.addProduct({1, QStringLiteral("Widget Pro"), QStringLiteral("WDG-001")});
        catalog.noteWarehouse({1, QStringLiteral("Main")});
        catalog.noteWarehouse({2, QStringLiteral("Secondary")});
        BatchAdjustModel model(&catalog);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English));
        model.setReasons({{QStringLiteral("Received"), +1}, {QStringLiteral("Damaged"), -1}});
        const qint64 id = m_store->createDocument(m_profile, DocumentKind::batchAdjust());
        model.setDocument(m_store.get(), id, {});
        QSignalSpy rejected(&model, &BatchAdjustModel::inputRejected);

        model.addLines(0, {DraftLine()}, QStringLiteral("add"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(stored(id).size(), 1);
        QCOMPARE(model.errorCount(), 1); // no SKU, no warehouse, no amount

        QVERIFY(model.setData(cell(model, 0, BatchAdjustModel::SkuColumn),
                              QStringLiteral(" WDG-001 ")));
        QCOMPARE(model.line(0).productId, 1); // resolved from the catalog at once
        QCOMPARE(cell(model, 0, BatchAdjustModel::ProductColumn).data().toString(),
                 QStringLiteral("Widget Pro"));
        QVERIFY(model.setData(cell(model, 0, BatchAdjustModel::WarehouseColumn), qint64(2)));
        QCOMPARE(model.line(0).warehouseId, 2);
        QCOMPARE(cell(model, 0, BatchAdjustModel::WarehouseColumn).data().toString(),
                 QStringLiteral("Secondary"));
        QVERIFY(model.setData(cell(model, 0, BatchAdjustModel::WarehouseColumn),
                              QStringLiteral("main")));
        QCOMPARE(model.line(0).warehouseId, 1);

        // Amounts: not numbers, 0, beyond 32 bits are refused with a sentence; nothing changes.
        for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("0"),
                                   QStringLiteral("1.5"), QStringLiteral("99999999999")}) {
            QVERIFY(!model.setData(cell(model, 0, BatchAdjustModel::AmountColumn), bad));
            QVERIFY(!rejected.last().first().toString().isEmpty());
        }
        QCOMPARE(model.line(0).amount, 0);
        QVERIFY(model.setData(cell(model, 0, BatchAdjustModel::AmountColumn),
                              QStringLiteral("-4")));
        QCOMPARE(model.line(0).amount, -4);
        QCOMPARE(cell(model, 0, BatchAdjustModel::AmountColumn).data().toString(),
                 QStringLiteral("\u22124")); // the minus sign, not the hyphen typed
        QCOMPARE(model.errorCount(), 0);

        // Sign against the reason: a warning, not an error.
        QVERIFY(model.setData(cell(model, 0, BatchAdjustModel::ReasonColumn),
                              QStringLiteral("received")));
        QCOMPARE(model.errorCount(), 0);
        QCOMPARE(model.warningCount(), 1);
        QVERIFY(cell(model, 0, BatchAdjustModel::CheckColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("usually adds")));
        QCOMPARE(cell(model, 0, BatchAdjustModel::CheckColumn)
                         .data(BatchAdjustModel::SeverityRole)
                         .toInt(),
                 int(RowIssue::Warning));

        // Long notes are refused.
        QVERIFY(!model.setData(cell(model, 0, BatchAdjustModel::NotesColumn),
                               QString(2001, QLatin1Char('n'))));
        QVERIFY(model.setData(cell(model, 0, BatchAdjustModel::NotesColumn),
                              QStringLiteral("pallet 7")));

        // The store has every change.
        const QList<DraftLine> lines = stored(id);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first(), model.line(0));
        QCOMPARE(lines.first().notes, QStringLiteral("pallet 7"));

        // Reason required.
        model.setReasonRequired(true);
        QVERIFY(model.setData(cell(model, 0, BatchAdjustModel::ReasonColumn), QString()));
        QCOMPARE(model.errorCount(), 1);
        model.setReasonRequired(false);
        QCOMPARE(model.errorCount(), 0);

        const QList<AdjustmentLine> out = model.adjustmentLines();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().productId, 1);
        QCOMPARE(out.first().warehouseId, 1);
        QCOMPARE(out.first().amount, -4);
        QCOMPARE(out.first().warehouseName, QStringLiteral("Main"));
    }

    void hebrewCellsAndSentencesKeepValuesInOrder()
    {
        // Hebrew: the locale of the cells and a translator that does NOT isolate its
        // placeholders, so every isolate found below comes from the code.
        const QLocale he(QLocale::Hebrew, QLocale::Israel);
        Test::SourceTranslator hebrew({
                {QStringLiteral("Looking up the SKU “%1”…"),
                 QStringLiteral("בודקים את המק״ט \"%1\"…")},
                {QStringLiteral("This would leave %1 in stock. Glance refuses the whole batch when "
                                "a quantity would go below zero."),
                 QStringLiteral("במלאי יישארו %1. Glance דוחה את כל ההתאמה כשכמות יורדת מתחת "
                                "לאפס.")},
                {QStringLiteral("“%1” usually adds stock, but this row removes %2."),
                 QStringLiteral("\"%1\" בדרך כלל מוסיפה למלאי, אבל השורה הזו מורידה %2.")},
                {QStringLiteral("Same product and warehouse as row %1. Merge the duplicates, or "
                                "keep both: they are applied one after the other."),
                 QStringLiteral("אותו מוצר ואותו מחסן כמו בשורה %1. אפשר לאחד את הכפילויות או "
                                "להשאיר את שתיהן: הן מבוצעות זו אחר זו.")},
                {QStringLiteral("Enter an amount other than 0: how many to add (%1) or remove "
                                "(%2)."),
                 QStringLiteral("יש להזין שינוי שאינו 0: כמה להוסיף (%1) או להוריד (%2).")},
                {QStringLiteral("Warehouse %1"), QStringLiteral("מחסן %1")},
                {QStringLiteral("Scan %1"), QStringLiteral("סריקת %1")},
        });
        QVERIFY(QCoreApplication::installTranslator(&hebrew));
        const auto removeTranslator =
                qScopeGuard([&hebrew] { QCoreApplication::removeTranslator(&hebrew); });

        const QString sku = QStringLiteral("120-AB/3"); // digits first: scrambles when bare
        const QString reason = QStringLiteral("קבלת סחורה");
        CatalogLookup catalog(nullptr);
        catalog.addProduct({1, QStringLiteral("מברגה חשמלית"), sku});
        catalog.noteWarehouse({1, QStringLiteral("מחסן ראשי")});
        BatchAdjustModel model(&catalog);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(he);
        model.setReasons({{reason, +1}});
        model.setDefaultWarehouse(1);
        DraftLine removes; // 2 in stock, −5 with a reason that usually adds: −3 left
        removes.sku = sku;
        removes.productId = 1;
        removes.warehouseId = 1;
        removes.shownQuantity = 2;
        removes.amount = -5;
        removes.reason = reason;
        DraftLine adds = removes; // the same pair again: +12
        adds.amount = 12;
        adds.reason.clear();
        DraftLine unknown; // a SKU still being looked up, an unknown warehouse, no amount
        unknown.sku = QStringLiteral("XY-9/2");
        unknown.warehouseId = 7;
        model.setDocument(nullptr, 0, {removes, adds, unknown});
        RecordingSink sink(&model);
        model.setEditSink(&sink);

        // Cells: the locale's digits, U+2212 for a minus, an explicit plus; no marks or hyphens.
        QCOMPARE(cell(model, 0, BatchAdjustModel::AmountColumn).data().toString(),
                 QStringLiteral("\u22125"));
        QCOMPARE(cell(model, 1, BatchAdjustModel::AmountColumn).data().toString(),
                 QStringLiteral("+12"));
        QCOMPARE(cell(model, 0, BatchAdjustModel::CurrentColumn).data().toString(),
                 QStringLiteral("2"));
        QCOMPARE(cell(model, 0, BatchAdjustModel::ResultColumn).data().toString(),
                 QStringLiteral("\u22123"));
        QCOMPARE(cell(model, 1, BatchAdjustModel::ResultColumn).data().toString(),
                 QStringLiteral("9"));
        QCOMPARE(cell(model, 2, BatchAdjustModel::AmountColumn).data().toString(), QString());
        QCOMPARE(cell(model, 2, BatchAdjustModel::WarehouseColumn).data().toString(),
                 QStringLiteral("מחסן ") + Bidi::isolateLtr(u"7"));

        // Sentences: Hebrew around, every value isolated.
        const auto texts = [&model](int row) {
            QStringList out;
            for (const RowIssue &issue : model.issues(row))
                out << issue.text;
            return out.join(QLatin1Char('\n'));
        };
        const QString first = texts(0);
        QVERIFY2(first.contains(QStringLiteral("במלאי יישארו ") + Bidi::quantity(-3, he)),
                 qPrintable(first));
        QVERIFY2(first.contains(Bidi::name(reason)), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("מורידה ") + Bidi::quantity(5, he)),
                 qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("בשורה ") + Bidi::isolateLtr(u"2")),
                 qPrintable(first));
        QVERIFY2(texts(1).contains(QStringLiteral("בשורה ") + Bidi::isolateLtr(u"1")),
                 qPrintable(texts(1)));
        const QString third = texts(2);
        QVERIFY2(third.contains(QStringLiteral("\"") + Bidi::sku(u"XY-9/2") + QStringLiteral("\"")),
                 qPrintable(third));
        QVERIFY2(third.contains(QStringLiteral("להוריד (") + Bidi::signedAmount(-5, he)
                                + QStringLiteral(")")),
                 qPrintable(third));
        QVERIFY2(!third.contains(QStringLiteral("-5")), qPrintable(third));
        // The tooltip lists the same sentences, one a line.
        QCOMPARE(cell(model, 2, BatchAdjustModel::CheckColumn).data(Qt::ToolTipRole).toString(),
                 third);

        // Undo texts name the SKU isolated too.
        QCOMPARE(model.scanSku(sku), 0);
        QCOMPARE(sink.texts.last(), QStringLiteral("סריקת ") + Bidi::sku(sku));
    }

    void scannerAddsRowsOrOneMore()
    {
        CatalogLookup catalog(nullptr);
        catalog.addProduct({1, QStringLiteral("Widget Pro"), QStringLiteral("WDG-001")});
        catalog.noteWarehouse({1, QStringLiteral("Main")});
        BatchAdjustModel model(&catalog);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(nullptr, 0, {});
        model.setDefaultWarehouse(1);
        QCOMPARE(model.scanSku(QStringLiteral("WDG-001")), 0);
        QCOMPARE(model.scanSku(QStringLiteral("WDG-001\n")), 0);
        QCOMPARE(model.scanSku(QStringLiteral("WDG-001")), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.line(0).amount, 3);
        QCOMPARE(model.line(0).productId, 1);
        // Another warehouse: another row.
        model.setDefaultWarehouse(2);
        QCOMPARE(model.scanSku(QStringLiteral("WDG-001")), 1);
        // Unknown SKU (no client to look it up): a row that cannot be submitted yet.
        model.setDefaultWarehouse(1);
        QCOMPARE(model.scanSku(QStringLiteral("NEW-1")), 2);
        QCOMPARE(model.line(2).amount, 1);
        QCOMPARE(model.line(2).productId, 0);
        QCOMPARE(cell(model, 2, BatchAdjustModel::CheckColumn)
                         .data(BatchAdjustModel::SeverityRole)
                         .toInt(),
                 int(RowIssue::Error));
        QCOMPARE(model.scanSku(QStringLiteral("  ")), -1);
        QCOMPARE(model.rowCount(), 3);
    }

    void importedRowsAndDuplicates()
    {
        CatalogLookup catalog(nullptr);
        catalog.addProduct({1, QStringLiteral("Widget Pro"), QStringLiteral("WDG-001")});
        catalog.addProduct({2, QStringLiteral("מברגה חשמלית"), QStringLiteral("AB-120/3")});
        catalog.noteWarehouse({1, QStringLiteral("מחסן ראשי")});
        BatchAdjustModel model(&catalog);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = m_store->createDocument(m_profile, DocumentKind::batchAdjust());
        model.setDocument(m_store.get(), id, {});
        RecordingSink sink(&model);
        model.setEditSink(&sink);

        const ImportResult imported =
                AdjustImport::parseTsv(QStringLiteral("WDG-001\tמחסן ראשי\t5\tReceived\tfirst\n"
                                                      "AB-120/3\t1\t-2\n"
                                                      "WDG-001\t1\t3\t\tsecond\n"
                                                      "WDG-001\tNowhere\t1\n"));
        QCOMPARE(model.appendImported(imported.rows), 4);
        QCOMPARE(sink.texts.size(), 1); // one undo step
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(stored(id).size(), 4);
        QCOMPARE(model.line(0).warehouseId, 1);
        QCOMPARE(model.line(1).warehouseId, 1);
        QCOMPARE(model.line(3).warehouseId, 0);
        QVERIFY(model.issues(3).first().text.contains(QStringLiteral("Nowhere")));
        QCOMPARE(model.duplicateRows(), QList<int>({0, 2}));
        QVERIFY(model.issues(0).last().text.contains(QStringLiteral("3")));

        model.deleteRows({3});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.mergeDuplicates(), 1);
        QCOMPARE(sink.macros, 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.line(0).amount, 8);
        QCOMPARE(model.line(0).notes, QStringLiteral("first; second"));
        QCOMPARE(model.line(0).reason, QStringLiteral("Received"));
        QVERIFY(model.duplicateRows().isEmpty());
        QCOMPARE(stored(id).size(), 2);
        QCOMPARE(stored(id).first().amount, 8);
    }

    void liveTypingIsOneMergeableStep()
    {
        CatalogLookup catalog(nullptr);
        BatchAdjustModel model(&catalog);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = m_store->createDocument(m_profile, DocumentKind::batchAdjust());
        model.setDocument(m_store.get(), id, {DraftLine()});
        RecordingSink sink(&model);
        model.setEditSink(&sink);
        model.setLiveText(0, BatchAdjustModel::NotesColumn, QStringLiteral("d"), 7);
        model.setLiveText(0, BatchAdjustModel::NotesColumn, QStringLiteral("da"), 7);
        model.setLiveText(0, BatchAdjustModel::NotesColumn, QStringLiteral("dam"), 7);
        QCOMPARE(sink.mergeKeys.size(), 3);
        QCOMPARE(sink.mergeKeys.at(0), sink.mergeKeys.at(2));
        QVERIFY(sink.mergeKeys.at(0) >= 0);
        // Every keystroke is on disk.
        QCOMPARE(stored(id).first().notes, QStringLiteral("dam"));
    }

    void readOnlyRefusesEdits()
    {
        CatalogLookup catalog(nullptr);
        BatchAdjustModel model(&catalog);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(nullptr, 0, {DraftLine()});
        model.setReadOnly(true);
        QVERIFY(!(model.flags(cell(model, 0, BatchAdjustModel::AmountColumn))
                  & Qt::ItemIsEditable));
        QVERIFY(!model.setData(cell(model, 0, BatchAdjustModel::AmountColumn),
                               QStringLiteral("3")));
        QCOMPARE(model.scanSku(QStringLiteral("X")), -1);
        model.deleteRows({0});
        QCOMPARE(model.rowCount(), 1);
    }

    void resolvesSkusAndStockFromTheSandbox()
    {
        Test::SandboxFixture sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(sandbox.errorString()));
        QNetworkAccessManager network;
        ClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = sandbox.editorKey();
        ApiClient client(&network, config);
        CatalogLookup catalog(&client);
        catalog.loadWarehouses();
        QTRY_VERIFY_WITH_TIMEOUT(catalog.warehousesLoaded(), 10000);
        QCOMPARE(catalog.warehouses().size(), 3);
        QCOMPARE(catalog.resolveWarehouse(QStringLiteral("sec"))->id, 2); // by code

        BatchAdjustModel model(&catalog);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English));
        model.setDocument(nullptr, 0, {});
        model.setDefaultWarehouse(1);
        model.scanSku(QStringLiteral("מק-4/1")); // Hebrew and a slash in the SKU
        model.scanSku(QStringLiteral("NO-SUCH-SKU"));
        QTRY_COMPARE_WITH_TIMEOUT(model.line(0).productId, 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.currentQuantity(0).has_value(), 10000);
        const qint64 current = *model.currentQuantity(0);
        QVERIFY(current >= 0);
        QCOMPARE(*model.resultingQuantity(0), current + 1);
        QTRY_VERIFY_WITH_TIMEOUT(
                model.issues(1).first().text.contains(QStringLiteral("No product")), 10000);

        QVERIFY(model.setData(model.index(0, BatchAdjustModel::AmountColumn),
                              QString::number(-(current + 5))));
        QCOMPARE(*model.resultingQuantity(0), -5);
        QVERIFY2(
                model.issues(0).last().text.contains(Bidi::quantity(-5, QLocale(QLocale::English))),
                qPrintable(model.issues(0).last().text));
        QCOMPARE(model.issues(0).last().severity, RowIssue::Warning);
        QCOMPARE(model.index(0, BatchAdjustModel::CurrentColumn).data().toString(),
                 QLocale(QLocale::English).toString(current));
        QCOMPARE(*model.adjustmentLines().first().shownBefore, current);
    }
};

QTEST_GUILESS_MAIN(TestBatchAdjustModel)
#include "tst_batchadjustmodel.moc"
