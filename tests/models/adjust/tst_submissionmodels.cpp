// The results / history models over submissions, with QAbstractItemModelTester; their cells and
// sentences in Hebrew (U+2212 minus, isolated values).
#include "core/adjust/localdatabase.h"
#include "core/adjust/submissionjournal.h"
#include "core/text/bidi.h"
#include "models/adjust/submissionhistorymodel.h"
#include "models/adjust/submissionlinesmodel.h"
#include "sourcetranslator.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QScopeGuard>
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

    void hebrewCellsAndTooltipsKeepValuesInOrder()
    {
        const QLocale he(QLocale::Hebrew, QLocale::Israel);
        Test::SourceTranslator hebrew({
                {QStringLiteral("The editor showed %1, but the quantity was %2 when the change "
                                "was applied: stock moved meanwhile."),
                 QStringLiteral("בעורך הוצג %1, אבל הכמות הייתה %2 כשהשינוי בוצע: המלאי זז "
                                "בינתיים.")},
                {QStringLiteral("Warehouse %1"), QStringLiteral("מחסן %1")},
        });
        QVERIFY(QCoreApplication::installTranslator(&hebrew));
        const auto removeTranslator =
                qScopeGuard([&hebrew] { QCoreApplication::removeTranslator(&hebrew); });

        SubmissionLinesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(he);
        Submission submission;
        submission.id = 2;
        SubmissionLine removed = line(LineStatus::Applied, 1200, 1195); // −5: 1,195 → 1,190
        removed.line.amount = -5;
        removed.serverNew = 1190;
        SubmissionLine added = line(LineStatus::Applied, 3, 3); // +12, no warehouse name
        added.line.amount = 12;
        added.line.warehouseId = 7;
        added.line.warehouseName.clear();
        added.serverNew = 15;
        added.chunk = 12;
        submission.lines = {removed, added};
        model.setSubmission(submission);

        QCOMPARE(model.index(0, SubmissionLinesModel::AmountColumn).data().toString(),
                 QStringLiteral("\u22125"));
        QCOMPARE(model.index(1, SubmissionLinesModel::AmountColumn).data().toString(),
                 QStringLiteral("+12"));
        QCOMPARE(model.index(0, SubmissionLinesModel::ShownColumn).data().toString(),
                 QStringLiteral("1,200"));
        QCOMPARE(model.index(0, SubmissionLinesModel::PreviousColumn).data().toString(),
                 QStringLiteral("1,195"));
        QCOMPARE(model.index(0, SubmissionLinesModel::NewColumn).data().toString(),
                 QStringLiteral("1,190"));
        QCOMPARE(model.index(1, SubmissionLinesModel::PartColumn).data().toString(),
                 QStringLiteral("12"));
        QCOMPARE(model.index(1, SubmissionLinesModel::WarehouseColumn).data().toString(),
                 QStringLiteral("מחסן ") + Bidi::isolateLtr(u"7"));
        const QString tooltip = model.index(0, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.contains(QStringLiteral("בעורך הוצג ") + Bidi::quantity(1200, he)),
                 qPrintable(tooltip));
        QVERIFY2(tooltip.contains(QStringLiteral("הייתה ") + Bidi::quantity(1195, he)),
                 qPrintable(tooltip));

        // A negative quantity in a number cell: U+2212, no mark, no hyphen.
        submission.lines[0].serverNew = -3;
        model.setSubmission(submission);
        QCOMPARE(model.index(0, SubmissionLinesModel::NewColumn).data().toString(),
                 QStringLiteral("\u22123"));
    }

    void historyOutcomeIsolatesItsNumbers()
    {
        const QLocale he(QLocale::Hebrew, QLocale::Israel);
        SubmissionSummary summary;
        summary.open = true;
        summary.counts.total = 1200;
        summary.counts.applied = 3;
        const QString open = SubmissionHistoryModel::outcomeText(summary, he);
        QVERIFY2(open.contains(Bidi::isolateLtr(u"3")), qPrintable(open));
        QVERIFY2(open.contains(Bidi::isolateLtr(u"1,200")), qPrintable(open));
        summary.open = false;
        const QString closed = SubmissionHistoryModel::outcomeText(summary, he);
        QVERIFY2(closed.contains(Bidi::isolateLtr(u"3")), qPrintable(closed));
        QVERIFY2(closed.contains(Bidi::isolateLtr(u"1,200")), qPrintable(closed));
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
        QVERIFY(journal.create(QStringLiteral("b"), QStringLiteral("adjust"), 0, {}, {l}) > 0);
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
        QVERIFY(journal.saveLines(first, s.lines));
        QVERIFY(journal.close(first));
        QVERIFY(!model.index(0, 0).data(SubmissionHistoryModel::OpenRole).toBool());
        QCOMPARE(model.summary(0).counts.applied, 2);
    }
};

QTEST_GUILESS_MAIN(TestSubmissionModels)
#include "tst_submissionmodels.moc"
