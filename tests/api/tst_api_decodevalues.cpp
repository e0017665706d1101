// Decode's value rules (decodevalues.h) one value at a time: what each reader takes (numeric
// strings, "12.0", "true"/"1", dates with a space, seconds or milliseconds) and what it refuses
// rather than reading as zero.

#include "api/decodevalues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Glance;

using OptInt = std::optional<qint64>;

class TestDecodeValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ids_data();
    void ids();
    void integers_data();
    void integers();
    void numbers();
    void booleans_data();
    void booleans();
    void strings();
    void dateTimes();
    void absentAndDescribed();
};

void TestDecodeValues::ids_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<OptInt>("id");
    QTest::newRow("number") << QJsonValue(42) << OptInt(42);
    QTest::newRow("negative") << QJsonValue(-7) << OptInt(-7);
    QTest::newRow("digits") << QJsonValue(u" 12345678901234567 "_s) << OptInt(12345678901234567);
    QTest::newRow("2^53") << QJsonValue(9007199254740992.0) << OptInt(9007199254740992);
    QTest::newRow("beyond 2^53") << QJsonValue(1e16) << OptInt();
    QTest::newRow("fraction") << QJsonValue(2.5) << OptInt();
    QTest::newRow("fraction string") << QJsonValue(u"2.5"_s) << OptInt();
    QTest::newRow("exponent string") << QJsonValue(u"1e3"_s) << OptInt();
    QTest::newRow("19 digits") << QJsonValue(u"1234567890123456789"_s) << OptInt();
    QTest::newRow("bool") << QJsonValue(true) << OptInt();
    QTest::newRow("null") << QJsonValue() << OptInt();
    QTest::newRow("object") << QJsonValue(QJsonObject {{u"id"_s, 1}}) << OptInt();
}

void TestDecodeValues::ids()
{
    QFETCH(QJsonValue, value);
    QFETCH(OptInt, id);
    QCOMPARE(Decode::id(value), id);
}

void TestDecodeValues::integers_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<OptInt>("integer");
    QTest::newRow("number") << QJsonValue(12) << OptInt(12);
    QTest::newRow("digits") << QJsonValue(u"12"_s) << OptInt(12);
    QTest::newRow("whole with a point") << QJsonValue(u"12.0"_s) << OptInt(12);
    QTest::newRow("whole double") << QJsonValue(-3.0) << OptInt(-3);
    QTest::newRow("fraction") << QJsonValue(2.5) << OptInt();
    QTest::newRow("word") << QJsonValue(u"many"_s) << OptInt();
    QTest::newRow("huge string") << QJsonValue(u"1e300"_s) << OptInt();
    QTest::newRow("bool") << QJsonValue(true) << OptInt();
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << OptInt();
}

void TestDecodeValues::integers()
{
    QFETCH(QJsonValue, value);
    QFETCH(OptInt, integer);
    QCOMPARE(Decode::integer(value), integer);
}

void TestDecodeValues::numbers()
{
    QCOMPARE(Decode::number(QJsonValue(2.5)), std::optional<double>(2.5));
    QCOMPARE(Decode::number(QJsonValue(u" 4.25 "_s)), std::optional<double>(4.25));
    QVERIFY(!Decode::number(QJsonValue(u"inf"_s)).has_value());
    QVERIFY(!Decode::number(QJsonValue(u"abc"_s)).has_value());
    QVERIFY(!Decode::number(QJsonValue(false)).has_value());
    QVERIFY(!Decode::number(QJsonValue()).has_value());
}

void TestDecodeValues::booleans_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<std::optional<bool>>("boolean");
    QTest::newRow("true") << QJsonValue(true) << std::optional<bool>(true);
    QTest::newRow("false") << QJsonValue(false) << std::optional<bool>(false);
    QTest::newRow("1") << QJsonValue(1) << std::optional<bool>(true);
    QTest::newRow("0") << QJsonValue(0) << std::optional<bool>(false);
    QTest::newRow("\"TRUE\"") << QJsonValue(u" TRUE "_s) << std::optional<bool>(true);
    QTest::newRow("\"1\"") << QJsonValue(u"1"_s) << std::optional<bool>(true);
    QTest::newRow("\"0\"") << QJsonValue(u"0"_s) << std::optional<bool>(false);
    QTest::newRow("\"yes\"") << QJsonValue(u"yes"_s) << std::optional<bool>();
    QTest::newRow("null") << QJsonValue() << std::optional<bool>();
}

void TestDecodeValues::booleans()
{
    QFETCH(QJsonValue, value);
    QFETCH(std::optional<bool>, boolean);
    QCOMPARE(Decode::boolean(value), boolean);
}

void TestDecodeValues::strings()
{
    QCOMPARE(Decode::string(QJsonValue(u"AB-1"_s)), u"AB-1"_s);
    QCOMPARE(Decode::string(QJsonValue(120)), u"120"_s); // a SKU sent as a number
    QCOMPARE(Decode::string(QJsonValue(1.5)), u"1.5"_s);
    QCOMPARE(Decode::string(QJsonValue(true)), QString());
    QCOMPARE(Decode::string(QJsonValue()), QString());
}

void TestDecodeValues::dateTimes()
{
    const QDateTime expected(QDate(2026, 3, 1), QTime(10, 20, 30), QTimeZone::utc());
    QCOMPARE(Decode::dateTime(QJsonValue(u"2026-03-01T10:20:30Z"_s)), expected);
    QCOMPARE(Decode::dateTime(QJsonValue(u"2026-03-01 10:20:30Z"_s)), expected); // SQL style
    QCOMPARE(Decode::dateTime(QJsonValue(u"2026-03-01T10:20:30.250Z"_s)), expected.addMSecs(250));
    QCOMPARE(Decode::dateTime(QJsonValue(double(expected.toSecsSinceEpoch()))), expected);
    QCOMPARE(Decode::dateTime(QJsonValue(double(expected.toMSecsSinceEpoch()))), expected);
    QVERIFY(!Decode::dateTime(QJsonValue(u"yesterday"_s)).isValid());
    QVERIFY(!Decode::dateTime(QJsonValue(1e300)).isValid());
    QVERIFY(!Decode::dateTime(QJsonValue(true)).isValid());
}

void TestDecodeValues::absentAndDescribed()
{
    QVERIFY(Decode::isAbsent(QJsonValue()));
    QVERIFY(Decode::isAbsent(QJsonObject().value(u"missing"_s)));
    QVERIFY(!Decode::isAbsent(QJsonValue(0)));
    QVERIFY(!Decode::isAbsent(QJsonValue(u""_s)));

    QCOMPARE(Decode::describe(QJsonValue()), u"null"_s);
    QCOMPARE(Decode::describe(QJsonValue(QJsonValue::Undefined)), u"missing"_s);
    QCOMPARE(Decode::describe(QJsonValue(false)), u"false"_s);
    QCOMPARE(Decode::describe(QJsonValue(2.5)), u"2.5"_s);
    QCOMPARE(Decode::describe(QJsonValue(QString(50, u'x'))), u"\"%1\""_s.arg(QString(40, u'x')));
    QCOMPARE(Decode::describe(QJsonValue(QJsonArray())), u"an array"_s);
    QCOMPARE(Decode::describe(QJsonValue(QJsonObject())), u"an object"_s);

    const ApiError error = Decode::decodeError(u"no id"_s);
    QCOMPARE(error.kind(), ApiError::Kind::Decode);
    QCOMPARE(error.detail(), u"no id"_s);
}

QTEST_GUILESS_MAIN(TestDecodeValues)
#include "tst_api_decodevalues.moc"
