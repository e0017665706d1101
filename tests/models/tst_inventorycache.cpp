// InventoryTableModel's request budget against the real sandbox (requests counted at the
// wire): Load all, the cache of views, background refresh, and what a refresh does with
// records that changed, went or came.
#include "tests/models/inventorytestsupport.h"

#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Glance;
using namespace Glance::Test;
using namespace std::chrono_literals;

class TestInventoryCache : public InventoryModelTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startSandbox(); }
    void init() { resetSandbox(); }

    void loadAllCostsOneRequestPerHundred()
    {
        auto model = makeModel(false);
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        QSignalSpy progress(model.get(), &InventoryTableModel::loadAllProgress);
        QSignalSpy finished(model.get(), &InventoryTableModel::loadAllFinished);
        model->loadAll();
        model->loadAll(); // no second run
        QVERIFY(model->isLoadingAll());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(!model->isLoadingAll());
        QVERIFY(model->isComplete());
        QCOMPARE(model->rowCount(), 700);
        QCOMPARE(modelIds(*model), allServerIds(QString()));
        // ceil(700 / 100) = 7 requests, the first page included.
        QCOMPARE(m_network.requests(QStringLiteral("/inventory")), 7);
        QCOMPARE(progress.last().at(0).toLongLong(), 700);
        QCOMPARE(progress.last().at(1).value<std::optional<qint64>>(), std::optional<qint64>(700));
    }

    void cancelLoadAllStopsAfterThePageInFlight()
    {
        auto model = makeModel(false);
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        QVERIFY(m_sandbox.setFaults({QStringLiteral("latency=150@GET /inventory")}));
        QSignalSpy finished(model.get(), &InventoryTableModel::loadAllFinished);
        model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 300, 15000);
        model->cancelLoadAll();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 5000);
        const int requests = m_network.requests(QStringLiteral("/inventory"));
        const int rows = model->rowCount();
        // The next page would be asked for as soon as the last one landed (already the case)
        // and answered 150 ms later: nothing may come meanwhile.
        QTest::qWait(300);
        QCOMPARE(m_network.requests(QStringLiteral("/inventory")), requests);
        QCOMPARE(model->rowCount(), rows);
        QVERIFY(rows < 700);
        QCOMPARE(rows, (requests)*100); // the page in flight landed, and nothing twice
        // Resuming continues where it stopped.
        model->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 15000);
        QCOMPARE(m_network.requests(QStringLiteral("/inventory")), 7);
    }

    void loadAllFailureKeepsRowsAndRetryResumes()
    {
        auto model = makeModel(false);
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        QVERIFY(m_sandbox.setFaults({QStringLiteral("500@GET /inventory")}));
        QSignalSpy errors(model.get(), &InventoryTableModel::errorOccurred);
        QSignalSpy finished(model.get(), &InventoryTableModel::loadAllFinished);
        model->loadAll();
        QVERIFY(errors.wait(15000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(model->rowCount(), 100);
        QCOMPARE(model->lastError().httpStatus(), 500);
        QVERIFY(m_sandbox.clearFaults());
        model->retry();
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 15000);
        QCOMPARE(modelIds(*model), allServerIds(QString()));
        QCOMPARE(m_network.requests(QStringLiteral("/inventory")), 7 + 1); // one failed
    }

    void cachedViewShowsAtOnceWithoutRequests()
    {
        auto model = makeModel(false);
        model->setRevalidateAfter(1h);
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        model->setQuery(warehouse(1));
        QVERIFY(waitForPage(*model));
        const QList<qint64> warehouseRows = modelIds(*model);
        const int requests = m_network.requests();

        model->setQuery({}); // back: the cached rows, at once
        QCOMPARE(model->rowCount(), 100);
        QCOMPARE(modelIds(*model), serverIds(QStringLiteral("/inventory?page=1&limit=100")));
        QVERIFY(!model->isLoading());
        model->setQuery(warehouse(1));
        QCOMPARE(modelIds(*model), warehouseRows);
        QTest::qWait(200); // a refresh would be sent at once: nothing may leave meanwhile
        QCOMPARE(m_network.requests(), requests);
    }

    void goingBackRefreshesInTheBackground()
    {
        auto model = makeModel(false);
        model->setRevalidateAfter(0ms);
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        model->setQuery(warehouse(3));
        QVERIFY(waitForPage(*model));
        // Meanwhile someone changes the first record.
        const qint64 firstId = serverIds(QStringLiteral("/inventory?page=1&limit=1")).first();
        QCOMPARE(m_sandbox
                         .put(QStringLiteral("/inventory/%1/edit").arg(firstId),
                              {{QStringLiteral("quantity"), 4321}})
                         .status,
                 200);
        const int requests = m_network.requests(QStringLiteral("/inventory"));
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        model->setQuery({});
        QCOMPARE(resets.count(), 1); // the cached rows are shown at once
        QCOMPARE(model->rowCount(), 100);
        QVERIFY(model->isLoading());
        QVERIFY(waitForPage(*model));
        QCOMPARE(m_network.requests(QStringLiteral("/inventory")), requests + 1);
        QCOMPARE(resets.count(), 1); // updated in place
        QCOMPARE(model->index(0, InventoryTableModel::QuantityColumn)
                         .data(InventoryTableModel::SortRole)
                         .toLongLong(),
                 4321);
    }

    void clearingSearchRestoresTheCachedView()
    {
        auto model = makeModel(false);
        model->setRevalidateAfter(1h);
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        model->fetchMore({});
        QVERIFY(waitForPage(*model));
        InventoryQuery search;
        search.search = QStringLiteral("bin");
        model->setQuery(search);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(waitForPage(*model));
        model->setQuery({});
        QCOMPARE(model->rowCount(), 200); // both pages, at once
        QVERIFY(!model->isLoading());
    }

    void warehouseOfACompleteViewCostsNoRequest()
    {
        auto model = makeModel(false);
        model->setRevalidateAfter(1h);
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        QSignalSpy finished(model.get(), &InventoryTableModel::loadAllFinished);
        model->loadAll();
        QVERIFY(finished.wait(30000));
        const int requests = m_network.requests();
        for (qint64 id : {1, 2, 3}) {
            model->setQuery(warehouse(id));
            QVERIFY(model->isComplete());
            QCOMPARE(modelIds(*model), allServerIds(QStringLiteral("warehouseId=%1").arg(id)));
        }
        QCOMPARE(m_network.requests(), requests);
        // Counts and totals of every warehouse are known now.
        const auto stats = model->warehouseStats();
        qint64 records = 0;
        for (const auto &entry : stats) {
            QVERIFY(entry.records.has_value());
            QVERIFY(entry.quantity.has_value());
            if (entry.warehouseId)
                records += *entry.records;
        }
        QCOMPARE(records, 700);
    }

    void refreshAfterADeletionStartsAgain()
    {
        auto model = makeModel(false);
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        model->fetchMore({});
        QVERIFY(waitForPage(*model));
        const qint64 firstId = serverIds(QStringLiteral("/inventory?page=1&limit=1")).first();
        QCOMPARE(m_sandbox.del(QStringLiteral("/inventory/%1/delete").arg(firstId)).status, 200);
        QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
        model->refresh();
        QVERIFY(waitForPage(*model));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(modelIds(*model), serverIds(QStringLiteral("/inventory?page=1&limit=100")));
        QCOMPARE(*model->totalCount(), 699);
    }

    void recordsAddedLaterCanBeLoaded()
    {
        auto model = makeModel(false);
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        QSignalSpy finished(model.get(), &InventoryTableModel::loadAllFinished);
        model->loadAll();
        QVERIFY(finished.wait(30000));
        QVERIFY(!model->canFetchMore({}));
        // A product that is missing from some warehouse gets a record there.
        qint64 product = 0;
        qint64 free = 0;
        for (qint64 candidate = 1; candidate < 50 && !free; ++candidate) {
            const QJsonArray existing =
                    m_sandbox.get(QStringLiteral("/inventory/product/%1").arg(candidate))
                            .data()
                            .toArray();
            QSet<qint64> taken;
            for (const auto &row : existing)
                taken.insert(row.toObject()
                                     .value(QStringLiteral("warehouse"))
                                     .toObject()
                                     .value(QStringLiteral("id"))
                                     .toInteger());
            for (qint64 id = 1; id <= 3 && !free; ++id) {
                if (!taken.contains(id)) {
                    product = candidate;
                    free = id;
                }
            }
        }
        QVERIFY(free != 0);
        QCOMPARE(m_sandbox
                         .post(QStringLiteral("/inventory/create"),
                               {{QStringLiteral("productId"), product},
                                {QStringLiteral("warehouseId"), free},
                                {QStringLiteral("quantity"), 3}})
                         .status,
                 201);
        model->refresh();
        QVERIFY(waitForPage(*model));
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QVERIFY(waitForPage(*model));
        QCOMPARE(modelIds(*model), allServerIds(QString())); // 701, none twice
        QVERIFY(!model->canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestInventoryCache)
#include "tst_inventorycache.moc"
