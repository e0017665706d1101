#include "ui/firstpaintlog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QWidget>

namespace Glance {

Q_LOGGING_CATEGORY(lcUi, "glance.ui", QtWarningMsg)

FirstPaintLog::FirstPaintLog(QObject *parent)
    : QObject(parent)
{
    if (lcUi().isInfoEnabled())
        QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintLog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched->isWidgetType()) {
        const auto *widget = static_cast<QWidget *>(watched);
        if (widget->isWindow() && widget->isVisible()) {
            qCInfo(lcUi).noquote()
                    << "window painted:" << widget->metaObject()->className()
                    << widget->windowTitle() << widget->width() << "x" << widget->height();
            QCoreApplication::instance()->removeEventFilter(this);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Glance
