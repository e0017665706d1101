#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QWidget;

namespace Glance {

// One keyboard shortcut as Help → Keyboard Shortcuts lists it: what it does (the action's text
// without its Alt letter and "…") and its keys (an action may have several).
struct ShortcutEntry
{
    QString action;
    QList<QKeySequence> keys;
};

// The shortcuts of one window.
struct ShortcutGroup
{
    QString window;
    QList<ShortcutEntry> entries;
};

// Every shortcut `window` has, read from the window itself, never typed in a list: its menu bar's
// actions in menu order (submenus too), then the other actions of the window, its menus and
// widgets (QWidget::actions(), QAction children), then its QShortcut objects (named by their
// whatsThis). Each action once; actions and QShortcuts without keys are left out.
QList<ShortcutEntry> collectShortcuts(const QWidget *window);

// "&Export as CSV…" → "Export as CSV" ("&&" stays one "&").
QString actionLabel(const QString &text);
// The keys as the platform writes them (QKeySequence::NativeText), separated by ", ".
QString keysText(const QList<QKeySequence> &keys);

} // namespace Glance
