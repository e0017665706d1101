// Deciding per line, after a lost answer, whether an adjustment was applied.
#include "core/adjust/reconciler.h"
#include "core/adjust/submissionreference.h"
#include "core/text/bidi.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

using namespace Glance;

namespace {

SubmissionLine sent(qint64 product, qint64 warehouse, qint64 amount, std::optional<qint64> before,
                    bool existed = true)
{
    SubmissionLine line;
    line.line.productId = product;
    line.line.warehouseId = warehouse;
    line.line.amount = amount;
    line.expectedBefore = before;
    line.recordExisted = existed;
    line.expectedAfter = before ? std::optional<qint64>(*before + amount) : std::nullopt;
    line.status = LineStatus::Unknown;
    return line;
}

// A line of part 2 of a submission (position 100 and on), as sent.
SubmissionLine named(int position, qint64 product, const QString &sku, const QString &name,
                     const QString &warehouse, qint64 amount, qint64 before)
{
    SubmissionLine line = sent(product, 1, amount, before);
    line.position = position;
    line.line.sku = sku;
    line.line.productName = name;
    line.line.warehouseName = warehouse;
    line.status = LineStatus::Sending;
    return line;
}

// The sandbox's refusal when action 1 takes more than there is.
// clang-format off
const QByteArray kInsufficientStock = R"json({"success":false,"error":{"status":400,
    "message":"Insufficient stock: product 48 in warehouse 1 has 300, cannot adjust by -340 (action 1)",
    "code":"INSUFFICIENT_STOCK","issues":[{"path":["actions",1,"amount"],
    "message":"Insufficient stock: product 48 in warehouse 1 has 300, cannot adjust by -340 (action 1)"}]}})json";
// clang-format on

const QString kToken = u"7QK2XM"_s;
const QDateTime kSent = QDateTime(QDate(2026, 12, 4), QTime(10, 0), QTimeZone::utc());

// Line `position` (attempt 1, request 1) sent at kSent.
SubmissionLine line(int position, qint64 product, qint64 warehouse, qint64 amount, qint64 before,
                    bool existed = true)
{
    SubmissionLine l = sent(product, warehouse, amount, before, existed);
    l.position = position;
    l.attempts = 1;
    l.chunk = 1;
    l.line.reason = u"Correction"_s;
    l.sentAt = kSent;
    return l;
}

QString ours(int position, int attempt = 1)
{
    return u"counted by Dana "_s + QLatin1Char('[')
            + SubmissionReference::make(kToken, position, attempt) + QLatin1Char(']');
}

Movement movement(qint64 id, qint64 product, qint64 warehouse, qint64 change, const QString &reason,
                  const QString &notes, int secondsAfterSend)
{
    Movement m;
    m.id = id;
    m.product.id = product;
    if (change > 0)
        m.toWarehouse = WarehouseRef {warehouse, u"Main"_s};
    else
        m.fromWarehouse = WarehouseRef {warehouse, u"Main"_s};
    m.quantity = qAbs(change);
    m.reason = reason;
    m.notes = notes;
    m.type = u"adjustment"_s;
    m.createdAt = kSent.addSecs(secondsAfterSend);
    return m;
}

// A check made a minute after kSent, on a server known to list our references.
CheckEvidence check(const ObservedStock &observed, const QList<Movement> &movements)
{
    CheckEvidence evidence;
    evidence.now = kSent.addSecs(60);
    evidence.settle = std::chrono::seconds(20);
    evidence.observed = observed;
    evidence.movementsRead = true;
    evidence.movements = movements;
    evidence.historyListsReferences = true;
    return evidence;
}

} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceInTheHistoryMeansApplied()
    {
        // Our +1 was applied, then a sale of −1: the quantity is back where it was, which alone
        // would read "not applied" (and a re-send would double it).
        QList<SubmissionLine> lines {line(0, 1, 1, +1, 10)};
        const CheckEvidence evidence = check({{{1, 1}, 10}},
                                             {movement(7, 1, 1, -1, u"Sale"_s, u"till 3"_s, 3),
                                              movement(6, 1, 1, +1, u"Correction"_s, ours(0), 2)});
        Reconciler::reconcile(lines, kToken, evidence);
        QCOMPARE(lines.at(0).status, LineStatus::Applied);
        QCOMPARE(lines.at(0).resolution, Resolution::Check);
        QCOMPARE(lines.at(0).observed, std::optional<qint64>(10));
        QVERIFY(Reconciler::evidenceText(lines.at(0)).contains(u"(this change)"_s));
    }

    void someoneElsesEqualChangeIsNotOurs()
    {
        // Ours not applied, someone else's +1 with the same reason: the quantity reads "applied".
        QList<SubmissionLine> lines {line(0, 1, 1, +1, 10)};
        const CheckEvidence evidence =
                check({{{1, 1}, 11}}, {movement(9, 1, 1, +1, u"Correction"_s, u"till 3"_s, 2)});
        Reconciler::reconcile(lines, kToken, evidence);
        QCOMPARE(lines.at(0).status, LineStatus::NotApplied);
    }

    void nothingConcludedWhileTheServerMayStillApply()
    {
        QList<SubmissionLine> lines {line(0, 1, 1, +1, 10)};
        CheckEvidence evidence = check({{{1, 1}, 10}}, {});
        evidence.now = kSent.addMSecs(evidence.settle.count() - 1);
        Reconciler::reconcile(lines, kToken, evidence);
        QCOMPARE(lines.at(0).status, LineStatus::Unknown);
        QCOMPARE(Reconciler::settlesAt(lines.at(0), evidence),
                 kSent.addMSecs(evidence.settle.count()));
        evidence.now = kSent.addMSecs(evidence.settle.count());
        Reconciler::reconcile(lines, kToken, evidence);
        QCOMPARE(lines.at(0).status, LineStatus::NotApplied);
    }

    void historyThatDoesNotExplainTheQuantityIsUnclear()
    {
        // No trace of ours, but the quantity moved by +1 without a movement (an edit Glance did
        // not record, or ours without its movement): nobody can tell.
        QList<SubmissionLine> lines {line(0, 1, 1, +1, 10)};
        Reconciler::reconcile(lines, kToken, check({{{1, 1}, 11}}, {}));
        QCOMPARE(lines.at(0).status, LineStatus::Unclear);
    }

    void unknownHistoryIsNeverNotApplied()
    {
        // The server has not shown yet that it lists our references: no trace means nothing.
        QList<SubmissionLine> lines {line(0, 1, 1, +1, 10)};
        CheckEvidence evidence =
                check({{{1, 1}, 11}}, {movement(9, 1, 1, +1, u"Correction"_s, {}, 2)});
        evidence.historyListsReferences = false;
        Reconciler::reconcile(lines, kToken, evidence);
        QCOMPARE(lines.at(0).status, LineStatus::Unclear);
        QVERIFY(lines.at(0).hint.contains(u"most likely this one was applied"_s));

        QList<SubmissionLine> none {line(0, 1, 1, +1, 10)};
        evidence.movements.clear();
        evidence.observed = {{{1, 1}, 10}};
        Reconciler::reconcile(none, kToken, evidence);
        QCOMPARE(none.at(0).status, LineStatus::Unclear);
        QVERIFY(none.at(0).hint.contains(u"most likely it was not applied"_s));
    }

    void unreadableHistoryIsUnclear()
    {
        QList<SubmissionLine> lines {line(0, 1, 1, +1, 10)};
        CheckEvidence evidence = check({{{1, 1}, 10}}, {});
        evidence.movementsRead = false;
        Reconciler::reconcile(lines, kToken, evidence);
        QCOMPARE(lines.at(0).status, LineStatus::Unclear);
    }

    void unreadableQuantityIsNeverApplied()
    {
        QList<SubmissionLine> lines {line(0, 1, 1, +1, 10)};
        CheckEvidence evidence = check({}, {});
        evidence.unreadable.insert({1, 1});
        Reconciler::reconcile(lines, kToken, evidence);
        QCOMPARE(lines.at(0).status, LineStatus::Unclear);
        QVERIFY(!lines.at(0).observed);
    }

    void referenceTwiceIsADouble()
    {
        SubmissionLine sentTwice = line(0, 1, 1, +1, 10);
        sentTwice.attempts = 2;
        QList<SubmissionLine> lines {sentTwice};
        Reconciler::reconcile(lines, kToken,
                              check({{{1, 1}, 12}},
                                    {movement(8, 1, 1, +1, u"Correction"_s, ours(0, 2), 3),
                                     movement(6, 1, 1, +1, u"Correction"_s, ours(0, 1), 2)}));
        QCOMPARE(lines.at(0).status, LineStatus::Unclear);
        QVERIFY(lines.at(0).message.contains(u"more than once"_s));
    }

    void anEarlierAttemptsReferenceCounts()
    {
        SubmissionLine second = line(0, 1, 1, +1, 10);
        second.attempts = 2;
        QList<SubmissionLine> lines {second};
        Reconciler::reconcile(
                lines, kToken,
                check({{{1, 1}, 11}}, {movement(6, 1, 1, +1, u"Correction"_s, ours(0, 1), 2)}));
        QCOMPARE(lines.at(0).status, LineStatus::Applied);
    }

    void recordThatAdjustWouldHaveCreated()
    {
        QList<SubmissionLine> lines {line(0, 1, 3, +4, 0, false)};
        Reconciler::reconcile(lines, kToken, check({{{1, 3}, std::nullopt}}, {}));
        QCOMPARE(lines.at(0).status, LineStatus::NotApplied);
        QList<SubmissionLine> deleted {line(0, 1, 1, +4, 10)};
        Reconciler::reconcile(deleted, kToken, check({{{1, 1}, std::nullopt}}, {}));
        QCOMPARE(deleted.at(0).status, LineStatus::Unclear);
    }

    void rowWithoutTraceInAnAppliedRequestIsUnclear()
    {
        QList<SubmissionLine> lines {line(0, 1, 1, +1, 10), line(1, 2, 1, -2, 8)};
        Reconciler::reconcile(lines, kToken,
                              check({{{1, 1}, 11}, {{2, 1}, 8}},
                                    {movement(6, 1, 1, +1, u"Correction"_s, ours(0), 2)}));
        QCOMPARE(lines.at(0).status, LineStatus::Applied);
        QCOMPARE(lines.at(1).status, LineStatus::Unclear);
        QVERIFY(!lines.at(1).hint.isEmpty());
    }

    void oldSubmissionsWithoutTokenAreUnclear()
    {
        QList<SubmissionLine> lines {line(0, 1, 1, +1, 10)};
        Reconciler::reconcile(lines, QString(), check({{{1, 1}, 10}}, {}));
        QCOMPARE(lines.at(0).status, LineStatus::Unclear);
    }

    void refusedRowIsExplainedInOurWords()
    {
        const QString paint = u"דלי צבע 2 מטר"_s;
        const QString main = u"מחסן ראשי"_s;
        QList<SubmissionLine> lines {
                named(100, 47, u"CD 47-2"_s, u"Desk Lamp"_s, u"Secondary Storage"_s, 6, 288),
                named(101, 48, u"XY 48-6"_s, paint, main, -340, 300),
                named(102, 48, u"XY 48-6"_s, paint, u"Secondary Storage"_s, 2, 169)};
        const ApiError error = ApiError::fromHttpResponse(400, kInsufficientStock);
        Reconciler::refuse(lines, error);
        for (const SubmissionLine &line : std::as_const(lines)) {
            QCOMPARE(line.status, LineStatus::NotApplied);
            QCOMPARE(line.resolution, Resolution::Server);
            QVERIFY2(!line.message.contains(u"Insufficient"_s), qPrintable(line.message));
            QVERIFY2(!line.message.contains(u"actions"_s), qPrintable(line.message));
            QVERIFY2(!line.message.contains(u"action 1"_s), qPrintable(line.message));
        }
        // The refused row: its product, SKU, warehouse, what there was and the change, each
        // isolated.
        const QString refused = lines.at(1).message;
        QVERIFY2(refused.contains(Bidi::name(paint)), qPrintable(refused));
        QVERIFY2(refused.contains(Bidi::sku(u"XY 48-6")), qPrintable(refused));
        QVERIFY2(refused.contains(Bidi::name(main)), qPrintable(refused));
        QVERIFY2(refused.contains(Bidi::quantity(300)), qPrintable(refused));
        QVERIFY2(refused.contains(Bidi::signedAmount(-340)), qPrintable(refused));
        QVERIFY(refused.contains(QChar(Bidi::MinusSign)));
        // The others name the refused row by its number and SKU.
        for (int i : {0, 2}) {
            QVERIFY2(lines.at(i).message.contains(Bidi::isolateLtr(u"102")),
                     qPrintable(lines.at(i).message));
            QVERIFY2(lines.at(i).message.contains(Bidi::sku(u"XY 48-6")),
                     qPrintable(lines.at(i).message));
        }
    }

    void refusalUsesTheErrorsDetails()
    {
        QList<SubmissionLine> lines {named(0, 48, u"XY 48-6"_s, u"Paint"_s, u"Main"_s, -340, 300)};
        ApiError error = ApiError::fromHttpResponse(400, kInsufficientStock);
        error.setIssues({{u"actions.0.amount"_s, u"x"_s}});
        error.setDetails({{u"available"_s, 287}});
        Reconciler::refuse(lines, error);
        QVERIFY2(lines.at(0).message.contains(Bidi::quantity(287)),
                 qPrintable(lines.at(0).message));
    }

    void refusalOfFieldsAndUnknownCodes()
    {
        const auto refuse = [](const QByteArray &body) {
            QList<SubmissionLine> lines {named(0, 5, u"AB-120/3"_s, u"Drill"_s, u"Main"_s, 4, 10)};
            Reconciler::refuse(lines, ApiError::fromHttpResponse(400, body));
            return lines.at(0).message;
        };
        const QString reason =
                refuse(R"({"success":false,"error":{"status":400,"code":"INVALID_FIELD",
            "issues":[{"path":["actions",0,"reason"],"message":"Must be at most 255 characters"}]}})");
        QVERIFY2(reason.contains(u"reason"_s) && !reason.contains(u"255"_s), qPrintable(reason));
        // A code the app does not know: the server's words, isolated, in a sentence of ours.
        const QString unknown =
                refuse(R"({"success":false,"error":{"status":400,"code":"DAILY_LIMIT",
            "issues":[{"path":["actions",0,"amount"],"message":"Over the daily limit"}]}})");
        QVERIFY2(unknown.contains(Bidi::name(u"Over the daily limit")), qPrintable(unknown));
    }

    void outcomeOpenWhenTheRequestMayHaveBeenApplied_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("open");
        using K = ApiError::Kind;
        QTest::newRow("lost answer") << int(K::OutcomeUnknown) << 0 << true;
        QTest::newRow("timeout") << int(K::Timeout) << 0 << true;
        QTest::newRow("cancelled in flight") << int(K::Cancelled) << 0 << true;
        QTest::newRow("unreadable answer") << int(K::Decode) << 0 << true;
        QTest::newRow("500") << int(K::Http) << 500 << true;
        QTest::newRow("503") << int(K::Http) << 503 << true;
        QTest::newRow("400") << int(K::Http) << 400 << false;
        QTest::newRow("409") << int(K::Http) << 409 << false;
        QTest::newRow("rate limited") << int(K::RateLimited) << 429 << false;
        QTest::newRow("network (never sent)") << int(K::Network) << 0 << false;
        QTest::newRow("tls") << int(K::Tls) << 0 << false;
    }

    void outcomeOpenWhenTheRequestMayHaveBeenApplied()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, open);
        ApiError error {ApiError::Kind(kind)};
        error.setHttpStatus(status);
        QCOMPARE(Reconciler::outcomeOpen(error), open);
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
