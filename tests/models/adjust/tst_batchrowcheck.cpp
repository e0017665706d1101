// BatchRowCheck: the checks of one batch row before submit, from the row and what the model
// knows about it (RowFacts), without a model, a catalog or a server: which rule gives an error,
// which a warning, errors before warnings, and the values isolated in each sentence.
#include "core/text/bidi.h"
#include "models/adjust/batchrowcheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glance;
using SkuState = CatalogLookup::SkuState;

namespace {

const QLocale kEnglish(QLocale::English);

// A row ready to send: product, warehouse, an amount and a reason.
DraftLine readyRow()
{
    DraftLine line;
    line.sku = u"AB-1"_s;
    line.productId = 48;
    line.warehouseId = 3;
    line.warehouseName = u"Haifa"_s;
    line.amount = 5;
    line.reason = u"Received"_s;
    return line;
}

QList<RowIssue> check(const DraftLine &line, const BatchRowCheck::RowFacts &facts = {},
                      bool reasonRequired = false)
{
    return BatchRowCheck(reasonRequired, kEnglish).issues(line, facts);
}

QStringList texts(const QList<RowIssue> &issues)
{
    QStringList out;
    for (const RowIssue &issue : issues)
        out << issue.text;
    return out;
}

} // namespace

class TestBatchRowCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyRowHasNoIssue();
    void skuStates_data();
    void skuStates();
    void warehouse();
    void zeroAmount();
    void requiredReason();
    void reasonGoingTheOtherWay();
    void duplicatePairNamesTheOtherRow();
    void belowZero();
    void errorsComeFirst();
};

void TestBatchRowCheck::readyRowHasNoIssue()
{
    BatchRowCheck::RowFacts facts;
    facts.reasonSign = +1;
    facts.resultingQuantity = 0; // exactly zero is fine
    QVERIFY(check(readyRow(), facts).isEmpty());
}

void TestBatchRowCheck::skuStates_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<SkuState>("state");
    QTest::addColumn<QString>("text");
    const QString isolated = Bidi::sku(u"X-9"_s);
    QTest::newRow("empty") << u"  "_s << SkuState::Unknown << u"Enter a SKU or pick a product."_s;
    QTest::newRow("not found") << u"X-9"_s << SkuState::NotFound
                               << u"No product has the SKU “%1”."_s.arg(isolated);
    QTest::newRow("failed") << u"X-9"_s << SkuState::Failed
                            << u"The SKU “%1” could not be looked up. Check the connection; it is "
                               u"looked up again when you edit the row."_s.arg(isolated);
    QTest::newRow("pending") << u"X-9"_s << SkuState::Pending
                             << u"Looking up the SKU “%1”…"_s.arg(isolated);
    QTest::newRow("unknown") << u"X-9"_s << SkuState::Unknown
                             << u"Looking up the SKU “%1”…"_s.arg(isolated);
}

void TestBatchRowCheck::skuStates()
{
    QFETCH(QString, sku);
    QFETCH(SkuState, state);
    QFETCH(QString, text);
    DraftLine line = readyRow();
    line.productId = 0;
    line.sku = sku;
    BatchRowCheck::RowFacts facts;
    facts.skuState = state;
    const QList<RowIssue> issues = check(line, facts);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, RowIssue::Error);
    QCOMPARE(issues.first().text, text);
    // A row with a product is not looked up, whatever the state says.
    facts.skuState = SkuState::NotFound;
    QVERIFY(check(readyRow(), facts).isEmpty());
}

void TestBatchRowCheck::warehouse()
{
    DraftLine line = readyRow();
    line.warehouseId = 0;
    line.warehouseName.clear();
    QCOMPARE(texts(check(line)), QStringList({u"Choose a warehouse."_s}));
    line.warehouseName = u"Nowhere"_s;
    QCOMPARE(texts(check(line)),
             QStringList({u"There is no warehouse “%1”. Choose one from the list or enter its id."_s
                                  .arg(Bidi::name(u"Nowhere"_s))}));
}

void TestBatchRowCheck::zeroAmount()
{
    DraftLine line = readyRow();
    line.amount = 0;
    BatchRowCheck::RowFacts facts;
    facts.reasonSign = -1; // no warning about the direction of nothing
    QCOMPARE(texts(check(line, facts)),
             QStringList(
                     {u"Enter an amount other than 0: how many to add (%1) or remove (%2)."_s.arg(
                             Bidi::quantity(5, kEnglish), Bidi::signedAmount(-5, kEnglish))}));
}

void TestBatchRowCheck::requiredReason()
{
    DraftLine line = readyRow();
    line.reason.clear();
    QVERIFY(check(line, {}, false).isEmpty());
    const QList<RowIssue> issues = check(line, {}, true);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, RowIssue::Error);
}

void TestBatchRowCheck::reasonGoingTheOtherWay()
{
    BatchRowCheck::RowFacts removes;
    removes.reasonSign = -1;
    DraftLine adds = readyRow();
    adds.reason = u"Damaged"_s;
    QCOMPARE(texts(check(adds, removes)),
             QStringList({u"“%1” usually removes stock, but this row adds %2."_s.arg(
                     Bidi::name(u"Damaged"_s), Bidi::quantity(5, kEnglish))}));
    QCOMPARE(check(adds, removes).first().severity, RowIssue::Warning);

    BatchRowCheck::RowFacts addsUsually;
    addsUsually.reasonSign = +1;
    DraftLine takes = readyRow();
    takes.amount = -4;
    QCOMPARE(texts(check(takes, addsUsually)),
             QStringList({u"“%1” usually adds stock, but this row removes %2."_s.arg(
                     Bidi::name(u"Received"_s), Bidi::quantity(4, kEnglish))}));
    // The same direction, or a reason of no known direction: nothing to say.
    QVERIFY(check(takes, removes).isEmpty());
    QVERIFY(check(takes, {}).isEmpty());
}

void TestBatchRowCheck::duplicatePairNamesTheOtherRow()
{
    BatchRowCheck::RowFacts facts;
    facts.otherRowOfPair = 11;
    const QList<RowIssue> issues = check(readyRow(), facts);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, RowIssue::Warning);
    QCOMPARE(issues.first().text,
             u"Same product and warehouse as row %1. Merge the duplicates, or keep both: they are "
             u"applied one after the other."_s.arg(Bidi::number(12, kEnglish)));
    facts.otherRowOfPair = 0; // the first row is a row too
    QCOMPARE(check(readyRow(), facts).size(), 1);
}

void TestBatchRowCheck::belowZero()
{
    BatchRowCheck::RowFacts facts;
    facts.resultingQuantity = -5;
    QCOMPARE(texts(check(readyRow(), facts)),
             QStringList({u"This would leave %1 in stock. Glance refuses the whole batch when a "
                          u"quantity would go below zero."_s.arg(Bidi::quantity(-5, kEnglish))}));
    facts.resultingQuantity.reset(); // not known yet: no warning
    QVERIFY(check(readyRow(), facts).isEmpty());
}

void TestBatchRowCheck::errorsComeFirst()
{
    DraftLine line = readyRow();
    line.warehouseId = 0;
    line.warehouseName.clear();
    BatchRowCheck::RowFacts facts;
    facts.otherRowOfPair = 2;
    facts.resultingQuantity = -1;
    facts.reasonSign = -1;
    const QList<RowIssue> issues = check(line, facts);
    QCOMPARE(issues.size(), 4);
    QCOMPARE(issues.at(0).severity, RowIssue::Error);
    for (int i = 1; i < issues.size(); ++i)
        QCOMPARE(issues.at(i).severity, RowIssue::Warning);
}

QTEST_GUILESS_MAIN(TestBatchRowCheck)
#include "tst_batchrowcheck.moc"
