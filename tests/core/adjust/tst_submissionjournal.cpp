// SubmissionJournal: lines recorded before sending, updated, listed as history per profile,
// surviving a reopened file.
#include "core/adjust/localdatabase.h"
#include "core/adjust/submissionjournal.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

class TestSubmissionJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void recordsUpdatesAndReloads()
    {
        const QString file = m_dir.filePath(QStringLiteral("journal.sqlite"));
        qint64 id = 0;
        {
            LocalDatabase db(file);
            SubmissionJournal journal(&db);
            AdjustmentLine line;
            line.productId = 4;
            line.warehouseId = 1;
            line.sku = QStringLiteral("מק-4/1");
            line.productName = QStringLiteral("בורג פלדה M8");
            line.warehouseName = QStringLiteral("מחסן ראשי");
            line.amount = -3;
            line.reason = QStringLiteral("Damaged");
            line.shownBefore = 12;
            id = journal.create(QStringLiteral("p1"), QStringLiteral("adjust"), 9,
                                QStringLiteral("Damages"), {line, line});
            QVERIFY(id > 0);
            Submission submission = *journal.load(id);
            QCOMPARE(submission.lines.size(), 2);
            QCOMPARE(submission.lines.at(0).status, LineStatus::Pending);
            QCOMPARE(submission.lines.at(1).position, 1);
            SubmissionLine &first = submission.lines[0];
            first.expectedBefore = 12;
            first.expectedAfter = 9;
            first.status = LineStatus::Sending;
            first.attempts = 1;
            first.chunk = 1;
            first.sentAt = QDateTime::currentDateTimeUtc();
            QVERIFY(journal.saveLines(id, {first}));
        }
        LocalDatabase db(file);
        SubmissionJournal journal(&db);
        const Submission reloaded = *journal.load(id);
        QCOMPARE(reloaded.profile, QStringLiteral("p1"));
        QCOMPARE(reloaded.documentId, 9);
        QCOMPARE(reloaded.title, QStringLiteral("Damages"));
        QVERIFY(reloaded.open);
        const SubmissionLine &first = reloaded.lines.at(0);
        QCOMPARE(first.status, LineStatus::Sending);
        QCOMPARE(*first.expectedBefore, 12);
        QCOMPARE(*first.expectedAfter, 9);
        QCOMPARE(*first.line.shownBefore, 12);
        QCOMPARE(first.line.sku, QStringLiteral("מק-4/1"));
        QCOMPARE(first.chunk, 1);
        QVERIFY(first.sentAt.isValid());
        QVERIFY(!first.serverPrevious.has_value());
        QCOMPARE(reloaded.lines.at(1).status, LineStatus::Pending);
        QCOMPARE(journal.openSubmissions(QStringLiteral("p1")), QList<qint64>({id}));
        QVERIFY(journal.openSubmissions(QStringLiteral("p2")).isEmpty());

        QVERIFY(journal.close(id));
        QVERIFY(journal.openSubmissions(QStringLiteral("p1")).isEmpty());
        const QList<SubmissionSummary> history = journal.history(QStringLiteral("p1"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().counts.total, 2);
        QCOMPARE(history.first().counts.sending, 1);
        QCOMPARE(history.first().counts.pending, 1);
        QVERIFY(!history.first().open);
        QVERIFY(journal.history(QStringLiteral("p2")).isEmpty());
    }

    void statusNamesRoundTrip()
    {
        for (LineStatus status : {LineStatus::Pending, LineStatus::Sending, LineStatus::Applied,
                                  LineStatus::NotApplied, LineStatus::Unknown, LineStatus::Unclear})
            QCOMPARE(lineStatusFromName(lineStatusName(status)), status);
        // Never read an unknown name as "not applied": that could send it twice.
        QCOMPARE(lineStatusFromName(QStringLiteral("garbage")), LineStatus::Unknown);
    }

    void unknownLineIdIsRefused()
    {
        LocalDatabase db(m_dir.filePath(QStringLiteral("refuse.sqlite")));
        SubmissionJournal journal(&db);
        QSignalSpy failed(&journal, &SubmissionJournal::saveFailed);
        const qint64 id = journal.create(QStringLiteral("p"), QStringLiteral("adjust"), 0, {},
                                         {AdjustmentLine {1, 1, {}, {}, {}, 1, {}, {}, {}}});
        SubmissionLine bogus;
        bogus.id = 999;
        QVERIFY(!journal.saveLines(id, {bogus}));
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSubmissionJournal)
#include "tst_submissionjournal.moc"
