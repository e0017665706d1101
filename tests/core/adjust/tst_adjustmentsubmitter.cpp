// AdjustmentSubmitter against the real sandbox: answers, refusals, lost answers (after and
// before commit), stock moving meanwhile, resuming after a crash, parts, the viewer key.
#include "api/apiclient.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/reconciler.h"
#include "core/adjust/submissionjournal.h"
#include "core/adjust/submissionreference.h"
#include "core/text/bidi.h"
#include "core/writeaccess.h"
#include "sandboxfixture.h"
#include "sandboxstock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;
using Glance::Test::sandboxAdjust;
using Glance::Test::SandboxFixture;
using Glance::Test::sandboxQuantity;

namespace {

const QString kProfile = QStringLiteral("sandbox|test");

AdjustmentLine adjust(qint64 product, qint64 warehouse, qint64 amount,
                      std::optional<qint64> shown = std::nullopt)
{
    AdjustmentLine line;
    line.productId = product;
    line.warehouseId = warehouse;
    line.sku = QStringLiteral("P%1").arg(product);
    line.productName = QStringLiteral("Product %1").arg(product);
    line.warehouseName = QStringLiteral("Warehouse %1").arg(warehouse);
    line.amount = amount;
    line.reason = amount > 0 ? QStringLiteral("Received") : QStringLiteral("Damaged");
    line.shownBefore = shown;
    return line;
}

bool settled(const AdjustmentSubmitter &submitter)
{
    return submitter.state() == AdjustmentSubmitter::State::Paused
            || submitter.state() == AdjustmentSubmitter::State::Finished;
}

} // namespace

class TestAdjustmentSubmitter : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<SubmissionJournal> m_journal;

    qint64 quantity(qint64 product, qint64 warehouse)
    {
        return sandboxQuantity(m_sandbox, product, warehouse).value_or(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        // Short, so that the settle window after a lost answer (twice the timeout) is short too.
        config.timeout = std::chrono::milliseconds(1500);
        config.limits = {0, 0}; // the sandbox runs without a rate limit
        m_client = std::make_unique<ApiClient>(&m_network, config);
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<LocalDatabase>(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_db->isOpen());
        m_journal = std::make_unique<SubmissionJournal>(m_db.get());
        // What the app learns from the first adjustment it sees in Glance's history (tested in
        // tst_faultmatrix): the sandbox lists the references in movement notes.
        QVERIFY(m_journal->setHistoryListsReferences(kProfile));
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(m_sandbox.reset());
    }

    void appliesAndRecordsHistory()
    {
        const qint64 a = quantity(3, 1);
        const qint64 b = quantity(2, 1);
        QVERIFY(a >= 1 && b >= 1);
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        const qint64 id =
                submitter.submit(kProfile, QStringLiteral("adjust"), 0, QStringLiteral("Delivery"),
                                 {adjust(3, 1, 5, a), adjust(2, 1, -1, b + 3)});
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(quantity(3, 1), a + 5);
        QCOMPARE(quantity(2, 1), b - 1);

        const std::optional<Submission> stored = m_journal->load(id);
        QVERIFY(stored.has_value());
        QVERIFY(!stored->open);
        QVERIFY(stored->closedAt.isValid());
        QCOMPARE(stored->counts().applied, 2);
        QCOMPARE(*stored->lines.at(0).serverPrevious, a);
        QCOMPARE(*stored->lines.at(0).serverNew, a + 5);
        QCOMPARE(*stored->lines.at(0).expectedAfter, a + 5);
        QVERIFY(!stored->lines.at(0).previousDiffersFromShown());
        // The editor showed b + 3: stock moved meanwhile, the results view highlights it.
        QVERIFY(stored->lines.at(1).previousDiffersFromShown());
        QCOMPARE(stored->lines.at(0).resolution, Resolution::Server);

        const QList<SubmissionSummary> history = m_journal->history(kProfile);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first().id, id);
        QCOMPARE(history.first().counts.applied, 2);
        QVERIFY(m_journal->openSubmissions(kProfile).isEmpty());
    }

    void largeBatchesGoInParts()
    {
        QList<AdjustmentLine> lines;
        QList<qint64> before;
        for (qint64 product = 1; lines.size() < 230; ++product) {
            if (product % 50 == 0)
                continue; // services have no stock
            lines.append(adjust(product, 2, 1));
            before.append(sandboxQuantity(m_sandbox, product, 2).value_or(0));
        }
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        QSignalSpy requests(m_client.get(), &ApiClient::callSucceeded);
        QList<int> parts;
        connect(&submitter, &AdjustmentSubmitter::stateChanged, this,
                [&](AdjustmentSubmitter::State state) {
                    if (state == AdjustmentSubmitter::State::Sending)
                        parts.append(submitter.currentPart());
                });
        const qint64 id = submitter.submit(kProfile, QStringLiteral("adjust"), 0, {}, lines);
        QVERIFY(id > 0);
        QCOMPARE(submitter.partCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(parts, QList<int>({1, 2, 3}));
        // Quantities were read by listing the warehouse (a few pages per part), not with one
        // request per product (230 + 3 POSTs).
        QVERIFY2(requests.count() < 40, qPrintable(QString::number(requests.count())));
        const Submission stored = *m_journal->load(id);
        QCOMPARE(stored.counts().applied, 230);
        QCOMPARE(stored.lines.at(0).chunk, 1);
        QCOMPARE(stored.lines.at(99).chunk, 1);
        QCOMPARE(stored.lines.at(100).chunk, 2);
        QCOMPARE(stored.lines.at(229).chunk, 3);
        for (int i = 0; i < lines.size(); i += 37)
            QCOMPARE(quantity(lines.at(i).productId, 2), before.at(i) + 1);
    }

    void refusalIsNotAppliedAndStops()
    {
        const qint64 a = quantity(4, 1);
        const qint64 b = quantity(5, 1);
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        QSignalSpy errors(&submitter, &AdjustmentSubmitter::errorOccurred);
        submitter.submit(kProfile, QStringLiteral("adjust"), 0, {},
                         {adjust(4, 1, 1), adjust(5, 1, -(b + 1000))});
        QTRY_VERIFY_WITH_TIMEOUT(settled(submitter), 15000);
        QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Paused);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(submitter.lastError().httpStatus(), 400);
        QCOMPARE(submitter.counts().notApplied, 2);
        // The refused row in our words: its product, SKU, warehouse, what there was and the
        // change, each isolated; none of Glance's English, no "actions.1".
        const QString refused = submitter.submission().lines.at(1).message;
        QVERIFY2(refused.contains(Bidi::name(QStringLiteral("Product 5"))), qPrintable(refused));
        QVERIFY2(refused.contains(Bidi::sku(QStringLiteral("P5"))), qPrintable(refused));
        QVERIFY2(refused.contains(Bidi::name(QStringLiteral("Warehouse 1"))), qPrintable(refused));
        QVERIFY2(refused.contains(Bidi::quantity(b)), qPrintable(refused));
        QVERIFY2(refused.contains(Bidi::signedAmount(-(b + 1000))), qPrintable(refused));
        // The other row names the refused one (row 2 of the submission).
        const QString other = submitter.submission().lines.at(0).message;
        QVERIFY2(other.contains(Bidi::isolateLtr(QStringLiteral("2")))
                         && other.contains(Bidi::sku(QStringLiteral("P5"))),
                 qPrintable(other));
        const QString status = submitter.lastError().userMessage();
        for (const QString &sentence : {refused, other, status}) {
            QVERIFY2(!sentence.contains(QStringLiteral("actions")), qPrintable(sentence));
            QVERIFY2(!sentence.contains(QStringLiteral("Insufficient")), qPrintable(sentence));
        }
        QVERIFY2(status.contains(Bidi::sku(QStringLiteral("P5"))), qPrintable(status));
        QCOMPARE(quantity(4, 1), a);
        QCOMPARE(quantity(5, 1), b);
        QVERIFY(submitter.canClose());
        const QList<SubmissionLine> rest = submitter.closeReturningRest();
        QCOMPARE(rest.size(), 2);
        QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Finished);
        QVERIFY(!m_journal->load(submitter.submissionId())->open);
    }

    void lostAnswerAfterCommitIsCheckedNotResent()
    {
        const qint64 a = quantity(5, 1);
        const qint64 b = quantity(6, 2);
        QVERIFY(m_sandbox.setFaults(
                {QStringLiteral("drop-after-commit:1@POST /inventory/adjust")}));
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        QSignalSpy errors(&submitter, &AdjustmentSubmitter::errorOccurred);
        QList<AdjustmentSubmitter::State> states;
        connect(&submitter, &AdjustmentSubmitter::stateChanged, this,
                [&](AdjustmentSubmitter::State state) { states.append(state); });
        submitter.submit(kProfile, QStringLiteral("adjust"), 0, {},
                         {adjust(5, 1, 4), adjust(6, 2, 9)});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<ApiError>().kind(), ApiError::Kind::OutcomeUnknown);
        QVERIFY(states.contains(AdjustmentSubmitter::State::Checking));
        QCOMPARE(quantity(5, 1), a + 4);
        QCOMPARE(quantity(6, 2), b + 9);
        const Submission stored = *m_journal->load(submitter.submissionId());
        QCOMPARE(stored.lines.at(0).status, LineStatus::Applied);
        QCOMPARE(stored.lines.at(0).resolution, Resolution::Check);
        QCOMPARE(stored.lines.at(0).attempts, 1);
        QCOMPARE(*stored.lines.at(0).observed, a + 4);
    }

    void lostAnswerBeforeCommitOffersOnlyThoseLines()
    {
        const qint64 a = quantity(7, 1);
        QVERIFY(m_sandbox.setFaults({QStringLiteral("drop-before:1@POST /inventory/adjust")}));
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        submitter.submit(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(7, 1, 3)});
        QTRY_VERIFY_WITH_TIMEOUT(settled(submitter), 20000);
        QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Paused);
        QCOMPARE(submitter.counts().notApplied, 1);
        QCOMPARE(submitter.submission().lines.first().resolution, Resolution::Check);
        QCOMPARE(quantity(7, 1), a);
        // Offered, never re-sent on its own (a re-send would leave at once and land within this).
        QTest::qWait(200);
        QCOMPARE(quantity(7, 1), a);

        QVERIFY(m_sandbox.clearFaults());
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        submitter.sendNotApplied();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(quantity(7, 1), a + 3);
        QCOMPARE(submitter.submission().lines.first().attempts, 2);
    }

    void stockMovedMeanwhileStillReadsApplied()
    {
        // Someone sells 2 of product 8 between the lost answer and the check: the quantity is
        // neither "before" nor "after", but Glance's history carries our reference.
        const qint64 a = quantity(8, 1);
        const qint64 b = quantity(13, 1);
        QVERIFY(m_sandbox.setFaults(
                {QStringLiteral("drop-after-commit:1@POST /inventory/adjust")}));
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        bool moved = false;
        connect(&submitter, &AdjustmentSubmitter::stateChanged, this,
                [&](AdjustmentSubmitter::State state) {
                    if (state == AdjustmentSubmitter::State::Checking && !moved) {
                        moved = true;
                        QVERIFY(m_sandbox.clearFaults());
                        QVERIFY(sandboxAdjust(m_sandbox, 8, 1, -2));
                    }
                });
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        submitter.submit(kProfile, QStringLiteral("adjust"), 0, {},
                         {adjust(8, 1, 10), adjust(13, 1, 1)});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(moved);
        const SubmissionLine first = submitter.submission().lines.at(0);
        QCOMPARE(first.status, LineStatus::Applied);
        QCOMPARE(first.resolution, Resolution::Check);
        QCOMPARE(*first.observed, a + 10 - 2);
        QVERIFY(Reconciler::evidenceText(first).contains(QStringLiteral("(this change)")));
        QCOMPARE(quantity(8, 1), a + 8);
        QCOMPARE(quantity(13, 1), b + 1);
    }

    void serverWithoutNotesLeavesTheRowToTheUser()
    {
        // A server whose history does not list notes: our trace cannot be told apart from an
        // equal change of someone else's, so the row is the user's to decide, with the evidence.
        SandboxFixture plain;
        QVERIFY2(plain.start({QStringLiteral("--no-rate-limit"),
                              QStringLiteral("--no-movement-notes"), QStringLiteral("--fault"),
                              QStringLiteral("drop-after-commit@POST /inventory/adjust")}),
                 qPrintable(plain.errorString()));
        ClientConfig config;
        config.baseUrl = plain.url();
        config.apiKey = plain.editorKey();
        config.timeout = std::chrono::milliseconds(1500);
        config.limits = {0, 0};
        ApiClient client(&m_network, config);
        const qint64 a = sandboxQuantity(plain, 8, 1).value_or(0);
        AdjustmentSubmitter submitter(&client, m_journal.get());
        submitter.setSettleWindow(std::chrono::milliseconds(500));
        const QString profile = QStringLiteral("no-notes");
        submitter.submit(profile, QStringLiteral("adjust"), 0, {}, {adjust(8, 1, 10)});
        QTRY_VERIFY_WITH_TIMEOUT(settled(submitter), 20000);
        QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Paused);
        const SubmissionLine line = submitter.submission().lines.at(0);
        QCOMPARE(line.status, LineStatus::Unclear);
        QVERIFY(line.hint.contains(QStringLiteral("most likely this one was applied")));
        QVERIFY(!m_journal->historyListsReferences(profile));
        QVERIFY(!submitter.canClose());
        submitter.sendNotApplied(); // nothing to send: unclear is not "not applied"
        QCOMPARE(sandboxQuantity(plain, 8, 1).value_or(0), a + 10);
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        submitter.decide({0}, LineStatus::Applied);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(sandboxQuantity(plain, 8, 1).value_or(0), a + 10);
        QCOMPARE(m_journal->load(submitter.submissionId())->lines.at(0).resolution,
                 Resolution::User);
    }

    void resumeChecksLinesLeftSending_data()
    {
        QTest::addColumn<bool>("reachedServer");
        QTest::newRow("committed before the crash") << true;
        QTest::newRow("never arrived") << false;
    }

    void resumeChecksLinesLeftSending()
    {
        QFETCH(bool, reachedServer);
        const qint64 a = quantity(10, 1);
        // What a submitter leaves in the journal when the app dies while the POST is out.
        const qint64 id =
                m_journal->create(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(10, 1, 6)});
        QVERIFY(id > 0);
        Submission crashed = *m_journal->load(id);
        SubmissionLine &line = crashed.lines[0];
        line.expectedBefore = a;
        line.expectedAfter = a + 6;
        line.status = LineStatus::Sending;
        line.attempts = 1;
        line.chunk = 1;
        line.sentAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_journal->saveLines(id, crashed.lines));
        if (reachedServer) // what the dead app's request did, reference and all
            QVERIFY(sandboxAdjust(m_sandbox, 10, 1, 6,
                                  SubmissionReference::notesWith(
                                          {}, SubmissionReference::make(crashed.token, 0, 1))));
        QVERIFY(m_journal->openSubmissions(kProfile).contains(id));

        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        QVERIFY(submitter.resume(id));
        QTRY_VERIFY_WITH_TIMEOUT(settled(submitter), 15000);
        if (reachedServer) {
            QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Finished);
            QCOMPARE(quantity(10, 1), a + 6);
        } else {
            QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Paused);
            QCOMPARE(submitter.counts().notApplied, 1);
            QCOMPARE(quantity(10, 1), a);
            QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
            submitter.sendNotApplied();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
            QCOMPARE(quantity(10, 1), a + 6);
        }
        QVERIFY(!m_journal->openSubmissions(kProfile).contains(id));
    }

    void resumeWaitsForTheUserBeforeSendingTheRest()
    {
        const qint64 a = quantity(11, 1);
        const qint64 id =
                m_journal->create(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(11, 1, 2)});
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        QVERIFY(submitter.resume(id));
        QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Paused);
        QCOMPARE(submitter.counts().pending, 1);
        QCOMPARE(quantity(11, 1), a);
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        submitter.continueSending();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(quantity(11, 1), a + 2);
    }

    void checkFailureKeepsLinesUnknownUntilCheckedAgain()
    {
        const qint64 a = quantity(12, 3);
        QVERIFY(m_sandbox.setFaults(
                {QStringLiteral("drop-after-commit:1@POST /inventory/adjust")}));
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        bool broken = false;
        connect(&submitter, &AdjustmentSubmitter::stateChanged, this,
                [&](AdjustmentSubmitter::State state) {
                    if (state == AdjustmentSubmitter::State::Checking && !broken) {
                        broken = true;
                        QVERIFY(m_sandbox.setFaults(
                                {QStringLiteral("503@GET /inventory/product/:id")}));
                    }
                });
        submitter.submit(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(12, 3, 5)});
        QTRY_VERIFY_WITH_TIMEOUT(settled(submitter), 30000);
        QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Paused);
        QCOMPARE(submitter.counts().unknown, 1);
        QVERIFY(!submitter.canClose());
        QVERIFY(m_sandbox.clearFaults());
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        submitter.checkAgain();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(quantity(12, 3), a + 5);
    }

    void viewerKeyGetsTheReadOnlyPath()
    {
        ClientConfig config = m_client->config();
        config.apiKey = m_sandbox.viewerKey();
        ApiClient viewer(&m_network, config);
        WriteAccess access;
        access.watch(&viewer);
        const qint64 a = quantity(13, 2);
        AdjustmentSubmitter submitter(&viewer, m_journal.get());
        submitter.submit(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(13, 2, 1)});
        QTRY_VERIFY_WITH_TIMEOUT(settled(submitter), 15000);
        QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Paused);
        QVERIFY(submitter.lastError().isForbidden());
        QCOMPARE(submitter.counts().notApplied, 1);
        QVERIFY(!access.canWrite());
        QVERIFY(!access.reason().isEmpty());
        QCOMPARE(quantity(13, 2), a);
    }
};

QTEST_GUILESS_MAIN(TestAdjustmentSubmitter)
#include "tst_adjustmentsubmitter.moc"
