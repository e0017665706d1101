// The stocktake's paper and files: the count sheet and the difference report as PDF (Hebrew
// right to left, read back with pdftotext: the words, the SKUs and the signed numbers readable;
// blind: no quantity in the system), the difference report as CSV (UTF-8 with BOM, formulas
// neutralised, numbers plain), and counts imported from CSV (duplicates added up and listed,
// unknown SKUs and bad lines listed, nothing lost).
#include "core/export/csvwriter.h"
#include "core/stocktake/countimport.h"
#include "core/stocktake/stocktakesheets.h"
#include "tests/ui/pdftext.h"
#include "ui/stocktake/pdfexport.h"
#include "ui/translations.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

namespace {

StocktakeItem item(qint64 id, const QString &sku, const QString &name, qint64 expected,
                   std::optional<qint64> counted)
{
    StocktakeItem i;
    i.productId = id;
    i.sku = sku;
    i.name = name;
    i.location = QStringLiteral("מדף 4");
    i.expected = expected;
    i.counted = counted;
    return i;
}

Stocktake stocktake(bool blind, StocktakeState state)
{
    Stocktake s;
    s.id = 1;
    s.title = QStringLiteral("ספירה שנתית");
    s.warehouseName = QStringLiteral("מחסן ראשי");
    s.blind = blind;
    s.state = state;
    return s;
}

const QList<StocktakeItem> kItems {
        item(1, QStringLiteral("AB-120/3"), QStringLiteral("מברגה חשמלית"), 472, 2),
        item(2, QStringLiteral("WDG-001"), QStringLiteral("=HYPERLINK(\"x\")"), 10, 15),
        item(3, QStringLiteral("מק-4/1"), QStringLiteral("בורג פלדה M8"), 327, std::nullopt),
};

using Test::pdfText;

} // namespace

class TestStocktakeFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // poppler-utils (.ci/install-deps.sh) reads the PDFs back.
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
        installTranslations(QLocale(QLocale::Hebrew, QLocale::Israel));
    }

    void cleanupTestCase()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void hebrewPdfsReadRightToLeft()
    {
        QTemporaryDir dir;
        const QLocale he(QLocale::Hebrew, QLocale::Israel);
        const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
        QString error;
        QVERIFY2(PdfExport::write(StocktakeSheets::countSheet(
                                          stocktake(false, StocktakeState::Counting), kItems, he),
                                  sheet, Qt::RightToLeft, he, &error),
                 qPrintable(error));
        const QString text = pdfText(sheet);
        QVERIFY2(text.contains(QStringLiteral("דף ספירה")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("מברגה חשמלית")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("AB-120/3")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("במערכת")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("472")), qPrintable(text));

        const QString report = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(PdfExport::write(StocktakeSheets::differenceReport(
                                         stocktake(false, StocktakeState::Closed), kItems, {}, he),
                                 report, Qt::RightToLeft, he, &error));
        const QString reportText = pdfText(report);
        QVERIFY2(reportText.contains(QStringLiteral("דוח הפרשים")), qPrintable(reportText));
        QVERIFY2(reportText.contains(QStringLiteral("\u2212470")), qPrintable(reportText));
        QVERIFY2(reportText.contains(QStringLiteral("+5")), qPrintable(reportText));
        QVERIFY2(reportText.contains(QStringLiteral("סה״כ חוסרים")), qPrintable(reportText));
        // Right to left on the page: the SKU (first column) at the right, the difference (last)
        // at the left of the same line; the page says its number in Hebrew.
        const QString layout = pdfText(report, Test::PdfTextMode::Layout);
        const QString line = Test::lineWith(layout, QStringLiteral("AB-120/3"));
        QVERIFY2(line.indexOf(QStringLiteral("\u2212470")) >= 0
                         && line.indexOf(QStringLiteral("\u2212470"))
                                 < line.indexOf(QStringLiteral("AB-120/3")),
                 qPrintable(layout));
        const QString footer = Test::lineWith(layout, QStringLiteral("מתוך"));
        QVERIFY2(footer.contains(QStringLiteral("עמוד")), qPrintable(layout));
    }

    void blindSheetHasNoExpectedQuantity()
    {
        QTemporaryDir dir;
        const Stocktake blind = stocktake(true, StocktakeState::Counting);
        const QString sheet = dir.filePath(QStringLiteral("blind.pdf"));
        QVERIFY(PdfExport::write(StocktakeSheets::countSheet(blind, kItems, QLocale()), sheet,
                                 Qt::RightToLeft, QLocale()));
        const QString text = pdfText(sheet);
        QVERIFY2(text.contains(QStringLiteral("AB-120/3")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("במערכת")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("472")) && !text.contains(QStringLiteral("327")),
                 qPrintable(text));
        QVERIFY(StocktakeSheets::differenceReportCsv(blind, kItems, {}).isEmpty());
    }

    void differenceCsvForSpreadsheets()
    {
        const QByteArray csv = StocktakeSheets::differenceReportCsv(
                stocktake(false, StocktakeState::Closed), kItems, {});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
                QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(1), QStringLiteral("AB-120/3,מברגה חשמלית,מדף 4,472,2,-470"));
        // A name that a spreadsheet would run as a formula is neutralised (and quoted).
        QCOMPARE(lines.at(2), QStringLiteral("WDG-001,\"'=HYPERLINK(\"\"x\"\")\",מדף 4,10,15,5"));
        QCOMPARE(lines.at(3), QStringLiteral("מק-4/1,בורג פלדה M8,מדף 4,327,,"));
        for (const QString &risky : {QStringLiteral("+1 call"), QStringLiteral("-x"),
                                     QStringLiteral("\u2212y"), QStringLiteral("@SUM(A1)")})
            QVERIFY(CsvWriter::cell(risky).startsWith(QLatin1Char('\'')));
        QCOMPARE(CsvWriter::cell(QStringLiteral("-5")), QStringLiteral("-5"));
    }

    // Lines found away from their location say where they were counted, in the CSV and the
    // PDF (only when some line was: no empty column otherwise).
    void countedAtInTheReports()
    {
        const Stocktake closed = stocktake(false, StocktakeState::Closed);
        QList<StocktakeItem> items = kItems;
        items[0].countedAt = {{QStringLiteral("Bin 7"), 2}};
        items[1].countedAt = {{QStringLiteral("מדף 4"), 15}}; // its own location
        const QStringList lines =
                QString::fromUtf8(StocktakeSheets::differenceReportCsv(closed, items, {}).mid(3))
                        .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0).split(QLatin1Char(',')).last(), StocktakeSheets::tr("Counted At"));
        QCOMPARE(lines.at(1), QStringLiteral("AB-120/3,מברגה חשמלית,מדף 4,472,2,-470,Bin 7: 2"));
        QVERIFY(lines.at(2).endsWith(QStringLiteral(",10,15,5,"))); // counted where it belongs

        QTemporaryDir dir;
        const QLocale he(QLocale::Hebrew, QLocale::Israel);
        const QString report = dir.filePath(QStringLiteral("places.pdf"));
        QString error;
        QVERIFY2(PdfExport::write(StocktakeSheets::differenceReport(closed, items, {}, he), report,
                                  Qt::RightToLeft, he, &error),
                 qPrintable(error));
        const QString line = Test::lineWith(pdfText(report, Test::PdfTextMode::Layout),
                                            QStringLiteral("AB-120/3"));
        QVERIFY2(line.contains(QStringLiteral("Bin 7")), qPrintable(line));
    }

    void valueAtCostOnceTheCostsAreRead()
    {
        Stocktake closed = stocktake(false, StocktakeState::Closed);
        QList<StocktakeItem> items = kItems;
        items[0].unitCost = 12.5; // AB-120/3: −470 × 12.50
        // Before the costs are read: no value column anywhere.
        const auto header = [&] {
            return QString::fromUtf8(StocktakeSheets::differenceReportCsv(closed, items, {}).mid(3))
                    .section(QStringLiteral("\r\n"), 0, 0)
                    .split(QLatin1Char(','));
        };
        QCOMPARE(header().size(), 6);
        closed.costsAt = QDateTime::currentDateTimeUtc();
        const QStringList lines =
                QString::fromUtf8(StocktakeSheets::differenceReportCsv(closed, items, {}).mid(3))
                        .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(header().size(), 8);
        QCOMPARE(header().at(6), StocktakeSheets::tr("Unit cost"));
        QCOMPARE(header().at(7), StocktakeSheets::tr("Value at cost"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("AB-120/3,מברגה חשמלית,מדף 4,472,2,-470,12.50,-5875.00"));
        QVERIFY(lines.at(2).endsWith(QStringLiteral(",10,15,5,,"))); // no cost: no value

        QTemporaryDir dir;
        const QLocale he(QLocale::Hebrew, QLocale::Israel);
        const QString report = dir.filePath(QStringLiteral("value.pdf"));
        QString error;
        QVERIFY2(PdfExport::write(StocktakeSheets::differenceReport(closed, items, {}, he), report,
                                  Qt::RightToLeft, he, &error),
                 qPrintable(error));
        const QString layout = pdfText(report, Test::PdfTextMode::Layout);
        // The value, whole and left to right, on the product's line, left of its difference.
        const QString line = Test::lineWith(layout, QStringLiteral("AB-120/3"));
        QVERIFY2(line.contains(QStringLiteral("\u22125,875.00")), qPrintable(layout));
        QVERIFY2(line.indexOf(QStringLiteral("\u22125,875.00"))
                         < line.indexOf(QStringLiteral("\u2212470")),
                 qPrintable(layout));
        // The total, and the line without a cost, said after the table.
        const QString text = pdfText(report);
        QVERIFY2(text.contains(QStringLiteral("\u22125,875.00")), qPrintable(text));
    }

    void countsImportedFromCsv()
    {
        const QHash<QString, int> index {{QStringLiteral("AB-120/3"), 0},
                                         {QStringLiteral("WDG-001"), 1},
                                         {QStringLiteral("מק-4/1"), 2}};
        const QByteArray file = "\xEF\xBB\xBF"
                                "SKU;Quantity;Location\r\n"
                                "AB-120/3;4;A\r\n"
                                "WDG-001;2\r\n"
                                "NOPE-1;7\r\n"
                                "AB-120/3;3;B\r\n"
                                "\"מק-4/1\";x\r\n"
                                "מק-4/1;0\r\n"
                                "AB-120/3;2; A \r\n";
        const CountImport::Result result = CountImport::parse(
                file, [&index](const QString &sku) { return index.value(sku, -1); });
        QCOMPARE(result.total(0), std::optional<qint64>(9)); // two places, A listed twice
        QCOMPARE(result.counts.value(0),
                 (QList<LocationCount> {{QStringLiteral("A"), 6}, {QStringLiteral("B"), 3}}));
        QCOMPARE(result.total(1), std::optional<qint64>(2));
        QCOMPARE(result.counts.value(1), (QList<LocationCount> {{QString(), 2}}));
        QCOMPARE(result.total(2), std::optional<qint64>(0)); // counted: none found
        QCOMPARE(result.counts.size(), 3);
        // The same SKU at the same place twice is a duplicate; at another place it is not.
        QCOMPARE(result.duplicates.size(), 1);
        QCOMPARE(result.duplicates.first().lineNumber, 8);
        QCOMPARE(result.unknown.size(), 1);
        QCOMPARE(result.unknownSkus, QStringList {QStringLiteral("NOPE-1")});
        QCOMPARE(result.invalid.size(), 1);
        QCOMPARE(result.invalid.first().lineNumber, 6);
    }
};

QTEST_MAIN(TestStocktakeFiles)
#include "tst_stocktakefiles.moc"
