// What the exactly-once promise needs besides the server: a journal that cannot be written
// stops everything, a second instance of the app never drives the same account's submissions
// (until the first one dies), and replacing the API client in the middle of a request never
// leaves a submission busy forever. Against the sandbox, real SQLite, a real second process.
#include "api/apiclient.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/submissionjournal.h"
#include "core/adjust/writerlock.h"
#include "sandboxfixture.h"
#include "sandboxstock.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;
using Glance::Test::SandboxFixture;

namespace {

const QString kProfile = QStringLiteral("safety");

AdjustmentLine adjust(qint64 product, qint64 amount)
{
    AdjustmentLine line;
    line.productId = product;
    line.warehouseId = 1;
    line.amount = amount;
    line.reason = QStringLiteral("Correction");
    return line;
}

} // namespace

class TestSubmissionSafety : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<SubmissionJournal> m_journal;

    std::unique_ptr<ApiClient> newClient()
    {
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        config.timeout = std::chrono::milliseconds(1000);
        config.limits = {0, 0};
        return std::make_unique<ApiClient>(&m_network, config);
    }

    // Drives a submission to its end as a patient user would.
    void finish(AdjustmentSubmitter &submitter)
    {
        for (int round = 0; round < 20; ++round) {
            QTRY_VERIFY_WITH_TIMEOUT(submitter.state() == AdjustmentSubmitter::State::Paused
                                             || submitter.state()
                                                     == AdjustmentSubmitter::State::Finished,
                                     20000);
            if (submitter.state() == AdjustmentSubmitter::State::Finished)
                return;
            const SubmissionCounts counts = submitter.counts();
            QCOMPARE(counts.unclear, 0);
            if (counts.unknown + counts.sending > 0)
                submitter.checkAgain();
            else if (counts.notApplied > 0)
                submitter.sendNotApplied();
            else
                submitter.continueSending();
        }
        QFAIL("the submission did not finish");
    }

    // Adjustment movements of `product` in warehouse 1 (the sandbox's own log).
    int movements(qint64 product)
    {
        const Test::HttpResult result = m_sandbox.get(
                QStringLiteral("/inventory/movements?productId=%1&warehouseId=1&type=adjustment"
                               "&limit=100")
                        .arg(product));
        return int(result.data().toArray().size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--seed"),
                                  QStringLiteral("3")}),
                 qPrintable(m_sandbox.errorString()));
        m_client = newClient();
        m_db = std::make_unique<LocalDatabase>(m_dir.filePath(QStringLiteral("drafts.sqlite")));
        QVERIFY(m_db->isOpen());
        m_journal = std::make_unique<SubmissionJournal>(m_db.get());
        // Learned from the history on the first lost answer (tst_faultmatrix).
        QVERIFY(m_journal->setHistoryListsReferences(kProfile));
    }

    void init()
    {
        QVERIFY(m_sandbox.reset());
        QVERIFY(m_sandbox.clearFaults());
    }

    void journalThatCannotBeWrittenStopsSending_data()
    {
        QTest::addColumn<bool>("diskFull");
        // Another program (a backup, a second copy of the app) holds the file locked.
        QTest::newRow("file locked") << false;
        // The disk fills up: SQLite's own "database or disk is full" (SQLITE_FULL), produced by
        // capping the file at the pages it has (PRAGMA max_page_count) on the journal's own
        // connection, so that the next write that needs a page fails like on a full disk.
        QTest::newRow("disk full") << true;
    }

    void journalThatCannotBeWrittenStopsSending()
    {
        QFETCH(bool, diskFull);
        // 150 rows: two requests. The journal cannot be written while the first request's
        // answer arrives: its rows cannot be recorded as applied, so the second request must not
        // leave.
        QList<AdjustmentLine> lines;
        QHash<qint64, qint64> before;
        for (qint64 product = 1; lines.size() < 150; ++product) {
            if (product % 50 == 0)
                continue; // services have no stock
            AdjustmentLine line = adjust(product, +1);
            // Long notes: recording the answer must need pages the full disk does not have.
            line.notes = QString(200, QLatin1Char('n'));
            lines.append(line);
            before.insert(product, movements(product));
        }
        QVERIFY(m_sandbox.setFaults({QStringLiteral("latency=400@POST /inventory/adjust")}));
        QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(m_db->path());
        QVERIFY(other.open());
        QSqlDatabase own = m_db->database();
        const auto breakJournal = [&] {
            if (diskFull) {
                QSqlQuery vacuum(own); // no free pages left to reuse
                QVERIFY(vacuum.exec(QStringLiteral("VACUUM")));
                QSqlQuery count(own);
                QVERIFY(count.exec(QStringLiteral("PRAGMA page_count")) && count.next());
                const qint64 pages = count.value(0).toLongLong();
                QSqlQuery cap(own);
                QVERIFY(cap.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
            } else {
                QSqlQuery lock(other);
                QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            }
        };
        const auto mendJournal = [&] {
            if (diskFull) {
                QSqlQuery uncap(own);
                QVERIFY(uncap.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
            } else {
                QVERIFY(other.rollback());
            }
        };
        {
            AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
            QSignalSpy journalFailed(&submitter, &AdjustmentSubmitter::journalFailed);
            bool broken = false;
            connect(&submitter, &AdjustmentSubmitter::stateChanged, this,
                    [&](AdjustmentSubmitter::State state) {
                        if (state == AdjustmentSubmitter::State::Sending && !broken) {
                            broken = true;
                            breakJournal();
                        }
                    });
            QVERIFY(submitter.submit(kProfile, QStringLiteral("adjust"), 0, {}, lines) > 0);
            QTRY_COMPARE_WITH_TIMEOUT(submitter.state(), AdjustmentSubmitter::State::Paused, 15000);
            QVERIFY(journalFailed.count() >= 1);
            QVERIFY(!submitter.journalError().isEmpty());
            if (diskFull)
                QVERIFY2(submitter.journalError().contains(QStringLiteral("full")),
                         qPrintable(submitter.journalError()));
            // Nothing else leaves meanwhile: the next chunk would be sent as soon as the first
            // answer was in, and answered over loopback within this.
            QTest::qWait(300);
            QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Paused);
            int applied = 0;
            for (auto it = before.cbegin(); it != before.cend(); ++it)
                applied += movements(it.key()) - it.value();
            QCOMPARE(applied, AdjustmentSubmitter::ChunkSize); // the first request only
            // While the journal cannot be written, asking again changes nothing.
            submitter.continueSending();
            QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Paused);
            QTest::qWait(300); // a chunk sent anyway would be sent at once and answered by now
            applied = 0;
            for (auto it = before.cbegin(); it != before.cend(); ++it)
                applied += movements(it.key()) - it.value();
            QCOMPARE(applied, AdjustmentSubmitter::ChunkSize);
            mendJournal();
            finish(submitter);
            QCOMPARE(submitter.counts().applied, 150);
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(movements(it.key()) - it.value(), 1); // exactly once each
        // The journal survived: it opens and reads back what happened.
        LocalDatabase reopened(m_db->path());
        QVERIFY(reopened.isOpen());
        QSqlQuery check(reopened.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    void secondInstanceNeverDrivesTheSameAccount()
    {
        // Another app process sends for the account and hangs on its request.
        QVERIFY(m_sandbox.setFaults({QStringLiteral("hang@POST /inventory/adjust")}));
        const qint64 product = 7;
        const qint64 start = Test::sandboxQuantity(m_sandbox, product, 1).value_or(0);
        QProcess runner;
        runner.start(QStringLiteral(GLANCE_SUBMIT_RUNNER_PATH),
                     {m_db->path(), m_sandbox.url().toString(), m_sandbox.editorKey(), kProfile,
                      QStringLiteral("submit"), QStringLiteral("%1:1:3").arg(product)});
        QVERIFY(runner.waitForStarted());
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += runner.readAllStandardOutput()).startsWith("submitted"),
                                  qPrintable(QString::fromUtf8(said + runner.readAllStandardError())
                                             + QStringLiteral(" exit %1").arg(runner.exitCode())),
                                  10000);
        const QList<qint64> open = m_journal->openSubmissions(kProfile);
        QCOMPARE(open.size(), 1);

        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        QCOMPARE(submitter.submit(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(8, 1)}), 0);
        QVERIFY2(submitter.lockHolder().contains(QString::number(runner.processId())),
                 qPrintable(submitter.lockHolder()));
        QVERIFY(!submitter.resume(open.first()));
        QVERIFY(submitter.view(open.first())); // shown read-only
        QVERIFY(submitter.isReadOnly());
        submitter.sendNotApplied(); // refused while read-only
        QVERIFY(submitter.isReadOnly());

        // The other instance dies (kill -9); its lock is taken over.
        runner.kill();
        QVERIFY(runner.waitForFinished());
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(submitter.resume(open.first()));
        QVERIFY(!submitter.isReadOnly());
        finish(submitter);
        QCOMPARE(Test::sandboxQuantity(m_sandbox, product, 1).value_or(0), start + 3);
    }

    void sameProcessTwoWindowsNeverDriveOneSubmission()
    {
        QVERIFY(m_sandbox.setFaults({QStringLiteral("latency=300@POST /inventory/adjust")}));
        AdjustmentSubmitter first(m_client.get(), m_journal.get());
        const qint64 id = first.submit(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(9, 2)});
        QVERIFY(id > 0);
        AdjustmentSubmitter second(m_client.get(), m_journal.get());
        QVERIFY(!second.resume(id));
        QVERIFY(!second.lockHolder().isEmpty());
        // A different submission of the same account in the same process may go on.
        QVERIFY(second.submit(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(10, 1)}) > 0);
        finish(first);
        finish(second);
        // Once closed, it can be opened (read-only history).
        QVERIFY(second.view(id));
    }

    void replacedClientNeverLeavesTheSubmissionBusy()
    {
        // Signing in again replaces the client while a request hangs: its call ends (cancelled),
        // the rows are checked with the new client, and nothing is applied twice.
        QVERIFY(m_sandbox.setFaults({QStringLiteral("latency=600@POST /inventory/adjust")}));
        const qint64 product = 11;
        const qint64 start = Test::sandboxQuantity(m_sandbox, product, 1).value_or(0);
        auto old = newClient();
        AdjustmentSubmitter submitter(old.get(), m_journal.get());
        submitter.setSettleWindow(std::chrono::milliseconds(2000));
        QVERIFY(submitter.submit(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(product, 4)})
                > 0);
        QTRY_COMPARE_WITH_TIMEOUT(submitter.state(), AdjustmentSubmitter::State::Sending, 5000);
        old.reset(); // the sandbox still commits the request 600 ms after it arrived
        QTRY_VERIFY_WITH_TIMEOUT(!submitter.isBusy(), 5000);
        auto fresh = newClient();
        submitter.setClient(fresh.get());
        finish(submitter);
        QCOMPARE(submitter.counts().applied, 1);
        QCOMPARE(Test::sandboxQuantity(m_sandbox, product, 1).value_or(0), start + 4);
    }

    void lockFileOfADeadProcessIsTakenOver()
    {
        const QString folder = m_dir.filePath(QStringLiteral("locks"));
        QString holder;
        auto claim = WriterLock::claim(folder, kProfile, 1, &holder);
        QVERIFY(claim);
        QVERIFY(QFile::exists(WriterLock::lockPath(folder, kProfile)));
        claim.reset();
        QVERIFY(!QFile::exists(WriterLock::lockPath(folder, kProfile)));
    }
};

QTEST_GUILESS_MAIN(TestSubmissionSafety)
#include "tst_submissionsafety.moc"
