#pragma once

#include "ui/help/shortcutlist.h"

#include <QList>

class QWidget;

namespace Glance {

// The shortcuts of the whole app, window by window, for Help → Keyboard Shortcuts: those of
// `mainWindow` as it is now (its menus hold the record, batch and stocktake actions), then those
// of the batch adjustment editor, the adjustment history, the counting window, the stocktake
// review and the list of stocktakes, each read from an instance made for the purpose without
// data (never shown, deleted before returning), so the list is always that of the real windows.
// Windows without a shortcut are left out.
QList<ShortcutGroup> appShortcuts(const QWidget *mainWindow);

} // namespace Glance
