// Many submissions against the sandbox's "connection dropped after commit" fault (and, in a
// second run, mixed with faults that lose the request before it is applied): every intended
// quantity ends up on the server and nothing is applied twice. Prints the figures for the issue.
#include "api/apiclient.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/submissionjournal.h"
#include "sandboxfixture.h"
#include "sandboxstock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;
using Glance::Test::SandboxFixture;

namespace {

struct Figures
{
    int submissions = 0;
    int lines = 0;
    int requests = 0; // POST /inventory/adjust sent by the submitter
    int faultsHit = 0; // answers lost (OutcomeUnknown)
    int foundApplied = 0; // lines a check found applied
    int foundNotApplied = 0; // lines a check found not applied (then re-sent by the user)
    int resends = 0; // sendNotApplied() calls
    int unclear = 0;
    int doubles = 0; // pairs whose quantity shows a change applied more than once
    int missing = 0; // pairs whose quantity lacks an intended change
};

} // namespace

class TestDoubleApply : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<SubmissionJournal> m_journal;

    // Adjustment movements the server recorded today for these products.
    int adjustmentMovements(const QSet<qint64> &products)
    {
        const QString since = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        int count = 0;
        for (int page = 1; page < 1000; ++page) {
            const Test::HttpResult result = m_sandbox.get(
                    QStringLiteral("/inventory/movements?type=adjustment&startDate=%1&limit=100"
                                   "&page=%2")
                            .arg(since)
                            .arg(page));
            const QJsonArray items = result.data().toArray();
            for (const QJsonValue &item : items) {
                const qint64 product = item.toObject()
                                               .value(QLatin1String("product"))
                                               .toObject()
                                               .value(QLatin1String("id"))
                                               .toInteger();
                if (products.contains(product))
                    ++count;
            }
            if (!result.json()
                         .value(QLatin1String("pagination"))
                         .toObject()
                         .value(QLatin1String("hasMore"))
                         .toBool())
                break;
        }
        return count;
    }

    Figures run(const QStringList &faults, int submissions, quint32 seed)
    {
        Figures figures;
        [&] {
            QVERIFY(m_sandbox.reset());
            QVERIFY(m_sandbox.clearFaults());
            QRandomGenerator random(seed);
            QList<StockPair> pairs;
            QHash<StockPair, qint64> intended;
            QSet<qint64> products;
            for (qint64 product = 1; product <= 14; ++product) {
                for (qint64 warehouse = 1; warehouse <= 3; ++warehouse) {
                    pairs.append({product, warehouse});
                    intended.insert(
                            {product, warehouse},
                            Test::sandboxQuantity(m_sandbox, product, warehouse).value_or(0));
                }
                products.insert(product);
            }
            const int movementsBefore = adjustmentMovements(products);
            QVERIFY(m_sandbox.setFaults(faults));

            int linesApplied = 0;
            for (int s = 0; s < submissions; ++s) {
                // 1-4 lines on distinct pairs; never below zero.
                QList<AdjustmentLine> lines;
                const int count = 1 + int(random.bounded(4));
                QList<StockPair> chosen;
                while (chosen.size() < count) {
                    const StockPair pair = pairs.at(int(random.bounded(int(pairs.size()))));
                    if (!chosen.contains(pair))
                        chosen.append(pair);
                }
                for (const StockPair &pair : std::as_const(chosen)) {
                    qint64 amount = 0;
                    while (amount == 0 || intended.value(pair) + amount < 0)
                        amount = qint64(random.bounded(12)) - 3;
                    AdjustmentLine line;
                    line.productId = pair.first;
                    line.warehouseId = pair.second;
                    line.amount = amount;
                    line.reason = QStringLiteral("double-apply test");
                    line.notes = QStringLiteral("submission %1").arg(s + 1);
                    line.shownBefore = intended.value(pair);
                    lines.append(line);
                }

                AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
                connect(&submitter, &AdjustmentSubmitter::stateChanged, this,
                        [&](AdjustmentSubmitter::State state) {
                            if (state == AdjustmentSubmitter::State::Sending)
                                ++figures.requests;
                        });
                connect(&submitter, &AdjustmentSubmitter::errorOccurred, this,
                        [&](const ApiError &error) {
                            if (error.kind() == ApiError::Kind::OutcomeUnknown)
                                ++figures.faultsHit;
                        });
                QVERIFY(submitter.submit(QStringLiteral("double-apply"), QStringLiteral("adjust"),
                                         0, {}, lines)
                        > 0);
                ++figures.submissions;
                figures.lines += int(lines.size());
                for (int round = 0; round < 50; ++round) {
                    QTRY_VERIFY_WITH_TIMEOUT(
                            submitter.state() == AdjustmentSubmitter::State::Paused
                                    || submitter.state() == AdjustmentSubmitter::State::Finished,
                            20000);
                    if (submitter.state() == AdjustmentSubmitter::State::Finished)
                        break;
                    const SubmissionCounts counts = submitter.counts();
                    // Nobody else moves stock here, so no line can be unclear.
                    figures.unclear += counts.unclear;
                    QCOMPARE(counts.unclear, 0);
                    QCOMPARE(counts.unknown, 0);
                    QVERIFY2(counts.notApplied > 0, "paused without anything to send again");
                    for (const SubmissionLine &line : submitter.submission().lines) {
                        if (line.status == LineStatus::NotApplied)
                            QCOMPARE(line.resolution, Resolution::Check);
                    }
                    ++figures.resends;
                    submitter.sendNotApplied();
                }
                QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Finished);
                for (const SubmissionLine &line : submitter.submission().lines) {
                    QCOMPARE(line.status, LineStatus::Applied);
                    if (line.resolution == Resolution::Check)
                        ++figures.foundApplied;
                    figures.foundNotApplied += line.attempts - 1;
                    const StockPair pair {line.line.productId, line.line.warehouseId};
                    intended[pair] += line.line.amount;
                    ++linesApplied;
                }
                // Every pair of this submission holds exactly the intended quantity.
                for (const AdjustmentLine &line : std::as_const(lines)) {
                    const StockPair pair {line.productId, line.warehouseId};
                    const qint64 now =
                            Test::sandboxQuantity(m_sandbox, pair.first, pair.second).value_or(0);
                    if (now == intended.value(pair) + line.amount)
                        ++figures.doubles;
                    else if (now != intended.value(pair))
                        ++figures.missing;
                }
            }
            QVERIFY(m_sandbox.clearFaults());
            for (const StockPair &pair : std::as_const(pairs)) {
                QCOMPARE(Test::sandboxQuantity(m_sandbox, pair.first, pair.second).value_or(0),
                         intended.value(pair));
            }
            // The server's own log: one adjustment movement per intended line, no more.
            QCOMPARE(adjustmentMovements(products) - movementsBefore, linesApplied);
        }();
        return figures;
    }

    static void print(const char *title, const QStringList &faults, const Figures &f)
    {
        qInfo().noquote() << title << "faults:" << faults.join(QStringLiteral(", "));
        qInfo().noquote() << QStringLiteral(
                                     "  submissions %1, lines %2, POST requests %3, answers lost "
                                     "(faults hit) %4, lines found applied by the check %5, lines "
                                     "found not applied and re-sent %6 (resends %7), unclear %8, "
                                     "doubles found %9, missing %10")
                                     .arg(f.submissions)
                                     .arg(f.lines)
                                     .arg(f.requests)
                                     .arg(f.faultsHit)
                                     .arg(f.foundApplied)
                                     .arg(f.foundNotApplied)
                                     .arg(f.resends)
                                     .arg(f.unclear)
                                     .arg(f.doubles)
                                     .arg(f.missing);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--seed"),
                                  QStringLiteral("7")}),
                 qPrintable(m_sandbox.errorString()));
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        // Short: a lost answer is judged "not applied" only after twice the timeout.
        config.timeout = std::chrono::milliseconds(1000);
        config.limits = {0, 0}; // the sandbox runs without a rate limit
        m_client = std::make_unique<ApiClient>(&m_network, config);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<LocalDatabase>(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_db->isOpen());
        m_journal = std::make_unique<SubmissionJournal>(m_db.get());
        // Learned from the history on the first lost answer (tst_faultmatrix); set here so that
        // each function can run on its own.
        QVERIFY(m_journal->setHistoryListsReferences(QStringLiteral("double-apply")));
    }

    void dropAfterCommit()
    {
        const QStringList faults {QStringLiteral("drop-after-commit:0.5@POST /inventory/adjust")};
        const Figures figures = run(faults, 60, 20240611);
        if (QTest::currentTestFailed())
            return;
        print("double-apply test (drop-after-commit)", faults, figures);
        QCOMPARE(figures.submissions, 60);
        QVERIFY(figures.faultsHit >= 10); // the fault did fire
        QCOMPARE(figures.doubles, 0);
        QCOMPARE(figures.missing, 0);
    }

    void dropAfterCommitMixedWithLostRequests()
    {
        const QStringList faults {QStringLiteral("drop-after-commit:0.4@POST /inventory/adjust"),
                                  QStringLiteral("drop-before:0.3@POST /inventory/adjust"),
                                  QStringLiteral("500:0.2@POST /inventory/adjust")};
        const Figures figures = run(faults, 50, 77);
        if (QTest::currentTestFailed())
            return;
        print("double-apply test (mixed)", faults, figures);
        QVERIFY(figures.faultsHit >= 10);
        QVERIFY(figures.foundNotApplied >= 3); // lost requests were found and re-sent
        QCOMPARE(figures.doubles, 0);
        QCOMPARE(figures.missing, 0);
    }
};

QTEST_GUILESS_MAIN(TestDoubleApply)
#include "tst_doubleapply.moc"
