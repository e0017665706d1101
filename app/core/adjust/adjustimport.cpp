#include "core/adjust/adjustimport.h"

#include "core/adjust/fieldcheck.h"

#include <QLocale>

#include <algorithm>

namespace Glance {

namespace {

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &field) { return field.trimmed().isEmpty(); });
}

bool looksLikeHeader(const QStringList &fields)
{
    static const QStringList skuWords {QStringLiteral("sku"),     QStringLiteral("barcode"),
                                       QStringLiteral("product"), QStringLiteral("מק\"ט"),
                                       QStringLiteral("מק״ט"),    QStringLiteral("מקט"),
                                       QStringLiteral("ברקוד"),   QStringLiteral("מוצר")};
    static const QStringList amountWords {QStringLiteral("amount"), QStringLiteral("quantity"),
                                          QStringLiteral("qty"),    QStringLiteral("change"),
                                          QStringLiteral("כמות"),   QStringLiteral("שינוי")};
    if (fields.size() < 3)
        return false;
    return skuWords.contains(fields.at(0).trimmed().toCaseFolded())
            || amountWords.contains(fields.at(2).trimmed().toCaseFolded());
}

} // namespace

QChar AdjustImport::detectDelimiter(const QString &text)
{
    // Count candidates on the first non-empty line, outside quotes.
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    bool seenContent = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (seenContent)
                break;
        } else if (!inQuotes) {
            seenContent = true;
            if (c == QLatin1Char(','))
                ++commas;
            else if (c == QLatin1Char(';'))
                ++semicolons;
            else if (c == QLatin1Char('\t'))
                ++tabs;
        }
    }
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

QList<AdjustImport::Record> AdjustImport::split(const QString &text, QChar delimiter,
                                                QList<ImportProblem> *problems)
{
    QList<Record> records;
    Record current;
    QString field;
    int line = 1;
    current.lineNumber = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    const qsizetype n = text.size();

    auto endField = [&] {
        current.fields.append(fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        records.append(current);
        current = Record();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r')
                        && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldWasQuoted) {
            field.clear();
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            current.lineNumber = line;
        } else if (fieldWasQuoted) {
            // Text after a closing quote ("abc"def): kept, as spreadsheets do.
            field.append(c);
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        if (problems)
            problems->append({current.lineNumber,
                              tr("A quoted field starts here but is never closed, so this line "
                                 "and the rest of the file could not be read.")});
        return records;
    }
    if (!field.isEmpty() || fieldWasQuoted || !current.fields.isEmpty())
        endRecord();
    return records;
}

ImportResult AdjustImport::readRecords(const QList<Record> &records, QList<ImportProblem> problems,
                                       QChar delimiter, const Progress &progress)
{
    ImportResult result;
    result.delimiter = delimiter;
    bool first = true;
    const QLocale locale;
    qsizetype done = 0;
    for (const Record &record : records) {
        if (progress && ++done % 4096 == 0 && !progress(int(500 + 500 * done / records.size()))) {
            ImportResult stopped;
            stopped.cancelled = true;
            return stopped;
        }
        QStringList fields;
        fields.reserve(record.fields.size());
        for (const QString &field : record.fields)
            fields.append(TextDecoding::withoutUnwanted(field));
        if (isBlank(fields))
            continue;
        // Trailing empty columns (spreadsheets often add them) do not count.
        while (fields.size() > MaxColumns && fields.last().trimmed().isEmpty())
            fields.removeLast();
        if (first) {
            first = false;
            if (looksLikeHeader(fields)
                && !FieldCheck::parseWhole(fields.at(2), locale).has_value()) {
                result.headerSkipped = true;
                continue;
            }
        }
        auto problem = [&](const QString &message) {
            problems.append({record.lineNumber, message});
        };
        if (std::any_of(fields.cbegin(), fields.cend(), [](const QString &f) {
                return f.contains(QChar(QChar::ReplacementCharacter));
            })) {
            problem(tr("This line holds bytes that are not text in the file's encoding. Choose "
                       "another encoding when importing, or save the file as “CSV UTF-8” and "
                       "import it again."));
            continue;
        }
        if (fields.size() < 3) {
            problem(tr("Expected at least 3 columns (SKU, warehouse, amount), found %n.", nullptr,
                       int(fields.size())));
            continue;
        }
        if (fields.size() > MaxColumns) {
            problem(tr("Expected at most 5 columns (SKU, warehouse, amount, reason, notes), "
                       "found %n.",
                       nullptr, int(fields.size())));
            continue;
        }
        ImportedRow row;
        row.lineNumber = record.lineNumber;
        row.sku = fields.at(0).trimmed();
        row.warehouse = fields.at(1).trimmed();
        row.reason = fields.size() > 3 ? fields.at(3).trimmed() : QString();
        row.notes = fields.size() > 4 ? fields.at(4).trimmed() : QString();
        if (row.sku.isEmpty()) {
            problem(tr("The SKU (first column) is empty."));
            continue;
        }
        if (const QString error = FieldCheck::skuError(row.sku, locale); !error.isEmpty()) {
            problem(error);
            continue;
        }
        if (row.warehouse.isEmpty()) {
            problem(tr("The warehouse (second column) is empty."));
            continue;
        }
        const NumberCheck amount = FieldCheck::amount(fields.at(2), locale);
        if (!amount.ok()) {
            problem(amount.error);
            continue;
        }
        row.amount = *amount.value;
        if (const QString error = FieldCheck::reasonError(row.reason, false, locale);
            !error.isEmpty()) {
            problem(error);
            continue;
        }
        if (const QString error = FieldCheck::notesError(row.notes, locale); !error.isEmpty()) {
            problem(error);
            continue;
        }
        result.rows.append(row);
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) {
                         return a.lineNumber < b.lineNumber;
                     });
    result.problems = problems;
    return result;
}

ImportResult AdjustImport::parseTsv(const QString &text)
{
    QList<ImportProblem> problems;
    const QList<Record> records = split(text, QLatin1Char('\t'), &problems);
    return readRecords(records, problems, QLatin1Char('\t'));
}

ImportResult AdjustImport::parseCsv(const QByteArray &bytes)
{
    return parseCsv(bytes, TextDecoding::detect(bytes));
}

ImportResult AdjustImport::parseCsv(const QByteArray &bytes, TextEncoding encoding,
                                    const Progress &progress)
{
    const QString text = TextDecoding::decode(bytes, encoding);
    if (progress && !progress(200)) {
        ImportResult stopped;
        stopped.cancelled = true;
        return stopped;
    }
    const QChar delimiter = detectDelimiter(text);
    QList<ImportProblem> problems;
    const QList<Record> records = split(text, delimiter, &problems);
    if (progress && !progress(500)) {
        ImportResult stopped;
        stopped.cancelled = true;
        return stopped;
    }
    ImportResult result = readRecords(records, problems, delimiter, progress);
    result.encoding = encoding;
    return result;
}

} // namespace Glance
