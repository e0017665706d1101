// A negative amount, a SKU and a shelf label inside a Hebrew sentence come out in the right
// visual order. The sentence is laid out with QTextLayout, the engine every Qt widget paints
// with, and the x position of each character's glyph gives the visual order (independent of the
// font's sizes). The same sentences composed without Bidi's isolates are checked to come out
// wrong, so the test proves the isolates are what fixes them.
#include "core/text/bidi.h"
#include "visualorder.h"

#include <QGlyphRun>
#include <QGuiApplication>
#include <QTest>
#include <QTextLayout>

using namespace Glance;
using namespace Glance::Test;

namespace {

QLocale hebrew()
{
    return QLocale(QLocale::Hebrew, QLocale::Israel);
}

} // namespace

class TestBidiVisualOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void negativeAmountInHebrewSentence()
    {
        const QString template_ = QStringLiteral("הכמות שונתה ב־%1 יחידות");
        const QString amount = Bidi::formatSignedAmount(-5, hebrew()); // "−5"
        const QString isolated = template_.arg(Bidi::signedAmount(-5, hebrew()));
        QVERIFY(isolated.contains(QChar(Bidi::LeftToRightIsolate) + amount
                                  + QChar(Bidi::PopDirectionalIsolate)));
        // The minus sign is drawn left of the 5, as it is written.
        QString why;
        QVERIFY2(readsLeftToRight(isolated, amount, Qt::RightToLeft, &why), qPrintable(why));
        // The Hebrew around it still reads right to left: "הכמות" is right of the amount,
        // "יחידות" left of it.
        QVERIFY(xOf(isolated, QStringLiteral("הכמות"), Qt::RightToLeft)
                > xOf(isolated, amount, Qt::RightToLeft));
        QVERIFY(xOf(isolated, QStringLiteral("יחידות"), Qt::RightToLeft)
                < xOf(isolated, QStringLiteral("5"), Qt::RightToLeft));

        // Bare, the sign jumps to the other side of the number ("5−").
        const QString bare = template_.arg(amount);
        QVERIFY(!readsLeftToRight(bare, amount, Qt::RightToLeft, &why));
        // And the hyphen form Qt's own Hebrew locale avoids with a mark fails the same way.
        QVERIFY(!readsLeftToRight(template_.arg(QStringLiteral("-5")), QStringLiteral("-5"),
                                  Qt::RightToLeft, &why));
    }

    void positiveAmountKeepsItsPlus()
    {
        const QString isolated =
                QStringLiteral("נוספו %1 יחידות").arg(Bidi::signedAmount(12, hebrew()));
        QString why;
        QVERIFY2(readsLeftToRight(isolated, QStringLiteral("+12"), Qt::RightToLeft, &why),
                 qPrintable(why));
        QVERIFY(!readsLeftToRight(QStringLiteral("נוספו %1 יחידות").arg(QStringLiteral("+12")),
                                  QStringLiteral("+12"), Qt::RightToLeft, &why));
    }

    void skuInHebrewSentence_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::newRow("letters first") << QStringLiteral("AB-120/3");
        QTest::newRow("digits first") << QStringLiteral("120-AB");
        QTest::newRow("digits and slash") << QStringLiteral("12/3-7");
        QTest::newRow("trailing dash") << QStringLiteral("X-");
    }

    void skuInHebrewSentence()
    {
        QFETCH(QString, sku);
        const QString sentence = QStringLiteral("המק״ט %1 נמחק").arg(Bidi::sku(sku));
        QString why;
        QVERIFY2(readsLeftToRight(sentence, sku, Qt::RightToLeft, &why), qPrintable(why));
        // At the end of a sentence too.
        const QString atEnd = QStringLiteral("נמחק המק״ט %1").arg(Bidi::sku(sku));
        QVERIFY2(readsLeftToRight(atEnd, sku, Qt::RightToLeft, &why), qPrintable(why));
    }

    void bareSkusCanScramble()
    {
        // Why the isolates exist: without them these SKUs are drawn out of order.
        QString why;
        QVERIFY(!readsLeftToRight(QStringLiteral("המק״ט 120-AB נמחק"), QStringLiteral("120-AB"),
                                  Qt::RightToLeft, &why));
        QVERIFY(!readsLeftToRight(QStringLiteral("נמחק המק״ט X-"), QStringLiteral("X-"),
                                  Qt::RightToLeft, &why));
    }

    void skuAndAmountTogether()
    {
        // Two left-to-right values next to each other in a Hebrew sentence stay two values:
        // the SKU (first in reading order) is right of the amount.
        const QString sentence =
                QStringLiteral("%1 %2 יחידות")
                        .arg(Bidi::sku(u"AB-120/3"), Bidi::signedAmount(-5, hebrew()));
        const QString rtl = QStringLiteral("עודכן: ") + sentence;
        QString why;
        QVERIFY2(readsLeftToRight(rtl, QStringLiteral("AB-120/3"), Qt::RightToLeft, &why),
                 qPrintable(why));
        QVERIFY2(readsLeftToRight(rtl, Bidi::formatSignedAmount(-5, hebrew()), Qt::RightToLeft,
                                  &why),
                 qPrintable(why));
        QVERIFY(xOf(rtl, QStringLiteral("AB"), Qt::RightToLeft)
                > xOf(rtl, QString(QChar(Bidi::MinusSign)), Qt::RightToLeft));
    }

    void locationInHebrewSentence()
    {
        const QString sentence =
                QStringLiteral("הועבר אל %1 במחסן").arg(Bidi::location(u"Shelf A3"));
        QString why;
        QVERIFY2(readsLeftToRight(sentence, QStringLiteral("Shelf A3"), Qt::RightToLeft, &why),
                 qPrintable(why));
        // A Hebrew location keeps reading right to left inside the isolate.
        const QString hebrewLocation = QStringLiteral("הועבר אל %1").arg(Bidi::location(u"מדף ג"));
        QVERIFY(xOf(hebrewLocation, QStringLiteral("מדף"), Qt::RightToLeft)
                > xOf(hebrewLocation, QStringLiteral("ג"), Qt::RightToLeft));
    }

    void isolatesAreHarmlessInEnglish()
    {
        const QString sentence =
                QStringLiteral("Changed %1 by %2")
                        .arg(Bidi::sku(u"120-AB"), Bidi::signedAmount(-5, QLocale::c()));
        const QList<qreal> xs = glyphX(sentence, Qt::LeftToRight);
        qreal previous = -1e9;
        for (qsizetype i = 0; i < sentence.size(); ++i) {
            if (qIsNaN(xs.at(i)) || sentence.at(i).isSpace())
                continue;
            QVERIFY(xs.at(i) > previous);
            previous = xs.at(i);
        }
    }
};

QTEST_MAIN(TestBidiVisualOrder)
#include "tst_bidi_visualorder.moc"
