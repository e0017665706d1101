// Learning per account whether Glance's history lists the references in our notes: only then
// can "no reference" ever mean "not applied". Against the sandbox with and without notes in
// its movement history, real SQLite.
#include "api/apiclient.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/referencehistory.h"
#include "core/adjust/submissionjournal.h"
#include "core/adjust/submissionreference.h"
#include "sandboxfixture.h"
#include "sandboxstock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;
using Glance::Test::SandboxFixture;

namespace {

SubmissionLine sentLine(qint64 product, const QDateTime &sentAt)
{
    SubmissionLine line;
    line.line.productId = product;
    line.line.warehouseId = 1;
    line.line.amount = 1;
    line.sentAt = sentAt;
    return line;
}

} // namespace

class TestReferenceHistory : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    std::unique_ptr<ApiClient> clientFor(const SandboxFixture &sandbox)
    {
        ClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = sandbox.editorKey();
        config.timeout = std::chrono::seconds(5);
        config.limits = {0, 0};
        return std::make_unique<ApiClient>(&m_network, config);
    }

    // Adjusts product × warehouse 1 with a reference in the notes, then probes its history:
    // whether the account was learned to list references (nullopt: the set-up failed).
    std::optional<bool> probeAfterReference(const QStringList &sandboxArgs, const QString &dbName)
    {
        SandboxFixture sandbox;
        if (!sandbox.start(sandboxArgs))
            return std::nullopt;
        const std::unique_ptr<ApiClient> client = clientFor(sandbox);
        LocalDatabase db(m_dir.filePath(dbName));
        SubmissionJournal journal(&db);
        ReferenceHistory history(&journal);
        const QDateTime sent = QDateTime::currentDateTimeUtc();
        const QString reference = SubmissionReference::make(QStringLiteral("PROBE1"), 0, 1);
        if (!Test::sandboxAdjust(sandbox, 4, 1, 1, SubmissionReference::notesWith({}, reference)))
            return std::nullopt;
        QSignalSpy probed(&history, &ReferenceHistory::probed);
        history.probe(client.get(), QStringLiteral("a"), sentLine(4, sent));
        if (!history.isProbing() || !probed.wait(10000))
            return std::nullopt;
        // Remembered in the journal, per account.
        SubmissionJournal reopened(&db);
        if (reopened.historyListsReferences(QStringLiteral("b")))
            return std::nullopt; // never learned for another account
        return reopened.historyListsReferences(QStringLiteral("a"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void probeLearnsWhenTheHistoryKeepsNotes()
    {
        QCOMPARE(probeAfterReference({}, QStringLiteral("keeps.sqlite")), std::optional(true));
    }

    void probeLearnsNothingWhenTheHistoryDropsNotes()
    {
        QCOMPARE(probeAfterReference({QStringLiteral("--no-movement-notes")},
                                     QStringLiteral("drops.sqlite")),
                 std::optional(false));
    }

    void probeThatFailsLearnsNothingAndCanRunAgain()
    {
        SandboxFixture sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        const std::unique_ptr<ApiClient> client = clientFor(sandbox);
        QVERIFY(sandbox.setFaults({QStringLiteral("500@GET /inventory/movements")}));
        LocalDatabase db(m_dir.filePath(QStringLiteral("fails.sqlite")));
        SubmissionJournal journal(&db);
        ReferenceHistory history(&journal);
        QSignalSpy probed(&history, &ReferenceHistory::probed);
        history.probe(client.get(), QStringLiteral("a"),
                      sentLine(4, QDateTime::currentDateTimeUtc()));
        QVERIFY(probed.wait(15000));
        QVERIFY(!history.isProbing());
        QVERIFY(!history.known(QStringLiteral("a")));
        history.probe(client.get(), QStringLiteral("a"),
                      sentLine(4, QDateTime::currentDateTimeUtc()));
        QVERIFY(history.isProbing()); // asked again next time
        QVERIFY(probed.wait(15000));
    }

    void learnsOnlyFromOurReferences()
    {
        LocalDatabase db(m_dir.filePath(QStringLiteral("learn.sqlite")));
        SubmissionJournal journal(&db);
        ReferenceHistory history(&journal);
        Movement sale;
        sale.notes = QStringLiteral("till 3 [GI-ABC]"); // looks alike, is not a reference
        history.learn(QStringLiteral("a"), {sale});
        QVERIFY(!history.known(QStringLiteral("a")));
        Movement ours;
        ours.notes = SubmissionReference::notesWith(
                QStringLiteral("count"), SubmissionReference::make(QStringLiteral("7QK2XM"), 3, 2));
        history.learn(QStringLiteral("a"), {sale, ours});
        QVERIFY(history.known(QStringLiteral("a")));
        QVERIFY(!history.known(QStringLiteral("b")));
    }
};

QTEST_GUILESS_MAIN(TestReferenceHistory)
#include "tst_referencehistory.moc"
