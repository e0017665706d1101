// CSV files as Israeli offices write them, read from disk like the import window does
// (CsvImportJob, off the UI thread): UTF-8 with and without a BOM, UTF-16 LE and BE with a BOM,
// and Windows-1255 (Excel's plain "CSV" on a Hebrew Windows), each detected, or decoded as
// chosen; NUL and direction marks never reach a SKU; a file over the limit is refused before it
// is read; progress is reported and a parse can be cancelled.
#include "core/adjust/csvimportjob.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

namespace {

// The same three lines in every encoding: a Hebrew header, a row with a quoted note holding a
// comma and a geresh, a row with a Hebrew SKU and a shekel sign.
QString hebrewCsv()
{
    return QStringLiteral("מק\"ט,מחסן,כמות,סיבה,הערות\r\n"
                          "AB-120/3,מחסן ראשי,12,קבלת סחורה,\"משטח 3, מדף ב׳\"\r\n"
                          "מק-4/1,סניף חיפה,-2,סחורה פגומה,עלות 12 ₪\r\n");
}

// hebrewCsv() as Windows-1255 bytes, written out (not produced by the decoder under test).
QByteArray hebrewCsvWindows1255()
{
    return QByteArrayLiteral(
            "\xEE\xF7\"\xE8,\xEE\xE7\xF1\xEF,\xEB\xEE\xE5\xFA,\xF1\xE9\xE1\xE4,\xE4\xF2\xF8\xE5"
            "\xFA\r\nAB-120/3,\xEE\xE7\xF1\xEF \xF8\xE0\xF9\xE9,12,\xF7\xE1\xEC\xFA \xF1\xE7\xE5"
            "\xF8\xE4,\"\xEE\xF9\xE8\xE7 3, \xEE\xE3\xF3 \xE1\xD7\"\r\n\xEE\xF7-4/1,\xF1\xF0\xE9"
            "\xF3 \xE7\xE9\xF4\xE4,-2,\xF1\xE7\xE5\xF8\xE4 \xF4\xE2\xE5\xEE\xE4,\xF2\xEC\xE5\xFA"
            " 12 \xA4\r\n");
}

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray bytes;
    if (bom)
        bytes = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char low = char(c.unicode() & 0xFF);
        const char high = char(c.unicode() >> 8);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

template<typename T>
T waitFor(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!watcher.isFinished() && !finished.wait(30000))
        qWarning("the job did not finish");
    return future.result();
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    static void verifyHebrewRows(const ImportResult &result)
    {
        QVERIFY(result.headerSkipped);
        QVERIFY2(result.problems.isEmpty(),
                 qPrintable(result.problems.isEmpty() ? QString()
                                                      : result.problems.first().message));
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0).sku, QStringLiteral("AB-120/3"));
        QCOMPARE(result.rows.at(0).warehouse, QStringLiteral("מחסן ראשי"));
        QCOMPARE(result.rows.at(0).amount, 12);
        QCOMPARE(result.rows.at(0).reason, QStringLiteral("קבלת סחורה"));
        QCOMPARE(result.rows.at(0).notes, QStringLiteral("משטח 3, מדף ב׳"));
        QCOMPARE(result.rows.at(1).sku, QStringLiteral("מק-4/1"));
        QCOMPARE(result.rows.at(1).warehouse, QStringLiteral("סניף חיפה"));
        QCOMPARE(result.rows.at(1).amount, -2);
        QCOMPARE(result.rows.at(1).reason, QStringLiteral("סחורה פגומה"));
        QCOMPARE(result.rows.at(1).notes, QStringLiteral("עלות 12 ₪"));
        QCOMPARE(result.rows.at(1).lineNumber, 3);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void eachEncodingIsDetectedAndRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextEncoding>("encoding");
        const QByteArray utf8 = hebrewCsv().toUtf8();
        QTest::newRow("utf-8") << utf8 << TextEncoding::Utf8;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + utf8) << TextEncoding::Utf8;
        QTest::newRow("utf-16 le bom") << utf16(hebrewCsv(), true, true) << TextEncoding::Utf16LE;
        QTest::newRow("utf-16 be bom") << utf16(hebrewCsv(), false, true) << TextEncoding::Utf16BE;
        QTest::newRow("utf-16 le no bom")
                << utf16(hebrewCsv(), true, false) << TextEncoding::Utf16LE;
        QTest::newRow("utf-16 be no bom")
                << utf16(hebrewCsv(), false, false) << TextEncoding::Utf16BE;
        QTest::newRow("windows-1255") << hebrewCsvWindows1255() << TextEncoding::Windows1255;
    }

    void eachEncodingIsDetectedAndRead()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(TextEncoding, encoding);
        const QString path = write(
                QStringLiteral("%1.csv").arg(QString::fromLatin1(QTest::currentDataTag())), bytes);
        const CsvFileContents contents = waitFor(CsvImportJob::read(path));
        QCOMPARE(contents.error, CsvFileContents::Error::None);
        QCOMPARE(contents.size, qint64(bytes.size()));
        QCOMPARE(contents.bytes, bytes);
        QCOMPARE(contents.detected, encoding);
        const ImportResult result = waitFor(CsvImportJob::parse(contents.bytes, encoding));
        QCOMPARE(result.encoding, encoding);
        verifyHebrewRows(result);
        // The synchronous path (pasted bytes, tests) detects the same way.
        verifyHebrewRows(AdjustImport::parseCsv(bytes));
    }

    // Chosen in the dialog: a Windows-1255 file read as UTF-8 keeps only its ASCII lines (the
    // old behaviour), and says why for the others; read as Windows-1255 it is whole.
    void windows1255ChosenOrNot()
    {
        const QByteArray bytes = hebrewCsvWindows1255();
        const ImportResult asUtf8 = AdjustImport::parseCsv(bytes, TextEncoding::Utf8);
        QVERIFY(asUtf8.rows.isEmpty() || asUtf8.rows.size() < 2);
        QVERIFY(!asUtf8.problems.isEmpty());
        verifyHebrewRows(AdjustImport::parseCsv(bytes, TextEncoding::Windows1255));
    }

    // NUL bytes and invisible direction marks (what a copy from a right-to-left cell or an old
    // system leaves) never reach a SKU or a warehouse, in UTF-8 and in UTF-16.
    void controlCharactersNeverReachAValue()
    {
        const QString text = QStringLiteral("\u200EAB-120/3\u200F,\u202Bמחסן ראשי\u202C,5\n"
                                            "\u2066WDG-001\u2069,1,\u200E-3\n"
                                            "X\x00-1\u061C,\uFEFF2,7\n");
        QCOMPARE(text.count(QChar(0)), 1);
        for (const QByteArray &bytes : {text.toUtf8(), utf16(text, true, true)}) {
            const ImportResult result =
                    waitFor(CsvImportJob::parse(bytes, TextDecoding::detect(bytes)));
            QVERIFY(result.problems.isEmpty());
            QCOMPARE(result.rows.size(), 3);
            QCOMPARE(result.rows.at(0).sku, QStringLiteral("AB-120/3"));
            QCOMPARE(result.rows.at(0).warehouse, QStringLiteral("מחסן ראשי"));
            QCOMPARE(result.rows.at(1).sku, QStringLiteral("WDG-001"));
            QCOMPARE(result.rows.at(1).amount, -3);
            QCOMPARE(result.rows.at(2).sku, QStringLiteral("X-1"));
            QCOMPARE(result.rows.at(2).warehouse, QStringLiteral("2"));
        }
        // Pasted from a spreadsheet too.
        const ImportResult pasted =
                AdjustImport::parseTsv(QStringLiteral("\u200FAB-7\u202E\t1\t2\n"));
        QCOMPARE(pasted.rows.size(), 1);
        QCOMPARE(pasted.rows.first().sku, QStringLiteral("AB-7"));
    }

    // Over the limit: refused from its size, nothing read.
    void tooLargeIsRefused()
    {
        const QString path = write(QStringLiteral("big.csv"), QByteArray(4096, 'A'));
        const CsvFileContents refused = waitFor(CsvImportJob::read(path, 4095));
        QCOMPARE(refused.error, CsvFileContents::Error::TooLarge);
        QCOMPARE(refused.size, 4096);
        QVERIFY(refused.bytes.isEmpty());
        QCOMPARE(waitFor(CsvImportJob::read(path, 4096)).error, CsvFileContents::Error::None);
        QCOMPARE(CsvImportJob::MaxBytes, qint64(50) * 1024 * 1024);
        const CsvFileContents missing =
                waitFor(CsvImportJob::read(m_dir.filePath(QStringLiteral("missing.csv"))));
        QCOMPARE(missing.error, CsvFileContents::Error::Unreadable);
        QVERIFY(!missing.errorString.isEmpty());
    }

    // A file of a few MB: progress while it is read and parsed, every row arrives.
    void largeFileReportsProgress()
    {
        QByteArray bytes = "SKU,Warehouse,Amount\n";
        const int rows = 150000;
        for (int i = 1; i <= rows; ++i)
            bytes += "SKU-" + QByteArray::number(i) + ",1," + QByteArray::number(i % 9 + 1) + '\n';
        QVERIFY(bytes.size() > 2 * 1024 * 1024); // three chunks of 1 MiB
        const QString path = write(QStringLiteral("large.csv"), bytes);

        QFutureWatcher<CsvFileContents> reading;
        QSignalSpy readDone(&reading, &QFutureWatcherBase::finished);
        reading.setFuture(CsvImportJob::read(path));
        QVERIFY(readDone.wait(30000) || reading.isFinished());
        QCOMPARE(reading.result().bytes.size(), bytes.size());
        QCOMPARE(reading.progressMaximum(), int(bytes.size() / 1024) + 1);
        QCOMPARE(reading.progressValue(), reading.progressMaximum());

        QFutureWatcher<ImportResult> parsing;
        QSignalSpy parseDone(&parsing, &QFutureWatcherBase::finished);
        parsing.setFuture(CsvImportJob::parse(reading.result().bytes, TextEncoding::Utf8));
        QVERIFY(parseDone.wait(60000) || parsing.isFinished());
        const ImportResult result = parsing.result();
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(result.rows.size(), rows);
        QCOMPARE(result.rows.last().sku, QStringLiteral("SKU-%1").arg(rows));
        QCOMPARE(parsing.progressMaximum(), 1000);
        QCOMPARE(parsing.progressValue(), 1000);

        // A parse asked to stop returns nothing.
        int calls = 0;
        const ImportResult stopped =
                AdjustImport::parseCsv(bytes, TextEncoding::Utf8, [&calls](int permille) {
                    ++calls;
                    return permille < 600;
                });
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.rows.isEmpty());
        QVERIFY(calls > 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
