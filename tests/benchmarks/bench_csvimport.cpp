// Reading a CSV file of adjustments: detecting its encoding and parsing it (CsvImportJob's work,
// off the UI thread), for UTF-8 and Windows-1255. A benchmark, not a timed test: it prints
// figures and fails only when a row is lost. Small in CTest; GLANCE_BENCH_CSV_MB=50 for a file
// at the import limit.
#include "core/adjust/adjustimport.h"
#include "core/text/textdecoding.h"

#include <QTest>

using namespace Glance;

namespace {

int benchMegabytes()
{
    bool ok = false;
    const int mb = qEnvironmentVariableIntValue("GLANCE_BENCH_CSV_MB", &ok);
    return ok && mb > 0 ? mb : 1;
}

// Windows-1255 bytes of `text`: Hebrew letters U+05D0–U+05EA are 0xE0–0xFA, the rest is ASCII.
QByteArray windows1255(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        out.append(u >= 0x05D0 && u <= 0x05EA ? char(0xE0 + (u - 0x05D0)) : char(u));
    }
    return out;
}

// Rows like "AB-<n>/3,<Hebrew warehouse>,<amount>,<Hebrew reason>,<note>" up to `bytes`.
QByteArray makeCsv(qint64 bytes, TextEncoding encoding, int *rows)
{
    const auto encode = [encoding](const QString &text) {
        return encoding == TextEncoding::Utf8 ? text.toUtf8() : windows1255(text);
    };
    QByteArray out = encode(QStringLiteral("מק\"ט,מחסן,כמות,סיבה,הערות\r\n"));
    *rows = 0;
    while (out.size() < bytes) {
        QString chunk;
        for (int i = 0; i < 1000; ++i) {
            ++*rows;
            chunk += QStringLiteral("AB-%1/3,מחסן ראשי,%2,קבלת סחורה,משטח %3\r\n")
                             .arg(*rows)
                             .arg(*rows % 17 + 1)
                             .arg(*rows % 40);
        }
        out += encode(chunk);
    }
    return out;
}

} // namespace

class BenchCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<TextEncoding>("encoding");
        QTest::newRow("utf-8") << TextEncoding::Utf8;
        QTest::newRow("windows-1255") << TextEncoding::Windows1255;
    }

    void parse()
    {
        QFETCH(TextEncoding, encoding);
        int rows = 0;
        const QByteArray bytes = makeCsv(qint64(benchMegabytes()) * 1024 * 1024, encoding, &rows);
        qInfo("%d rows, %lld bytes", rows, qint64(bytes.size()));
        ImportResult result;
        QBENCHMARK
        {
            result = AdjustImport::parseCsv(bytes, TextDecoding::detect(bytes));
        }
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.rows.size(), rows);
        QCOMPARE(result.rows.last().warehouse, QStringLiteral("מחסן ראשי"));
    }
};

QTEST_GUILESS_MAIN(BenchCsvImport)
#include "bench_csvimport.moc"
