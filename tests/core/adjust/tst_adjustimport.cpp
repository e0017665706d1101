// Pasted TSV and imported CSV rows for the batch editor, including broken files.
#include "core/adjust/adjustimport.h"

#include <QTest>

using namespace Glance;

class TestAdjustImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsvFromSpreadsheet()
    {
        const QString text = QStringLiteral("WDG-001\tMAIN\t5\tReceived\tpallet 3\r\n"
                                            "מק-4/1\tסניף חיפה\t-2\tDamaged\r\n"
                                            "CB 200-1\t2\t+7\r\n"
                                            "\r\n");
        const ImportResult result = AdjustImport::parseTsv(text);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.rows.size(), 3);
        QCOMPARE(result.rows.at(0).sku, QStringLiteral("WDG-001"));
        QCOMPARE(result.rows.at(0).warehouse, QStringLiteral("MAIN"));
        QCOMPARE(result.rows.at(0).amount, 5);
        QCOMPARE(result.rows.at(0).reason, QStringLiteral("Received"));
        QCOMPARE(result.rows.at(0).notes, QStringLiteral("pallet 3"));
        QCOMPARE(result.rows.at(1).sku, QStringLiteral("מק-4/1"));
        QCOMPARE(result.rows.at(1).amount, -2);
        QCOMPARE(result.rows.at(1).notes, QString());
        QCOMPARE(result.rows.at(2).amount, 7);
        QCOMPARE(result.rows.at(2).lineNumber, 3);
    }

    void tsvQuotedMultilineCellFromExcel()
    {
        const QString text = QStringLiteral("A-1\t1\t3\tReceived\t\"two\nlines \"\"quoted\"\"\"\n"
                                            "A-2\t1\t4\n");
        const ImportResult result = AdjustImport::parseTsv(text);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0).notes, QStringLiteral("two\nlines \"quoted\""));
        QCOMPARE(result.rows.at(1).lineNumber, 3);
    }

    void csvCommaWithBomAndHeader()
    {
        QByteArray bytes("\xEF\xBB\xBF");
        bytes += "SKU,Warehouse,Amount,Reason,Notes\r\n"
                 "WDG-001,1,10,Received,\"a, b\"\r\n"
                 "\"AB-120/3\",MAIN,-1,,\r\n";
        const ImportResult result = AdjustImport::parseCsv(bytes);
        QVERIFY(result.headerSkipped);
        QCOMPARE(result.delimiter, QLatin1Char(','));
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0).sku, QStringLiteral("WDG-001")); // no BOM in the first field
        QCOMPARE(result.rows.at(0).notes, QStringLiteral("a, b"));
        QCOMPARE(result.rows.at(1).sku, QStringLiteral("AB-120/3"));
        QCOMPARE(result.rows.at(1).amount, -1);
        QCOMPARE(result.rows.at(1).lineNumber, 3);
    }

    void csvSemicolonWithoutBomHebrew()
    {
        const QByteArray bytes = QStringLiteral("מק\"ט;מחסן;כמות;סיבה;הערות\n"
                                                "מק-4/1;מחסן ראשי;12;התקבל;\"משטח; 2\"\n"
                                                "WDG-001;1;−3;;\n")
                                         .toUtf8();
        const ImportResult result = AdjustImport::parseCsv(bytes);
        QCOMPARE(result.delimiter, QLatin1Char(';'));
        QVERIFY(result.headerSkipped);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0).warehouse, QStringLiteral("מחסן ראשי"));
        QCOMPARE(result.rows.at(0).notes, QStringLiteral("משטח; 2"));
        QCOMPARE(result.rows.at(1).amount, -3); // Unicode minus sign
    }

    void utf16WithBom()
    {
        const QString text = QStringLiteral("X-1,1,4\n");
        QByteArray bytes("\xFF\xFE");
        for (const QChar c : text) {
            bytes.append(char(c.unicode() & 0xFF));
            bytes.append(char(c.unicode() >> 8));
        }
        const ImportResult result = AdjustImport::parseCsv(bytes);
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.rows.first().amount, 4);
    }

    void badLinesAreListedAndNothingOfThemImported_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("badLine");
        QTest::newRow("text amount") << QByteArray("A,1,5\nB,1,five\nC,1,2\n") << 2;
        QTest::newRow("fraction") << QByteArray("A,1,5\nB,1,1.5\nC,1,2\n") << 2;
        QTest::newRow("zero") << QByteArray("A,1,5\nB,1,0\nC,1,2\n") << 2;
        QTest::newRow("over 32 bits") << QByteArray("A,1,5\nB,1,2147483648\nC,1,2\n") << 2;
        QTest::newRow("over 64 bits")
                << QByteArray("A,1,5\nB,1,-99999999999999999999999\nC,1,2\n") << 2;
        QTest::newRow("missing columns") << QByteArray("A,1,5\nB,1\nC,1,2\n") << 2;
        QTest::newRow("too many columns") << QByteArray("A,1,5\nB,1,2,r,n,extra\nC,1,2\n") << 2;
        QTest::newRow("empty sku") << QByteArray("A,1,5\n,1,2\nC,1,2\n") << 2;
        QTest::newRow("empty warehouse") << QByteArray("A,1,5\nB, ,2\nC,1,2\n") << 2;
        QTest::newRow("not utf-8") << QByteArray("A,1,5\nB\xE9\xFF,1,2\nC,1,2\n") << 2;
        QTest::newRow("long notes")
                << (QByteArray("A,1,5\nB,1,2,r,") + QByteArray(2001, 'n') + "\nC,1,2\n") << 2;
        QTest::newRow("crlf") << QByteArray("A,1,5\r\nB,1,x\r\nC,1,2\r\n") << 2;
    }

    void badLinesAreListedAndNothingOfThemImported()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, badLine);
        const ImportResult result = AdjustImport::parseCsv(csv);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().lineNumber, badLine);
        QVERIFY(!result.problems.first().message.isEmpty());
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0).sku, QStringLiteral("A"));
        QCOMPARE(result.rows.at(1).sku, QStringLiteral("C"));
        QCOMPARE(result.rows.at(1).lineNumber, badLine + 1);
    }

    void trailingEmptyColumnsAreFine()
    {
        const ImportResult result = AdjustImport::parseCsv("A,1,5,,,,,\n");
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.rows.size(), 1);
    }

    void unclosedQuoteStopsWithItsLine()
    {
        const ImportResult result = AdjustImport::parseCsv("A,1,5\nB,1,2,\"open\nC,1,3\n");
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().lineNumber, 2);
    }

    void garbageNeverCrashes()
    {
        QByteArray noise;
        quint32 seed = 12345;
        for (int i = 0; i < 20000; ++i) {
            seed = seed * 1103515245u + 12345u;
            noise.append(char((seed >> 16) & 0xFF));
        }
        const ImportResult result = AdjustImport::parseCsv(noise);
        for (const ImportedRow &row : result.rows) {
            QVERIFY(!row.sku.isEmpty());
            QVERIFY(row.amount != 0);
        }
        const ImportResult empty = AdjustImport::parseCsv({});
        QVERIFY(empty.rows.isEmpty());
        QVERIFY(empty.problems.isEmpty());
        QVERIFY(AdjustImport::parseTsv(QStringLiteral("\"")).rows.isEmpty());
    }

    void headerOnlyWhenItLooksLikeOne()
    {
        // A first line with a bad amount that is not a header is a problem, not skipped.
        const ImportResult result = AdjustImport::parseCsv("WDG-001,1,lots\nA,1,1\n");
        QVERIFY(!result.headerSkipped);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().lineNumber, 1);
        QCOMPARE(result.rows.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAdjustImport)
#include "tst_adjustimport.moc"
