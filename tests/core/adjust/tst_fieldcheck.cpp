// Validation of typed numbers and texts: non-numbers, 32-bit overflow, negatives, empty, long;
// the values inside the error sentences isolated (Bidi), in Hebrew too.
#include "core/adjust/fieldcheck.h"
#include "core/text/bidi.h"
#include "sourcetranslator.h"

#include <QCoreApplication>
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
        QVERIFY(FieldCheck::skuError(QString(100, QLatin1Char('s'))).isEmpty());
        QVERIFY(!FieldCheck::skuError(QString(101, QLatin1Char('s'))).isEmpty());
    }

    void valuesInErrorsAreIsolated()
    {
        const QLocale en(QLocale::English);
        // The examples of an amount: "5" and "−5" (U+2212), each isolated; never a bare "-5",
        // which a right-to-left sentence would draw as "5-".
        for (const QString &text : {QString(), QStringLiteral("abc"), QStringLiteral("0")}) {
            const QString error = FieldCheck::amount(text, en).error;
            QVERIFY2(error.contains(Bidi::signedAmount(-5, en)), qPrintable(error));
            QVERIFY2(error.contains(Bidi::quantity(5, en)), qPrintable(error));
            QVERIFY2(!error.contains(QStringLiteral("-5")), qPrintable(error));
        }
        // What was typed comes back in its own direction.
        QVERIFY(FieldCheck::amount(QStringLiteral("  12-AB "), en)
                        .error.contains(Bidi::name(u"12-AB")));
        QVERIFY(FieldCheck::quantity(QStringLiteral("x-1"), en).error.contains(Bidi::name(u"x-1")));
        QVERIFY(FieldCheck::id(QStringLiteral("-3"), en).error.contains(Bidi::name(u"-3")));
        // Limits through the locale, left to right.
        QVERIFY(FieldCheck::quantity(QStringLiteral("5000000000"), en)
                        .error.contains(Bidi::quantity(FieldCheck::MaxQuantity, en)));
        QVERIFY(FieldCheck::amount(QStringLiteral("-5000000000"), en)
                        .error.contains(Bidi::quantity(FieldCheck::MaxQuantity, en)));
        QVERIFY(FieldCheck::id(QStringLiteral("0"), en)
                        .error.contains(Bidi::isolateLtr(u"2,147,483,647")));
        const QString location = FieldCheck::locationError(QString(300, QLatin1Char('L')), en);
        QVERIFY2(location.contains(QStringLiteral("300 characters")), qPrintable(location));
        QVERIFY2(location.contains(Bidi::isolateLtr(u"255")), qPrintable(location));
        const QString sku = FieldCheck::skuError(QString(1200, QLatin1Char('S')), en);
        QVERIFY2(sku.contains(Bidi::isolateLtr(u"100")), qPrintable(sku));
        QVERIFY2(FieldCheck::notesError(QString(2001, QLatin1Char('n')), en)
                         .contains(Bidi::isolateLtr(u"2,000")),
                 qPrintable(FieldCheck::notesError(QString(2001, QLatin1Char('n')), en)));
    }

    void hebrewAmountErrorKeepsTheMinusWithItsNumber()
    {
        // A Hebrew translation without isolates around its placeholders: the code's isolates
        // carry the examples, and the minus is U+2212, not the hyphen Qt's Hebrew locale uses.
        const QLocale he(QLocale::Hebrew, QLocale::Israel);
        Test::SourceTranslator hebrew({
                {QStringLiteral("The amount cannot be 0. Enter how many to add (e.g. %1) or "
                                "remove (e.g. %2)."),
                 QStringLiteral("השינוי לא יכול להיות 0. יש להזין כמה להוסיף (למשל %1) או "
                                "להוריד (למשל %2).")},
        });
        QVERIFY(QCoreApplication::installTranslator(&hebrew));
        const QString error = FieldCheck::amount(QStringLiteral("0"), he).error;
        QCoreApplication::removeTranslator(&hebrew);
        QVERIFY2(error.startsWith(QStringLiteral("השינוי")), qPrintable(error));
        const QString minusFive = QChar(Bidi::LeftToRightIsolate) + QChar(Bidi::MinusSign)
                + QStringLiteral("5") + QChar(Bidi::PopDirectionalIsolate);
        QVERIFY2(error.contains(QStringLiteral("(למשל ") + minusFive + QStringLiteral(")")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFieldCheck)
#include "tst_fieldcheck.moc"
