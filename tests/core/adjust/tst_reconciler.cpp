// Deciding per line, after a lost answer, whether an adjustment was applied.
#include "core/adjust/reconciler.h"
#include "core/text/bidi.h"

#include <QTest>

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

} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliedWhenAtExpectedAfter()
    {
        QList<SubmissionLine> lines {sent(1, 1, 5, 10), sent(2, 1, -3, 8)};
        Reconciler::reconcile(lines, {{{1, 1}, 15}, {{2, 1}, 5}});
        QCOMPARE(lines.at(0).status, LineStatus::Applied);
        QCOMPARE(lines.at(1).status, LineStatus::Applied);
        QCOMPARE(lines.at(0).resolution, Resolution::Check);
        QCOMPARE(*lines.at(0).observed, 15);
        QVERIFY(!lines.at(0).message.isEmpty());
        QVERIFY(lines.at(0).hint.isEmpty());
    }

    void notAppliedWhenStillBefore()
    {
        QList<SubmissionLine> lines {sent(1, 1, 5, 10), sent(2, 1, -3, 8)};
        Reconciler::reconcile(lines, {{{1, 1}, 10}, {{2, 1}, 8}});
        QCOMPARE(lines.at(0).status, LineStatus::NotApplied);
        QCOMPARE(lines.at(1).status, LineStatus::NotApplied);
        QVERIFY2(lines.at(0).message.contains(Bidi::quantity(10)), qPrintable(lines.at(0).message));
    }

    void negativeQuantityIsIsolatedWithItsMinus()
    {
        // Stock below zero (the server allowed it meanwhile): "−2" with U+2212, isolated.
        QList<SubmissionLine> lines {sent(1, 1, -5, 3)};
        Reconciler::reconcile(lines, {{{1, 1}, -2}});
        QCOMPARE(lines.at(0).status, LineStatus::Applied);
        QVERIFY2(lines.at(0).message.contains(Bidi::quantity(-2)), qPrintable(lines.at(0).message));
        QVERIFY(lines.at(0).message.contains(QChar(Bidi::MinusSign)));
    }

    void unclearWhenStockAlsoMoved()
    {
        QList<SubmissionLine> lines {sent(1, 1, 5, 10), sent(2, 1, -3, 8)};
        Reconciler::reconcile(lines, {{{1, 1}, 14}, {{2, 1}, 5}});
        QCOMPARE(lines.at(0).status, LineStatus::Unclear);
        QVERIFY(lines.at(0).message.contains(QStringLiteral("14")));
        // Each quantity of the sentence isolated: now, after (applied), before (not applied).
        for (qint64 quantity : {14, 15, 10})
            QVERIFY2(lines.at(0).message.contains(Bidi::quantity(quantity)),
                     qPrintable(lines.at(0).message));
        // The other line of the request was applied: the hint says so.
        QCOMPARE(lines.at(1).status, LineStatus::Applied);
        QVERIFY(!lines.at(0).hint.isEmpty());
    }

    void sameRequestDisagreeingIsNeverTrusted()
    {
        QList<SubmissionLine> lines {sent(1, 1, 5, 10), sent(2, 1, -3, 8)};
        Reconciler::reconcile(lines, {{{1, 1}, 15}, {{2, 1}, 8}});
        QCOMPARE(lines.at(0).status, LineStatus::Unclear);
        QCOMPARE(lines.at(1).status, LineStatus::Unclear);
        QVERIFY(!lines.at(1).hint.isEmpty());
    }

    void linesOfOnePairShareTheVerdict()
    {
        // Two lines on the same pair: expected 10 -> 15 -> 13.
        QList<SubmissionLine> lines {sent(1, 1, 5, 10), sent(1, 1, -2, 15)};
        Reconciler::reconcile(lines, {{{1, 1}, 13}});
        QCOMPARE(lines.at(0).status, LineStatus::Applied);
        QCOMPARE(lines.at(1).status, LineStatus::Applied);
        QList<SubmissionLine> notYet {sent(1, 1, 5, 10), sent(1, 1, -2, 15)};
        Reconciler::reconcile(notYet, {{{1, 1}, 10}});
        QCOMPARE(notYet.at(0).status, LineStatus::NotApplied);
        QCOMPARE(notYet.at(1).status, LineStatus::NotApplied);
        // 15 would be the state after only the first line: impossible for one request.
        QList<SubmissionLine> half {sent(1, 1, 5, 10), sent(1, 1, -2, 15)};
        Reconciler::reconcile(half, {{{1, 1}, 15}});
        QCOMPARE(half.at(0).status, LineStatus::Unclear);
    }

    void cancellingLinesAreUnclear()
    {
        QList<SubmissionLine> lines {sent(1, 1, 5, 10), sent(1, 1, -5, 15)};
        Reconciler::reconcile(lines, {{{1, 1}, 10}});
        QCOMPARE(lines.at(0).status, LineStatus::Unclear);
        QCOMPARE(lines.at(1).status, LineStatus::Unclear);
    }

    void recordCreatedByAdjust()
    {
        QList<SubmissionLine> created {sent(1, 3, 4, 0, false)};
        Reconciler::reconcile(created, {{{1, 3}, 4}});
        QCOMPARE(created.at(0).status, LineStatus::Applied);
        QList<SubmissionLine> notCreated {sent(1, 3, 4, 0, false)};
        Reconciler::reconcile(notCreated, {{{1, 3}, std::nullopt}});
        QCOMPARE(notCreated.at(0).status, LineStatus::NotApplied);
    }

    void recordDeletedMeanwhileIsUnclear()
    {
        QList<SubmissionLine> lines {sent(1, 1, 5, 10)};
        Reconciler::reconcile(lines, {{{1, 1}, std::nullopt}});
        QCOMPARE(lines.at(0).status, LineStatus::Unclear);
    }

    void withoutExpectationsUnclear()
    {
        QList<SubmissionLine> lines {sent(1, 1, 5, std::nullopt)};
        Reconciler::reconcile(lines, {{{1, 1}, 10}});
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

    void pairsNotReadAreLeftAlone()
    {
        QList<SubmissionLine> lines {sent(1, 1, 5, 10), sent(2, 1, 1, 1)};
        Reconciler::reconcile(lines, {{{1, 1}, 15}});
        QCOMPARE(lines.at(0).status, LineStatus::Applied);
        QCOMPARE(lines.at(1).status, LineStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
