#pragma once
// Visual order of laid-out text, for the right-to-left tests: the text is laid out with
// QTextLayout, the engine every Qt widget and item delegate paints with, and the x position of
// each character's glyph gives the visual order (independent of the font's sizes).
#include "core/text/bidi.h"

#include <QGlyphRun>
#include <QGuiApplication>
#include <QString>
#include <QTextLayout>
#include <QtMath>

namespace Glance::Test {

// The visual x of each character of `text` laid out as a paragraph in `direction` (NaN for
// characters without a glyph, such as isolates).
inline QList<qreal> glyphX(const QString &text, Qt::LayoutDirection direction)
{
    QTextLayout layout(text, QGuiApplication::font());
    QTextOption option;
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(100000);
    layout.endLayout();
    QList<qreal> xs;
    xs.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        qreal x = qQNaN();
        if (!Bidi::isFormattingCharacter(text.at(i).unicode())) {
            const QList<QGlyphRun> runs = layout.glyphRuns(i, 1);
            for (const QGlyphRun &run : runs) {
                const QList<QPointF> positions = run.positions();
                if (!positions.isEmpty())
                    x = positions.constFirst().x();
            }
        }
        xs << x;
    }
    return xs;
}

// The characters of `value` (found in `text`, formatting characters skipped) read left to
// right on screen in their logical order: the value is shown as written.
inline bool readsLeftToRight(const QString &text, const QString &value,
                             Qt::LayoutDirection direction, QString *why)
{
    const qsizetype start = text.indexOf(value);
    if (start < 0) {
        *why = QStringLiteral("value not found");
        return false;
    }
    const QList<qreal> xs = glyphX(text, direction);
    qreal previous = -1e9;
    for (qsizetype i = start; i < start + value.size(); ++i) {
        if (qIsNaN(xs.at(i)) || text.at(i).isSpace())
            continue;
        if (!(xs.at(i) > previous)) {
            *why = QStringLiteral("'%1' (index %2) is drawn at x=%3, left of the previous "
                                  "character at x=%4")
                           .arg(text.at(i))
                           .arg(i)
                           .arg(xs.at(i))
                           .arg(previous);
            return false;
        }
        previous = xs.at(i);
    }
    return true;
}

// x of the first glyph of `needle` in `text`.
inline qreal xOf(const QString &text, const QString &needle, Qt::LayoutDirection direction)
{
    return glyphX(text, direction).at(text.indexOf(needle));
}

} // namespace Glance::Test
