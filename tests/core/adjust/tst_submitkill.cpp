// kill -9 at any point of a submission, the app started again within a second: every intended
// adjustment ends applied exactly once. A real process (glance-submit-runner) submits through
// the AdjustmentSubmitter against the sandbox (slow and sometimes dropped answers, so that
// kills land while requests are in flight) and is SIGKILLed after a random delay; a new one
// resumes what the journal holds (the lock file of the dead one is taken over) and drives it to
// the end. The sandbox's quantities are compared with the intended ones at the end.
#include "core/adjust/localdatabase.h"
#include "core/adjust/reconciler.h"
#include "core/adjust/submissionjournal.h"
#include "sandboxfixture.h"
#include "sandboxstock.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;
using Glance::Test::SandboxFixture;

class TestSubmitKill : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QTemporaryDir m_dir;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("drafts.sqlite")); }

    QStringList runnerArgs(const QString &mode) const
    {
        return {dbPath(), m_sandbox.url().toString(), m_sandbox.editorKey(),
                QStringLiteral("kill-test"), mode};
    }

    int recordedSubmissions() const
    {
        LocalDatabase db(dbPath());
        SubmissionJournal journal(&db);
        return int(journal.history(QStringLiteral("kill-test")).size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--seed"),
                                  QStringLiteral("5"), QStringLiteral("--fault"),
                                  QStringLiteral("latency=250@POST /inventory/adjust"),
                                  QStringLiteral("--fault"),
                                  QStringLiteral("drop-after-commit:0.3@POST /inventory/adjust")}),
                 qPrintable(m_sandbox.errorString()));
    }

    void killAtRandomPointsAndRestart()
    {
        QList<StockPair> pairs;
        QHash<StockPair, qint64> expected;
        for (qint64 product = 5; product <= 60 && pairs.size() < 8; ++product) {
            const std::optional<qint64> q = Test::sandboxQuantity(m_sandbox, product, 1);
            if (q && *q >= 30) {
                pairs.append({product, 1});
                expected.insert({product, 1}, *q);
            }
        }
        QVERIFY(pairs.size() >= 4);
        QRandomGenerator random(20261204);
        int killed = 0;
        int killedWhileResuming = 0;
        for (int round = 0; round < 12; ++round) {
            QStringList specs;
            QHash<StockPair, qint64> amounts;
            const int count = 1 + int(random.bounded(3));
            while (amounts.size() < count) {
                const StockPair pair = pairs.at(int(random.bounded(int(pairs.size()))));
                if (amounts.contains(pair))
                    continue;
                const qint64 amount = random.bounded(2) ? qint64(1 + random.bounded(4))
                                                        : -qint64(1 + random.bounded(3));
                amounts.insert(pair, amount);
                specs.append(
                        QStringLiteral("%1:%2:%3").arg(pair.first).arg(pair.second).arg(amount));
            }
            const int before = recordedSubmissions();
            QProcess first;
            first.start(QStringLiteral(GLANCE_SUBMIT_RUNNER_PATH),
                        runnerArgs(QStringLiteral("submit")) + specs);
            QVERIFY(first.waitForStarted());
            const int delay = int(random.bounded(1200));
            if (!first.waitForFinished(delay)) {
                first.kill(); // SIGKILL
                QVERIFY(first.waitForFinished());
                ++killed;
            }
            if (recordedSubmissions() > before) {
                for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
                    expected[it.key()] += it.value();
            }
            // Started again within a second; sometimes killed again while resuming.
            QTest::qWait(int(random.bounded(1000)));
            for (int attempt = 0; attempt < 5; ++attempt) {
                QProcess again;
                again.start(QStringLiteral(GLANCE_SUBMIT_RUNNER_PATH),
                            runnerArgs(QStringLiteral("resume")));
                QVERIFY(again.waitForStarted());
                if (attempt == 0 && random.bounded(3) == 0
                    && !again.waitForFinished(int(random.bounded(1500)))) {
                    again.kill();
                    QVERIFY(again.waitForFinished());
                    ++killedWhileResuming;
                    continue;
                }
                QVERIFY(again.state() == QProcess::NotRunning || again.waitForFinished(60000));
                QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0,
                         again.readAllStandardOutput().constData());
                break;
            }
            // Nothing open is left behind.
            LocalDatabase db(dbPath());
            SubmissionJournal journal(&db);
            QVERIFY(journal.openSubmissions(QStringLiteral("kill-test")).isEmpty());
        }
        QVERIFY(m_sandbox.clearFaults());
        for (const StockPair &pair : std::as_const(pairs)) {
            QCOMPARE(Test::sandboxQuantity(m_sandbox, pair.first, pair.second).value_or(-1),
                     expected.value(pair));
        }
        qInfo("12 rounds: %d runners killed while submitting, %d while resuming", killed,
              killedWhileResuming);
        QVERIFY(killed + killedWhileResuming >= 2);
    }
};

QTEST_GUILESS_MAIN(TestSubmitKill)
#include "tst_submitkill.moc"
