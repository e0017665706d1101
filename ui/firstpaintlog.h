#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace Glance {

// Logs (category "glance.ui", info, off unless QT_LOGGING_RULES="glance.ui.info=true") the first
// time a top-level window has been painted, with its title and size, and the first time each item
// view (by object name) has painted rows: "rows painted: inventoryView 500 rows" is the first
// cached row of the inventory at start.
// The installed-package check of CI (.ci/stage-deb.sh) reads it to know that `--demo` put a
// window on screen on a machine with no display (QT_QPA_PLATFORM=offscreen);
// tests/benchmarks/bench_startup times the start of the app by it.
class FirstPaintLog : public QObject
{
    Q_OBJECT

public:
    // Watches every widget of the application (an event filter on qApp).
    explicit FirstPaintLog(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_windowPainted = false;
    QSet<QString> m_viewsWithRows;
};

} // namespace Glance
