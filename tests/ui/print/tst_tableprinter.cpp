// A table on paper (TablePrinter), rendered to PDF and read back with pdftotext -bbox (words with
// their positions): the columns run left to right in English and right to left in Hebrew; SKUs,
// quantities and signed numbers stay whole and left to right ("AB-120/3", "1,200", "−5"); every
// page repeats the title, the context lines and the column titles and says "Page n of m"; a long
// name wraps instead of being cut; the notes come after the last row; cancelling stops.
#include "core/text/bidi.h"
#include "tests/ui/pdftext.h"
#include "ui/print/tableprinter.h"
#include "ui/translations.h"

#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

namespace {

// The pages of a PDF as laid out, each line left to right.
QStringList pdfPages(const QString &file)
{
    QStringList pages = Test::pdfText(file, Test::PdfTextMode::Layout).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

using Test::lineWith;

// Whether `parts` appear in this order, left to right, in `line`.
bool inOrder(const QString &line, const QStringList &parts)
{
    qsizetype from = 0;
    for (const QString &part : parts) {
        const qsizetype at = line.indexOf(part, from);
        if (at < 0)
            return false;
        from = at + part.size();
    }
    return true;
}

ExportCell cell(const QString &text, std::optional<qint64> number = std::nullopt)
{
    return {text, number};
}

// Product, SKU, Quantity, Change: one Hebrew row, one English row, a long name.
ExportTable table(bool hebrew, int extraRows = 0)
{
    ExportTable t;
    t.title = hebrew ? QStringLiteral("מלאי") : QStringLiteral("Inventory");
    t.context = {hebrew ? QStringLiteral("חשבון: כלי בית") : QStringLiteral("Account: Acme"),
                 hebrew ? QStringLiteral("סינון: ללא") : QStringLiteral("Filter: none")};
    t.columns = {
            {hebrew ? QStringLiteral("מוצר") : QStringLiteral("Product"), Bidi::CellKind::Text},
            {hebrew ? QStringLiteral("מק״ט") : QStringLiteral("SKU"), Bidi::CellKind::Code},
            {hebrew ? QStringLiteral("כמות") : QStringLiteral("Quantity"), Bidi::CellKind::Number},
            {hebrew ? QStringLiteral("שינוי") : QStringLiteral("Change"), Bidi::CellKind::Number}};
    t.rows = {{cell(QStringLiteral("מברגה חשמלית")), cell(QStringLiteral("AB-120/3")),
               cell(QStringLiteral("1,200"), 1200), cell(QStringLiteral("\u22125"), -5)},
              {cell(QStringLiteral("Widget Pro")), cell(QStringLiteral("WDG-001")),
               cell(QStringLiteral("12"), 12), cell(QStringLiteral("+7"), 7)},
              {cell(QStringLiteral("Very long product name that cannot sit in its column on "
                                   "an A4 page and therefore wraps onto several lines "
                                   "instead of being cut at the edge zzlast")),
               cell(QStringLiteral("LONG-1")), cell(QStringLiteral("3"), 3),
               cell(QStringLiteral("0"), 0)}};
    for (int i = 0; i < extraRows; ++i)
        t.rows.append({cell(QStringLiteral("Item %1").arg(i)), cell(QStringLiteral("X-%1").arg(i)),
                       cell(QString::number(i), i), cell(QString())});
    t.notes = {hebrew ? QStringLiteral("סוף הדוח") : QStringLiteral("End of report")};
    return t;
}

} // namespace

class TestTablePrinter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList render(const ExportTable &t, Qt::LayoutDirection direction, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const FileWriteResult result = TablePrinter::writePdf(t, path, direction, QLocale());
        if (!result.ok)
            qWarning("%s", qPrintable(result.errorString));
        return result.ok ? pdfPages(path) : QStringList();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // poppler-utils (.ci/install-deps.sh) reads the PDFs back.
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
        QVERIFY(m_dir.isValid());
        // GLANCE_KEEP_TEST_FILES=1 keeps the PDFs to look at.
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("GLANCE_KEEP_TEST_FILES"));
        qInfo("PDFs in %s", qPrintable(m_dir.path()));
    }

    void cleanupTestCase()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void englishLeftToRight()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        const QStringList pages = render(table(false), Qt::LeftToRight, QStringLiteral("en.pdf"));
        QCOMPARE(pages.size(), 1);
        const QString page = pages.first();
        QVERIFY2(inOrder(lineWith(page, QStringLiteral("WDG-001")),
                         {QStringLiteral("Widget Pro"), QStringLiteral("WDG-001"),
                          QStringLiteral("12"), QStringLiteral("+7")}),
                 qPrintable(page));
        QVERIFY2(inOrder(lineWith(page, QStringLiteral("AB-120/3")),
                         {QStringLiteral("מברגה חשמלית"), QStringLiteral("AB-120/3"),
                          QStringLiteral("1,200"), QStringLiteral("\u22125")}),
                 qPrintable(page));
        QVERIFY(inOrder(lineWith(page, QStringLiteral("SKU")),
                        {QStringLiteral("Product"), QStringLiteral("SKU"),
                         QStringLiteral("Quantity"), QStringLiteral("Change")}));
        // Top to bottom: title, context, column titles, rows, the long name wrapped, notes,
        // the page number.
        QVERIFY(inOrder(page,
                        {QStringLiteral("Inventory"), QStringLiteral("Account: Acme"),
                         QStringLiteral("Filter: none"), QStringLiteral("Quantity"),
                         QStringLiteral("AB-120/3"), QStringLiteral("WDG-001"),
                         QStringLiteral("Very long"), QStringLiteral("LONG-1"),
                         QStringLiteral("zzlast"), QStringLiteral("End of report"),
                         QStringLiteral("Page 1 of 1")}));
        QVERIFY(!lineWith(page, QStringLiteral("zzlast")).contains(QStringLiteral("LONG-1")));
    }

    void hebrewRightToLeft()
    {
        installTranslations(QLocale(QLocale::Hebrew, QLocale::Israel));
        const QStringList pages = render(table(true), Qt::RightToLeft, QStringLiteral("he.pdf"));
        QCOMPARE(pages.size(), 1);
        const QString page = pages.first();
        // Left to right on paper: the last column first, the first (product) at the right;
        // the SKU, the quantity and the signed change whole; the Hebrew name in its own order.
        QVERIFY2(inOrder(lineWith(page, QStringLiteral("AB-120/3")),
                         {QStringLiteral("\u22125"), QStringLiteral("1,200"),
                          QStringLiteral("AB-120/3"), QStringLiteral("מברגה חשמלית")}),
                 qPrintable(page));
        QVERIFY2(inOrder(lineWith(page, QStringLiteral("WDG-001")),
                         {QStringLiteral("+7"), QStringLiteral("12"), QStringLiteral("WDG-001"),
                          QStringLiteral("Widget Pro")}),
                 qPrintable(page));
        QVERIFY(inOrder(lineWith(page, QStringLiteral("מק״ט")),
                        {QStringLiteral("שינוי"), QStringLiteral("כמות"), QStringLiteral("מק״ט"),
                         QStringLiteral("מוצר")}));
        QVERIFY(inOrder(page,
                        {QStringLiteral("מלאי"), QStringLiteral("חשבון"), QStringLiteral("סינון"),
                         QStringLiteral("מק״ט"), QStringLiteral("AB-120/3"),
                         QStringLiteral("סוף הדוח")}));
        // "Page 1 of 1" in Hebrew, at the foot.
        QVERIFY2(lineWith(page, QStringLiteral("מתוך")).contains(QStringLiteral("עמוד")),
                 qPrintable(page));
    }

    void everyPageRepeatsTheHeadings_data()
    {
        QTest::addColumn<bool>("hebrew");
        QTest::newRow("en") << false;
        QTest::newRow("he") << true;
    }

    void everyPageRepeatsTheHeadings()
    {
        QFETCH(bool, hebrew);
        installTranslations(hebrew ? QLocale(QLocale::Hebrew, QLocale::Israel)
                                   : QLocale(QLocale::English, QLocale::UnitedStates));
        const QStringList pages =
                render(table(hebrew, 300), hebrew ? Qt::RightToLeft : Qt::LeftToRight,
                       QStringLiteral("long-%1.pdf").arg(hebrew ? u"he" : u"en"));
        QVERIFY2(pages.size() >= 4, qPrintable(QString::number(pages.size())));
        const QString skuTitle = hebrew ? QStringLiteral("מק״ט") : QStringLiteral("SKU");
        const QString title = hebrew ? QStringLiteral("מלאי") : QStringLiteral("Inventory");
        const QString account = hebrew ? QStringLiteral("כלי בית") : QStringLiteral("Acme");
        const QString pageWord = hebrew ? QStringLiteral("עמוד") : QStringLiteral("Page");
        QString all;
        for (int i = 0; i < pages.size(); ++i) {
            const QString &page = pages.at(i);
            QCOMPARE(page.count(skuTitle), 1);
            QCOMPARE(page.count(title), 1);
            QCOMPARE(page.count(account), 1);
            const QString footer = lineWith(page, pageWord);
            QVERIFY2(footer.contains(QString::number(i + 1))
                             && footer.contains(QString::number(pages.size())),
                     qPrintable(footer));
            QVERIFY(inOrder(page, {title, skuTitle}));
            all += page;
        }
        // Every row once, in order.
        QStringList order;
        for (int i = 0; i < 300; i += 37)
            order << QStringLiteral(" X-%1 ").arg(i);
        QVERIFY(inOrder(all, order));
        for (int i = 0; i < 300; i += 37)
            QCOMPARE(all.count(QStringLiteral(" X-%1 ").arg(i)), 1);
    }

    void cancelledLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        const FileWriteResult result =
                TablePrinter::writePdf(table(false, 300), path, Qt::LeftToRight, QLocale(),
                                       [](int page, int) { return page < 2; });
        QVERIFY(result.cancelled);
        QVERIFY(!QFile::exists(path));
        const FileWriteResult missing =
                TablePrinter::writePdf(table(false), m_dir.filePath(QStringLiteral("gone/x.pdf")),
                                       Qt::LeftToRight, QLocale());
        QVERIFY(!missing.ok);
        QVERIFY(!missing.errorString.isEmpty());
    }
};

QTEST_MAIN(TestTablePrinter)
#include "tst_tableprinter.moc"
