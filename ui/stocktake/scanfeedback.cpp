#include "ui/stocktake/scanfeedback.h"

#include <QLabel>
#include <QPalette>

namespace Glance {

namespace {
QPalette alarmPalette(QPalette palette)
{
    palette.setColor(QPalette::Window, ScanFeedback::alarmColor());
    palette.setColor(QPalette::WindowText, Qt::white);
    return palette;
}
} // namespace

ScanFeedback::ScanFeedback(QWidget *frame, QLabel *line, QLabel *count, QLabel *message)
    : m_frame(frame)
    , m_line(line)
    , m_count(count)
    , m_message(message)
{
    QFont large = line->font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    large.setBold(true);
    line->setFont(large);
    count->setFont(large);
    frame->setAutoFillBackground(true);
    message->setAutoFillBackground(true);
}

QColor ScanFeedback::alarmColor()
{
    return QColor(0xC6, 0x28, 0x28); // white text on it: contrast 5.6:1
}

void ScanFeedback::showLine(const QString &line, const QString &count, Look look)
{
    m_line->setText(line);
    m_count->setText(count);
    setLook(look);
}

void ScanFeedback::clearLine()
{
    m_line->clear();
    m_count->clear();
    setLook(Look::None);
}

void ScanFeedback::setLook(Look look)
{
    if (look == m_look)
        return;
    m_look = look;
    QPalette palette =
            m_frame->parentWidget() ? m_frame->parentWidget()->palette() : m_frame->palette();
    if (look == Look::Counted) {
        palette.setColor(QPalette::Window, palette.color(QPalette::Highlight));
        palette.setColor(QPalette::WindowText, palette.color(QPalette::HighlightedText));
    } else if (look == Look::Unknown) {
        palette = alarmPalette(palette);
    }
    for (QWidget *widget : {static_cast<QWidget *>(m_frame), static_cast<QWidget *>(m_line),
                            static_cast<QWidget *>(m_count)})
        widget->setPalette(palette);
}

void ScanFeedback::showMessage(const QString &text, bool alarm)
{
    if (alarm != m_alarm) {
        m_alarm = alarm;
        const QPalette normal =
                m_message->parentWidget() ? m_message->parentWidget()->palette() : QPalette();
        m_message->setPalette(alarm ? alarmPalette(normal) : normal);
    }
    m_message->setText(text);
}

void ScanFeedback::clearMessage()
{
    m_message->clear();
}

QString ScanFeedback::message() const
{
    return m_message->text();
}

} // namespace Glance
