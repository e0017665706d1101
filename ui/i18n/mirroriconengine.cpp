#include "ui/i18n/mirroriconengine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QTransform>

namespace Glance {

MirrorIconEngine::MirrorIconEngine(const QIcon &icon, When when)
    : m_icon(icon)
    , m_when(when)
{
}

MirrorIconEngine::~MirrorIconEngine() = default;

bool MirrorIconEngine::mirrorsNow() const
{
    return m_when == When::Always || QGuiApplication::layoutDirection() == Qt::RightToLeft;
}

QPixmap MirrorIconEngine::mirrored(const QPixmap &pixmap)
{
    if (pixmap.isNull())
        return pixmap;
    QPixmap out = pixmap.transformed(QTransform::fromScale(-1, 1));
    out.setDevicePixelRatio(pixmap.devicePixelRatio());
    return out;
}

void MirrorIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                             QIcon::State state)
{
    if (!mirrorsNow()) {
        m_icon.paint(painter, rect, Qt::AlignCenter, mode, state);
        return;
    }
    painter->save();
    // Mirror around the rectangle's vertical centre line.
    painter->translate(rect.left() + rect.right() + 1, 0);
    painter->scale(-1, 1);
    m_icon.paint(painter, rect, Qt::AlignCenter, mode, state);
    painter->restore();
}

QSize MirrorIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return m_icon.actualSize(size, mode, state);
}

QPixmap MirrorIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // QIconEngine::scaledPixmap() asks here, with the size already in device pixels.
    const QPixmap plain = m_icon.pixmap(size, mode, state);
    return mirrorsNow() ? mirrored(plain) : plain;
}

QList<QSize> MirrorIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return m_icon.availableSizes(mode, state);
}

QString MirrorIconEngine::key() const
{
    return QStringLiteral("GlanceMirrorIconEngine");
}

QIconEngine *MirrorIconEngine::clone() const
{
    return new MirrorIconEngine(m_icon, m_when);
}

bool MirrorIconEngine::isNull()
{
    return m_icon.isNull();
}

} // namespace Glance
