// Decoding cost of inventory pages (the client's hot path while loading large accounts).
// A benchmark, not a timed test: it prints figures and fails only when decoding fails.
#include "api/decoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Glance;

namespace {

QByteArray makePage(int rows, bool flatAndStrings)
{
    QJsonArray data;
    for (int i = 1; i <= rows; ++i) {
        QJsonObject record;
        if (flatAndStrings) {
            record.insert(QStringLiteral("id"), QString::number(i));
            record.insert(QStringLiteral("productId"), QString::number(i % 300 + 1));
            record.insert(QStringLiteral("warehouseId"), QString::number(i % 3 + 1));
            record.insert(QStringLiteral("quantity"), QString::number(i * 7 % 500));
        } else {
            record.insert(QStringLiteral("id"), i);
            record.insert(
                    QStringLiteral("product"),
                    QJsonObject {{QStringLiteral("id"), i % 300 + 1},
                                 {QStringLiteral("name"), QStringLiteral("מברגה חשמלית %1").arg(i)},
                                 {QStringLiteral("sku"), QStringLiteral("AB-%1/3").arg(i)}});
            record.insert(QStringLiteral("warehouse"),
                          QJsonObject {{QStringLiteral("id"), i % 3 + 1},
                                       {QStringLiteral("name"), QStringLiteral("מחסן ראשי")}});
            record.insert(QStringLiteral("quantity"), i * 7 % 500);
        }
        record.insert(QStringLiteral("location"), QStringLiteral("Shelf A%1").arg(i % 40));
        data.append(record);
    }
    const QJsonObject root {{QStringLiteral("success"), true},
                            {QStringLiteral("data"), data},
                            {QStringLiteral("pagination"),
                             QJsonObject {{QStringLiteral("total"), 100000},
                                          {QStringLiteral("limit"), rows},
                                          {QStringLiteral("offset"), 0},
                                          {QStringLiteral("hasMore"), true}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class BenchDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inventoryPage_data()
    {
        QTest::addColumn<bool>("flat");
        QTest::newRow("nested") << false;
        QTest::newRow("flat-strings") << true;
    }

    void inventoryPage()
    {
        QFETCH(bool, flat);
        const QByteArray body = makePage(100, flat);
        QBENCHMARK
        {
            const auto page = Decode::inventoryPage(body);
            QVERIFY(page.ok());
            QCOMPARE(page.value().items.size(), 100);
        }
    }
};

QTEST_GUILESS_MAIN(BenchDecoder)
#include "bench_decoder.moc"
