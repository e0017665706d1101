#include "ui/firstpaintlog.h"

#include <QAbstractItemView>
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
    if (event->type() != QEvent::Paint || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    const auto *widget = static_cast<QWidget *>(watched);
    if (!m_windowPainted && widget->isWindow() && widget->isVisible()) {
        m_windowPainted = true;
        qCInfo(lcUi).noquote() << "window painted:" << widget->metaObject()->className()
                               << widget->windowTitle() << widget->width() << "x"
                               << widget->height();
    }
    // An item view paints its rows on its viewport.
    const auto *view = qobject_cast<const QAbstractItemView *>(widget->parentWidget());
    if (view && view->viewport() == widget && view->isVisible() && view->model()
        && view->model()->rowCount() > 0 && !m_viewsWithRows.contains(view->objectName())) {
        m_viewsWithRows.insert(view->objectName());
        qCInfo(lcUi).noquote() << "rows painted:" << view->objectName() << view->model()->rowCount()
                               << "rows";
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Glance
