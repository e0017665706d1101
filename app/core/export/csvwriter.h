#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Glance {

struct ExportTable;

// CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads Hebrew), comma-separated,
// CRLF line ends, RFC 4180 quoting. A text cell that starts with = + - − @ (or a tab or CR) is
// neutralised with a leading apostrophe so that a spreadsheet never runs it as a formula; plain
// numbers ("-5", "12") are written as they are so they stay numbers.
class CsvWriter
{
public:
    CsvWriter();

    void addRow(const QStringList &cells);
    // A table's column titles, then its rows `from` up to `to` (exclusive; -1: the end): a
    // cell with a number gets the plain number, any other its text. The title, context and
    // notes are for paper and are not written.
    void addHeader(const ExportTable &table);
    void addRows(const ExportTable &table, qsizetype from = 0, qsizetype to = -1);
    // Plain numbers: written as is.
    static QString number(qint64 value);
    // Everything added so far, with the byte order mark first.
    QByteArray bytes() const;
    // What was added since the last call (the byte order mark with the first), for writing a
    // large table in slices.
    QByteArray takeBytes();

    static QString cell(const QString &text);

private:
    QString m_text;
    bool m_bomTaken = false;
};

} // namespace Glance
