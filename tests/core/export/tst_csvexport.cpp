// A table as shown, written as CSV for a spreadsheet (CsvWriter, TableFileJob): UTF-8 with a
// BOM, cells that a spreadsheet would run as a formula (= + - − @) neutralised, numbers plain,
// the columns and rows in the order given; Hebrew read back by the app's own CSV reader
// (AdjustImport::split, TextDecoding) unchanged; large tables in slices with progress and
// cancellation; a full disk or a missing folder is an error with the system's sentence and
// leaves no file.
#include "core/adjust/adjustimport.h"
#include "core/export/csvwriter.h"
#include "core/export/tablefilejob.h"
#include "core/text/textdecoding.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

namespace {

ExportCell text(const QString &value)
{
    return {value, std::nullopt};
}

ExportCell number(qint64 value, const QString &shown)
{
    return {shown, value};
}

ExportTable hebrewTable()
{
    ExportTable table;
    table.title = QStringLiteral("מלאי");
    table.context = {QStringLiteral("חשבון: כלי בית")};
    table.columns = {{QStringLiteral("מוצר"), Bidi::CellKind::Text},
                     {QStringLiteral("מק״ט"), Bidi::CellKind::Code},
                     {QStringLiteral("כמות"), Bidi::CellKind::Number}};
    table.rows = {
            {text(QStringLiteral("מברגה חשמלית")), text(QStringLiteral("AB-120/3")),
             number(1200, QStringLiteral("1,200"))},
            {text(QStringLiteral("בורג, פלדה \"M8\"")), text(QStringLiteral("מק-4/1")),
             number(-5, QStringLiteral("\u22125"))},
            {text(QStringLiteral("=HYPERLINK(\"http://x\")")), text(QStringLiteral("+972")),
             number(0, QStringLiteral("0"))},
            {text(QStringLiteral("@SUM(A1)")), text(QStringLiteral("-AB")), text(QString())},
            {text(QStringLiteral("\u2212 מינוס")), text(QStringLiteral("WDG-001")),
             number(7, QStringLiteral("7"))},
    };
    table.notes = {QStringLiteral("סה״כ")};
    return table;
}

QList<QStringList> readBack(const QByteArray &bytes)
{
    const TextEncoding encoding = TextDecoding::detect(bytes);
    const QString decoded = TextDecoding::decode(bytes, encoding);
    QList<ImportProblem> problems;
    QList<QStringList> rows;
    for (const AdjustImport::Record &record :
         AdjustImport::split(decoded, QLatin1Char(','), &problems))
        rows.append(record.fields);
    return problems.isEmpty() ? rows : QList<QStringList>();
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bomHeaderAndRowsInOrder()
    {
        CsvWriter csv;
        const ExportTable table = hebrewTable();
        csv.addHeader(table);
        csv.addRows(table);
        const QByteArray bytes = csv.bytes();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(TextDecoding::detect(bytes), TextEncoding::Utf8);
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 7); // header, 5 rows, the empty rest after the last CRLF
        // The title, context and notes are for paper: only the header and the rows.
        QCOMPARE(lines.at(0), QStringLiteral("מוצר,מק״ט,כמות"));
        // Numbers plain (no grouping, hyphen-minus), whatever the screen shows.
        QCOMPARE(lines.at(1), QStringLiteral("מברגה חשמלית,AB-120/3,1200"));
        QCOMPARE(lines.at(2), QStringLiteral("\"בורג, פלדה \"\"M8\"\"\",מק-4/1,-5"));
        QVERIFY(!bytes.contains("\xE2\x88\x92"
                                "5")); // no U+2212 before a number
        QVERIFY(lines.last().isEmpty());
    }

    void formulasNeutralised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("+") << QStringLiteral("+972") << QStringLiteral("'+972");
        QTest::newRow("-") << QStringLiteral("-AB") << QStringLiteral("'-AB");
        QTest::newRow("minus sign") << QStringLiteral("\u2212x") << QStringLiteral("'\u2212x");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("quoted formula") << QStringLiteral("=HYPERLINK(\"x\")")
                                        << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("negative number stays") << QStringLiteral("-5") << QStringLiteral("-5");
        QTest::newRow("decimal stays") << QStringLiteral("-1.5") << QStringLiteral("-1.5");
        QTest::newRow("plain text") << QStringLiteral("מדף 3") << QStringLiteral("מדף 3");
    }

    void formulasNeutralised()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::cell(cell), written);
    }

    void hebrewRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("מלאי.csv"));
        const ExportTable table = hebrewTable();
        QFutureWatcher<FileWriteResult> watcher;
        QSignalSpy done(&watcher, &QFutureWatcher<FileWriteResult>::finished);
        watcher.setFuture(TableFileJob::writeCsv(table, path));
        QVERIFY(done.wait(10000));
        const FileWriteResult result = watcher.result();
        QVERIFY2(result.ok, qPrintable(result.errorString));
        QCOMPARE(result.rows, table.rows.size());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(qint64(bytes.size()), result.bytes);
        const QList<QStringList> rows = readBack(bytes);
        QCOMPARE(rows.size(), table.rows.size() + 1);
        QCOMPARE(rows.at(0),
                 (QStringList {QStringLiteral("מוצר"), QStringLiteral("מק״ט"),
                               QStringLiteral("כמות")}));
        // What a spreadsheet gets: the same texts (a formula behind an apostrophe), numbers.
        const QList<QStringList> expected {
                {QStringLiteral("מברגה חשמלית"), QStringLiteral("AB-120/3"),
                 QStringLiteral("1200")},
                {QStringLiteral("בורג, פלדה \"M8\""), QStringLiteral("מק-4/1"),
                 QStringLiteral("-5")},
                {QStringLiteral("'=HYPERLINK(\"http://x\")"), QStringLiteral("'+972"),
                 QStringLiteral("0")},
                {QStringLiteral("'@SUM(A1)"), QStringLiteral("'-AB"), QString()},
                {QStringLiteral("'\u2212 מינוס"), QStringLiteral("WDG-001"), QStringLiteral("7")},
        };
        QCOMPARE(rows.mid(1), expected);
    }

    void largeTableInSlicesWithProgress()
    {
        ExportTable table;
        table.columns = {{QStringLiteral("SKU"), Bidi::CellKind::Code},
                         {QStringLiteral("Quantity"), Bidi::CellKind::Number}};
        const int count = int(TableFileJob::SliceRows) * 3 + 17;
        for (int i = 0; i < count; ++i)
            table.rows.append({text(QStringLiteral("SKU-%1").arg(i)), number(i, QString())});
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QList<qsizetype> steps;
        const FileWriteResult result =
                TableFileJob::writeCsv(table, &buffer, [&steps](qsizetype rows) {
                    steps.append(rows);
                    return true;
                });
        QVERIFY(result.ok);
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.constLast(), qsizetype(count));
        const QList<QStringList> rows = readBack(buffer.data());
        QCOMPARE(rows.size(), count + 1);
        QCOMPARE(rows.at(count),
                 (QStringList {QStringLiteral("SKU-%1").arg(count - 1),
                               QString::number(count - 1)}));

        QBuffer stopped;
        QVERIFY(stopped.open(QIODevice::WriteOnly));
        const FileWriteResult cancelled = TableFileJob::writeCsv(
                table, &stopped, [](qsizetype written) { return written < 2; });
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.ok);
        QCOMPARE(cancelled.rows, TableFileJob::SliceRows);
    }

    void fullDiskIsAnError()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QFAIL("/dev/full is needed (Linux) to fill a disk");
        QFile full(QStringLiteral("/dev/full"));
        QVERIFY(full.open(QIODevice::WriteOnly));
        const FileWriteResult result = TableFileJob::writeCsv(hebrewTable(), &full);
        QVERIFY(!result.ok);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.errorString.contains(QStringLiteral("space"), Qt::CaseInsensitive),
                 qPrintable(result.errorString));
    }

    void missingFolderIsAnErrorAndLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone/inventory.csv"));
        QFutureWatcher<FileWriteResult> watcher;
        QSignalSpy done(&watcher, &QFutureWatcher<FileWriteResult>::finished);
        watcher.setFuture(TableFileJob::writeCsv(hebrewTable(), path));
        QVERIFY(done.wait(10000));
        const FileWriteResult result = watcher.result();
        QVERIFY(!result.ok);
        QVERIFY(!result.errorString.isEmpty());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
