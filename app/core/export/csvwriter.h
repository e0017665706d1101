#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Glance {

// CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads Hebrew), comma-separated,
// CRLF line ends, RFC 4180 quoting. A text cell that starts with = + - − @ (or a tab or CR) is
// neutralised with a leading apostrophe so that a spreadsheet never runs it as a formula; plain
// numbers ("-5", "12") are written as they are so they stay numbers.
class CsvWriter
{
public:
    CsvWriter();

    void addRow(const QStringList &cells);
    // Plain numbers: written as is.
    static QString number(qint64 value);
    QByteArray bytes() const;

    static QString cell(const QString &text);

private:
    QString m_text;
};

} // namespace Glance
