// What the user's choices on a paused submission do to its lines, as plain functions: deciding
// unclear lines, sending not-applied lines again (at once, or after one more check), and closing
// with the rest returned to the draft.
#include "core/adjust/submissionchoices.h"

#include <QTest>
#include <QTimeZone>

using namespace Glance;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 12, 6), QTime(9, 0), QTimeZone::utc());

// One line per status, in this order, each with a reason and a hint to clear.
Submission submissionWith(const QList<LineStatus> &statuses,
                          Resolution resolution = Resolution::Check)
{
    Submission s;
    s.id = 1;
    for (int i = 0; i < statuses.size(); ++i) {
        SubmissionLine line;
        line.position = i;
        line.line.productId = 10 + i;
        line.line.amount = i + 1;
        line.status = statuses.at(i);
        line.resolution = line.status == LineStatus::Pending ? Resolution::None : resolution;
        line.message = QStringLiteral("why %1").arg(i);
        line.hint = QStringLiteral("hint %1").arg(i);
        s.lines.append(line);
    }
    return s;
}

} // namespace

class TestSubmissionChoices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openLinesAreUnknownOrSendingInOrder()
    {
        const Submission s =
                submissionWith({LineStatus::Sending, LineStatus::Applied, LineStatus::Unknown,
                                LineStatus::Unclear, LineStatus::Sending});
        QCOMPARE(SubmissionChoices::openLines(s), QList<int>({0, 2, 4}));
        QVERIFY(SubmissionChoices::openLines(submissionWith({LineStatus::Pending})).isEmpty());
    }

    void settledWhenNothingWaitsForAnOutcome_data()
    {
        QTest::addColumn<LineStatus>("status");
        QTest::addColumn<bool>("settled");
        QTest::newRow("pending") << LineStatus::Pending << true;
        QTest::newRow("applied") << LineStatus::Applied << true;
        QTest::newRow("not applied") << LineStatus::NotApplied << true;
        QTest::newRow("sending") << LineStatus::Sending << false;
        QTest::newRow("unknown") << LineStatus::Unknown << false;
        QTest::newRow("unclear") << LineStatus::Unclear << false;
    }

    void settledWhenNothingWaitsForAnOutcome()
    {
        QFETCH(LineStatus, status);
        QFETCH(bool, settled);
        QCOMPARE(SubmissionChoices::settled(
                         submissionWith({LineStatus::Applied, status, LineStatus::Pending})),
                 settled);
    }

    void decideOnlyUnclearLines()
    {
        Submission s = submissionWith({LineStatus::Unclear, LineStatus::Applied,
                                       LineStatus::Unclear, LineStatus::Unclear});
        const QList<int> changed =
                SubmissionChoices::decide(s, {0, 1, 2, 7, -1}, LineStatus::Applied, t0);
        QCOMPARE(changed, QList<int>({0, 2}));
        for (int i : {0, 2}) {
            QCOMPARE(s.lines.at(i).status, LineStatus::Applied);
            QCOMPARE(s.lines.at(i).resolution, Resolution::User);
            QCOMPARE(s.lines.at(i).decidedAt, t0);
        }
        QCOMPARE(s.lines.at(1).resolution, Resolution::Check); // applied before: untouched
        QCOMPARE(s.lines.at(3).status, LineStatus::Unclear); // not asked about

        QCOMPARE(SubmissionChoices::decide(s, {3}, LineStatus::NotApplied, t0), QList<int>({3}));
        QCOMPARE(s.lines.at(3).status, LineStatus::NotApplied);
        QVERIFY(SubmissionChoices::decide(s, {3}, LineStatus::Applied, t0)
                        .isEmpty()); // decided already
    }

    void refusedLinesGoBackAtOnceOthersAreCheckedFirst()
    {
        Submission s = submissionWith({LineStatus::NotApplied, LineStatus::NotApplied,
                                       LineStatus::Applied, LineStatus::NotApplied});
        s.lines[0].resolution = Resolution::Server; // refused by Glance
        s.lines[1].resolution = Resolution::Check; // a check found no trace of it
        s.lines[3].resolution = Resolution::User; // the user said not applied
        const SubmissionChoices::Resend resend = SubmissionChoices::sendNotApplied(s);
        QCOMPARE(resend.resend, QList<int>({0}));
        QCOMPARE(resend.recheck, QList<int>({1, 3}));
        QCOMPARE(s.lines.at(0).status, LineStatus::Pending);
        QCOMPARE(s.lines.at(0).resolution, Resolution::None);
        QVERIFY(s.lines.at(0).message.isEmpty());
        QVERIFY(s.lines.at(0).hint.isEmpty());
        // The ones to check again stay as they are until the check says otherwise.
        QCOMPARE(s.lines.at(1).status, LineStatus::NotApplied);
        QCOMPARE(s.lines.at(1).message, QStringLiteral("why 1"));
        QCOMPARE(s.lines.at(3).resolution, Resolution::User);
        QCOMPARE(s.lines.at(2).status, LineStatus::Applied);
    }

    void restIsPendingAndNotAppliedLines()
    {
        Submission s = submissionWith({LineStatus::Applied, LineStatus::Pending,
                                       LineStatus::NotApplied, LineStatus::Pending});
        const SubmissionChoices::Rest rest =
                SubmissionChoices::returnRest(s, QStringLiteral("returned"), t0);
        QCOMPARE(rest.changed, QList<int>({1, 3}));
        QCOMPARE(rest.rest.size(), 3);
        QCOMPARE(rest.rest.at(0).position, 1);
        QCOMPARE(rest.rest.at(1).position, 2);
        QCOMPARE(rest.rest.at(2).position, 3);
        for (int i : {1, 3}) {
            QCOMPARE(s.lines.at(i).status, LineStatus::NotApplied);
            QCOMPARE(s.lines.at(i).resolution, Resolution::User);
            QCOMPARE(s.lines.at(i).message, QStringLiteral("returned"));
            QCOMPARE(s.lines.at(i).decidedAt, t0);
        }
        // A line not applied before keeps its own reason.
        QCOMPARE(s.lines.at(2).message, QStringLiteral("why 2"));
        QCOMPARE(s.lines.at(0).status, LineStatus::Applied);
    }
};

QTEST_GUILESS_MAIN(TestSubmissionChoices)
#include "tst_submissionchoices.moc"
