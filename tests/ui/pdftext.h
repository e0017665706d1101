#pragma once

// The text of a PDF as poppler's pdftotext reads it (poppler-utils, .ci/install-deps.sh), for
// the tests of printed tables and the stocktake's paper.

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace Glance::Test {

enum class PdfTextMode {
    Reading, // in reading order (right-to-left runs in logical order)
    Layout, // as laid out: each line left to right as on the page
};

// The whole text; with Layout, the embedding marks pdftotext puts around right-to-left runs are
// taken out. Pages are separated by form feeds. Empty when pdftotext fails.
inline QString pdfText(const QString &file, PdfTextMode mode = PdfTextMode::Reading)
{
    QStringList arguments {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file,
                           QStringLiteral("-")};
    if (mode == PdfTextMode::Layout)
        arguments.prepend(QStringLiteral("-layout"));
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), arguments);
    if (!process.waitForFinished(60000))
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    if (mode == PdfTextMode::Layout)
        text.remove(QChar(0x202A)).remove(QChar(0x202B)).remove(QChar(0x202C));
    return text;
}

// The line of `text` that holds `part` (empty when none).
inline QString lineWith(const QString &text, const QString &part)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(part))
            return line;
    }
    return {};
}

} // namespace Glance::Test
