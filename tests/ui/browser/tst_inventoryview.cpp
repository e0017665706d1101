// InventoryView: rows streaming in below the visible ones do not repaint the table, while
// anything that changes what is on screen does; the current record survives a reset.
#include "browsertestsupport.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "ui/browser/inventoryview.h"

#include <QSignalSpy>
#include <QTest>

using namespace Glance;
using namespace Glance::Test;

namespace {

class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint;
        return false;
    }
};

} // namespace

class TestInventoryView : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<InventoryTableModel> m_model;
    std::unique_ptr<InventoryProxyModel> m_proxy;
    std::unique_ptr<InventoryView> m_view;
    PaintCounter m_counter;

    bool settle()
    {
        return QTest::qWaitFor([this] { return !m_model->isLoading(); }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        m_client = clientFor(&m_network, m_sandbox);
    }

    void init()
    {
        m_model = std::make_unique<InventoryTableModel>(m_client.get());
        m_proxy = std::make_unique<InventoryProxyModel>();
        m_proxy->setSourceModel(m_model.get());
        m_view = std::make_unique<InventoryView>();
        m_view->setModels(m_model.get(), m_proxy.get());
        m_view->resize(800, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QSignalSpy page(m_model.get(), &InventoryTableModel::pageLoaded);
        m_model->setQuery({});
        QVERIFY(page.wait(15000));
        QTest::qWait(50); // the first page's paints happen before counting starts
        m_view->viewport()->installEventFilter(&m_counter);
        m_counter.paints = 0;
    }

    void cleanup()
    {
        m_view.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void rowsBelowTheViewDoNotRepaintIt()
    {
        const QModelIndex top = m_view->indexAt(QPoint(1, 1));
        QSignalSpy finished(m_model.get(), &InventoryTableModel::loadAllFinished);
        m_model->loadAll();
        QVERIFY(finished.wait(30000));
        QTest::qWait(100); // a repaint would be posted at once: none may come meanwhile
        QCOMPARE(m_proxy->rowCount(), 700);
        QCOMPARE(m_counter.paints, 0); // six pages came in, nothing on screen changed
        QCOMPARE(m_view->indexAt(QPoint(1, 1)), top);
        // The scroll bar knows about every row.
        m_view->scrollToBottom();
        QTRY_VERIFY(m_counter.paints > 0);
        QCOMPARE(m_view->indexAt(QPoint(1, m_view->viewport()->height() - 2)).row(), 699);
    }

    void changesOnScreenRepaint()
    {
        m_proxy->sort(InventoryTableModel::QuantityColumn, Qt::DescendingOrder);
        QTRY_VERIFY(m_counter.paints > 0);
        m_counter.paints = 0;
        // Rows merged into a sorted view repaint when they land on screen (the largest
        // quantities of the next pages go to the top).
        QSignalSpy finished(m_model.get(), &InventoryTableModel::loadAllFinished);
        m_model->loadAll();
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(m_counter.paints > 0);
        const qint64 first = m_proxy->index(0, InventoryTableModel::QuantityColumn)
                                     .data(InventoryTableModel::SortRole)
                                     .toLongLong();
        for (int row = 0; row < m_model->rowCount(); ++row)
            QVERIFY(m_model->index(row, InventoryTableModel::QuantityColumn)
                            .data(InventoryTableModel::SortRole)
                            .toLongLong()
                    <= first);
    }

    void currentRecordSurvivesARefresh()
    {
        m_view->setCurrentIndex(m_proxy->index(42, 1));
        const qint64 id = m_view->currentRecord()->id;
        // A deletion on the server makes the refresh start the view again (a reset).
        QCOMPARE(m_sandbox.del(QStringLiteral("/inventory/%1/delete").arg(m_model->record(0).id))
                         .status,
                 200);
        QSignalSpy resets(m_proxy.get(), &QAbstractItemModel::modelReset);
        m_model->refresh();
        QVERIFY(resets.wait(15000));
        QVERIFY(settle());
        QVERIFY(m_view->currentRecord().has_value());
        QCOMPARE(m_view->currentRecord()->id, id);
        QVERIFY(m_sandbox.reset());
    }
};

QTEST_MAIN(TestInventoryView)
#include "tst_inventoryview.moc"
