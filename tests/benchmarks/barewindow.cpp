// The yardstick of bench_startup: the least a Qt Widgets program does to put a window on
// screen. A QApplication, one QWidget of the main window's default size, shown; it says
// "window painted" on stderr the first time it is painted, as glance-inventory does with
// QT_LOGGING_RULES="glance.ui.info=true".
#include <QApplication>
#include <QWidget>

#include <cstdio>

namespace {

class BareWindow : public QWidget
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QWidget::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            std::fputs("window painted: QWidget\n", stderr);
            std::fflush(stderr);
        }
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    window.resize(1200, 800);
    window.show();
    return QApplication::exec();
}
