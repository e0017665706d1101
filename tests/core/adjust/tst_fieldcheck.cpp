// Validation of typed numbers and texts: non-numbers, 32-bit overflow, negatives, empty, long.
#include "core/adjust/fieldcheck.h"

#include <QTest>

using namespace Glance;

class TestFieldCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << QStringLiteral("0") << true << qint64(0);
        QTest::newRow("spaces") << QStringLiteral("  42 ") << true << qint64(42);
        QTest::newRow("plus") << QStringLiteral("+7") << true << qint64(7);
        QTest::newRow("max") << QStringLiteral("2147483647") << true << qint64(2147483647);
        QTest::newRow("grouped") << QStringLiteral("1,200") << true << qint64(1200);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("text") << QStringLiteral("abc") << false << qint64(0);
        QTest::newRow("fraction") << QStringLiteral("1.5") << false << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-1") << false << qint64(0);
        QTest::newRow("over 32 bits") << QStringLiteral("2147483648") << false << qint64(0);
        QTest::newRow("over 64 bits")
                << QStringLiteral("99999999999999999999") << false << qint64(0);
        QTest::newRow("exponent") << QStringLiteral("1e3") << false << qint64(0);
    }

    void quantity()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const NumberCheck check = FieldCheck::quantity(text, QLocale(QLocale::English));
        QCOMPARE(check.ok(), ok);
        if (ok)
            QCOMPARE(*check.value, value);
        else
            QVERIFY(!check.error.isEmpty());
    }

    void errorsSayWhatIsWrong()
    {
        const QLocale c(QLocale::English);
        QVERIFY(FieldCheck::quantity(QStringLiteral("-3"), c)
                        .error.contains(QStringLiteral("negative")));
        QVERIFY(FieldCheck::quantity(QStringLiteral("5000000000"), c)
                        .error.contains(QStringLiteral("2,147,483,647")));
        QVERIFY(FieldCheck::quantity(QStringLiteral("abc"), c)
                        .error.contains(QStringLiteral("abc")));
        QVERIFY(FieldCheck::amount(QStringLiteral("0"), c).error.contains(QStringLiteral("0")));
    }

    void amount()
    {
        const QLocale c(QLocale::English);
        QCOMPARE(*FieldCheck::amount(QStringLiteral("-5"), c).value, -5);
        QCOMPARE(*FieldCheck::amount(QStringLiteral("\u22125"), c).value, -5);
        QCOMPARE(*FieldCheck::amount(QStringLiteral("-2147483647"), c).value, -2147483647);
        QVERIFY(!FieldCheck::amount(QStringLiteral("0"), c).ok());
        QVERIFY(!FieldCheck::amount(QStringLiteral("-2147483648"), c).ok());
        QVERIFY(!FieldCheck::amount(QStringLiteral(""), c).ok());
        QVERIFY(!FieldCheck::amount(QStringLiteral("--5"), c).ok());
    }

    void hebrewLocaleNumbers()
    {
        const QLocale he(QLocale::Hebrew, QLocale::Israel);
        QCOMPARE(*FieldCheck::quantity(QStringLiteral("1,234"), he).value, 1234);
        QCOMPARE(*FieldCheck::quantity(QStringLiteral("\u200F12"), he).value, 12);
    }

    void ids()
    {
        QCOMPARE(*FieldCheck::id(QStringLiteral("3")).value, 3);
        QVERIFY(!FieldCheck::id(QStringLiteral("0")).ok());
        QVERIFY(!FieldCheck::id(QStringLiteral("x")).ok());
        QVERIFY(!FieldCheck::id(QString()).ok());
    }

    void texts()
    {
        QVERIFY(FieldCheck::locationError(QString(255, QLatin1Char('x'))).isEmpty());
        QVERIFY(!FieldCheck::locationError(QString(256, QLatin1Char('x'))).isEmpty());
        QVERIFY(FieldCheck::reasonError(QString(), false).isEmpty());
        QVERIFY(!FieldCheck::reasonError(QStringLiteral("  "), true).isEmpty());
        QVERIFY(!FieldCheck::reasonError(QString(256, QLatin1Char('r')), false).isEmpty());
        QVERIFY(FieldCheck::notesError(QString(2000, QLatin1Char('n'))).isEmpty());
        QVERIFY(!FieldCheck::notesError(QString(2001, QLatin1Char('n'))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldCheck)
#include "tst_fieldcheck.moc"
