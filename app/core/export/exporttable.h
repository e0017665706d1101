#pragma once

#include "core/text/bidi.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Glance {

// One cell of a table written to a file or to paper: the text as the screen shows it (without
// directional formatting characters) and, for a number, the plain value (a spreadsheet gets
// the number, not "1,200" or "−5").
struct ExportCell
{
    QString text;
    std::optional<qint64> number;
};

// A column as shown: its title and what it holds (codes and numbers are laid out left to right
// in a right-to-left table, see Bidi::CellKind).
struct ExportColumn
{
    QString title;
    Bidi::CellKind kind = Bidi::CellKind::Text;
};

// What a table export writes (CsvWriter::addTable, TablePrinter): a title, lines that say what
// is shown (account, warehouse, filter, time; on every printed page, not in a CSV file), the
// columns in the order they are shown, the rows in the order they are shown, and lines after
// the table (totals).
struct ExportTable
{
    QString title;
    QStringList context;
    QList<ExportColumn> columns;
    QList<QList<ExportCell>> rows;
    QStringList notes;
};

} // namespace Glance
