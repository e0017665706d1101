// TextDecoding: the encoding of imported text files detected from their bytes, Windows-1255
// through Qt's ICU and through the built-in table (the same for every byte), and the characters
// that never reach a value.
#include "core/text/textdecoding.h"

#include <QStringDecoder>
#include <QTest>

using namespace Glance;

class TestTextDecoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::newRow("empty") << QByteArray() << TextEncoding::Utf8;
        QTest::newRow("ascii") << QByteArray("A,1,5\n") << TextEncoding::Utf8;
        QTest::newRow("utf-8 hebrew") << QStringLiteral("שלום,1,2").toUtf8() << TextEncoding::Utf8;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF\xD7\xA9") << TextEncoding::Utf8;
        QTest::newRow("utf-16 le bom") << QByteArray("\xFF\xFE"
                                                     "A\0",
                                                     4)
                                       << TextEncoding::Utf16LE;
        QTest::newRow("utf-16 be bom") << QByteArray("\xFE\xFF\0A", 4) << TextEncoding::Utf16BE;
        QTest::newRow("utf-16 le") << QByteArray("A\0,\0"
                                                 "1\0\n\0",
                                                 8)
                                   << TextEncoding::Utf16LE;
        QTest::newRow("utf-16 be") << QByteArray("\0A\0,\0"
                                                 "1\0\n",
                                                 8)
                                   << TextEncoding::Utf16BE;
        // "שלום" in Windows-1255: not UTF-8.
        QTest::newRow("windows-1255")
                << QByteArray("\xF9\xEC\xE5\xED,1,2") << TextEncoding::Windows1255;
    }

    void detect()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextEncoding, encoding);
        QCOMPARE(TextDecoding::detect(bytes), encoding);
    }

    void decodeDropsTheBom()
    {
        QCOMPARE(TextDecoding::decode("\xEF\xBB\xBFX", TextEncoding::Utf8), QStringLiteral("X"));
        QCOMPARE(TextDecoding::decode(QByteArray("\xFF\xFEX\0", 4), TextEncoding::Utf16LE),
                 QStringLiteral("X"));
        QCOMPARE(TextDecoding::decode(QByteArray("\xFE\xFF\0X", 4), TextEncoding::Utf16BE),
                 QStringLiteral("X"));
        QCOMPARE(TextDecoding::decode("\xF9\xEC\xE5\xED \xA4", TextEncoding::Windows1255),
                 QStringLiteral("שלום ₪"));
    }

    // Debian's Qt 6 is built with ICU, which knows Windows-1255; the built-in table (for a Qt
    // without ICU) gives the same text for every byte that has a character.
    void tableMatchesIcu()
    {
        QVERIFY2(TextDecoding::systemHasWindows1255(),
                 "this Qt has no ICU: only the built-in table is used");
        QByteArray all;
        for (int b = 0; b < 256; ++b)
            all.append(char(b));
        const QString table = TextDecoding::decodeWindows1255WithTable(all);
        QStringDecoder icu("windows-1255");
        QVERIFY(icu.isValid());
        const QString viaIcu = icu(all);
        QCOMPARE(table.size(), 256);
        QCOMPARE(viaIcu.size(), 256);
        for (int b = 0; b < 256; ++b) {
            if (table.at(b) == QChar(QChar::ReplacementCharacter))
                continue; // no character in the code page: how it is shown does not matter
            QVERIFY2(table.at(b) == viaIcu.at(b),
                     qPrintable(QStringLiteral("byte 0x%1: table U+%2, ICU U+%3")
                                        .arg(b, 2, 16, QLatin1Char('0'))
                                        .arg(table.at(b).unicode(), 4, 16, QLatin1Char('0'))
                                        .arg(viaIcu.at(b).unicode(), 4, 16, QLatin1Char('0'))));
        }
        QCOMPARE(table.mid(0xE0, 27), QStringLiteral("אבגדהוזחטיךכלםמןנסעףפץצקרשת"));
    }

    void unwantedCharacters()
    {
        for (const char16_t u : {u'\0', u'\x01', u'\x1B', u'\u061C', u'\u200E', u'\u200F',
                                 u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066',
                                 u'\u2067', u'\u2068', u'\u2069', u'\uFEFF'}) {
            QVERIFY2(TextDecoding::isUnwanted(QChar(u)), qPrintable(QString::number(u, 16)));
        }
        for (const char16_t u : {u'\t', u'\n', u'\r', u' ', u'A', u'\u05D0', u'\u05F4', u'\u2212'})
            QVERIFY(!TextDecoding::isUnwanted(QChar(u)));
        QCOMPARE(TextDecoding::withoutUnwanted(QStringLiteral("\u200EAB\x00-1\u2069")),
                 QStringLiteral("AB-1"));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
