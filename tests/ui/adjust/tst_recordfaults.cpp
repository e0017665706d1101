// The record dialogs against a server that loses answers: create, edit and delete end exactly
// as the user intended, once, whatever happened between "sent" and "answered" — including a
// server that applies the write after the client gave up (late commit) and another user who
// changes the same record meanwhile. The client's timeout is 1 s, so the settle window is 2 s.
#include "ui/adjust/createrecorddialog.h"
#include "ui/adjust/deleterecorddialog.h"
#include "ui/adjust/editrecorddialog.h"
#include "ui/widgets/messagebanner.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <algorithm>

using namespace Glance;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// For "nothing more happens": waits `quietMs`, and at least until `landMs` after `since`, when
// the last write the sandbox was told to delay (a latency, a late commit, a sale) has landed.
// A re-send by the client would leave at once and land within the quiet period.
void waitPast(const QElapsedTimer &since, qint64 landMs, qint64 quietMs = 300)
{
    QTest::qWait(int(std::max(quietMs, landMs - since.elapsed())));
}

} // namespace

class TestRecordFaults : public QObject
{
    Q_OBJECT

private:
    Test::AdjustUiFixture m_fx;
    std::unique_ptr<ApiClient> m_quick; // 1 s timeout

    // Another user's sale of `amount` at the till, applied `delayMs` from now.
    bool saleLater(qint64 product, qint64 warehouse, qint64 amount, int delayMs)
    {
        const QJsonObject action {{QStringLiteral("productId"), product},
                                  {QStringLiteral("warehouseId"), warehouse},
                                  {QStringLiteral("amount"), amount}};
        return m_fx.sandbox
                       .post(QStringLiteral("/__sandbox/adjust?delayMs=%1").arg(delayMs),
                             QJsonObject {{QStringLiteral("actions"), QJsonArray {action}}})
                       .status
                == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_fx.start(), qPrintable(m_fx.sandbox.errorString()));
        ClientConfig config = m_fx.client->config();
        config.timeout = std::chrono::seconds(1);
        m_quick = std::make_unique<ApiClient>(&m_fx.network, config);
    }

    void init()
    {
        QVERIFY(m_fx.sandbox.clearFaults());
        QVERIFY(m_fx.sandbox.reset());
        m_fx.catalog->forgetStock();
    }

    void createEndsExactlyOnce_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("createdFirstTime");
        // Applied after the client gave up (1.7 s > 1 s): found by the check at the settle window.
        QTest::newRow("latency") << QStringLiteral("latency=1700") << true;
        QTest::newRow("late commit") << QStringLiteral("late-commit=700") << true;
        QTest::newRow("late commit near the window") << QStringLiteral("late-commit=1800") << true;
        QTest::newRow("dropped before") << QStringLiteral("drop-before") << false;
        QTest::newRow("dropped after commit") << QStringLiteral("drop-after-commit") << true;
        QTest::newRow("500 after commit") << QStringLiteral("500-after-commit") << true;
        QTest::newRow("500, not applied") << QStringLiteral("500") << false;
        QTest::newRow("truncated answer") << QStringLiteral("truncated-json") << true;
        QTest::newRow("not JSON") << QStringLiteral("malformed-json") << true;
    }

    void createEndsExactlyOnce()
    {
        QFETCH(QString, fault);
        QFETCH(bool, createdFirstTime);
        QVERIFY(!m_fx.record(2, 2).has_value());
        CreateRecordDialog dialog(m_quick.get(), m_fx.catalog.get());
        dialog.show();
        QSignalSpy created(&dialog, &CreateRecordDialog::recordCreated);
        dialog.setProduct({2, QStringLiteral("מברגה חשמלית"), QStringLiteral("AB-120/3")});
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.catalog->warehousesLoaded(), 10000);
        dialog.setWarehouse(2);
        child<QLineEdit>(&dialog, "quantityEdit")->setText(QStringLiteral("7"));
        // The duplicate check answers: none.
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.catalog->hasStock(2) && !m_fx.catalog->isStockLoading(2),
                                 10000);
        QVERIFY(!child<QFrame>(&dialog, "duplicateFrame")->isVisible());
        QVERIFY(m_fx.sandbox.setFaults({fault + QStringLiteral("@POST /inventory/create")}));
        QElapsedTimer sent;
        sent.start();
        dialog.accept();
        auto *message = child<MessageBanner>(&dialog, "messageBanner");
        const QString notCreated = QStringLiteral("was not created");
        QTRY_VERIFY_WITH_TIMEOUT(created.count() == 1 || message->text().contains(notCreated),
                                 15000);
        QCOMPARE(created.count() == 1, createdFirstTime);
        if (!createdFirstTime) {
            // "Not created" is final: no late commit may turn it into a record afterwards. It
            // comes after the settle window, and these faults apply nothing: only a re-send
            // could still create it, and that would land at once.
            QTest::qWait(500);
            QVERIFY2(!m_fx.record(2, 2).has_value(), "created after the dialog said it was not");
            QVERIFY(m_fx.sandbox.clearFaults());
            dialog.accept(); // the user creates it again
            QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
            QVERIFY2(!message->text().contains(QStringLiteral("already")),
                     qPrintable(message->text()));
        }
        waitPast(sent, 1800 + 300); // the slowest fault (late-commit=1800) has landed
        const std::optional<InventoryRecord> record = m_fx.record(2, 2);
        QVERIFY(record.has_value());
        QCOMPARE(record->quantity, 7);
        QCOMPARE(created.first().first().value<InventoryRecord>().warehouse.id, 2);
    }

    void editEndsExactlyOnce_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("savedFirstTime");
        QTest::newRow("latency") << QStringLiteral("latency=1700") << true;
        QTest::newRow("late commit") << QStringLiteral("late-commit=700") << true;
        QTest::newRow("late commit near the window") << QStringLiteral("late-commit=1800") << true;
        QTest::newRow("dropped before") << QStringLiteral("drop-before") << false;
        QTest::newRow("dropped after commit") << QStringLiteral("drop-after-commit") << true;
        QTest::newRow("500 after commit") << QStringLiteral("500-after-commit") << true;
        QTest::newRow("500, not applied") << QStringLiteral("500") << false;
        QTest::newRow("502 page, not applied") << QStringLiteral("502-html") << false;
    }

    void editEndsExactlyOnce()
    {
        QFETCH(QString, fault);
        QFETCH(bool, savedFirstTime);
        const InventoryRecord record = *m_fx.record(6, 1);
        const qint64 q = *record.quantity;
        EditRecordDialog dialog(record, m_quick.get(), m_fx.catalog.get());
        dialog.show();
        QSignalSpy saved(&dialog, &EditRecordDialog::recordSaved);
        child<QLineEdit>(&dialog, "quantityEdit")->setText(QString::number(q + 10));
        QVERIFY(m_fx.sandbox.setFaults({fault + QStringLiteral("@PUT /inventory/*/edit")}));
        QElapsedTimer sent;
        sent.start();
        dialog.accept();
        auto *message = child<MessageBanner>(&dialog, "messageBanner");
        const QString notSaved = QStringLiteral("was not saved");
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1 || message->text().contains(notSaved), 15000);
        QCOMPARE(saved.count() == 1, savedFirstTime);
        if (!savedFirstTime) {
            // After the settle window, with faults that apply nothing: only a re-send could
            // still change it, and that would land at once.
            QTest::qWait(500);
            QCOMPARE(m_fx.quantity(6, 1), q); // "not saved" is final
            QVERIFY(m_fx.sandbox.clearFaults());
            dialog.accept();
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        }
        waitPast(sent, 1800 + 300); // the slowest fault (late-commit=1800) has landed
        QCOMPARE(m_fx.quantity(6, 1), q + 10);
        QCOMPARE(saved.first().first().value<InventoryRecord>().quantity, q + 10);
    }

    void editNeverOverwritesASaleAfterItsLateSave()
    {
        // Our save is applied 700 ms after the client gave up; 500 ms later a sale of -1. Saving
        // again would put the sold item back: the dialog shows the conflict instead.
        const InventoryRecord record = *m_fx.record(6, 2);
        const qint64 q = *record.quantity;
        EditRecordDialog dialog(record, m_quick.get(), m_fx.catalog.get());
        dialog.show();
        QSignalSpy saved(&dialog, &EditRecordDialog::recordSaved);
        child<QLineEdit>(&dialog, "quantityEdit")->setText(QString::number(q + 10));
        QVERIFY(m_fx.sandbox.setFaults({QStringLiteral("late-commit=700@PUT /inventory/*/edit")}));
        QElapsedTimer sent;
        sent.start();
        QVERIFY(saleLater(6, 2, -1, 1200));
        dialog.accept();
        auto *pages = child<QStackedWidget>(&dialog, "pages");
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(),
                                  QStringLiteral("conflictPage"), 15000);
        QCOMPARE(saved.count(), 0);
        waitPast(sent, 1200 + 300); // the sale has landed, and no second save after it
        QCOMPARE(m_fx.quantity(6, 2), q + 10 - 1); // our save once, the sale kept
    }

    void deleteEndsOnce_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("late commit") << QStringLiteral("late-commit=700");
        QTest::newRow("dropped after commit") << QStringLiteral("drop-after-commit");
        QTest::newRow("500 after commit") << QStringLiteral("500-after-commit");
        QTest::newRow("dropped before") << QStringLiteral("drop-before");
    }

    void deleteEndsOnce()
    {
        QFETCH(QString, fault);
        const InventoryRecord record = *m_fx.record(1, 1);
        DeleteRecordDialog dialog(record, m_quick.get());
        dialog.show();
        QSignalSpy deleted(&dialog, &DeleteRecordDialog::recordDeleted);
        QVERIFY(m_fx.sandbox.setFaults({fault + QStringLiteral("@DELETE /inventory/*/delete")}));
        QElapsedTimer sent;
        sent.start();
        dialog.accept();
        auto *message = child<MessageBanner>(&dialog, "messageBanner");
        QTRY_VERIFY_WITH_TIMEOUT(deleted.count() == 1 || !message->text().isEmpty(), 15000);
        if (deleted.count() == 0) {
            QVERIFY(m_fx.sandbox.clearFaults());
            dialog.accept(); // the user deletes again: gone either way, never an error
            QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 10000);
        }
        waitPast(sent, 700 + 300); // the slowest fault (late-commit=700) has landed
        QVERIFY(!m_fx.record(1, 1).has_value());
        QCOMPARE(deleted.count(), 1);
    }
};

QTEST_MAIN(TestRecordFaults)
#include "tst_recordfaults.moc"
