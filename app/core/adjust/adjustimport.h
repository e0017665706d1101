#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Glance {

// One row read from a pasted sheet or a CSV file (columns: SKU, warehouse, amount, reason,
// notes). The warehouse is the text as found (id, code or name); resolving it, and the SKU, is
// the editor's job.
struct ImportedRow
{
    int lineNumber = 0; // 1-based line of the source where the row starts
    QString sku;
    QString warehouse;
    qint64 amount = 0;
    QString reason;
    QString notes;
};

struct ImportProblem
{
    int lineNumber = 0;
    QString message; // one sentence, without the line number
};

struct ImportResult
{
    QList<ImportedRow> rows; // only rows without any problem
    QList<ImportProblem> problems; // every bad line; nothing of them is in `rows`
    bool headerSkipped = false;
    QChar delimiter;
};

// Reads rows for the batch-adjust editor from tab-separated text (a spreadsheet's clipboard) or
// from CSV files (UTF-8 with or without BOM, also UTF-16 with BOM; comma or semicolon, detected
// from the first line; RFC 4180 quoting, quoted fields may hold delimiters, doubled quotes and
// line breaks). A first line that names the columns is skipped. Empty lines are ignored.
class AdjustImport
{
    Q_DECLARE_TR_FUNCTIONS(AdjustImport)

public:
    static constexpr int MaxColumns = 5;

    static ImportResult parseTsv(const QString &text);
    static ImportResult parseCsv(const QByteArray &bytes);

    // The records of `text` split on `delimiter` with quoting; each with its first line number.
    // A quoted field left open at the end is reported in `problems`.
    struct Record
    {
        int lineNumber = 0;
        QStringList fields;
    };
    static QList<Record> split(const QString &text, QChar delimiter,
                               QList<ImportProblem> *problems);
    static QChar detectDelimiter(const QString &text);

private:
    static ImportResult readRecords(const QList<Record> &records, QList<ImportProblem> problems,
                                    QChar delimiter);
};

} // namespace Glance
