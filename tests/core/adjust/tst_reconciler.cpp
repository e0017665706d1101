// Deciding per line, after a lost answer, whether an adjustment was applied.
#include "core/adjust/reconciler.h"
#include "core/text/bidi.h"

#include <QTest>

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
