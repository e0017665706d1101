// Glance::Bidi: isolates around left-to-right values, signed amounts with a real minus sign,
// parsing what people type, first-strong direction. String-level checks; the visual order of
// composed sentences is checked with Qt's text layout in tests/ui/i18n/tst_bidi_visualorder.
#include "core/text/bidi.h"

#include <QTest>
#include <QUrl>

#include <limits>

using namespace Glance;

namespace {

const QChar LRI(Bidi::LeftToRightIsolate);
const QChar FSI(Bidi::FirstStrongIsolate);
const QChar PDI(Bidi::PopDirectionalIsolate);
const QChar Minus(Bidi::MinusSign);

QLocale hebrew()
{
    return QLocale(QLocale::Hebrew, QLocale::Israel);
}

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

class TestBidi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isolatesWrapTheValue()
    {
        QCOMPARE(Bidi::sku(u"AB-120/3"), LRI + QStringLiteral("AB-120/3") + PDI);
        QCOMPARE(Bidi::apiKey(u"gl_live_abc"), LRI + QStringLiteral("gl_live_abc") + PDI);
        QCOMPARE(Bidi::url(QUrl(QStringLiteral("https://api.glance.co.il/v1"))),
                 LRI + QStringLiteral("https://api.glance.co.il/v1") + PDI);
        QCOMPARE(Bidi::location(u"Shelf A3"), FSI + QStringLiteral("Shelf A3") + PDI);
        QCOMPARE(Bidi::name(u"מחסן ראשי"), FSI + QStringLiteral("מחסן ראשי") + PDI);
        QCOMPARE(Bidi::isolateRtl(u"x"),
                 QChar(Bidi::RightToLeftIsolate) + QStringLiteral("x") + PDI);
        QCOMPARE(Bidi::isolate(u""), FSI + PDI);
    }

    void signedAmount_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("delta");
        QTest::addColumn<QString>("expected");
        for (const QLocale &locale : {english(), hebrew()}) {
            const QString tag = locale.name();
            QTest::addRow("%s minus five", qPrintable(tag))
                    << locale << qint64(-5) << Minus + QStringLiteral("5");
            QTest::addRow("%s plus twelve", qPrintable(tag))
                    << locale << qint64(12) << QStringLiteral("+12");
            QTest::addRow("%s zero", qPrintable(tag)) << locale << qint64(0) << QStringLiteral("0");
            QTest::addRow("%s grouped", qPrintable(tag))
                    << locale << qint64(-1200) << Minus + QStringLiteral("1,200");
        }
        QTest::newRow("most negative") << english() << std::numeric_limits<qint64>::min()
                                       << Minus + QStringLiteral("9,223,372,036,854,775,808");
        QTest::newRow("german grouping") << QLocale(QLocale::German, QLocale::Germany)
                                         << qint64(1200) << QStringLiteral("+1.200");
    }

    void signedAmount()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, delta);
        QFETCH(QString, expected);
        QCOMPARE(Bidi::formatSignedAmount(delta, locale), expected);
        QCOMPARE(Bidi::signedAmount(delta, locale), LRI + expected + PDI);
        // Never the hyphen, never Qt's Hebrew "LRM + hyphen".
        QVERIFY(!Bidi::formatSignedAmount(delta, locale).contains(QLatin1Char('-')));
        QVERIFY(!Bidi::formatSignedAmount(delta, locale).contains(QChar(Bidi::LeftToRightMark)));
    }

    void signedMoney()
    {
        for (const QLocale &locale : {english(), hebrew()}) {
            QCOMPARE(Bidi::formatSignedMoney(-5875, locale), Minus + QStringLiteral("5,875.00"));
            QCOMPARE(Bidi::formatSignedMoney(0.333, locale), QStringLiteral("+0.33"));
            QCOMPARE(Bidi::formatSignedMoney(0.005, locale), QStringLiteral("+0.01"));
            // Rounded before the sign: no "−0.00".
            QCOMPARE(Bidi::formatSignedMoney(-0.001, locale), QStringLiteral("0.00"));
            QCOMPARE(Bidi::signedMoney(12.5, locale), LRI + QStringLiteral("+12.50") + PDI);
            QVERIFY(!Bidi::formatSignedMoney(-1.5, locale).contains(QLatin1Char('-')));
        }
    }

    void quantity()
    {
        QCOMPARE(Bidi::formatQuantity(1200, hebrew()), QStringLiteral("1,200"));
        QCOMPARE(Bidi::formatQuantity(-3, hebrew()), Minus + QStringLiteral("3"));
        QCOMPARE(Bidi::formatQuantity(0, english()), QStringLiteral("0"));
        QCOMPARE(Bidi::quantity(7, english()), LRI + QStringLiteral("7") + PDI);
        // The default locale is used when none is given.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Bidi::formatQuantity(1200), QStringLiteral("1.200"));
        QLocale::setDefault(QLocale::c());
    }

    void number()
    {
        // Ids, row numbers, status codes: the locale's digits, left to right.
        QCOMPARE(Bidi::number(102, hebrew()), LRI + QStringLiteral("102") + PDI);
        QCOMPARE(Bidi::number(12000, english()), LRI + QStringLiteral("12,000") + PDI);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Bidi::number(1200), LRI + QStringLiteral("1.200") + PDI);
        QLocale::setDefault(QLocale::c());
    }

    void composedHebrewSentenceCarriesIsolates()
    {
        // What a translated sentence looks like once the values are in: each value sits between
        // its isolate and a PDI, untouched, and the sentence as a whole stays right to left.
        const QString sentence = QStringLiteral("הכמות של %1 ב%2 שונתה ב־%3")
                                         .arg(Bidi::sku(u"AB-120/3"), Bidi::location(u"Shelf A3"),
                                              Bidi::signedAmount(-5, hebrew()));
        QVERIFY(sentence.contains(LRI + QStringLiteral("AB-120/3") + PDI));
        QVERIFY(sentence.contains(FSI + QStringLiteral("Shelf A3") + PDI));
        QVERIFY(sentence.contains(LRI + Minus + QStringLiteral("5") + PDI));
        QCOMPARE(Bidi::firstStrongDirection(sentence), Qt::RightToLeft);
        QVERIFY(sentence.isRightToLeft());
        // Every isolate is closed.
        QCOMPARE(sentence.count(PDI), sentence.count(LRI) + sentence.count(FSI));
        QCOMPARE(Bidi::stripFormatting(sentence),
                 QStringLiteral("הכמות של AB-120/3 בShelf A3 שונתה ב־") + Minus
                         + QStringLiteral("5"));
    }

    void forDirection()
    {
        // The mark decides the widget's alignment; the value keeps its own order inside.
        for (const QString &value : {QStringLiteral("Widget Pro"), QStringLiteral("0"),
                                     QStringLiteral("מחסן ראשי"), QString()}) {
            const QString rtl = Bidi::forDirection(value, Qt::RightToLeft);
            QCOMPARE(rtl, QChar(Bidi::RightToLeftMark) + FSI + value + PDI);
            QCOMPARE(Bidi::firstStrongDirection(rtl), Qt::RightToLeft);
            QVERIFY(rtl.isRightToLeft());
            const QString ltr = Bidi::forDirection(value, Qt::LeftToRight);
            QCOMPARE(Bidi::firstStrongDirection(ltr), Qt::LeftToRight);
            QVERIFY(!ltr.isRightToLeft());
            QCOMPARE(Bidi::stripFormatting(ltr), value);
        }
    }

    void firstStrongDirection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Qt::LayoutDirection>("expected");
        QTest::newRow("empty") << QString() << Qt::LayoutDirectionAuto;
        QTest::newRow("digits") << QStringLiteral("1,200") << Qt::LayoutDirectionAuto;
        QTest::newRow("signed") << Minus + QStringLiteral("5") << Qt::LayoutDirectionAuto;
        QTest::newRow("date") << QStringLiteral("12.3.2024 14:05") << Qt::LayoutDirectionAuto;
        QTest::newRow("latin") << QStringLiteral("Shelf A3") << Qt::LeftToRight;
        QTest::newRow("hebrew") << QStringLiteral("מדף 3") << Qt::RightToLeft;
        QTest::newRow("digits then hebrew") << QStringLiteral("3 מדפים") << Qt::RightToLeft;
        QTest::newRow("hebrew then latin") << QStringLiteral("מק״ט AB") << Qt::RightToLeft;
        QTest::newRow("latin then hebrew") << QStringLiteral("AB מק״ט") << Qt::LeftToRight;
        // Text inside isolates does not count (UAX #9 P2).
        QTest::newRow("isolated latin first")
                << Bidi::sku(u"AB-120/3") + QStringLiteral(" הוסר") << Qt::RightToLeft;
        QTest::newRow("only isolated") << Bidi::sku(u"AB") << Qt::LayoutDirectionAuto;
        QTest::newRow("nested isolates") << LRI + FSI + QStringLiteral("שלום") + PDI
                        + QStringLiteral("AB") + PDI + QStringLiteral("Z")
                                         << Qt::LeftToRight;
        QTest::newRow("arabic letter") << QStringLiteral("مرحبا") << Qt::RightToLeft;
        QTest::newRow("stray PDI") << PDI + QStringLiteral("AB") << Qt::LeftToRight;
    }

    void firstStrongDirection()
    {
        QFETCH(QString, text);
        QFETCH(Qt::LayoutDirection, expected);
        QCOMPARE(Bidi::firstStrongDirection(text), expected);
    }

    void parseSignedAmount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("value");
        const QLocale he = hebrew();
        QTest::newRow("plain") << QStringLiteral("12") << he << true << qint64(12);
        QTest::newRow("plus") << QStringLiteral("+12") << he << true << qint64(12);
        QTest::newRow("hyphen") << QStringLiteral("-5") << he << true << qint64(-5);
        QTest::newRow("minus sign") << Minus + QStringLiteral("5") << he << true << qint64(-5);
        QTest::newRow("qt hebrew sign") << he.toString(-5) << he << true << qint64(-5);
        QTest::newRow("isolated") << Bidi::signedAmount(-1200, he) << he << true << qint64(-1200);
        QTest::newRow("spaces") << QStringLiteral("  - 5 ") << he << true << qint64(-5);
        QTest::newRow("grouped") << QStringLiteral("1,200") << english() << true << qint64(1200);
        QTest::newRow("german grouping")
                << QStringLiteral("-1.200") << QLocale(QLocale::German, QLocale::Germany) << true
                << qint64(-1200);
        QTest::newRow("min") << QStringLiteral("-9223372036854775808") << english() << true
                             << std::numeric_limits<qint64>::min();
        QTest::newRow("max") << QStringLiteral("9223372036854775807") << english() << true
                             << std::numeric_limits<qint64>::max();
        QTest::newRow("too big") << QStringLiteral("9223372036854775808") << english() << false
                                 << qint64(0);
        QTest::newRow("too small")
                << QStringLiteral("-9223372036854775809") << english() << false << qint64(0);
        QTest::newRow("empty") << QString() << he << false << qint64(0);
        QTest::newRow("sign only") << QStringLiteral("-") << he << false << qint64(0);
        QTest::newRow("two signs") << QStringLiteral("+-5") << he << false << qint64(0);
        QTest::newRow("double minus") << QStringLiteral("--5") << he << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("5 יח׳") << he << false << qint64(0);
        QTest::newRow("decimal") << QStringLiteral("1.5") << english() << false << qint64(0);
        QTest::newRow("marks only")
                << QString(QChar(Bidi::LeftToRightMark)) << he << false << qint64(0);
    }

    void parseSignedAmount()
    {
        QFETCH(QString, text);
        QFETCH(QLocale, locale);
        QFETCH(bool, valid);
        QFETCH(qint64, value);
        const std::optional<qint64> parsed = Bidi::parseSignedAmount(text, locale);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, value);
    }

    void roundTrip()
    {
        for (const QLocale &locale : {english(), hebrew()}) {
            for (qint64 delta :
                 {qint64(-123456), qint64(-1), qint64(0), qint64(7), qint64(98765)}) {
                QCOMPARE(Bidi::parseSignedAmount(Bidi::signedAmount(delta, locale), locale),
                         std::optional<qint64>(delta));
            }
        }
    }

    void stripFormatting()
    {
        const QString marked = QChar(Bidi::LeftToRightMark) + QStringLiteral("a") + QChar(u'\u202B')
                + QStringLiteral("b") + QChar(u'\u202C') + LRI + QStringLiteral("c") + PDI
                + QChar(Bidi::RightToLeftMark);
        QCOMPARE(Bidi::stripFormatting(marked), QStringLiteral("abc"));
        QCOMPARE(Bidi::stripFormatting(u"אבג 1-2"), QStringLiteral("אבג 1-2"));
        QVERIFY(Bidi::isFormattingCharacter(Bidi::FirstStrongIsolate));
        QVERIFY(!Bidi::isFormattingCharacter(Bidi::MinusSign));
        QVERIFY(!Bidi::isFormattingCharacter(u'-'));
    }
};

QTEST_GUILESS_MAIN(TestBidi)
#include "tst_bidi.moc"
