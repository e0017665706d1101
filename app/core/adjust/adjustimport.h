#pragma once

#include "core/text/textdecoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

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
    TextEncoding encoding = TextEncoding::Utf8; // of a CSV file
    bool cancelled = false; // the progress callback asked to stop: nothing is in `rows`
};

// Reads rows for the batch-adjust editor from tab-separated text (a spreadsheet's clipboard) or
// from CSV files (UTF-8 with or without BOM, UTF-16 LE/BE, Windows-1255: detected, or as chosen;
// comma or semicolon, detected from the first line; RFC 4180 quoting, quoted fields may hold
// delimiters, doubled quotes and line breaks). A first line that names the columns is skipped.
// Empty lines are ignored. NUL, other control characters and invisible direction marks are
// taken out of every field (TextDecoding::isUnwanted()): they never reach a SKU.
class AdjustImport
{
    Q_DECLARE_TR_FUNCTIONS(AdjustImport)

public:
    static constexpr int MaxColumns = 5;

    // Told the share done (0–1000) now and then; returning false stops the parse (`cancelled`).
    using Progress = std::function<bool(int permille)>;

    static ImportResult parseTsv(const QString &text);
    // In the encoding TextDecoding::detect() finds.
    static ImportResult parseCsv(const QByteArray &bytes);
    static ImportResult parseCsv(const QByteArray &bytes, TextEncoding encoding,
                                 const Progress &progress = {});

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
                                    QChar delimiter, const Progress &progress = {});
};

} // namespace Glance
