#pragma once

#include <QObject>

namespace Glance {

// Logs (category "glance.ui", info, off unless QT_LOGGING_RULES="glance.ui.info=true") the first
// time a top-level window has been painted, with its title and size, then removes itself. The
// installed-package check of CI (.ci/stage-deb.sh) reads it to know that `--demo` put a window
// on screen on a machine with no display (QT_QPA_PLATFORM=offscreen).
class FirstPaintLog : public QObject
{
    Q_OBJECT

public:
    // Watches every widget of the application (an event filter on qApp).
    explicit FirstPaintLog(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Glance
