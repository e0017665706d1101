// The exactly-once promise under every way an answer can be lost, with other users moving the
// same stock at the worst moments: POST /inventory/adjust × {late commit after the client's
// timeout, late commit after a dropped connection, drop-before, drop-after-commit, 500 after
// commit, truncated and malformed answers, hang} × {nobody else, a sale of −1, an equal
// adjustment by someone else}, several submissions of several rows each, fixed seeds. The other
// user's movement is made while our request waits to be committed (late commits) or just before
// the check reads (the rest). Prints the table for the README and fails on any double or loss.
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
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;
using Glance::Test::SandboxFixture;

namespace {

// The client gives up after Timeout; the server may still commit until Settle after the send.
constexpr int TimeoutMs = 1000;
constexpr int SettleMs = 2500;

enum class Other { Nobody, Sale, Equal };

struct Cell
{
    QString fault;
    Other other = Other::Nobody;
    int submissions = 0;
    int lines = 0;
    int posts = 0;
    int lost = 0; // answers lost
    int checkedApplied = 0;
    int checkedNotApplied = 0;
    int unclear = 0;
    int resent = 0; // lines sent again
    int doubles = 0;
    int missing = 0;
};

QString otherName(Other other)
{
    switch (other) {
    case Other::Nobody:
        return QStringLiteral("nobody");
    case Other::Sale:
        return QStringLiteral("a sale of -1");
    case Other::Equal:
        return QStringLiteral("an equal adjustment");
    }
    return {};
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<SubmissionJournal> m_journal;
    QList<Cell> m_table;

    // Another user's adjustment through the sandbox's admin door, now or `delayMs` later.
    bool otherUser(const QList<AdjustmentLine> &lines, Other other, int delayMs,
                   QHash<StockPair, qint64> &others)
    {
        if (other == Other::Nobody)
            return true;
        QJsonArray actions;
        for (const AdjustmentLine &line : lines) {
            const qint64 amount = other == Other::Sale ? -1 : line.amount;
            actions.append(QJsonObject {{QStringLiteral("productId"), line.productId},
                                        {QStringLiteral("warehouseId"), line.warehouseId},
                                        {QStringLiteral("amount"), amount},
                                        {QStringLiteral("reason"), line.reason},
                                        {QStringLiteral("notes"), QStringLiteral("till 3")}});
            others[{line.productId, line.warehouseId}] += amount;
        }
        const Test::HttpResult result =
                m_sandbox.post(QStringLiteral("/__sandbox/adjust?delayMs=%1").arg(delayMs),
                               QJsonObject {{QStringLiteral("actions"), actions}});
        return result.status == 200;
    }

    void runCell(Cell &cell, quint32 seed)
    {
        QVERIFY(m_sandbox.reset());
        QVERIFY(m_sandbox.clearFaults());
        QRandomGenerator random(seed);
        // Pairs with stock enough for sales and negative amounts.
        QList<StockPair> pairs;
        QHash<StockPair, qint64> start;
        for (qint64 product = 5; product <= 40 && pairs.size() < 12; ++product) {
            const std::optional<qint64> q = Test::sandboxQuantity(m_sandbox, product, 1);
            if (q && *q >= 20) {
                pairs.append({product, 1});
                start.insert({product, 1}, *q);
            }
        }
        QVERIFY(pairs.size() >= 6);
        QHash<StockPair, qint64> ours; // intended, applied exactly once
        QHash<StockPair, qint64> others; // the other user's movements
        const bool late = cell.fault.startsWith(QLatin1String("latency"))
                || cell.fault.startsWith(QLatin1String("late-commit"));
        QVERIFY(m_sandbox.setFaults({cell.fault + QStringLiteral(":0.6@POST /inventory/adjust")}));

        for (int s = 0; s < 3; ++s) {
            QList<AdjustmentLine> lines;
            QList<StockPair> chosen;
            const int count = 1 + int(random.bounded(3));
            while (chosen.size() < count) {
                const StockPair pair = pairs.at(int(random.bounded(int(pairs.size()))));
                if (!chosen.contains(pair))
                    chosen.append(pair);
            }
            for (const StockPair &pair : std::as_const(chosen)) {
                AdjustmentLine line;
                line.productId = pair.first;
                line.warehouseId = pair.second;
                line.amount = random.bounded(2) ? qint64(1 + random.bounded(4))
                                                : -qint64(1 + random.bounded(3));
                line.reason = QStringLiteral("Correction");
                line.notes = QStringLiteral("fault matrix %1").arg(s + 1);
                lines.append(line);
            }
            AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
            submitter.setSettleWindow(std::chrono::milliseconds(SettleMs));
            bool otherDone = false;
            connect(&submitter, &AdjustmentSubmitter::stateChanged, this,
                    [&](AdjustmentSubmitter::State state) {
                        if (state == AdjustmentSubmitter::State::Sending) {
                            ++cell.posts;
                            // While our request waits to be committed.
                            if (late && !otherDone) {
                                otherDone = true;
                                QVERIFY(otherUser(lines, cell.other, 150, others));
                            }
                        }
                        if (state == AdjustmentSubmitter::State::Checking && !otherDone) {
                            // Between the lost answer and the check's reads.
                            otherDone = true;
                            QVERIFY(otherUser(lines, cell.other, 0, others));
                        }
                    });
            connect(&submitter, &AdjustmentSubmitter::errorOccurred, this,
                    [&](const ApiError &error) {
                        if (error.kind() == ApiError::Kind::OutcomeUnknown
                            || error.kind() == ApiError::Kind::Timeout)
                            ++cell.lost;
                    });
            QVERIFY(submitter.submit(QStringLiteral("fault-matrix"), QStringLiteral("adjust"), 0,
                                     {}, lines)
                    > 0);
            ++cell.submissions;
            cell.lines += int(lines.size());
            for (int round = 0; round < 40; ++round) {
                QTRY_VERIFY_WITH_TIMEOUT(submitter.state() == AdjustmentSubmitter::State::Paused
                                                 || submitter.state()
                                                         == AdjustmentSubmitter::State::Finished,
                                         30000);
                if (submitter.state() == AdjustmentSubmitter::State::Finished)
                    break;
                const SubmissionCounts counts = submitter.counts();
                cell.unclear += counts.unclear;
                QVERIFY2(counts.unclear == 0,
                         qPrintable(submitter.submission().lines.first().message));
                QCOMPARE(counts.unknown, 0);
                QVERIFY2(counts.notApplied > 0, "paused without anything to send again");
                for (const SubmissionLine &line : submitter.submission().lines) {
                    if (line.status == LineStatus::NotApplied) {
                        QCOMPARE(line.resolution, Resolution::Check);
                        // Never concluded while the server could still commit it.
                        QVERIFY(line.decidedAt >= line.sentAt.addMSecs(SettleMs));
                        ++cell.resent;
                    }
                }
                submitter.sendNotApplied();
            }
            QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Finished);
            for (const SubmissionLine &line : submitter.submission().lines) {
                QCOMPARE(line.status, LineStatus::Applied);
                if (line.resolution == Resolution::Check)
                    ++cell.checkedApplied;
                cell.checkedNotApplied += line.attempts - 1;
                ours[{line.line.productId, line.line.warehouseId}] += line.line.amount;
            }
        }
        // Let every late commit land before counting: a request sent just before the end is
        // committed up to TimeoutMs + 700 ms later (latency, late-commit and the other user's
        // sale 150 ms after the send); the other faults commit at once or never.
        QTest::qWait(late ? TimeoutMs + 700 + 300 : 300);
        QVERIFY(m_sandbox.clearFaults());
        for (const StockPair &pair : std::as_const(pairs)) {
            const qint64 expected = start.value(pair) + ours.value(pair) + others.value(pair);
            const qint64 now =
                    Test::sandboxQuantity(m_sandbox, pair.first, pair.second).value_or(0);
            if (now > expected)
                ++cell.doubles;
            else if (now < expected)
                ++cell.missing;
            // Our amounts are 1..4: any difference is a double or a loss.
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--seed"),
                                  QStringLiteral("11")}),
                 qPrintable(m_sandbox.errorString()));
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        config.timeout = std::chrono::milliseconds(TimeoutMs);
        config.limits = {0, 0};
        m_client = std::make_unique<ApiClient>(&m_network, config);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<LocalDatabase>(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_db->isOpen());
        m_journal = std::make_unique<SubmissionJournal>(m_db.get());
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("other");
        const QStringList faults {
                QStringLiteral("latency=%1").arg(TimeoutMs + 700), // committed after the timeout
                QStringLiteral("late-commit=700"), // dropped at once, committed 0.7 s later
                QStringLiteral("drop-before"),
                QStringLiteral("drop-after-commit"),
                QStringLiteral("500-after-commit"),
                QStringLiteral("truncated-json"),
                QStringLiteral("malformed-json"),
                QStringLiteral("hang"),
        };
        for (const QString &fault : faults) {
            for (Other other : {Other::Nobody, Other::Sale, Other::Equal}) {
                QTest::addRow("%s, %s", qPrintable(fault), qPrintable(otherName(other)))
                        << fault << int(other);
            }
        }
    }

    void matrix()
    {
        QFETCH(QString, fault);
        QFETCH(int, other);
        Cell cell;
        cell.fault = fault;
        cell.other = Other(other);
        runCell(cell, 20261204 + quint32(m_table.size()));
        m_table.append(cell);
        QCOMPARE(cell.doubles, 0);
        QCOMPARE(cell.missing, 0);
    }

    void cleanupTestCase()
    {
        qInfo().noquote() << "| fault | other user | submissions | rows | POSTs | answers lost | "
                             "checked: applied | checked: not applied (re-sent) | unclear | "
                             "doubles | lost |";
        qInfo().noquote() << "|---|---|---|---|---|---|---|---|---|---|---|";
        Cell total;
        for (const Cell &c : std::as_const(m_table)) {
            qInfo().noquote() << QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | "
                                                "%10 | %11 |")
                                         .arg(c.fault, otherName(c.other))
                                         .arg(c.submissions)
                                         .arg(c.lines)
                                         .arg(c.posts)
                                         .arg(c.lost)
                                         .arg(c.checkedApplied)
                                         .arg(c.checkedNotApplied)
                                         .arg(c.unclear)
                                         .arg(c.doubles)
                                         .arg(c.missing);
            total.submissions += c.submissions;
            total.lines += c.lines;
            total.posts += c.posts;
            total.lost += c.lost;
            total.checkedApplied += c.checkedApplied;
            total.checkedNotApplied += c.checkedNotApplied;
            total.unclear += c.unclear;
            total.doubles += c.doubles;
            total.missing += c.missing;
        }
        qInfo().noquote() << QStringLiteral("| **all** | | %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | "
                                            "%9 |")
                                     .arg(total.submissions)
                                     .arg(total.lines)
                                     .arg(total.posts)
                                     .arg(total.lost)
                                     .arg(total.checkedApplied)
                                     .arg(total.checkedNotApplied)
                                     .arg(total.unclear)
                                     .arg(total.doubles)
                                     .arg(total.missing);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
