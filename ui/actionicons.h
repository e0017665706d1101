#pragma once

#include <QIcon>
#include <QString>

namespace Glance {

// The icons of the main actions (tool bar and menus). Each is the icon theme's icon of its
// freedesktop name where the desktop has a theme with it (Linux), else our own SVG
// (resources/icons/actions/, drawn for this app), so Windows and macOS, which have no icon
// theme, get icons too. Icons that point (Export's arrow) face the reading direction: mirrored
// while the application is right to left, also after a language switch (directionalIcon()).
enum class ActionIcon {
    Refresh,
    NewRecord,
    EditRecord,
    DeleteRecord,
    BatchAdjust,
    NewStocktake,
    History,
    Export,
    Print,
};

QIcon actionIcon(ActionIcon icon);

// What actionIcon() is made of: the freedesktop name (empty: the icon naming specification
// and the common themes have none that fits), our SVG, and whether the icon points.
struct ActionIconSource
{
    QString themeName;
    QString bundledFile;
    bool points = false;
};
ActionIconSource actionIconSource(ActionIcon icon);

} // namespace Glance
