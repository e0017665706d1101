#pragma once

#include <QIcon>

namespace Glance {

// Icons that point (next, back, forward arrows, "move to") face the reading direction: give the
// left-to-right form and the icon is mirrored while the application is right to left (Hebrew),
// also after a language switch. Icons that do not point (a search glass, a warning sign, a
// check mark, a clock) must not be mirrored.
QIcon directionalIcon(const QIcon &leftToRightIcon);

// `icon` always mirrored left to right.
QIcon mirroredIcon(const QIcon &icon);

} // namespace Glance
