// The results / history models over submissions, with QAbstractItemModelTester.
#include "core/adjust/localdatabase.h"
#include "core/adjust/submissionjournal.h"
#include "models/adjust/submissionhistorymodel.h"
#include "models/adjust/submissionlinesmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

namespace {

SubmissionLine line(LineStatus status, std::optional<qint64> shown, std::optional<qint64> previous)
{
    SubmissionLine l;
    l.line.productId = 1;
    l.line.warehouseId = 1;
    l.line.sku = QStringLiteral("WDG-001");
    l.line.productName = QStringLiteral("Widget Pro");
    l.line.warehouseName = QStringLiteral("Main");
    l.line.amount = 5;
    l.line.shownBefore = shown;
    l.serverPrevious = previous;
    l.serverNew = previous ? std::optional<qint64>(*previous + 5) : std::nullopt;
    l.status = status;
    l.chunk = 1;
    return l;
}

} // namespace

class TestSubmissionModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesShowPreviousToNewAndHighlightMovedStock()
    {
        SubmissionLinesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English));
        Submission submission;
        submission.id = 1;
        submission.lines = {line(LineStatus::Applied, 10, 10), line(LineStatus::Applied, 10, 12),
                            line(LineStatus::Unclear, 10, std::nullopt)};
        submission.lines[2].message = QStringLiteral("stock also moved");
        model.setSubmission(submission);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, SubmissionLinesModel::PreviousColumn).data().toString(),
                 QStringLiteral("10"));
        QCOMPARE(model.index(0, SubmissionLinesModel::NewColumn).data().toString(),
                 QStringLiteral("15"));
        QCOMPARE(model.index(0, SubmissionLinesModel::AmountColumn).data().toString(),
                 QStringLiteral("+5"));
        QVERIFY(!model.index(0, 0).data(SubmissionLinesModel::HighlightRole).toBool());
        QVERIFY(model.index(1, 0).data(SubmissionLinesModel::HighlightRole).toBool());
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("12")));
        QVERIFY(model.index(2, 0).data(SubmissionLinesModel::NeedsDecisionRole).toBool());
        QCOMPARE(model.index(2, SubmissionLinesModel::DetailsColumn).data().toString(),
                 QStringLiteral("stock also moved"));
        QCOMPARE(model.index(1, SubmissionLinesModel::PreviousColumn)
                         .data(SubmissionLinesModel::SortRole)
                         .toLongLong(),
                 12);

        // Same submission, new states: rows stay, data changes.
        submission.lines[2].status = LineStatus::Applied;
        submission.lines[2].resolution = Resolution::User;
        model.setSubmission(submission);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.index(2, 0).data(SubmissionLinesModel::NeedsDecisionRole).toBool());
        QVERIFY(!SubmissionLinesModel::statusText(submission.lines[2]).isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void historyListsSubmissionsOfTheProfile()
    {
        QTemporaryDir dir;
        LocalDatabase db(dir.filePath(QStringLiteral("history.sqlite")));
        SubmissionJournal journal(&db);
        SubmissionHistoryModel model(&journal);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile(QStringLiteral("a"));
        QCOMPARE(model.rowCount(), 0);
        AdjustmentLine l {1, 1, QStringLiteral("X"), {}, {}, 3, {}, {}, {}};
        const qint64 first = journal.create(QStringLiteral("a"), QStringLiteral("adjust"), 0,
                                            QStringLiteral("Delivery"), {l, l});
        journal.create(QStringLiteral("b"), QStringLiteral("adjust"), 0, {}, {l});
        QCOMPARE(model.rowCount(), 1); // reloads on change, only profile "a"
        QCOMPARE(model.index(0, SubmissionHistoryModel::TitleColumn).data().toString(),
                 QStringLiteral("Delivery"));
        QCOMPARE(model.index(0, 0).data(SubmissionHistoryModel::SubmissionIdRole).toLongLong(),
                 first);
        QVERIFY(model.index(0, 0).data(SubmissionHistoryModel::OpenRole).toBool());
        QVERIFY(!model.index(0, SubmissionHistoryModel::OutcomeColumn).data().toString().isEmpty());
        Submission s = *journal.load(first);
        for (SubmissionLine &line : s.lines)
            line.status = LineStatus::Applied;
        journal.saveLines(first, s.lines);
        journal.close(first);
        QVERIFY(!model.index(0, 0).data(SubmissionHistoryModel::OpenRole).toBool());
        QCOMPARE(model.summary(0).counts.applied, 2);
    }
};

QTEST_GUILESS_MAIN(TestSubmissionModels)
#include "tst_submissionmodels.moc"
