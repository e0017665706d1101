#include "ui/print/tableprinter.h"

#include "core/text/bidi.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPromise>
#include <QRawFont>
#include <QSaveFile>
#include <QTextLayout>
#include <QTextOption>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

namespace Glance {

namespace {

using CellKind = Bidi::CellKind;

constexpr qreal BodyPoints = 9;
constexpr qreal TitlePoints = 13;
constexpr qreal SmallPoints = 8;
constexpr qreal HugeHeight = 1e7;

QFont fontOf(qreal points, bool bold)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(points);
    font.setBold(bold);
    // Advances that scale with the page: the preview replays the pages at screen size, where
    // hinted glyphs would be wider or narrower than on paper and eat the spaces between runs
    // of different direction.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// QPrintPreviewDialog records the pages as QPictures and replays their text runs at screen size,
// where runs of different direction drift and the spaces between them vanish ("מקדח50mm"). For
// the preview (a Picture engine) the text is drawn as the outlines of the glyphs laid out for
// the printer, so the preview shows exactly what the paper will; printers and PDFs get text.
void drawOutlined(QPainter &painter, const QRectF &rect, const QString &text,
                  const QTextOption &option, const QFont &font)
{
    QTextLayout layout(text, font, painter.device());
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    QPainterPath path;
    const QList<QGlyphRun> runs = layout.glyphRuns();
    for (const QGlyphRun &run : runs) {
        const QRawFont raw = run.rawFont();
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size() && i < positions.size(); ++i)
            path.addPath(raw.pathForGlyph(glyphs.at(i)).translated(positions.at(i)));
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(path.translated(rect.topLeft()), painter.pen().color());
    painter.restore();
}

void drawText(QPainter &painter, const QRectF &rect, const QString &text, const QTextOption &option,
              const QFont &font)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (engine && engine->type() == QPaintEngine::Picture) {
        drawOutlined(painter, rect, text, option, font);
        return;
    }
    painter.setFont(font);
    painter.drawText(rect, text, option);
}

// Everything measured once: fonts, column widths and x positions, row heights, pages.
class Layout
{
public:
    Layout(const ExportTable &table, QPaintDevice *device, Qt::LayoutDirection direction,
           const QLocale &locale)
        : m_table(table)
        , m_device(device)
        , m_direction(direction)
        , m_locale(locale)
        , m_body(fontOf(BodyPoints, false))
        , m_bold(fontOf(BodyPoints, true))
        , m_title(fontOf(TitlePoints, true))
        , m_small(fontOf(SmallPoints, false))
        , m_page(0, 0, device->width(), device->height())
    {
        const QFontMetricsF body(m_body, device);
        m_pad = body.height() * 0.25;
        measureColumns();
        measureHead();
        measureRows();
        paginate();
    }

    int pageCount() const { return int(m_pageStarts.size()); }
    void paintPage(QPainter &painter, int page) const;

private:
    qreal textHeight(const QFont &font, qreal width, const QString &text) const
    {
        const QFontMetricsF metrics(font, m_device);
        if (text.isEmpty())
            return metrics.height();
        if (metrics.horizontalAdvance(text) <= width && !text.contains(QLatin1Char('\n')))
            return metrics.height();
        return metrics
                .boundingRect(QRectF(0, 0, width, HugeHeight),
                              Qt::TextWordWrap | Qt::TextWrapAnywhere, text)
                .height();
    }

    QTextOption optionFor(CellKind kind, const QString &text) const
    {
        QTextOption option;
        Qt::LayoutDirection textDirection = m_direction;
        if (kind == CellKind::Code || kind == CellKind::Number) {
            textDirection = Qt::LeftToRight;
        } else {
            const Qt::LayoutDirection own = Bidi::firstStrongDirection(text);
            if (own != Qt::LayoutDirectionAuto)
                textDirection = own;
        }
        option.setTextDirection(textDirection);
        const Qt::Alignment edge = kind == CellKind::Number || m_direction == Qt::RightToLeft
                ? Qt::AlignRight
                : Qt::AlignLeft;
        option.setAlignment(edge | Qt::AlignAbsolute | Qt::AlignTop);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        return option;
    }

    void measureColumns();
    void measureHead();
    void measureRows();
    void paginate();
    qreal columnX(int column) const;
    void paintCell(QPainter &painter, const QRectF &cell, const QString &text, CellKind kind,
                   const QFont &font) const;
    qreal paintHeader(QPainter &painter) const;
    qreal paintColumnTitles(QPainter &painter, qreal top) const;

    const ExportTable &m_table;
    QPaintDevice *m_device;
    Qt::LayoutDirection m_direction;
    QLocale m_locale;
    QFont m_body;
    QFont m_bold;
    QFont m_title;
    QFont m_small;
    QRectF m_page;
    qreal m_pad = 0;
    QList<qreal> m_widths;
    qreal m_headerHeight = 0; // title and context lines
    qreal m_titlesHeight = 0; // the column titles' row
    qreal m_footerHeight = 0;
    QList<qreal> m_rowHeights;
    QList<qreal> m_noteHeights;
    // Per page: the first row (rows, then notes numbered after the rows).
    QList<qsizetype> m_pageStarts;
};

void Layout::measureColumns()
{
    const qsizetype count = m_table.columns.size();
    const QFontMetricsF body(m_body, m_device);
    const QFontMetricsF bold(m_bold, m_device);
    QList<qreal> natural(count, 0);
    for (qsizetype c = 0; c < count; ++c)
        natural[c] = bold.horizontalAdvance(m_table.columns.at(c).title);
    for (const QList<ExportCell> &row : m_table.rows) {
        for (qsizetype c = 0; c < count && c < row.size(); ++c)
            natural[c] = std::max(natural[c], body.horizontalAdvance(row.at(c).text));
    }
    for (qreal &width : natural)
        width += 2 * m_pad + 1;
    const qreal available = m_page.width();
    const qreal total = std::accumulate(natural.cbegin(), natural.cend(), qreal(0));
    m_widths = natural;
    QList<qsizetype> text;
    for (qsizetype c = 0; c < count; ++c) {
        if (m_table.columns.at(c).kind == CellKind::Text
            || m_table.columns.at(c).kind == CellKind::Auto)
            text.append(c);
    }
    if (count == 0)
        return;
    if (total <= available) {
        // Room to spare: the text columns (or all) get it.
        const QList<qsizetype> growing = text.isEmpty() ? [count] {
            QList<qsizetype> all(count);
            std::iota(all.begin(), all.end(), 0);
            return all;
        }() : text;
        qreal grow = 0;
        for (qsizetype c : growing)
            grow += natural.at(c);
        for (qsizetype c : growing)
            m_widths[c] += (available - total) * natural.at(c) / grow;
        return;
    }
    // Too wide: codes and numbers keep their width (up to a quarter of the page each), text
    // columns share the rest and wrap; when even that does not fit, every column shrinks.
    qreal fixed = 0;
    for (qsizetype c = 0; c < count; ++c) {
        if (!text.contains(c)) {
            m_widths[c] = std::min(natural.at(c), available / 4);
            fixed += m_widths.at(c);
        }
    }
    qreal textNatural = 0;
    for (qsizetype c : text)
        textNatural += natural.at(c);
    const qreal minimum = body.averageCharWidth() * 8 + 2 * m_pad;
    const qreal rest = available - fixed;
    if (!text.isEmpty() && rest >= minimum * qreal(text.size())) {
        for (qsizetype c : text)
            m_widths[c] = std::max(minimum, rest * natural.at(c) / textNatural);
        const qreal sum = std::accumulate(m_widths.cbegin(), m_widths.cend(), qreal(0));
        for (qreal &width : m_widths)
            width *= available / sum;
        return;
    }
    for (qsizetype c = 0; c < count; ++c)
        m_widths[c] = natural.at(c) * available / total;
}

void Layout::measureHead()
{
    const qreal width = m_page.width();
    m_headerHeight = textHeight(m_title, width, m_table.title) + m_pad;
    for (const QString &line : m_table.context)
        m_headerHeight += textHeight(m_small, width, line);
    m_headerHeight += 2 * m_pad;
    m_titlesHeight = 0;
    for (qsizetype c = 0; c < m_table.columns.size(); ++c)
        m_titlesHeight = std::max(
                m_titlesHeight,
                textHeight(m_bold, m_widths.at(c) - 2 * m_pad, m_table.columns.at(c).title));
    m_titlesHeight += 2 * m_pad;
    m_footerHeight = QFontMetricsF(m_small, m_device).height() + 2 * m_pad;
}

void Layout::measureRows()
{
    m_rowHeights.reserve(m_table.rows.size());
    for (const QList<ExportCell> &row : m_table.rows) {
        qreal height = QFontMetricsF(m_body, m_device).height();
        for (qsizetype c = 0; c < row.size() && c < m_widths.size(); ++c)
            height = std::max(height,
                              textHeight(m_body, m_widths.at(c) - 2 * m_pad, row.at(c).text));
        m_rowHeights.append(height + 2 * m_pad);
    }
    for (const QString &note : m_table.notes)
        m_noteHeights.append(textHeight(m_body, m_page.width(), note) + m_pad);
}

void Layout::paginate()
{
    const qreal top = m_headerHeight + m_titlesHeight;
    const qreal bottom = m_page.height() - m_footerHeight;
    m_pageStarts = {0};
    qreal y = top;
    const qsizetype rows = m_rowHeights.size();
    for (qsizetype i = 0; i < rows + m_noteHeights.size(); ++i) {
        const qreal height = i < rows ? m_rowHeights.at(i)
                                      : m_noteHeights.at(i - rows) + (i == rows ? m_pad * 2 : 0);
        if (y + height > bottom && i > m_pageStarts.constLast()) {
            m_pageStarts.append(i);
            y = top;
        }
        y += height;
    }
}

qreal Layout::columnX(int column) const
{
    const qreal before = std::accumulate(m_widths.cbegin(), m_widths.cbegin() + column, qreal(0));
    return m_direction == Qt::RightToLeft ? m_page.right() - before - m_widths.at(column)
                                          : m_page.left() + before;
}

void Layout::paintCell(QPainter &painter, const QRectF &cell, const QString &text, CellKind kind,
                       const QFont &font) const
{
    drawText(painter, cell.adjusted(m_pad, m_pad, -m_pad, -m_pad), text, optionFor(kind, text),
             font);
}

qreal Layout::paintHeader(QPainter &painter) const
{
    qreal y = m_page.top();
    const qreal width = m_page.width();
    const QRectF title(m_page.left(), y, width, textHeight(m_title, width, m_table.title));
    paintCell(painter, title.adjusted(-m_pad, -m_pad, m_pad, m_pad), m_table.title, CellKind::Auto,
              m_title);
    y += title.height() + m_pad;
    for (const QString &line : m_table.context) {
        const qreal height = textHeight(m_small, width, line);
        drawText(painter, QRectF(m_page.left(), y, width, height), line,
                 optionFor(CellKind::Auto, line), m_small);
        y += height;
    }
    y += m_pad;
    painter.drawLine(QPointF(m_page.left(), y), QPointF(m_page.right(), y));
    return m_page.top() + m_headerHeight;
}

qreal Layout::paintColumnTitles(QPainter &painter, qreal top) const
{
    for (int c = 0; c < m_table.columns.size(); ++c) {
        const QRectF cell(columnX(c), top, m_widths.at(c), m_titlesHeight);
        painter.fillRect(cell, QColor(230, 230, 230));
        painter.drawRect(cell);
        paintCell(painter, cell, m_table.columns.at(c).title,
                  m_table.columns.at(c).kind == CellKind::Number ? CellKind::Number
                                                                 : CellKind::Auto,
                  m_bold);
    }
    return top + m_titlesHeight;
}

void Layout::paintPage(QPainter &painter, int page) const
{
    painter.setPen(QPen(Qt::black, 0));
    qreal y = paintHeader(painter);
    y = paintColumnTitles(painter, y);
    const qsizetype rows = m_rowHeights.size();
    const qsizetype end = page + 1 < m_pageStarts.size() ? m_pageStarts.at(page + 1)
                                                         : rows + m_noteHeights.size();
    for (qsizetype i = m_pageStarts.at(page); i < end; ++i) {
        if (i >= rows) {
            if (i == rows)
                y += 2 * m_pad;
            const QString &note = m_table.notes.at(i - rows);
            drawText(painter, QRectF(m_page.left(), y, m_page.width(), m_noteHeights.at(i - rows)),
                     note, optionFor(CellKind::Auto, note), m_body);
            y += m_noteHeights.at(i - rows);
            continue;
        }
        const QList<ExportCell> &row = m_table.rows.at(i);
        for (int c = 0; c < m_table.columns.size(); ++c) {
            const QRectF cell(columnX(c), y, m_widths.at(c), m_rowHeights.at(i));
            painter.drawRect(cell);
            if (c < row.size())
                paintCell(painter, cell, row.at(c).text, m_table.columns.at(c).kind, m_body);
        }
        y += m_rowHeights.at(i);
    }
    //: the foot of every printed page; %1 this page's number, %2 the number of pages
    const QString footer =
            TablePrinter::tr("Page %1 of %2")
                    .arg(Bidi::number(page + 1, m_locale), Bidi::number(pageCount(), m_locale));
    QTextOption option = optionFor(CellKind::Auto, footer);
    option.setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    drawText(painter,
             QRectF(m_page.left(), m_page.bottom() - m_footerHeight + m_pad, m_page.width(),
                    m_footerHeight),
             footer, option, m_small);
}

void writeInThread(QPromise<FileWriteResult> &promise, const ExportTable &table,
                   const QString &path, Qt::LayoutDirection direction, const QLocale &locale)
{
    promise.addResult(
            TablePrinter::writePdf(table, path, direction, locale, [&promise](int page, int pages) {
                promise.setProgressRange(0, pages);
                promise.setProgressValue(page);
                return !promise.isCanceled();
            }));
}

} // namespace

int TablePrinter::paint(const ExportTable &table, QPagedPaintDevice *device,
                        Qt::LayoutDirection direction, const QLocale &locale,
                        const std::function<bool(int, int)> &progress)
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setLayoutDirection(direction);
    const Layout layout(table, device, direction, locale);
    const int pages = layout.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return page;
        layout.paintPage(painter, page);
        if (progress && !progress(page + 1, pages))
            return page + 1;
    }
    return pages;
}

FileWriteResult TablePrinter::writePdf(const ExportTable &table, const QString &path,
                                       Qt::LayoutDirection direction, const QLocale &locale,
                                       const std::function<bool(int, int)> &progress)
{
    FileWriteResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.errorString = file.errorString();
        return result;
    }
    bool cancelled = false;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setTitle(table.title);
        const int painted = paint(table, &writer, direction, locale,
                                  [&progress, &cancelled](int page, int pages) {
                                      if (progress && !progress(page, pages))
                                          cancelled = true;
                                      return !cancelled;
                                  });
        if (painted == 0) {
            file.cancelWriting();
            result.errorString = tr("The PDF could not be drawn.");
            return result;
        }
    } // the writer finishes the file when it goes
    if (cancelled) {
        file.cancelWriting();
        result.cancelled = true;
        return result;
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        result.errorString = file.errorString();
        return result;
    }
    result.ok = true;
    result.rows = table.rows.size();
    result.bytes = QFileInfo(path).size();
    return result;
}

QFuture<FileWriteResult> TablePrinter::writePdfAsync(ExportTable table, const QString &path,
                                                     Qt::LayoutDirection direction,
                                                     const QLocale &locale)
{
    return QtConcurrent::run(writeInThread, std::move(table), path, direction, locale);
}

} // namespace Glance
