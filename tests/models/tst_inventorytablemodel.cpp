// InventoryTableModel against the real sandbox, wrapped in QAbstractItemModelTester.
#include "models/inventorytablemodel.h"

#include "api/apiclient.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Glance;

// QAbstractItemModelTester calls fetchMore() after every change, like a view scrolled to the end,
// so a tested model keeps loading until the last page.
#define WAIT_UNTIL_COMPLETE(model)                                                                 \
    QTRY_VERIFY_WITH_TIMEOUT((model).hasLoadedOnce() && !(model).isLoading()                       \
                                     && !(model).canFetchMore({}),                                 \
                             30000)
using Glance::Test::SandboxFixture;

class TestInventoryTableModel : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;

    std::unique_ptr<InventoryTableModel> makeModel()
    {
        auto model = std::make_unique<InventoryTableModel>(m_client.get());
        model->setLocale(QLocale(QLocale::English));
        new QAbstractItemModelTester(model.get(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     model.get());
        return model;
    }

    static bool waitForPage(InventoryTableModel &model)
    {
        QSignalSpy spy(&model, &InventoryTableModel::pageLoaded);
        return spy.wait(15000);
    }

    QList<qint64> modelIds(const InventoryTableModel &model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.index(row, 0).data(InventoryTableModel::RecordIdRole).toLongLong());
        return ids;
    }

    // Every id the server lists for `query` (an encoded query string without page/limit).
    QList<qint64> allServerIds(const QString &query)
    {
        QList<qint64> ids;
        for (int page = 1;; ++page) {
            const QList<qint64> pageIds = serverIds(
                    QStringLiteral("/inventory?%1&page=%2&limit=100").arg(query).arg(page));
            ids += pageIds;
            if (pageIds.size() < 100)
                return ids;
        }
    }

    QList<qint64> serverIds(const QString &pathAndQuery)
    {
        QList<qint64> ids;
        const auto result = m_sandbox.get(pathAndQuery);
        const QJsonArray rows = result.data().toArray();
        for (const auto &row : rows)
            ids.append(row.toObject().value(QStringLiteral("id")).toInteger());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        m_client = std::make_unique<ApiClient>(&m_network, config);
    }

    void init() { QVERIFY(m_sandbox.clearFaults()); }

    void firstPageMatchesServer()
    {
        auto model = std::make_unique<InventoryTableModel>(m_client.get()); // no tester: no paging
        QSignalSpy pages(model.get(), &InventoryTableModel::pageLoaded);
        model->setQuery({});
        QVERIFY(pages.wait(15000));
        QCOMPARE(model->rowCount(), InventoryTableModel::PageSize);
        QCOMPARE(model->columnCount(), int(InventoryTableModel::ColumnCount));
        QCOMPARE(modelIds(*model), serverIds(QStringLiteral("/inventory?page=1&limit=100")));
        QVERIFY(model->totalCount().has_value());
        QCOMPARE(*model->totalCount(), 700);
        QVERIFY(model->canFetchMore({}));
        QTest::qWait(200);
        QCOMPARE(pages.count(), 1); // nothing more is fetched until asked
    }

    void fetchMoreLoadsEveryPageOnce()
    {
        auto model = std::make_unique<InventoryTableModel>(m_client.get());
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        int pages = 1;
        while (model->canFetchMore({})) {
            model->fetchMore({});
            model->fetchMore({}); // a second call while in flight must not duplicate the page
            QVERIFY(waitForPage(*model));
            ++pages;
        }
        QCOMPARE(pages, 7);
        QCOMPARE(modelIds(*model), allServerIds(QString()));
    }

    void testerLoadsEverythingExactlyOnce()
    {
        auto model = makeModel();
        model->setQuery({});
        WAIT_UNTIL_COMPLETE(*model);
        const QList<qint64> ids = modelIds(*model);
        QCOMPARE(ids.size(), 700);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 700);
    }

    void displayAndSortRoles()
    {
        auto model = makeModel();
        model->setQuery({});
        QVERIFY(waitForPage(*model));
        const auto first = m_sandbox.get(QStringLiteral("/inventory?page=1&limit=1"))
                                   .data().toArray().at(0).toObject();
        const QModelIndex qty = model->index(0, InventoryTableModel::QuantityColumn);
        const qint64 quantity = first.value(QStringLiteral("quantity")).toInteger();
        QCOMPARE(qty.data(InventoryTableModel::SortRole).toLongLong(), quantity);
        QCOMPARE(qty.data(Qt::DisplayRole).toString(), QLocale(QLocale::English).toString(quantity));
        QCOMPARE(model->index(0, InventoryTableModel::SkuColumn).data().toString(),
                 first.value(QStringLiteral("product")).toObject().value(QStringLiteral("sku"))
                         .toString());
        QCOMPARE(model->index(0, InventoryTableModel::WarehouseColumn).data().toString(),
                 first.value(QStringLiteral("warehouse")).toObject()
                         .value(QStringLiteral("name")).toString());
        QVERIFY(!model->headerData(InventoryTableModel::SkuColumn, Qt::Horizontal)
                         .toString().isEmpty());
    }

    void searchNarrowsToServerRows()
    {
        auto model = makeModel();
        InventoryQuery query;
        query.search = QStringLiteral("shelf");
        model->setQuery(query);
        WAIT_UNTIL_COMPLETE(*model);
        const QList<qint64> expected = allServerIds(QStringLiteral("search=shelf"));
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < 700);
        QCOMPARE(modelIds(*model), expected);
        QCOMPARE(*model->totalCount(), expected.size());
    }

    void newQueryDropsTheOldReply()
    {
        auto model = makeModel();
        QVERIFY(m_sandbox.setFaults({QStringLiteral("latency=400@GET /inventory")}));
        InventoryQuery stale;
        stale.search = QStringLiteral("a");
        model->setQuery(stale);
        InventoryQuery fresh;
        fresh.search = QStringLiteral("shelf");
        model->setQuery(fresh);
        WAIT_UNTIL_COMPLETE(*model);
        QTest::qWait(600); // the stale reply would have arrived by now
        QCOMPARE(model->query().search, QStringLiteral("shelf"));
        QCOMPARE(modelIds(*model), allServerIds(QStringLiteral("search=shelf")));
    }

    void serverErrorKeepsRows()
    {
        auto model = makeModel();
        model->setQuery({});
        WAIT_UNTIL_COMPLETE(*model);
        const QList<qint64> before = modelIds(*model);
        QVERIFY(m_sandbox.setFaults({QStringLiteral("500@GET /inventory")}));
        QSignalSpy errors(model.get(), &InventoryTableModel::errorOccurred);
        model->refresh();
        QVERIFY(errors.wait(15000));
        const auto error = errors.at(0).at(0).value<ApiError>();
        QCOMPARE(error.httpStatus(), 500);
        QVERIFY(!error.userMessage().isEmpty());
        QCOMPARE(modelIds(*model), before);
        QVERIFY(!model->isLoading());
        QCOMPARE(model->lastError().httpStatus(), 500);
    }

    void emptyResult()
    {
        auto model = makeModel();
        InventoryQuery query;
        query.search = QStringLiteral("zz-no-such-thing-zz");
        model->setQuery(query);
        QVERIFY(waitForPage(*model));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!model->canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestInventoryTableModel)
#include "tst_inventorytablemodel.moc"
