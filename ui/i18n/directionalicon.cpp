#include "ui/i18n/directionalicon.h"

#include "ui/i18n/mirroriconengine.h"

namespace Glance {

QIcon directionalIcon(const QIcon &leftToRightIcon)
{
    if (leftToRightIcon.isNull())
        return leftToRightIcon;
    return QIcon(new MirrorIconEngine(leftToRightIcon, MirrorIconEngine::When::RightToLeft));
}

QIcon mirroredIcon(const QIcon &icon)
{
    if (icon.isNull())
        return icon;
    return QIcon(new MirrorIconEngine(icon, MirrorIconEngine::When::Always));
}

} // namespace Glance
