// The exactly-once promises of AdjustmentSubmitter on the scripted in-process network
// (FakeNetworkAccessManager + FakeStock): the same promises tst_adjustmentsubmitter and
// tst_faultmatrix prove against glance-sandbox, proven here without a process, a socket or a
// fixed wait. A lost answer after the server applied the adjustment is checked (stock and
// movements), never re-sent; an answer that comes after the client's timeout is not concluded
// before the settle window; a request lost or failed with a 5xx before it was applied is
// reported and offered, never re-sent on its own; a 429 on the adjustment is never re-sent;
// another user's sale during the check still reads applied by our reference; a check that
// cannot read keeps the lines open.
//
// Time: the client's transfer timeout is fired by the test (FakeReply::timeOut()), and the
// settle timer's work by checkAgain() (what its timeout calls). The settle window is either an
// hour (nothing may be concluded within it) or zero (the conclusion comes at the first check).
#include "api/apiclient.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/reconciler.h"
#include "core/adjust/submissionjournal.h"
#include "fakenetwork.h"
#include "fakestock.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Glance;
using namespace Glance::Test;
using namespace std::chrono_literals;

namespace {

const QString kProfile = QStringLiteral("unit|test");
const QString kAdjust = QStringLiteral("/inventory/adjust");

AdjustmentLine adjust(qint64 product, qint64 warehouse, qint64 amount)
{
    AdjustmentLine line;
    line.productId = product;
    line.warehouseId = warehouse;
    line.sku = FakeStock::sku(product);
    line.productName = FakeStock::productName(product);
    line.warehouseName = FakeStock::warehouseName(warehouse);
    line.amount = amount;
    line.reason = amount > 0 ? QStringLiteral("Received") : QStringLiteral("Damaged");
    return line;
}

bool settled(const AdjustmentSubmitter &submitter)
{
    return submitter.state() == AdjustmentSubmitter::State::Paused
            || submitter.state() == AdjustmentSubmitter::State::Finished;
}

} // namespace

class TestAdjustmentSubmitterUnit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<SubmissionJournal> m_journal;
    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<FakeStock> m_stock;
    std::unique_ptr<ApiClient> m_client;

    int posts() const { return m_network->count("POST", kAdjust); }
    qint64 quantity(qint64 product, qint64 warehouse) const
    {
        return m_stock->quantity(product, warehouse).value_or(-1);
    }
    // The server applies the next adjustment, then its answer is lost (the connection drops).
    void applyThenDropNextAdjust()
    {
        m_network->once("POST", kAdjust, [this](FakeReply *reply) {
            QCOMPARE(m_stock->handle(reply->fakeRequest()).status, 200);
            reply->fail(QNetworkReply::RemoteHostClosedError);
        });
    }
    // Requests after the `from`-th: "METHOD path" each.
    QStringList requestsSince(qsizetype from) const
    {
        QStringList out;
        const QList<FakeRequest> all = m_network->requests();
        for (qsizetype i = from; i < all.size(); ++i)
            out.append(QString::fromLatin1(all.at(i).method) + QLatin1Char(' ') + all.at(i).path());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<LocalDatabase>(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(m_db->isOpen());
        m_journal = std::make_unique<SubmissionJournal>(m_db.get());
        // As learned from the first adjustment seen in the history (FakeStock keeps notes).
        QVERIFY(m_journal->setHistoryListsReferences(kProfile));
    }

    void init()
    {
        m_network = std::make_unique<FakeNetworkAccessManager>();
        m_stock = std::make_unique<FakeStock>(20, 3);
        m_stock->install(*m_network);
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://api.glance.test"));
        config.apiKey = QStringLiteral("glnc_sk_unit");
        config.limits = {0, 0};
        m_client = std::make_unique<ApiClient>(m_network.get(), config);
    }

    void cleanup()
    {
        m_client.reset();
        m_stock.reset();
        m_network.reset();
    }

    void answerLostAfterApplyIsCheckedNotResent()
    {
        const qint64 a = quantity(5, 1);
        const qint64 b = quantity(6, 2);
        applyThenDropNextAdjust();
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        QSignalSpy errors(&submitter, &AdjustmentSubmitter::errorOccurred);
        QList<AdjustmentSubmitter::State> states;
        connect(&submitter, &AdjustmentSubmitter::stateChanged, this,
                [&](AdjustmentSubmitter::State state) { states.append(state); });
        QVERIFY(submitter.submit(kProfile, QStringLiteral("adjust"), 0, {},
                                 {adjust(5, 1, 4), adjust(6, 2, 9)})
                > 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<ApiError>().kind(), ApiError::Kind::OutcomeUnknown);
        QVERIFY(states.contains(AdjustmentSubmitter::State::Checking));
        QCOMPARE(posts(), 1); // checked, not re-sent
        QCOMPARE(quantity(5, 1), a + 4);
        QCOMPARE(quantity(6, 2), b + 9);
        // The check read the stock and the history after the lost answer.
        const QStringList after = requestsSince(0);
        const qsizetype post = after.indexOf(QStringLiteral("POST /inventory/adjust"));
        QVERIFY(post >= 0);
        QVERIFY(after.indexOf(QStringLiteral("GET /inventory/movements"), post) > post);
        QVERIFY(after.indexOf(QStringLiteral("GET /inventory/product/5"), post) > post);
        const Submission stored = *m_journal->load(submitter.submissionId());
        QCOMPARE(stored.lines.at(0).status, LineStatus::Applied);
        QCOMPARE(stored.lines.at(0).resolution, Resolution::Check);
        QCOMPARE(stored.lines.at(0).attempts, 1);
        QCOMPARE(*stored.lines.at(0).observed, a + 4);
        QCOMPARE(stored.lines.at(1).status, LineStatus::Applied);
    }

    void answerAfterTheClientsTimeoutIsNotConcludedEarly()
    {
        // The server takes longer than the client waits and applies the request afterwards.
        const qint64 a = quantity(7, 1);
        m_network->once("POST", kAdjust, [](FakeReply *) {}); // held
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        submitter.setSettleWindow(1h);
        QSignalSpy errors(&submitter, &AdjustmentSubmitter::errorOccurred);
        QVERIFY(submitter.submit(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(7, 1, 3)}) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_network->heldReplies().size(), 1, 5000);
        QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Sending);
        const FakeRequest late = m_network->heldReplies().first()->fakeRequest();
        QVERIFY(m_network->heldReplies().first()->timeOut()); // the client gives up
        QTRY_COMPARE_WITH_TIMEOUT(submitter.state(), AdjustmentSubmitter::State::Waiting, 5000);
        QCOMPARE(errors.first().first().value<ApiError>().kind(), ApiError::Kind::OutcomeUnknown);
        // No trace yet, and the server may still apply it: nothing is concluded, nothing re-sent.
        const SubmissionLine waiting = submitter.submission().lines.first();
        QCOMPARE(waiting.status, LineStatus::Unknown);
        QVERIFY(submitter.settlesAt() >= waiting.sentAt.addSecs(3600));
        QCOMPARE(submitter.counts().notApplied, 0);
        QVERIFY(!submitter.canClose());
        QCOMPARE(posts(), 1);
        QCOMPARE(m_client->pendingCalls(), 0);
        submitter.checkAgain(); // a check within the window concludes nothing either
        QTRY_COMPARE_WITH_TIMEOUT(submitter.state(), AdjustmentSubmitter::State::Waiting, 5000);
        QCOMPARE(submitter.submission().lines.first().status, LineStatus::Unknown);

        // The server applies it now, late; the next check finds our reference.
        QCOMPARE(m_stock->handle(late).status, 200);
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        submitter.checkAgain(); // what the settle timer does when it fires
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(submitter.submission().lines.first().status, LineStatus::Applied);
        QCOMPARE(submitter.submission().lines.first().resolution, Resolution::Check);
        QCOMPARE(posts(), 1);
        QCOMPARE(quantity(7, 1), a + 3);
    }

    void lostBeforeApplyIsReportedAndOffered_data()
    {
        QTest::addColumn<bool>("serverError");
        QTest::newRow("connection dropped") << false;
        QTest::newRow("500, nothing applied") << true;
    }

    void lostBeforeApplyIsReportedAndOffered()
    {
        QFETCH(bool, serverError);
        const qint64 a = quantity(8, 1);
        m_network->once("POST", kAdjust, [serverError](FakeReply *reply) {
            if (serverError)
                reply->respond(FakeResponse::sdkError(500, QStringLiteral("UNKNOWN_ERROR"),
                                                      QStringLiteral("Internal error")));
            else
                reply->fail(QNetworkReply::RemoteHostClosedError);
        });
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        submitter.setSettleWindow(0ms); // concluded at the first check (the window: see above)
        QSignalSpy errors(&submitter, &AdjustmentSubmitter::errorOccurred);
        QVERIFY(submitter.submit(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(8, 1, 3)}) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(settled(submitter), 5000);
        QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Paused);
        QCOMPARE(errors.count(), 1);
        const auto error = errors.first().first().value<ApiError>();
        QCOMPARE(error.kind(), ApiError::Kind::OutcomeUnknown);
        if (serverError)
            QCOMPARE(error.httpStatus(), 500);
        QVERIFY(error.userMessage().contains(QStringLiteral("may or may not have been applied")));
        QCOMPARE(submitter.counts().notApplied, 1);
        QCOMPARE(submitter.submission().lines.first().resolution, Resolution::Check);
        QCOMPARE(quantity(8, 1), a);
        // Offered, never re-sent on its own: nothing queued, nothing in flight.
        QCoreApplication::processEvents();
        QCOMPARE(m_client->pendingCalls(), 0);
        QCOMPARE(posts(), 1);

        // The user sends it again: checked once more first, then sent once.
        const qsizetype before = m_network->requests().size();
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        submitter.sendNotApplied();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        const QStringList again = requestsSince(before);
        const qsizetype post = again.indexOf(QStringLiteral("POST /inventory/adjust"));
        QVERIFY2(post > again.indexOf(QStringLiteral("GET /inventory/movements")),
                 qPrintable(again.join(QStringLiteral(", "))));
        QVERIFY2(again.indexOf(QStringLiteral("GET /inventory/movements")) >= 0,
                 qPrintable(again.join(QStringLiteral(", "))));
        QCOMPARE(posts(), 2);
        QCOMPARE(quantity(8, 1), a + 3);
        QCOMPARE(submitter.submission().lines.first().attempts, 2);
    }

    void rateLimitedAdjustIsNeverResent()
    {
        // The client retries a 429 by itself for reads only: an adjustment is refused for now.
        const qint64 a = quantity(9, 2);
        m_network->once("POST", kAdjust, [](FakeReply *reply) {
            reply->respond(FakeResponse::sdkError(429, QStringLiteral("RATE_LIMIT_EXCEEDED"),
                                                  QStringLiteral("Rate limit exceeded"))
                                   .withRateLimit(100, 0, QDateTime::currentSecsSinceEpoch() + 1)
                                   .withHeader("Retry-After", "1"));
        });
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        QVERIFY(submitter.submit(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(9, 2, 5)}) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(settled(submitter), 5000);
        QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Paused);
        QCOMPARE(submitter.lastError().httpStatus(), 429);
        QCOMPARE(submitter.lastError().kind(), ApiError::Kind::RateLimited);
        // Refused: nothing applied, for certain (no check needed), and nothing queued again.
        QCOMPARE(submitter.counts().notApplied, 1);
        QCOMPARE(submitter.submission().lines.first().resolution, Resolution::Server);
        QCOMPARE(m_client->pendingCalls(), 0);
        QCOMPARE(posts(), 1);
        QCOMPARE(m_network->count("GET", QStringLiteral("/inventory/movements")), 0);
        QCOMPARE(quantity(9, 2), a);
    }

    void stockMovedMeanwhileStillReadsApplied()
    {
        // Someone sells 2 between the lost answer and the check: the quantity is neither
        // "before" nor "after", but the history carries our reference.
        const qint64 a = quantity(10, 1);
        applyThenDropNextAdjust();
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        bool moved = false;
        connect(&submitter, &AdjustmentSubmitter::stateChanged, this,
                [&](AdjustmentSubmitter::State state) {
                    if (state == AdjustmentSubmitter::State::Checking && !moved)
                        moved = m_stock->adjust(10, 1, -2, QStringLiteral("till 3"));
                });
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        QVERIFY(submitter.submit(kProfile, QStringLiteral("adjust"), 0, {},
                                 {adjust(10, 1, 10), adjust(11, 1, 1)})
                > 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(moved);
        const SubmissionLine first = submitter.submission().lines.at(0);
        QCOMPARE(first.status, LineStatus::Applied);
        QCOMPARE(first.resolution, Resolution::Check);
        QCOMPARE(*first.observed, a + 10 - 2);
        QVERIFY(Reconciler::evidenceText(first).contains(QStringLiteral("(this change)")));
        QCOMPARE(posts(), 1);
        QCOMPARE(quantity(10, 1), a + 8);
    }

    void checkThatCannotReadKeepsLinesOpen()
    {
        const qint64 a = quantity(12, 3);
        applyThenDropNextAdjust();
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        bool broken = false;
        connect(&submitter, &AdjustmentSubmitter::stateChanged, this,
                [&](AdjustmentSubmitter::State state) {
                    if (state == AdjustmentSubmitter::State::Checking && !broken) {
                        broken = true;
                        m_network->answer("GET", QStringLiteral("/inventory/product/:id"),
                                          FakeResponse::raw(503, "text/html",
                                                            "<h1>Service Unavailable</h1>"));
                    }
                });
        QVERIFY(submitter.submit(kProfile, QStringLiteral("adjust"), 0, {}, {adjust(12, 3, 5)})
                > 0);
        QTRY_VERIFY_WITH_TIMEOUT(settled(submitter), 5000);
        QVERIFY(broken);
        QCOMPARE(submitter.state(), AdjustmentSubmitter::State::Paused);
        QCOMPARE(submitter.counts().unknown, 1);
        QCOMPARE(submitter.lastError().httpStatus(), 503);
        QVERIFY(!submitter.canClose());
        QCOMPARE(posts(), 1);

        // Glance answers again (a route added later wins): checked, found applied.
        m_stock->install(*m_network);
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        submitter.checkAgain();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(posts(), 1);
        QCOMPARE(quantity(12, 3), a + 5);
    }
};

QTEST_GUILESS_MAIN(TestAdjustmentSubmitterUnit)
#include "tst_adjustmentsubmitter_unit.moc"
