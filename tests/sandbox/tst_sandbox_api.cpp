// glance-sandbox: endpoint shapes, envelopes, pagination, search and routing (read side).
#include "core/sandboxprocess.h"
#include "sandboxchecks.h"
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using Glance::Test::HttpResult;
using Glance::Test::isSdkError;
using Glance::Test::issuePaths;
using Glance::Test::SandboxFixture;

class TestSandboxApi : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;

    static QStringList keysOf(const QJsonObject &object) { return object.keys(); }

    QJsonArray dataArray(const QString &path)
    {
        const HttpResult r = m_sandbox.get(path);
        if (r.status != 200)
            qWarning("%s: %s", qPrintable(path), qPrintable(r.describe()));
        return r.data().toArray();
    }

    qint64 totalOf(const QString &path)
    {
        const HttpResult r = m_sandbox.get(path);
        return r.json().value("pagination"_L1).toObject().value("total"_L1).toInteger(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--no-rate-limit"_s}), qPrintable(m_sandbox.errorString()));
    }

    void firstLineIsCompactJson()
    {
        QProcess process;
        process.start(SandboxFixture::sandboxPath(), {u"--quiet"_s});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
        const QByteArray line = process.readLine();
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(line.endsWith('\n'));
        QVERIFY2(line.startsWith("{\"url\":\"http://127.0.0.1:"), line.constData());
        QVERIFY(!line.trimmed().contains('\n'));
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        QCOMPARE(keysOf(object), QStringList({u"keys"_s, u"url"_s}));
        const QJsonObject keys = object.value("keys"_L1).toObject();
        QCOMPARE(keysOf(keys), QStringList({u"editor"_s, u"viewer"_s}));
        QVERIFY(keys.value("editor"_L1).toString().startsWith("glnc_sk_"_L1));
        QVERIFY(keys.value("viewer"_L1).toString().startsWith("glnc_sk_"_L1));
        QVERIFY(keys.value("editor"_L1) != keys.value("viewer"_L1));
        QVERIFY(QUrl(object.value("url"_L1).toString()).port() > 0);
        QVERIFY(process.readAllStandardOutput().isEmpty()); // nothing else on stdout
    }

    void inventoryListShape()
    {
        const HttpResult r = m_sandbox.get(u"/inventory"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = r.json();
        QCOMPARE(body.value("success"_L1), QJsonValue(true));
        const QJsonArray data = body.value("data"_L1).toArray();
        QCOMPARE(data.size(), 50); // default limit
        const QJsonObject pagination = body.value("pagination"_L1).toObject();
        QCOMPARE(pagination.value("total"_L1).toInt(), 700);
        QCOMPARE(pagination.value("limit"_L1).toInt(), 50);
        QCOMPARE(pagination.value("offset"_L1).toInt(), 0);
        QCOMPARE(pagination.value("hasMore"_L1), QJsonValue(true));
        qint64 previousId = 0;
        bool sawNullLocation = false;
        bool sawEmptyLocation = false;
        for (const QJsonValue &value : data) {
            const QJsonObject item = value.toObject();
            QVERIFY(item.value("id"_L1).toInteger() > previousId); // ordered by id
            previousId = item.value("id"_L1).toInteger();
            const QJsonObject product = item.value("product"_L1).toObject();
            QVERIFY(product.value("id"_L1).toInteger() > 0);
            QVERIFY(!product.value("name"_L1).toString().isEmpty());
            QVERIFY(!product.value("sku"_L1).toString().isEmpty());
            const QJsonObject warehouse = item.value("warehouse"_L1).toObject();
            QVERIFY(warehouse.value("id"_L1).toInteger() > 0);
            QVERIFY(!warehouse.value("name"_L1).toString().isEmpty());
            QVERIFY(item.value("quantity"_L1).isDouble());
            QVERIFY(item.contains("location"_L1));
            QVERIFY(item.contains("reservedQuantity"_L1));
            QVERIFY(item.contains("minStockLevel"_L1));
            sawNullLocation |= item.value("location"_L1).isNull();
            sawEmptyLocation |= item.value("location"_L1) == QJsonValue(u""_s);
        }
        QVERIFY(sawNullLocation);
        QVERIFY(sawEmptyLocation);
    }

    void paginationEdges()
    {
        // Exact multiple of the limit: 700 = 7 x 100.
        HttpResult r = m_sandbox.get(u"/inventory?limit=100&page=7"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toArray().size(), 100);
        QJsonObject p = r.json().value("pagination"_L1).toObject();
        QCOMPARE(p.value("offset"_L1).toInt(), 600);
        QCOMPARE(p.value("hasMore"_L1), QJsonValue(false));
        r = m_sandbox.get(u"/inventory?limit=100&page=8"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toArray().size(), 0);
        p = r.json().value("pagination"_L1).toObject();
        QCOMPARE(p.value("offset"_L1).toInt(), 700);
        QCOMPARE(p.value("total"_L1).toInt(), 700);
        QCOMPARE(p.value("hasMore"_L1), QJsonValue(false));

        // Clamped limit is echoed.
        r = m_sandbox.get(u"/inventory?limit=250&page=2"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toArray().size(), 100);
        p = r.json().value("pagination"_L1).toObject();
        QCOMPARE(p.value("limit"_L1).toInt(), 100);
        QCOMPARE(p.value("offset"_L1).toInt(), 100);

        // No hits.
        r = m_sandbox.get(u"/inventory?search=zzz-no-such-thing-zzz"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toArray().size(), 0);
        p = r.json().value("pagination"_L1).toObject();
        QCOMPARE(p.value("total"_L1).toInt(), 0);
        QCOMPARE(p.value("hasMore"_L1), QJsonValue(false));

        // Pages cover everything exactly once.
        QSet<qint64> ids;
        for (int page = 1; page <= 8; ++page) {
            for (const QJsonValue &v : dataArray(u"/inventory?limit=100&page=%1"_s.arg(page)))
                ids.insert(v.toObject().value("id"_L1).toInteger());
        }
        QCOMPARE(ids.size(), 700);
    }

    void invalidQueryValues_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit=0") << u"limit=0"_s << u"limit"_s;
        QTest::newRow("limit=-5") << u"limit=-5"_s << u"limit"_s;
        QTest::newRow("limit=abc") << u"limit=abc"_s << u"limit"_s;
        QTest::newRow("page=0") << u"page=0"_s << u"page"_s;
        QTest::newRow("page=1.5") << u"page=1.5"_s << u"page"_s;
        QTest::newRow("page=x") << u"page=x"_s << u"page"_s;
        QTest::newRow("warehouseId=main") << u"warehouseId=main"_s << u"warehouseId"_s;
    }

    void invalidQueryValues()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const HttpResult r = m_sandbox.get(u"/inventory?"_s + query);
        QVERIFY(isSdkError(r, 400, u"INVALID_FIELD"_s));
        QCOMPARE(issuePaths(r), QStringList {u"[\"%1\"]"_s.arg(field)});
    }

    void warehouseFilter()
    {
        qint64 sum = 0;
        for (int warehouse = 1; warehouse <= 3; ++warehouse) {
            const QString path = u"/inventory?limit=100&warehouseId=%1"_s.arg(warehouse);
            for (const QJsonValue &v : dataArray(path)) {
                QCOMPARE(v.toObject().value("warehouse"_L1).toObject().value("id"_L1).toInt(),
                         warehouse);
            }
            sum += totalOf(path);
        }
        QCOMPARE(sum, 700);
        QCOMPARE(totalOf(u"/inventory?warehouseId=999"_s), 0);
    }

    void singleRecord()
    {
        const QJsonObject first = dataArray(u"/inventory?limit=1"_s).first().toObject();
        const HttpResult r = m_sandbox.get(u"/inventory/%1"_s.arg(first.value("id"_L1).toInt()));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("success"_L1), QJsonValue(true));
        QCOMPARE(r.data().toObject(), first);
        QVERIFY(isSdkError(m_sandbox.get(u"/inventory/999999"_s), 404, u"INVENTORY_NOT_FOUND"_s));
        QVERIFY(isSdkError(m_sandbox.get(u"/inventory/abc"_s), 400, u"INVALID_FIELD"_s));
    }

    void recordsOfProduct()
    {
        const HttpResult r = m_sandbox.get(u"/inventory/product/2"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains("pagination"_L1));
        const QJsonArray data = r.data().toArray();
        QVERIFY(!data.isEmpty());
        for (const QJsonValue &v : data) {
            const QJsonObject item = v.toObject();
            QVERIFY(!item.contains("product"_L1));
            QVERIFY(item.value("id"_L1).toInteger() > 0);
            QVERIFY(!item.value("warehouse"_L1).toObject().value("name"_L1).toString().isEmpty());
            QVERIFY(item.value("quantity"_L1).isDouble());
            QVERIFY(item.contains("location"_L1));
        }
        // Product 50 is a service: known, but without records.
        const HttpResult service = m_sandbox.get(u"/inventory/product/50"_s);
        QCOMPARE(service.status, 200);
        QVERIFY(service.data().isArray());
        QCOMPARE(service.data().toArray().size(), 0);
        QVERIFY(isSdkError(m_sandbox.get(u"/inventory/product/999999"_s), 404,
                           u"PRODUCT_NOT_FOUND"_s));
    }

    void products()
    {
        const HttpResult r = m_sandbox.get(u"/products?limit=5"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value("pagination"_L1).toObject().value("total"_L1).toInt(), 300);
        const QJsonObject product = r.data().toArray().first().toObject();
        for (const auto key :
             {"id"_L1, "name"_L1, "sku"_L1, "unit"_L1, "unitCost"_L1, "buyingPrice"_L1,
              "isPhysical"_L1, "isWithInventory"_L1, "trackSerialNumbers"_L1, "createdAt"_L1}) {
            QVERIFY2(product.contains(key), qPrintable(QString(key)));
        }
        QVERIFY(product.value("createdAt"_L1).toString().endsWith(u'Z'));

        const HttpResult one = m_sandbox.get(u"/products/id/1"_s);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.data().toObject().value("sku"_L1).toString(), u"WDG-001"_s);
        QVERIFY(one.data().toObject().contains("vendor"_L1));
        QVERIFY(isSdkError(m_sandbox.get(u"/products/id/999999"_s), 404, u"PRODUCT_NOT_FOUND"_s));

        const HttpResult services = m_sandbox.get(u"/products?isPhysical=false&limit=100"_s);
        QCOMPARE(services.status, 200);
        QCOMPARE(services.json().value("pagination"_L1).toObject().value("total"_L1).toInt(), 6);
        for (const QJsonValue &v : services.data().toArray())
            QCOMPARE(v.toObject().value("isPhysical"_L1), QJsonValue(false));
        QVERIFY(isSdkError(m_sandbox.get(u"/products?isPhysical=maybe"_s), 400,
                           u"INVALID_FIELD"_s));
        const qint64 vendorTotal = totalOf(u"/products?vendorId=3"_s);
        QVERIFY(vendorTotal > 0 && vendorTotal < 300);
    }

    void productBySku_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("sku");
        QTest::newRow("dash") << u"WDG-001"_s << u"WDG-001"_s;
        QTest::newRow("slash") << u"AB-120%2F3"_s << u"AB-120/3"_s;
        QTest::newRow("space") << u"CB%20200-1"_s << u"CB 200-1"_s;
        QTest::newRow("hebrew+slash") << u"%D7%9E%D7%A7-4%2F1"_s << u"מק-4/1"_s;
    }

    void productBySku()
    {
        QFETCH(QString, encoded);
        QFETCH(QString, sku);
        const HttpResult r = m_sandbox.get(u"/products/sku/"_s + encoded);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().toObject().value("sku"_L1).toString(), sku);
    }

    void productBySkuUnknownOrUnencoded()
    {
        QVERIFY(isSdkError(m_sandbox.get(u"/products/sku/NO-SUCH"_s), 404, u"PRODUCT_NOT_FOUND"_s));
        // An unencoded slash is a different path.
        QVERIFY(isSdkError(m_sandbox.get(u"/products/sku/AB-120/3"_s), 404, u"NOT_FOUND"_s));
    }

    void caseInsensitiveSearch()
    {
        const qint64 lower = totalOf(u"/inventory?search=%C3%A5ngstr%C3%B6m"_s); // ångström
        const qint64 upper = totalOf(u"/inventory?search=%C3%85NGSTR%C3%96M"_s); // ÅNGSTRÖM
        QVERIFY(lower > 0);
        QCOMPARE(upper, lower);
        QCOMPARE(totalOf(u"/inventory?search=WIDGET%20pro"_s),
                 totalOf(u"/inventory?search=widget+PRO"_s));
        QVERIFY(totalOf(u"/inventory?search=widget%20pro"_s) > 0);

        // Hebrew, in product and warehouse names.
        const QJsonArray hebrew =
                dataArray(u"/inventory?limit=100&search=%D7%97%D7%99%D7%A4%D7%94"_s); // חיפה
        QVERIFY(!hebrew.isEmpty());
        for (const QJsonValue &v : hebrew) {
            QCOMPARE(v.toObject().value("warehouse"_L1).toObject().value("name"_L1).toString(),
                     u"סניף חיפה"_s);
        }
        // SKU and location are searched too.
        const QJsonArray bySku = dataArray(u"/inventory?search=ab-120%2F3"_s);
        QVERIFY(!bySku.isEmpty());
        QCOMPARE(bySku.first().toObject().value("product"_L1).toObject().value("id"_L1).toInt(), 2);
        const QJsonArray byLocation = dataArray(u"/inventory?search=SHELF&limit=100"_s);
        QVERIFY(!byLocation.isEmpty());
        for (const QJsonValue &v : byLocation)
            QVERIFY(v.toObject().value("location"_L1).toString().contains("Shelf"_L1));
        // Products search (name and SKU).
        QVERIFY(totalOf(u"/products?search=%C3%89CLAIR"_s) > 0);
        QCOMPARE(totalOf(u"/products?search=%C3%A9clair"_s),
                 totalOf(u"/products?search=%C3%89CLAIR"_s));
    }

    void warehouses()
    {
        const HttpResult r = m_sandbox.get(u"/warehouses"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains("pagination"_L1));
        const QJsonArray list = r.data().toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toObject().value("name"_L1).toString(), u"מחסן ראשי"_s);
        QCOMPARE(list.at(1).toObject().value("name"_L1).toString(), u"Secondary Storage"_s);
        for (const auto key : {"id"_L1, "name"_L1, "code"_L1, "isActive"_L1, "isDefault"_L1})
            QVERIFY(list.at(0).toObject().contains(key));
        const HttpResult one = m_sandbox.get(u"/warehouses/2"_s);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.data().toObject(), list.at(1).toObject());
        QVERIFY(isSdkError(m_sandbox.get(u"/warehouses/99"_s), 404, u"WAREHOUSE_NOT_FOUND"_s));
    }

    void noWarehousesEndpoint()
    {
        SandboxFixture other;
        QVERIFY2(other.start({u"--no-warehouses-endpoint"_s}), qPrintable(other.errorString()));
        QVERIFY(isSdkError(other.get(u"/warehouses"_s), 404, u"NOT_FOUND"_s));
        QVERIFY(isSdkError(other.get(u"/warehouses/1"_s), 404, u"NOT_FOUND"_s));
        QCOMPARE(other.get(u"/inventory?limit=1"_s).status, 200);
    }

    void movements()
    {
        const HttpResult r = m_sandbox.get(u"/inventory/movements?limit=20"_s);
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.data().toArray();
        QCOMPARE(data.size(), 20);
        QVERIFY(r.json().value("pagination"_L1).toObject().value("total"_L1).toInt() >= 60);
        for (const QJsonValue &v : data) {
            const QJsonObject m = v.toObject();
            for (const auto key : {"id"_L1, "product"_L1, "fromWarehouse"_L1, "toWarehouse"_L1,
                                   "quantity"_L1, "reason"_L1, "type"_L1, "createdAt"_L1})
                QVERIFY2(m.contains(key), qPrintable(QString(key)));
            QVERIFY(!m.value("product"_L1).toObject().value("sku"_L1).toString().isEmpty());
            QVERIFY(m.value("fromWarehouse"_L1).isObject() || m.value("toWarehouse"_L1).isObject());
        }
        const HttpResult filtered = m_sandbox.get(
                u"/inventory/movements?type=transfer&startDate=2024-03-01&endDate=2024-06-30&limit=100"_s);
        QCOMPARE(filtered.status, 200);
        QVERIFY(!filtered.data().toArray().isEmpty());
        for (const QJsonValue &v : filtered.data().toArray()) {
            const QJsonObject m = v.toObject();
            QCOMPARE(m.value("type"_L1).toString(), u"transfer"_s);
            const QString day = m.value("createdAt"_L1).toString().left(10);
            QVERIFY(day >= "2024-03-01"_L1 && day <= "2024-06-30"_L1);
            QVERIFY(m.value("fromWarehouse"_L1).isObject() && m.value("toWarehouse"_L1).isObject());
        }
        const QJsonArray ofProduct = dataArray(u"/inventory/movements?productId=%1"_s.arg(
                data.first().toObject().value("product"_L1).toObject().value("id"_L1).toInt()));
        QVERIFY(!ofProduct.isEmpty());
        QVERIFY(isSdkError(m_sandbox.get(u"/inventory/movements?startDate=2024-13-01"_s), 400,
                           u"INVALID_FIELD"_s));
        QVERIFY(isSdkError(
                m_sandbox.get(u"/inventory/movements?startDate=2024-05-01&endDate=2024-04-01"_s),
                400, u"INVALID_FIELD"_s));
    }

    void routing()
    {
        QVERIFY(isSdkError(m_sandbox.get(u"/nope"_s), 404, u"NOT_FOUND"_s));
        QVERIFY(isSdkError(m_sandbox.get(u"/inventory/1/2/3"_s), 404, u"NOT_FOUND"_s));
        const HttpResult wrongMethod =
                m_sandbox.request("POST", u"/inventory"_s, m_sandbox.editorKey(), "{}");
        QVERIFY(isSdkError(wrongMethod, 405, u"METHOD_NOT_ALLOWED"_s));
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("GET"));
        QVERIFY(isSdkError(m_sandbox.get(u"/inventory/create"_s), 405, u"METHOD_NOT_ALLOWED"_s));
        QVERIFY(isSdkError(
                m_sandbox.request("PATCH", u"/inventory/1/edit"_s, m_sandbox.editorKey(), "{}"),
                405, u"METHOD_NOT_ALLOWED"_s));
        // /inventory/movements is not /inventory/:id.
        QCOMPARE(m_sandbox.get(u"/inventory/movements"_s).status, 200);
        // Trailing slash tolerated.
        QCOMPARE(m_sandbox.get(u"/inventory/?limit=1"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
