// The line conversions (lineconversion.h): every field each one carries, and what each one
// deliberately leaves out. The structured bindings below stop compiling when a line type gains
// a field: then decide here whether each conversion carries it.
#include "core/adjust/lineconversion.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glance;

namespace {

// Every field set, each to a value no other field has.
DraftLine fullDraft()
{
    DraftLine d;
    d.sku = u"AB-120/3"_s;
    d.productId = 48;
    d.productName = u"Olive oil 1 l"_s;
    d.warehouseId = 3;
    d.warehouseName = u"Haifa"_s;
    d.amount = -7;
    d.reason = u"  Damaged  "_s;
    d.notes = u" shelf 4 "_s;
    d.shownQuantity = 120;
    d.extra = uR"({"counted":5})"_s;
    return d;
}

AdjustmentLine fullAdjustment()
{
    AdjustmentLine a;
    a.productId = 48;
    a.warehouseId = 3;
    a.sku = u"AB-120/3"_s;
    a.productName = u"Olive oil 1 l"_s;
    a.warehouseName = u"Haifa"_s;
    a.amount = -7;
    a.reason = u"Damaged"_s;
    a.notes = u"shelf 4"_s;
    a.shownBefore = 120;
    return a;
}

InventoryRecord record()
{
    InventoryRecord r;
    r.id = 900;
    r.product = {.id = 48, .name = u"Olive oil 1 l"_s, .sku = u"AB-120/3"_s};
    r.warehouse = {.id = 3, .name = u"Haifa"_s};
    r.quantity = 120;
    r.location = u"A-4"_s;
    r.reservedQuantity = 2;
    r.minStockLevel = 10;
    return r;
}

} // namespace

class TestLineConversion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsOfTheLineTypes();
    void adjustmentFromDraftCarriesAllButExtra();
    void draftFromAdjustmentCarriesAllButTheShownQuantity();
    void roundTrip();
    void adjustmentForAPair();
    void adjustmentFromRecord();
    void draftsForAPairAndARecord();
    void draftFromImportedKeepsTheTextAsTyped();
};

void TestLineConversion::fieldsOfTheLineTypes()
{
    // A new field fails to compile here: decide whether the conversions carry it, test it below,
    // then add it to these lists.
    const auto [sku, productId, productName, warehouseId, warehouseName, amount, reason, notes,
                shownQuantity, extra] = fullDraft();
    const auto [aProductId, aWarehouseId, aSku, aProductName, aWarehouseName, aAmount, aReason,
                aNotes, aShownBefore] = fullAdjustment();
    QCOMPARE(sku, aSku);
    QCOMPARE(productId, aProductId);
    QCOMPARE(productName, aProductName);
    QCOMPARE(warehouseId, aWarehouseId);
    QCOMPARE(warehouseName, aWarehouseName);
    QCOMPARE(amount, aAmount);
    QCOMPARE(reason.trimmed(), aReason);
    QCOMPARE(notes.trimmed(), aNotes);
    QCOMPARE(shownQuantity, aShownBefore);
    QVERIFY(!extra.isEmpty());
}

void TestLineConversion::adjustmentFromDraftCarriesAllButExtra()
{
    // Reason and notes are sent trimmed; the shown quantity becomes the one shown before.
    QCOMPARE(adjustmentFromDraft(fullDraft()), fullAdjustment());
    // Only what the draft has: nothing made up for a row not resolved yet.
    DraftLine typed;
    typed.sku = u"X-1"_s;
    typed.amount = 4;
    const AdjustmentLine line = adjustmentFromDraft(typed);
    QCOMPARE(line.productId, qint64(0));
    QCOMPARE(line.warehouseId, qint64(0));
    QCOMPARE(line.sku, u"X-1"_s);
    QCOMPARE(line.amount, qint64(4));
    QVERIFY(!line.shownBefore.has_value());
}

void TestLineConversion::draftFromAdjustmentCarriesAllButTheShownQuantity()
{
    DraftLine expected = fullDraft();
    expected.reason = u"Damaged"_s;
    expected.notes = u"shelf 4"_s;
    expected.shownQuantity.reset(); // the quantity before a send is stale after it
    expected.extra.clear(); // an adjustment has none
    QCOMPARE(draftFromAdjustment(fullAdjustment()), expected);
}

void TestLineConversion::roundTrip()
{
    // A draft row sent and returned comes back as it was, but trimmed and without what is
    // deliberately not carried.
    const DraftLine back = draftFromAdjustment(adjustmentFromDraft(fullDraft()));
    QCOMPARE(back.sku, fullDraft().sku);
    QCOMPARE(back.productId, fullDraft().productId);
    QCOMPARE(back.amount, fullDraft().amount);
    QCOMPARE(back.reason, u"Damaged"_s);
    QVERIFY(!back.shownQuantity.has_value());
    QVERIFY(back.extra.isEmpty());
}

void TestLineConversion::adjustmentForAPair()
{
    const AdjustmentLine line = adjustmentFor(record().product, record().warehouse, -7);
    AdjustmentLine expected = fullAdjustment();
    expected.reason.clear();
    expected.notes.clear();
    expected.shownBefore.reset();
    QCOMPARE(line, expected);
}

void TestLineConversion::adjustmentFromRecord()
{
    AdjustmentLine expected = fullAdjustment();
    expected.reason.clear();
    expected.notes.clear();
    QCOMPARE(Glance::adjustmentFromRecord(record(), -7), expected);
    // A record without a quantity shows none.
    InventoryRecord unknown = record();
    unknown.quantity.reset();
    QVERIFY(!Glance::adjustmentFromRecord(unknown, 1).shownBefore.has_value());
}

void TestLineConversion::draftsForAPairAndARecord()
{
    DraftLine expected = fullDraft();
    expected.amount = 0; // the user enters it
    expected.reason.clear();
    expected.notes.clear();
    expected.extra.clear();
    QCOMPARE(draftFromRecord(record()), expected);
    expected.shownQuantity.reset();
    QCOMPARE(draftFor(record().product, record().warehouse), expected);
}

void TestLineConversion::draftFromImportedKeepsTheTextAsTyped()
{
    ImportedRow row;
    row.lineNumber = 12;
    row.sku = u"AB-120/3"_s;
    row.warehouse = u"HFA"_s;
    row.amount = 5;
    row.reason = u"Received"_s;
    row.notes = u"PO 77"_s;
    DraftLine expected;
    expected.sku = u"AB-120/3"_s;
    expected.warehouseName = u"HFA"_s; // resolved to an id later
    expected.amount = 5;
    expected.reason = u"Received"_s;
    expected.notes = u"PO 77"_s;
    QCOMPARE(draftFromImported(row), expected);
}

QTEST_GUILESS_MAIN(TestLineConversion)
#include "tst_lineconversion.moc"
