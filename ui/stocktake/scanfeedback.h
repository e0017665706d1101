#pragma once

#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace Glance {

// The counting window's answer to each scan, readable from a few steps away with a scanner in
// hand: the last line large and bold — highlighted when counted, red for an unknown code — and
// one line saying what happened, red when it needs the counter's attention. Palettes change only
// when the kind of answer changes (a new palette restyles the widgets: too slow for every scan
// at 20 scans a second). The texts are the window's; this is how they look.
class ScanFeedback
{
public:
    enum class Look { None, Counted, Unknown };

    // The widgets stay the window's (from its .ui file).
    ScanFeedback(QWidget *frame, QLabel *line, QLabel *count, QLabel *message);

    // The last scan: its line ("AB-120/3 Drill"), its count ("7", "?" when asked), its look.
    void showLine(const QString &line, const QString &count, Look look);
    void clearLine();
    Look look() const { return m_look; }

    void showMessage(const QString &text, bool alarm);
    void clearMessage();
    QString message() const;
    bool isAlarm() const { return m_alarm; }

    static QColor alarmColor();

private:
    void setLook(Look look);

    QPointer<QWidget> m_frame;
    QPointer<QLabel> m_line;
    QPointer<QLabel> m_count;
    QPointer<QLabel> m_message;
    Look m_look = Look::None;
    bool m_alarm = false;
};

} // namespace Glance
