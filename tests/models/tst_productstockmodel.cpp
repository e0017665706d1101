// ProductStockModel: one product's stock in every warehouse, its total, SKU look-up and stale
// answers. Against the sandbox.
#include "api/apiclient.h"
#include "models/productstockmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Glance;
using Glance::Test::SandboxFixture;

class TestProductStockModel : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;

    std::unique_ptr<ProductStockModel> makeModel()
    {
        auto model = std::make_unique<ProductStockModel>(m_client.get());
        model->setLocale(QLocale(QLocale::English));
        new QAbstractItemModelTester(
                model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
        return model;
    }

    // The server's rows for the product and their total quantity.
    QPair<QList<qint64>, qint64> server(qint64 productId)
    {
        const QJsonArray rows =
                m_sandbox.get(QStringLiteral("/inventory/product/%1").arg(productId))
                        .data()
                        .toArray();
        QList<qint64> ids;
        qint64 total = 0;
        for (const auto &row : rows) {
            ids.append(row.toObject().value(QStringLiteral("id")).toInteger());
            total += row.toObject().value(QStringLiteral("quantity")).toInteger();
        }
        return {ids, total};
    }

    static QList<qint64> ids(const ProductStockModel &model)
    {
        QList<qint64> list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, 0).data(ProductStockModel::RecordIdRole).toLongLong());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        config.limits = {0, 0}; // the sandbox runs without limits: so does the client
        m_client = std::make_unique<ApiClient>(&m_network, config);
    }

    void init() { QVERIFY(m_sandbox.clearFaults()); }

    void totalsMatchTheServer_data()
    {
        QTest::addColumn<qint64>("productId");
        QTest::newRow("widget") << qint64(1);
        QTest::newRow("hebrew-name") << qint64(2);
        QTest::newRow("hebrew-sku") << qint64(4);
        QTest::newRow("other") << qint64(77);
    }

    void totalsMatchTheServer()
    {
        QFETCH(qint64, productId);
        auto model = makeModel();
        QSignalSpy loaded(model.get(), &ProductStockModel::loaded);
        model->setProduct({productId, QStringLiteral("Name"), QStringLiteral("SKU")});
        QVERIFY(model->isLoading());
        QVERIFY(loaded.wait(15000));
        const auto expected = server(productId);
        QVERIFY(!expected.first.isEmpty());
        QCOMPARE(ids(*model), expected.first);
        QCOMPARE(model->totalQuantity(), std::optional<qint64>(expected.second));
        QCOMPARE(model->product().id, productId);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->index(row, 0).data(ProductStockModel::WarehouseIdRole).isValid());
    }

    void productWithoutStock()
    {
        auto model = makeModel();
        QSignalSpy loaded(model.get(), &ProductStockModel::loaded);
        model->setProduct({50, {}, {}}); // a service: no inventory
        QVERIFY(loaded.wait(15000));
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->totalQuantity(), std::optional<qint64>(0));
    }

    void lookUpBySku_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<qint64>("productId");
        QTest::newRow("slash") << QStringLiteral("AB-120/3") << qint64(2);
        QTest::newRow("space") << QStringLiteral("CB 200-1") << qint64(3);
        QTest::newRow("hebrew") << QStringLiteral("מק-4/1") << qint64(4);
        QTest::newRow("padded") << QStringLiteral("  WDG-001 ") << qint64(1);
    }

    void lookUpBySku()
    {
        QFETCH(QString, sku);
        QFETCH(qint64, productId);
        auto model = makeModel();
        QSignalSpy loaded(model.get(), &ProductStockModel::loaded);
        model->lookUpSku(sku);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(model->product().id, productId);
        QCOMPARE(model->product().sku, sku.trimmed());
        QVERIFY(!model->product().name.isEmpty());
        QCOMPARE(ids(*model), server(productId).first);
    }

    void unknownSkuIsAnError()
    {
        auto model = makeModel();
        QSignalSpy errors(model.get(), &ProductStockModel::errorOccurred);
        model->lookUpSku(QStringLiteral("NO-SUCH-SKU-42"));
        QVERIFY(errors.wait(15000));
        QCOMPARE(model->lastError().httpStatus(), 404);
        QVERIFY(!model->lastError().userMessage().isEmpty());
        QVERIFY(!model->isLoading());
    }

    void newerProductWins()
    {
        auto model = makeModel();
        QVERIFY(m_sandbox.setFaults({QStringLiteral("latency=300@GET /inventory/product/1")}));
        QSignalSpy loaded(model.get(), &ProductStockModel::loaded);
        QElapsedTimer asked;
        asked.start();
        model->setProduct({1, {}, {}});
        model->setProduct({3, {}, {}});
        QVERIFY(loaded.wait(15000));
        // Product 1's answer (300 ms after it was asked) would have come by now.
        QTest::qWait(int(std::max<qint64>(50, 300 + 200 - asked.elapsed())));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model->product().id, 3);
        QCOMPARE(ids(*model), server(3).first);
    }

    void serverErrorIsReported()
    {
        auto model = makeModel();
        QVERIFY(m_sandbox.setFaults({QStringLiteral("503@GET /inventory/product/:id")}));
        QSignalSpy errors(model.get(), &ProductStockModel::errorOccurred);
        model->setProduct({1, {}, {}});
        QVERIFY(errors.wait(15000));
        QCOMPARE(model->lastError().httpStatus(), 503);
        QVERIFY(!model->totalQuantity().has_value());
        QVERIFY(m_sandbox.clearFaults());
        QSignalSpy loaded(model.get(), &ProductStockModel::loaded);
        model->reload();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(ids(*model), server(1).first);
    }
};

QTEST_GUILESS_MAIN(TestProductStockModel)
#include "tst_productstockmodel.moc"
