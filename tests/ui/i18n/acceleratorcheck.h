#pragma once

// The accelerator check of tst_accelerators: which Alt letters the items of one menu, one menu
// bar (with the window's own controls) or one window take, and which of them clash.

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStringList>
#include <QToolButton>

#include <utility>

namespace Glance::Test {

// One item that may take an Alt letter. Items on different pages of one QStackedWidget (a
// QTabWidget has one too) are never shown together, so they may share a letter.
struct AcceleratorItem
{
    QString text;
    QList<std::pair<const QStackedWidget *, int>> pages;
};

struct AcceleratorGroup
{
    QString name; // "en: Batch Adjustment (window)", "he: &View (menu)"
    QList<AcceleratorItem> items;
};

// The Alt letter `text` takes ("&Refresh" → Alt+R), empty when it has none. Qt's own reading.
inline QKeySequence acceleratorOf(const QString &text)
{
    return QKeySequence::mnemonic(text);
}

inline bool onSamePages(const AcceleratorItem &a, const AcceleratorItem &b)
{
    for (const auto &[stack, page] : a.pages) {
        for (const auto &[otherStack, otherPage] : b.pages) {
            if (stack == otherStack && page != otherPage)
                return false;
        }
    }
    return true;
}

// "<group>: "&Refresh" and "&Low stock only" share Alt+R", one line per clash.
inline QStringList acceleratorClashes(const AcceleratorGroup &group)
{
    QStringList clashes;
    for (qsizetype i = 0; i < group.items.size(); ++i) {
        const QKeySequence key = acceleratorOf(group.items.at(i).text);
        if (key.isEmpty())
            continue;
        for (qsizetype j = i + 1; j < group.items.size(); ++j) {
            if (acceleratorOf(group.items.at(j).text) != key
                || !onSamePages(group.items.at(i), group.items.at(j)))
                continue;
            clashes << QStringLiteral("%1: \"%2\" and \"%3\" share %4")
                               .arg(group.name, group.items.at(i).text, group.items.at(j).text,
                                    key.toString(QKeySequence::PortableText));
        }
    }
    return clashes;
}

// The items of a menu: its actions' texts (a submenu by its title).
inline AcceleratorGroup menuGroup(const QString &prefix, const QMenu *menu)
{
    AcceleratorGroup group {prefix + menu->title() + QStringLiteral(" (menu)"), {}};
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            group.items.append({action->text(), {}});
    }
    return group;
}

// `menu` and every submenu below it, each a group.
inline void addMenuGroups(const QString &prefix, const QMenu *menu, QList<AcceleratorGroup> *out)
{
    out->append(menuGroup(prefix, menu));
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (const QMenu *sub = action->menu())
            addMenuGroups(prefix, sub, out);
    }
}

// The pages `widget` sits on, up to `window`.
inline QList<std::pair<const QStackedWidget *, int>> pagesOf(const QWidget *widget,
                                                             const QWidget *window)
{
    QList<std::pair<const QStackedWidget *, int>> pages;
    const QWidget *child = widget;
    for (const QWidget *w = widget->parentWidget(); w && child != window;
         child = w, w = w->parentWidget()) {
        if (const auto *stack = qobject_cast<const QStackedWidget *>(w))
            pages.append({stack, stack->indexOf(const_cast<QWidget *>(child))});
    }
    return pages;
}

// The window's Alt letters: its menu bar's titles and every button, buddy label and group box
// of the window (shown or hidden: a hidden one shows up in another state), but not those of
// other windows (dialogs parented to it) or menus. Tool bar buttons take no Alt letter.
inline AcceleratorGroup windowGroup(const QString &prefix, const QWidget *window)
{
    AcceleratorGroup group {prefix + window->windowTitle() + QStringLiteral(" (window)"), {}};
    if (const auto *main = qobject_cast<const QMainWindow *>(window)) {
        if (const QMenuBar *bar = main->menuWidget() ? main->menuBar() : nullptr) {
            const QList<QAction *> actions = bar->actions();
            for (const QAction *action : actions)
                group.items.append({action->text(), {}});
        }
    }
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (w->window() != window || qobject_cast<const QMenu *>(w))
            continue;
        QString text;
        if (const auto *tool = qobject_cast<const QToolButton *>(w)) {
            if (!tool->defaultAction())
                text = tool->text();
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            text = button->text();
        } else if (const auto *label = qobject_cast<const QLabel *>(w)) {
            if (label->buddy())
                text = label->text();
        } else if (const auto *box = qobject_cast<const QGroupBox *>(w)) {
            text = box->title();
        }
        if (!text.isEmpty())
            group.items.append({text, pagesOf(w, window)});
    }
    return group;
}

// The groups of a window: itself, each menu of its menu bar (with submenus), and the context
// menus made of a widget's actions (Qt::ActionsContextMenu).
inline QList<AcceleratorGroup> windowGroups(const QString &prefix, const QWidget *window)
{
    QList<AcceleratorGroup> groups {windowGroup(prefix, window)};
    if (const auto *main = qobject_cast<const QMainWindow *>(window); main && main->menuWidget()) {
        const QList<QAction *> actions = main->menuBar()->actions();
        for (const QAction *action : actions) {
            if (const QMenu *menu = action->menu())
                addMenuGroups(prefix, menu, &groups);
        }
    }
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (w->contextMenuPolicy() != Qt::ActionsContextMenu || w->actions().isEmpty())
            continue;
        AcceleratorGroup group {prefix + w->objectName() + QStringLiteral(" (context menu)"), {}};
        const QList<QAction *> actions = w->actions();
        for (const QAction *action : actions) {
            if (!action->isSeparator())
                group.items.append({action->text(), {}});
        }
        groups.append(group);
    }
    return groups;
}

} // namespace Glance::Test
