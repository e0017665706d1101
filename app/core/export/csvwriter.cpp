#include "core/export/csvwriter.h"

#include "core/export/exporttable.h"

#include <QRegularExpression>

namespace Glance {

CsvWriter::CsvWriter() = default;

QString CsvWriter::number(qint64 value)
{
    return QString::number(value);
}

QString CsvWriter::cell(const QString &text)
{
    static const QRegularExpression plainNumber(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    QString value = text;
    if (!value.isEmpty() && !plainNumber.match(value).hasMatch()) {
        const QChar first = value.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QChar(0x2212) || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1String("\""), QLatin1String("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

void CsvWriter::addRow(const QStringList &cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &text : cells)
        escaped.append(cell(text));
    m_text += escaped.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

void CsvWriter::addHeader(const ExportTable &table)
{
    QStringList titles;
    titles.reserve(table.columns.size());
    for (const ExportColumn &column : table.columns)
        titles.append(Bidi::stripFormatting(column.title));
    addRow(titles);
}

void CsvWriter::addRows(const ExportTable &table, qsizetype from, qsizetype to)
{
    if (to < 0 || to > table.rows.size())
        to = table.rows.size();
    QStringList cells;
    for (qsizetype row = from; row < to; ++row) {
        cells.clear();
        for (const ExportCell &exported : table.rows.at(row))
            cells.append(exported.number ? number(*exported.number) : exported.text);
        addRow(cells);
    }
}

QByteArray CsvWriter::bytes() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

QByteArray CsvWriter::takeBytes()
{
    QByteArray out = m_bomTaken ? QByteArray() : QByteArray("\xEF\xBB\xBF");
    m_bomTaken = true;
    out += m_text.toUtf8();
    m_text.clear();
    return out;
}

} // namespace Glance
