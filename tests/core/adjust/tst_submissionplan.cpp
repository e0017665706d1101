// What the submitter sends next and how it takes answers and checks in, as plain functions.
#include "core/adjust/submissionplan.h"
#include "core/adjust/submissionreference.h"

#include <QTest>
#include <QTimeZone>

using namespace Glance;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::utc());

Submission submissionOf(int lines)
{
    Submission s;
    s.id = 1;
    s.token = QStringLiteral("7QK2XM");
    s.createdAt = t0.addSecs(-60);
    for (int i = 0; i < lines; ++i) {
        SubmissionLine line;
        line.position = i;
        line.line.productId = 1 + i % 3;
        line.line.warehouseId = 1;
        line.line.amount = i + 1;
        line.line.reason = QStringLiteral("Correction");
        s.lines.append(line);
    }
    return s;
}

InventoryRecord recordOf(qint64 product, qint64 warehouse, qint64 quantity)
{
    InventoryRecord r;
    r.product.id = product;
    r.warehouse.id = warehouse;
    r.quantity = quantity;
    return r;
}

} // namespace

class TestSubmissionPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partsOfAHundred()
    {
        Submission s = submissionOf(250);
        QCOMPARE(SubmissionPlan::nextPart(s, 100).size(), 100);
        QCOMPARE(SubmissionPlan::partCount(s, 0, 100), 3);
        for (int i = 0; i < 100; ++i)
            s.lines[i].status = LineStatus::Applied;
        QCOMPARE(SubmissionPlan::nextPart(s, 100).first(), 100);
        QCOMPARE(SubmissionPlan::partCount(s, 1, 100), 3);
    }

    void prepareAccumulatesPerPairAndCarriesReferences()
    {
        Submission s = submissionOf(4); // products 1, 2, 3, 1: amounts 1, 2, 3, 4
        StockReader::Stock stock;
        stock.insert(1, {recordOf(1, 1, 10)});
        stock.insert(2, {recordOf(2, 1, 5)});
        stock.insert(3, {}); // no record in warehouse 1
        const QList<AdjustAction> actions = SubmissionPlan::prepare(s, {0, 1, 2, 3}, stock, 1, t0);
        QCOMPARE(actions.size(), 4);
        QCOMPARE(s.lines[0].expectedBefore, std::optional<qint64>(10));
        QCOMPARE(s.lines[0].expectedAfter, std::optional<qint64>(11));
        QCOMPARE(s.lines[3].expectedBefore,
                 std::optional<qint64>(11)); // after line 0 of the same pair
        QCOMPARE(s.lines[3].expectedAfter, std::optional<qint64>(15));
        QCOMPARE(s.lines[2].recordExisted, false);
        QCOMPARE(s.lines[2].expectedBefore, std::optional<qint64>(0));
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(s.lines[i].status, LineStatus::Sending);
            QCOMPARE(s.lines[i].attempts, 1);
            QCOMPARE(s.lines[i].sentAt, t0);
            QVERIFY(SubmissionReference::contains(actions[i].notes,
                                                  SubmissionReference::make(s.token, i, 1)));
        }
    }

    void answerMatchesEntriesOfTheSamePairInOrder()
    {
        Submission s = submissionOf(4);
        QList<AdjustedLine> adjusted;
        adjusted.append({1, 1, 10, 11, 1});
        adjusted.append({2, 1, 5, 7, 2});
        adjusted.append({3, 1, 0, 3, 3});
        adjusted.append({1, 1, 11, 15, 4});
        SubmissionPlan::takeAnswer(s, {0, 1, 2, 3}, adjusted, t0);
        QCOMPARE(s.lines[0].serverNew, std::optional<qint64>(11));
        QCOMPARE(s.lines[3].serverPrevious, std::optional<qint64>(11));
        QCOMPARE(s.lines[3].serverNew, std::optional<qint64>(15));
        for (const SubmissionLine &line : std::as_const(s.lines)) {
            QCOMPARE(line.status, LineStatus::Applied);
            QCOMPARE(line.resolution, Resolution::Server);
        }
    }

    void checkScopeStartsAtTheEarliestSendMinusSkew()
    {
        Submission s = submissionOf(4);
        s.lines[1].sentAt = t0;
        s.lines[2].sentAt = t0.addSecs(-30);
        const auto scope = SubmissionPlan::checkScope(s, {1, 2, 3}, std::chrono::seconds(120),
                                                      t0.addSecs(600));
        QCOMPARE(scope.pairs.size(), 3); // products 2, 3, 1 in warehouse 1
        // Line 3 was never sent: the submission's creation counts for it.
        QCOMPARE(scope.since, s.createdAt.addSecs(-120));
        s.createdAt = {};
        const auto unsent = SubmissionPlan::checkScope(s, {3}, std::chrono::seconds(120), t0);
        QCOMPARE(unsent.since, t0.addSecs(-120));
    }

    void mergeResendsOnlyWhatTheClickAskedForAndTheCheckConfirmed()
    {
        Submission s = submissionOf(4);
        for (SubmissionLine &line : s.lines) {
            line.status = LineStatus::Unknown;
            line.sentAt = t0;
        }
        s.lines[3].status = LineStatus::NotApplied;
        s.lines[3].resolution = Resolution::User; // the user said "not applied"
        QList<SubmissionLine> checked = s.lines;
        checked[0].status = LineStatus::NotApplied; // asked to resend, confirmed: goes now
        checked[1].status = LineStatus::Applied; // asked to resend, but it was applied
        checked[2].status = LineStatus::Unknown; // not decidable yet
        checked[3].status = LineStatus::Unclear; // the user's "not applied", asked to resend
        QSet<int> resend {0, 1, 3};
        CheckEvidence evidence;
        evidence.settle = std::chrono::seconds(60);
        const auto merge = SubmissionPlan::mergeCheck(s, {0, 1, 2, 3}, checked, resend, evidence);
        QCOMPARE(s.lines[0].status, LineStatus::Pending);
        QCOMPARE(s.lines[1].status, LineStatus::Applied);
        QCOMPARE(s.lines[2].status, LineStatus::Unknown);
        QCOMPARE(s.lines[3].status, LineStatus::Pending);
        QVERIFY(resend.isEmpty());
        QCOMPARE(merge.nextCheck, t0.addSecs(60));
        QVERIFY(!merge.hold);
    }

    void mergeNeverResendsUnasked()
    {
        Submission s = submissionOf(2);
        for (SubmissionLine &line : s.lines)
            line.status = LineStatus::Unknown;
        QList<SubmissionLine> checked = s.lines;
        checked[0].status = LineStatus::NotApplied;
        checked[1].status = LineStatus::Unclear;
        QSet<int> resend;
        const auto merge = SubmissionPlan::mergeCheck(s, {0, 1}, checked, resend, {});
        QCOMPARE(s.lines[0].status, LineStatus::NotApplied);
        QCOMPARE(s.lines[1].status, LineStatus::Unclear);
        QVERIFY(merge.hold); // offered to the user, not sent
        QVERIFY(!merge.nextCheck.isValid());
    }

    void stillUnknownStaysAskedFor()
    {
        Submission s = submissionOf(1);
        s.lines[0].status = LineStatus::NotApplied;
        s.lines[0].sentAt = t0;
        QList<SubmissionLine> checked = s.lines;
        checked[0].status = LineStatus::Unknown;
        QSet<int> resend {0};
        CheckEvidence evidence;
        evidence.settle = std::chrono::seconds(2);
        const auto merge = SubmissionPlan::mergeCheck(s, {0}, checked, resend, evidence);
        QCOMPARE(s.lines[0].status, LineStatus::Unknown);
        QVERIFY(resend.contains(0)); // decided at the next check, still in the same click
        QCOMPARE(merge.nextCheck, t0.addSecs(2));
    }

    void refusalNamesTheRowsOfItsActions()
    {
        // A part of lines 3 and 4 (rows 4 and 5): Glance refused action 1 (row 5).
        Submission s = submissionOf(5);
        s.lines[3].line.sku = QStringLiteral("AB-4");
        s.lines[4].line.sku = QStringLiteral("AB-5");
        ApiError error = ApiError::http(400, QStringLiteral("INVALID_FIELD"));
        error.setIssues({{QStringLiteral("actions.1.amount"), QStringLiteral("bad")}});
        const ApiError refusal = SubmissionPlan::refuse(s, {3, 4}, error);
        QCOMPARE(refusal.actionRows().size(), 2);
        QCOMPARE(refusal.actionRows().at(1).row, 5);
        QCOMPARE(refusal.actionRows().at(1).sku, QStringLiteral("AB-5"));
        for (int i : {3, 4}) {
            QCOMPARE(s.lines.at(i).status, LineStatus::NotApplied);
            QCOMPARE(s.lines.at(i).resolution, Resolution::Server);
            QVERIFY(!s.lines.at(i).message.isEmpty());
        }
        QCOMPARE(s.lines.at(0).status, LineStatus::Pending); // not in the part
    }

    void lostAnswerMarksItsLinesUnknown()
    {
        Submission s = submissionOf(3);
        SubmissionPlan::markUnknown(s, {0, 2}, QStringLiteral("lost"));
        QCOMPARE(s.lines.at(0).status, LineStatus::Unknown);
        QCOMPARE(s.lines.at(2).message, QStringLiteral("lost"));
        QCOMPARE(s.lines.at(1).status, LineStatus::Pending);
    }

    void missingProductsCannotBeSent()
    {
        Submission s = submissionOf(4); // products 1, 2, 3, 1
        const QList<int> refused =
                SubmissionPlan::refuseMissing(s, {0, 1, 3}, {1}, QStringLiteral("gone"));
        QCOMPARE(refused, QList<int>({0, 3}));
        QCOMPARE(s.lines.at(0).status, LineStatus::NotApplied);
        QCOMPARE(s.lines.at(0).resolution, Resolution::Server);
        QCOMPARE(s.lines.at(3).message, QStringLiteral("gone"));
        QCOMPARE(s.lines.at(1).status, LineStatus::Pending);
        QCOMPARE(s.lines.at(2).status, LineStatus::Pending); // product 1 too, but not asked about
    }
};

QTEST_GUILESS_MAIN(TestSubmissionPlan)
#include "tst_submissionplan.moc"
