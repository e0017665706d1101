// Decode's envelope and pagination (decodeenvelope.h) on raw bodies: where the payload is, what
// a failed or unreadable body becomes, and how a pagination object is read.

#include "api/decodeenvelope.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glance;

class TestDecodeEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataInsideTheEnvelope();
    void bareValues();
    void unreadableBodies_data();
    void unreadableBodies();
    void successFalse();
    void pagination();
    void paginationLimitsAndOffsets();
};

void TestDecodeEnvelope::dataInsideTheEnvelope()
{
    const auto env = Decode::envelope(R"({"success":true,"data":[1,2],"pagination":{}})");
    QVERIFY(env.ok());
    QVERIFY(env->hasDataKey);
    QCOMPARE(env->data.toArray().size(), 2);
    QVERIFY(env->root.contains(u"pagination"_s));

    const auto nullData = Decode::envelope(R"({"data":null})");
    QVERIFY(nullData.ok());
    QVERIFY(nullData->hasDataKey);
    QVERIFY(nullData->data.isNull());
}

void TestDecodeEnvelope::bareValues()
{
    // A bare array is the payload, with no root.
    const auto array = Decode::envelope(R"([{"id":1}])");
    QVERIFY(array.ok());
    QVERIFY(!array->hasDataKey);
    QCOMPARE(array->data.toArray().size(), 1);
    QVERIFY(array->root.isEmpty());
    // An object without "data" is its own payload.
    const auto object = Decode::envelope(R"({"id":7})");
    QVERIFY(object.ok());
    QVERIFY(!object->hasDataKey);
    QCOMPARE(object->data.toObject().value(u"id"_s).toInt(), 7);
}

void TestDecodeEnvelope::unreadableBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty") << QByteArray("  \n") << u"empty body"_s;
    QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>") << u"not JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"({"data":[{"id":1)") << u"not JSON"_s;
    QTest::newRow("scalar") << QByteArray("42") << u"not JSON"_s;
}

void TestDecodeEnvelope::unreadableBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const auto env = Decode::envelope(body);
    QVERIFY(!env.ok());
    QCOMPARE(env.error().kind(), ApiError::Kind::Decode);
    QVERIFY2(env.error().detail().startsWith(detail), qPrintable(env.error().detail()));
}

void TestDecodeEnvelope::successFalse()
{
    const auto refused = Decode::envelope(
            R"({"success":"false","error":{"status":409,"message":"Exists","code":"X"}})");
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), ApiError::Kind::Http);
    QCOMPARE(refused.error().httpStatus(), 409);
    QCOMPARE(refused.error().serverCode(), u"X"_s);
    // Without a status it is not an answer one can act on.
    const auto noStatus = Decode::envelope(R"({"success":false,"data":[]})");
    QVERIFY(!noStatus.ok());
    QCOMPARE(noStatus.error().kind(), ApiError::Kind::Decode);
}

void TestDecodeEnvelope::pagination()
{
    const Pagination none = Decode::pagination(QJsonObject {{u"data"_s, QJsonArray()}});
    QVERIFY(!none.present);
    QCOMPARE(none.limit, 0);
    QCOMPARE(none.offset, 0);

    const Pagination page =
            Decode::pagination(QJsonObject {{u"pagination"_s,
                                             QJsonObject {{u"total"_s, u"250"_s},
                                                          {u"limit"_s, 100},
                                                          {u"offset"_s, u"100"_s},
                                                          {u"hasMore"_s, u"true"_s}}}});
    QVERIFY(page.present);
    QCOMPARE(page.total, std::optional<qint64>(250));
    QCOMPARE(page.limit, 100);
    QCOMPARE(page.offset, 100);
    QCOMPARE(page.hasMore, std::optional<bool>(true));
}

void TestDecodeEnvelope::paginationLimitsAndOffsets()
{
    const auto read = [](const QJsonObject &pagination) {
        return Decode::pagination(QJsonObject {{u"pagination"_s, pagination}});
    };
    QCOMPARE(read({{u"limit"_s, 0}}).limit, 0);
    QCOMPARE(read({{u"limit"_s, -5}}).limit, 0);
    QCOMPARE(read({{u"limit"_s, 100'001}}).limit, 0);
    QCOMPARE(read({{u"limit"_s, 100'000}}).limit, 100'000);
    QCOMPARE(read({{u"offset"_s, -10}}).offset, 0);
    QCOMPARE(read({{u"offset"_s, u"x"_s}}).offset, 0);
    QVERIFY(!read({{u"total"_s, u"many"_s}}).total.has_value());
    QVERIFY(!read({}).hasMore.has_value());
}

QTEST_GUILESS_MAIN(TestDecodeEnvelope)
#include "tst_api_decodeenvelope.moc"
