// Reversal::of: the opposite of what was applied, only of the lines asked for; lines that were
// never applied are counted, not reversed; the meta names the original.
#include "core/adjust/reversal.h"
#include "core/adjust/submissionjournal.h"

#include <QTest>

using namespace Glance;

namespace {

SubmissionLine line(int position, qint64 amount, LineStatus status)
{
    SubmissionLine l;
    l.position = position;
    l.line.productId = 10 + position;
    l.line.warehouseId = 2;
    l.line.sku = QStringLiteral("SKU-%1").arg(position);
    l.line.amount = amount;
    l.line.reason = QStringLiteral("Received");
    l.line.notes = QStringLiteral("note %1").arg(position);
    l.status = status;
    l.serverNew = 100 + position;
    return l;
}

Submission submission(const QString &title)
{
    Submission s;
    s.id = 42;
    s.title = title;
    s.open = false;
    s.lines = {line(0, 5, LineStatus::Applied), line(1, -3, LineStatus::Applied),
               line(2, 7, LineStatus::NotApplied)};
    return s;
}

} // namespace

class TestReversal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reversesWhatWasApplied()
    {
        const Reversal r = Reversal::of(submission(QStringLiteral("משלוח 12")), {},
                                        QStringLiteral("Reversal"));
        QCOMPARE(r.lines.size(), 2);
        QCOMPARE(r.notApplied, 1);
        QCOMPARE(r.lines.at(0).amount, -5);
        QCOMPARE(r.lines.at(1).amount, 3);
        QCOMPARE(r.lines.at(0).productId, 10);
        QCOMPARE(r.lines.at(0).warehouseId, 2);
        QCOMPARE(r.lines.at(0).sku, QStringLiteral("SKU-0"));
        QCOMPARE(r.lines.at(0).reason, QStringLiteral("Reversal"));
        QCOMPARE(r.lines.at(0).notes, QStringLiteral("משלוח 12"));
        QCOMPARE(r.lines.at(1).shownQuantity, std::optional<qint64>(101));
        QCOMPARE(SubmissionJournal::reversedSubmission(r.meta), qint64(42));
    }

    void onlyTheSelectedLines()
    {
        const Reversal r = Reversal::of(submission({}), {1, 2}, QStringLiteral("Reversal"));
        QCOMPARE(r.lines.size(), 1);
        QCOMPARE(r.lines.at(0).amount, 3);
        QCOMPARE(r.notApplied, 1);
        // No title: the line's own notes.
        QCOMPARE(r.lines.at(0).notes, QStringLiteral("note 1"));
    }

    void metaOfAnOrdinaryDraftReversesNothing()
    {
        QCOMPARE(SubmissionJournal::reversedSubmission({}), qint64(0));
        QCOMPARE(SubmissionJournal::reversedSubmission(QStringLiteral("{\"other\":1}")), qint64(0));
        QCOMPARE(SubmissionJournal::reversedSubmission(QStringLiteral("not json")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestReversal)
#include "tst_reversal.moc"
