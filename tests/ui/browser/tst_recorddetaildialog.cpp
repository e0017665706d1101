// The record dialog: opened from the table, it re-reads the record, shows its movement history
// (hidden when the server has none to offer) and hands fresh data back to the table.
#include "browsertestsupport.h"
#include "core/text/bidi.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "models/movementsmodel.h"
#include "ui/browser/inventoryview.h"
#include "ui/browser/recorddetaildialog.h"
#include "ui/mainwindow.h"

#include <QGroupBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Glance;
using namespace Glance::Test;

class TestRecordDetailDialog : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;

    InventoryRecord serverRecord(qint64 id)
    {
        const QJsonObject json =
                m_sandbox.get(QStringLiteral("/inventory/%1").arg(id)).data().toObject();
        InventoryRecord record;
        record.id = id;
        const QJsonObject product = json.value(QStringLiteral("product")).toObject();
        record.product = {product.value(QStringLiteral("id")).toInteger(),
                          product.value(QStringLiteral("name")).toString(),
                          product.value(QStringLiteral("sku")).toString()};
        const QJsonObject warehouse = json.value(QStringLiteral("warehouse")).toObject();
        record.warehouse = {warehouse.value(QStringLiteral("id")).toInteger(),
                            warehouse.value(QStringLiteral("name")).toString()};
        record.quantity = json.value(QStringLiteral("quantity")).toInteger();
        record.location = json.value(QStringLiteral("location")).toString();
        return record;
    }

    void adjust(const InventoryRecord &record, qint64 amount)
    {
        const QJsonObject action {{QStringLiteral("productId"), record.product.id},
                                  {QStringLiteral("warehouseId"), record.warehouse.id},
                                  {QStringLiteral("amount"), amount}};
        QCOMPARE(m_sandbox
                         .post(QStringLiteral("/inventory/adjust"),
                               {{QStringLiteral("actions"), QJsonArray {action}}})
                         .status,
                 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        m_client = clientFor(&m_network, m_sandbox);
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    void showsTheCurrentStateAndHistory()
    {
        InventoryRecord stale = serverRecord(12);
        adjust(stale, 9); // the server moved on since the row was loaded
        RecordDetailDialog dialog(m_client.get(), stale);
        QSignalSpy refreshed(&dialog, &RecordDetailDialog::recordRefreshed);
        dialog.show();
        // The row's data at once…
        auto *quantity = dialog.findChild<QLabel *>(QStringLiteral("quantityValue"));
        QCOMPARE(quantity->text(), Bidi::quantity(*stale.quantity, dialog.locale()));
        QVERIFY(dialog.isRefreshing());
        // …then the server's.
        QVERIFY(refreshed.wait(15000));
        const InventoryRecord fresh = refreshed.at(0).at(0).value<InventoryRecord>();
        QCOMPARE(fresh.quantity, std::optional<qint64>(*stale.quantity + 9));
        QCOMPARE(quantity->text(), Bidi::quantity(*stale.quantity + 9, dialog.locale()));
        QCOMPARE(Bidi::stripFormatting(
                         dialog.findChild<QLabel *>(QStringLiteral("skuValue"))->text()),
                 stale.product.sku);
        MovementsModel *movements = dialog.movementsModel();
        QTRY_VERIFY_WITH_TIMEOUT(movements->hasLoaded(), 15000);
        const QJsonArray server =
                m_sandbox
                        .get(QStringLiteral("/inventory/movements?productId=%1&warehouseId=%2")
                                     .arg(stale.product.id)
                                     .arg(stale.warehouse.id))
                        .data()
                        .toArray();
        QCOMPARE(movements->rowCount(), int(server.size()));
        QCOMPARE(movements->index(0, MovementsModel::ChangeColumn)
                         .data(MovementsModel::SortRole)
                         .toLongLong(),
                 9);
        QVERIFY(dialog.findChild<QGroupBox *>(QStringLiteral("movementsGroup"))->isVisible());
    }

    void thousandsInTheChangeColumnAreNotCutShort()
    {
        // "+1,250" and "−1,200" must not end in "…": the column fits what its cells hold.
        const InventoryRecord record = serverRecord(12);
        adjust(record, 1250);
        adjust(record, -1200);
        RecordDetailDialog dialog(m_client.get(), record);
        dialog.show();
        MovementsModel *movements = dialog.movementsModel();
        QTRY_VERIFY_WITH_TIMEOUT(movements->hasLoaded(), 15000);
        QVERIFY(movements->rowCount() >= 2);
        QCOMPARE(movements->index(0, MovementsModel::ChangeColumn).data().toString(),
                 Bidi::formatSignedAmount(-1200, dialog.locale()));
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("movementsView"));
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        const int needed = static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(
                MovementsModel::ChangeColumn);
        QVERIFY2(view->columnWidth(MovementsModel::ChangeColumn) >= needed,
                 qPrintable(QStringLiteral("%1 < %2")
                                    .arg(view->columnWidth(MovementsModel::ChangeColumn))
                                    .arg(needed)));
    }

    void aDeletedRecordIsReported()
    {
        InventoryRecord record = serverRecord(15);
        QCOMPARE(m_sandbox.del(QStringLiteral("/inventory/15/delete")).status, 200);
        RecordDetailDialog dialog(m_client.get(), record);
        QSignalSpy missing(&dialog, &RecordDetailDialog::recordMissing);
        dialog.show();
        QVERIFY(missing.wait(15000));
        QCOMPARE(missing.at(0).at(0).toLongLong(), 15);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty());
    }

    void historyIsHiddenWhenNotOffered()
    {
        // Every path under this base answers 404, like a server without the endpoint.
        ClientConfig config;
        config.baseUrl = QUrl(m_sandbox.url().toString() + QStringLiteral("/no-history"));
        config.apiKey = m_sandbox.editorKey();
        config.limits = {0, 0};
        ApiClient client(&m_network, config);
        RecordDetailDialog dialog(&client, serverRecord(3));
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.movementsModel()->isAvailable(), 15000);
        QVERIFY(!dialog.findChild<QGroupBox *>(QStringLiteral("movementsGroup"))->isVisible());
    }

    void openedFromTheWindowUpdatesTheTable()
    {
        MainWindow window;
        window.setClient(m_client.get());
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(window.inventoryModel()->rowCount(), 100, 15000);
        auto *view = window.findChild<InventoryView *>(QStringLiteral("inventoryView"));
        const QModelIndex index = window.inventoryProxy()->index(7, 1);
        const InventoryRecord record = window.inventoryModel()->record(7);
        adjust(record, 5);
        QSignalSpy activated(&window, &MainWindow::recordActivated);
        const QPoint center = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, center);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, center);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<InventoryRecord>().id, record.id);
        auto *dialog = window.findChild<RecordDetailDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        // The fresh quantity reaches the table without reloading it.
        QTRY_COMPARE_WITH_TIMEOUT(window.inventoryModel()->record(7).quantity,
                                  std::optional<qint64>(*record.quantity + 5), 15000);
        dialog->close();
    }
};

QTEST_MAIN(TestRecordDetailDialog)
#include "tst_recorddetaildialog.moc"
