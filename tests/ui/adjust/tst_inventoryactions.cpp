// InventoryActions, the lead's entry point: actions follow the selection and write access; a
// viewer key gets the 403 path (actions off, reason as tooltip, check again); writes emit
// inventoryChanged; open submissions of a profile are reopened and checked; a re-sign-in in the
// middle of a request ends it exactly once.
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/submissionjournal.h"
#include "models/adjust/batchadjustmodel.h"
#include "models/adjust/submissionhistorymodel.h"
#include "ui/adjust/batchadjustwindow.h"
#include "ui/adjust/editrecorddialog.h"
#include "ui/adjust/historywindow.h"
#include "ui/adjust/inventoryactions.h"
#include "ui/widgets/messagebanner.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Glance;

class TestInventoryActions : public QObject
{
    Q_OBJECT

private:
    Test::AdjustUiFixture m_fx;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fx.start(), qPrintable(m_fx.sandbox.errorString())); }

    void init()
    {
        QVERIFY(m_fx.sandbox.clearFaults());
        QVERIFY(m_fx.sandbox.reset());
    }

    void actionsFollowSelectionAndProfile()
    {
        WriteAccess access;
        InventoryActions actions(nullptr, m_fx.client.get(), &access, m_fx.settings.get(),
                                 m_fx.drafts.get());
        QVERIFY(!actions.newRecordAction()->isEnabled()); // no profile yet
        actions.setProfile(QStringLiteral("actions|a"));
        QVERIFY(actions.newRecordAction()->isEnabled());
        QVERIFY(actions.batchAdjustAction()->isEnabled());
        QVERIFY(actions.historyAction()->isEnabled());
        QVERIFY(!actions.editRecordAction()->isEnabled());
        QVERIFY(!actions.deleteRecordAction()->isEnabled());
        QVERIFY(!actions.checkWriteAccessAction()->isVisible());
        actions.setCurrentRecord(m_fx.record(3, 1));
        QVERIFY(actions.editRecordAction()->isEnabled());
        QVERIFY(actions.deleteRecordAction()->isEnabled());
        QVERIFY(actions.adjustRecordAction()->isEnabled());
        actions.setCurrentRecord(std::nullopt);
        QVERIFY(!actions.editRecordAction()->isEnabled());
        QCOMPARE(actions.actions().size(), 9);

        // The batch editor pre-filled with a record, listed in the drafts menu.
        BatchAdjustWindow *window = actions.openBatchEditor(m_fx.record(3, 1));
        QVERIFY(window);
        QCOMPARE(window->model()->rowCount(), 1);
        QCOMPARE(window->model()->line(0).productId, 3);
        QCOMPARE(window->model()->line(0).warehouseId, 1);
        Q_EMIT actions.draftsMenu()->aboutToShow();
        QCOMPARE(actions.draftsMenu()->actions().size(), 1);
        QVERIFY(actions.draftsMenu()->actions().first()->isEnabled());
        window->close();
    }

    void draftTitleWithAmpersandIsNoAccelerator()
    {
        WriteAccess access;
        InventoryActions actions(nullptr, m_fx.client.get(), &access, m_fx.settings.get(),
                                 m_fx.drafts.get());
        const QString profile = QStringLiteral("actions|ampersand");
        actions.setProfile(profile);
        QVERIFY(m_fx.drafts->createDocument(profile, DocumentKind::batchAdjust(),
                                            QStringLiteral("R&D shelf"))
                > 0);
        Q_EMIT actions.draftsMenu()->aboutToShow();
        QCOMPARE(actions.draftsMenu()->actions().size(), 1);
        const QString text = actions.draftsMenu()->actions().first()->text();
        QVERIFY2(text.contains(QStringLiteral("R&&D shelf")), qPrintable(text));
        QCOMPARE(QKeySequence::mnemonic(text), QKeySequence());
    }

    void viewerKeyTurnsWritesOffUntilCheckedAgain()
    {
        std::unique_ptr<ApiClient> viewer = m_fx.makeClient(m_fx.sandbox.viewerKey());
        WriteAccess access;
        access.watch(viewer.get());
        InventoryActions actions(nullptr, viewer.get(), &access, m_fx.settings.get(),
                                 m_fx.drafts.get());
        actions.setProfile(QStringLiteral("actions|viewer"));
        const InventoryRecord record = *m_fx.record(5, 1);
        actions.setCurrentRecord(record);
        QVERIFY(actions.editRecordAction()->isEnabled());

        EditRecordDialog *dialog = actions.openEditDialog(record);
        QVERIFY(dialog);
        auto *quantity = dialog->findChild<QLineEdit *>(QStringLiteral("quantityEdit"));
        quantity->setText(QString::number(*record.quantity + 1));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!access.canWrite(), 10000);
        auto *message = dialog->findChild<MessageBanner *>(QStringLiteral("messageBanner"));
        QTRY_VERIFY(!message->text().isEmpty());
        QCOMPARE(m_fx.quantity(5, 1), *record.quantity);

        for (QAction *action :
             {actions.newRecordAction(), actions.editRecordAction(), actions.deleteRecordAction(),
              actions.adjustRecordAction(), actions.batchAdjustAction()}) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QCOMPARE(action->toolTip(), access.reason());
        }
        QVERIFY(actions.historyAction()->isEnabled());
        QVERIFY(actions.checkWriteAccessAction()->isVisible());
        QVERIFY(!actions.openEditDialog(record));
        dialog->close();

        actions.checkWriteAccessAction()->trigger();
        QVERIFY(access.canWrite());
        QVERIFY(actions.editRecordAction()->isEnabled());
        QVERIFY(!actions.checkWriteAccessAction()->isVisible());
    }

    void openSubmissionsAreReopenedAndChecked()
    {
        const QString profile = QStringLiteral("actions|crashed");
        const qint64 before = m_fx.quantity(6, 1);
        // The app died while this was in flight; the server did apply it.
        AdjustmentLine line {6, 1, QStringLiteral("X"), {}, {}, 4, {}, {}, before};
        const qint64 id = m_fx.journal->create(profile, QStringLiteral("adjust"), 0, {}, {line});
        Submission crashed = *m_fx.journal->load(id);
        crashed.lines[0].status = LineStatus::Sending;
        crashed.lines[0].expectedBefore = before;
        crashed.lines[0].expectedAfter = before + 4;
        crashed.lines[0].chunk = 1;
        crashed.lines[0].attempts = 1;
        QVERIFY(m_fx.journal->saveLines(id, crashed.lines));
        QVERIFY(m_fx.adjustDirectly(6, 1, 4));

        InventoryActions actions(nullptr, m_fx.client.get(), m_fx.access.get(), m_fx.settings.get(),
                                 m_fx.drafts.get());
        actions.setProfile(profile);
        BatchAdjustWindow *window = actions.openSubmission(id); // the one already open
        QVERIFY(window);
        // Checked at once; the server's movement carries no reference of ours (it was made
        // directly) and this account's history is not known to list references: the user
        // decides, and nothing is sent again.
        QTRY_COMPARE_WITH_TIMEOUT(window->submitter()->state(), AdjustmentSubmitter::State::Paused,
                                  15000);
        QCOMPARE(window->submitter()->counts().unclear, 1);
        window->submitter()->decide({0}, LineStatus::Applied);
        QTRY_COMPARE_WITH_TIMEOUT(window->submitter()->state(),
                                  AdjustmentSubmitter::State::Finished, 15000);
        QCOMPARE(m_fx.quantity(6, 1), before + 4);
        QVERIFY(m_fx.journal->openSubmissions(profile).isEmpty());
        window->close();
    }

    void signingInAgainMidRequestEndsExactlyOnce()
    {
        // What AppController::connectProfile does on a re-sign-in while a batch is in flight:
        // the windows get the new client, then the old one is destroyed. The request on the old
        // one ends as cancelled; the window checks it with the new client (the server applied
        // it 1.5 s after it arrived) and ends with the row applied once, never busy forever.
        const QString profile = QStringLiteral("actions|resign");
        QVERIFY(m_fx.journal->setHistoryListsReferences(profile));
        const qint64 before = m_fx.quantity(6, 2);
        AdjustmentLine line {6, 2, QStringLiteral("X"), {}, {}, 3, {}, {}, before};
        const qint64 id = m_fx.journal->create(profile, QStringLiteral("adjust"), 0, {}, {line});
        QVERIFY(id > 0);

        const auto quickClient = [this] {
            ClientConfig config = m_fx.client->config();
            config.timeout = std::chrono::seconds(2); // settle window 4 s
            return std::make_unique<ApiClient>(&m_fx.network, config);
        };
        std::unique_ptr<ApiClient> first = quickClient();
        InventoryActions actions(nullptr, first.get(), m_fx.access.get(), m_fx.settings.get(),
                                 m_fx.drafts.get());
        actions.setProfile(profile);
        BatchAdjustWindow *window = actions.openSubmission(id);
        QVERIFY(window);
        AdjustmentSubmitter *submitter = window->submitter();
        QTRY_COMPARE_WITH_TIMEOUT(submitter->state(), AdjustmentSubmitter::State::Paused, 10000);
        QVERIFY(m_fx.sandbox.setFaults({QStringLiteral("latency=1500@POST /inventory/adjust")}));
        submitter->continueSending();
        QTRY_COMPARE_WITH_TIMEOUT(submitter->state(), AdjustmentSubmitter::State::Sending, 10000);

        std::unique_ptr<ApiClient> second = quickClient();
        actions.setClient(second.get());
        first.reset();
        QTRY_VERIFY_WITH_TIMEOUT(submitter->state() == AdjustmentSubmitter::State::Finished
                                         || submitter->state()
                                                 == AdjustmentSubmitter::State::Paused,
                                 30000);
        QCOMPARE(submitter->state(), AdjustmentSubmitter::State::Finished);
        QCOMPARE(submitter->counts().applied, 1);
        QTest::qWait(300); // a second send would leave at once and be applied within this
        QCOMPARE(m_fx.quantity(6, 2), before + 3); // once
        QVERIFY(m_fx.journal->openSubmissions(profile).isEmpty());
        window->close();
    }

    // Adjustment History → Reverse: the opposite of the applied rows as a new batch draft,
    // sent through the same path; the original then says it was reversed and cannot be
    // reversed a second time, from this draft or any other.
    void reverseSendsTheOppositeOnce()
    {
        const QString profile = QStringLiteral("actions|reverse");
        const qint64 before7 = m_fx.quantity(7, 1);
        const qint64 before8 = m_fx.quantity(8, 1);
        qint64 original = 0;
        {
            AdjustmentSubmitter submitter(m_fx.client.get(), m_fx.journal.get());
            AdjustmentLine plus {
                    7, 1, QStringLiteral("P7"), {}, {}, 5, QStringLiteral("Received"), {}, before7};
            AdjustmentLine minus {
                    8, 1, QStringLiteral("P8"), {}, {}, -2, QStringLiteral("Damaged"), {}, before8};
            original = submitter.submit(profile, QStringLiteral("adjust"), 0,
                                        QStringLiteral("Delivery 12"), {plus, minus});
            QVERIFY(original > 0);
            QTRY_COMPARE_WITH_TIMEOUT(submitter.state(), AdjustmentSubmitter::State::Finished,
                                      15000);
        }
        QCOMPARE(m_fx.quantity(7, 1), before7 + 5);
        QCOMPARE(m_fx.quantity(8, 1), before8 - 2);

        InventoryActions actions(nullptr, m_fx.client.get(), m_fx.access.get(), m_fx.settings.get(),
                                 m_fx.drafts.get());
        actions.setProfile(profile);
        HistoryWindow *history = actions.openHistory();
        history->selectSubmission(original);
        auto *reverse = history->findChild<QPushButton *>(QStringLiteral("reverseButton"));
        QVERIFY(reverse->isEnabled());
        const QWidgetList topLevel = QApplication::topLevelWidgets();
        const QSet<QWidget *> windowsBefore(topLevel.cbegin(), topLevel.cend());
        reverse->click();
        BatchAdjustWindow *window = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *batch = qobject_cast<BatchAdjustWindow *>(widget);
            if (batch && !windowsBefore.contains(widget))
                window = batch;
        }
        QVERIFY(window);
        // The user picks a default warehouse in the reversal draft: the draft stays a reversal
        // (the window's meta used to replace the draft's, and the submission lost what it
        // reverses).
        auto *defaultWarehouse =
                window->findChild<QComboBox *>(QStringLiteral("defaultWarehouseCombo"));
        QVERIFY(defaultWarehouse);
        defaultWarehouse->setEditText(QStringLiteral("2"));
        const std::optional<DraftDocument> draft = m_fx.drafts->load(profile, window->documentId());
        QVERIFY(draft->meta.contains(QLatin1String("\"defaultWarehouse\":2")));
        QVERIFY(draft);
        QCOMPARE(draft->lines.size(), 2);
        QCOMPARE(draft->lines.at(0).amount, -5);
        QCOMPARE(draft->lines.at(1).amount, 2);
        QCOMPARE(draft->lines.at(0).reason, QStringLiteral("Reversal"));
        QCOMPARE(draft->lines.at(0).notes, QStringLiteral("Delivery 12"));
        // Asked again before sending: the same draft, not a second one.
        QCOMPARE(actions.openReversal(original), window);

        window->submit();
        QTRY_VERIFY_WITH_TIMEOUT(window->submitter()->submissionId() > 0, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(window->submitter()->state(),
                                  AdjustmentSubmitter::State::Finished, 15000);
        QCOMPARE(m_fx.quantity(7, 1), before7);
        QCOMPARE(m_fx.quantity(8, 1), before8);
        QCOMPARE(m_fx.journal->load(window->submitter()->submissionId())->reverses, original);

        // The history says so, and offers no second reversal.
        history->selectSubmission(original);
        QTRY_VERIFY(!reverse->isEnabled());
        QVERIFY(reverse->toolTip().contains(QLatin1String("Reversed already")));
        bool shown = false;
        for (int row = 0; row < history->historyModel()->rowCount(); ++row) {
            const SubmissionSummary &summary = history->historyModel()->summary(row);
            if (summary.id == original) {
                shown = summary.reversedBy == window->submitter()->submissionId();
                QVERIFY(history->historyModel()
                                ->index(row, SubmissionHistoryModel::OutcomeColumn)
                                .data()
                                .toString()
                                .endsWith(QLatin1String("reversed later")));
            }
        }
        QVERIFY(shown);

        // Another reversal draft of the same submission (a second window, a copy of the app)
        // is refused by the journal: nothing recorded, nothing sent.
        const qint64 other = m_fx.drafts->createDocument(profile, DocumentKind::batchAdjust());
        QVERIFY(m_fx.drafts->setMeta(other, SubmissionJournal::reversalMeta(original)));
        AdjustmentLine again {
                7, 1, QStringLiteral("P7"), {}, {}, -5, QStringLiteral("Reversal"), {}, before7};
        QCOMPARE(m_fx.journal->create(profile, DocumentKind::batchAdjust(), other, {}, {again}),
                 qint64(0));
        QVERIFY(m_fx.journal->errorString().contains(QLatin1String("reversed already")));
        QCOMPARE(m_fx.quantity(7, 1), before7);
        window->close();
        history->close();
    }
};

QTEST_MAIN(TestInventoryActions)
#include "tst_inventoryactions.moc"
