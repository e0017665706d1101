// The counting window's answer to a scan (ScanFeedback) on real widgets, offscreen: the last
// line highlighted when counted, red for an unknown code, plain otherwise; the message line red
// only when it needs attention; palettes set only when the kind of answer changes (a new
// palette restyles the widgets: too slow for every scan); right to left alike.
#include "ui/stocktake/scanfeedback.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace Glance;

namespace {

// Counts the palette changes a widget receives.
class PaletteCounter : public QObject
{
public:
    int changes = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            ++changes;
        return QObject::eventFilter(watched, event);
    }
};

struct Window
{
    QWidget window;
    QFrame *frame = new QFrame(&window);
    QLabel *line = new QLabel(frame);
    QLabel *count = new QLabel(frame);
    QLabel *message = new QLabel(&window);

    Window()
    {
        auto *inner = new QHBoxLayout(frame);
        inner->addWidget(line);
        inner->addWidget(count);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(frame);
        layout->addWidget(message);
    }
};

} // namespace

class TestScanFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksFollowTheKindOfAnswer()
    {
        Window w;
        const QFont normal = w.line->font();
        ScanFeedback feedback(w.frame, w.line, w.count, w.message);
        QVERIFY(w.line->font().bold());
        QVERIFY(w.line->font().pointSizeF() > normal.pointSizeF() * 1.5);
        QVERIFY(w.frame->autoFillBackground());
        const QPalette window = w.window.palette();

        feedback.showLine(QStringLiteral("AB-120/3 Drill"), QStringLiteral("7"),
                          ScanFeedback::Look::Counted);
        QCOMPARE(w.line->text(), QStringLiteral("AB-120/3 Drill"));
        QCOMPARE(w.count->text(), QStringLiteral("7"));
        QCOMPARE(w.frame->palette().color(QPalette::Window), window.color(QPalette::Highlight));
        QCOMPARE(w.line->palette().color(QPalette::WindowText),
                 window.color(QPalette::HighlightedText));

        feedback.showLine(QStringLiteral("NO-SUCH"), QString(), ScanFeedback::Look::Unknown);
        QCOMPARE(w.frame->palette().color(QPalette::Window), ScanFeedback::alarmColor());
        QCOMPARE(w.count->palette().color(QPalette::WindowText), QColor(Qt::white));
        QCOMPARE(feedback.look(), ScanFeedback::Look::Unknown);

        feedback.clearLine();
        QVERIFY(w.line->text().isEmpty() && w.count->text().isEmpty());
        QCOMPARE(w.frame->palette().color(QPalette::Window), window.color(QPalette::Window));

        feedback.showMessage(QStringLiteral("No product with the barcode 729…"), true);
        QVERIFY(feedback.isAlarm());
        QCOMPARE(w.message->palette().color(QPalette::Window), ScanFeedback::alarmColor());
        feedback.showMessage(QStringLiteral("Saved."), false);
        QVERIFY(!feedback.isAlarm());
        QCOMPARE(w.message->palette().color(QPalette::Window), window.color(QPalette::Window));
        QCOMPARE(feedback.message(), QStringLiteral("Saved."));
        feedback.clearMessage();
        QVERIFY(feedback.message().isEmpty());
    }

    // 20 scans a second: the same kind of answer again changes texts only; no palette change
    // reaches the widgets (the kind changing does).
    void repeatedAnswersDoNotRestyle()
    {
        Window w;
        ScanFeedback feedback(w.frame, w.line, w.count, w.message);
        PaletteCounter frameChanges;
        PaletteCounter messageChanges;
        w.frame->installEventFilter(&frameChanges);
        w.message->installEventFilter(&messageChanges);
        feedback.showLine(QStringLiteral("A-1"), QStringLiteral("1"), ScanFeedback::Look::Counted);
        feedback.showMessage(QStringLiteral("Saved."), false);
        const int frame = frameChanges.changes;
        const int message = messageChanges.changes;
        QVERIFY(frame > 0);
        for (int n = 2; n <= 50; ++n) {
            feedback.showLine(QStringLiteral("A-1"), QString::number(n),
                              ScanFeedback::Look::Counted);
            feedback.showMessage(QStringLiteral("Saved."), false);
        }
        QCOMPARE(frameChanges.changes, frame);
        QCOMPARE(messageChanges.changes, message);
        QCOMPARE(w.count->text(), QStringLiteral("50"));
        feedback.showLine(QStringLiteral("X"), QString(), ScanFeedback::Look::Unknown);
        QVERIFY(frameChanges.changes > frame);
    }

    void rightToLeftAlike()
    {
        Window w;
        w.window.setLayoutDirection(Qt::RightToLeft);
        ScanFeedback feedback(w.frame, w.line, w.count, w.message);
        feedback.showLine(QStringLiteral("מק-4/1 בורג"), QStringLiteral("3"),
                          ScanFeedback::Look::Unknown);
        QCOMPARE(w.frame->palette().color(QPalette::Window), ScanFeedback::alarmColor());
        QCOMPARE(w.line->layoutDirection(), Qt::RightToLeft);
    }
};

QTEST_MAIN(TestScanFeedback)
#include "tst_scanfeedback.moc"
