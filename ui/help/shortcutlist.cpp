#include "ui/help/shortcutlist.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QWidget>

namespace Glance {

namespace {

class Collector
{
public:
    void addAction(QAction *action)
    {
        if (!action || action->isSeparator() || m_seen.contains(action))
            return;
        m_seen.append(action);
        if (QMenu *menu = action->menu()) {
            addMenu(menu);
            return;
        }
        QList<QKeySequence> keys = action->shortcuts();
        keys.removeAll(QKeySequence());
        append(actionLabel(action->text()), keys);
    }

    void addMenu(const QMenu *menu)
    {
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions)
            addAction(action);
    }

    void addWidget(const QWidget *widget)
    {
        const QList<QAction *> actions = widget->actions();
        for (QAction *action : actions)
            addAction(action);
    }

    void addShortcut(const QShortcut *shortcut)
    {
        QList<QKeySequence> keys = shortcut->keys();
        keys.removeAll(QKeySequence());
        append(actionLabel(shortcut->whatsThis()), keys);
    }

    QList<ShortcutEntry> entries() const { return m_entries; }

private:
    // One row per name: a table's own key for what an action does joins the action's row.
    void append(const QString &label, const QList<QKeySequence> &keys)
    {
        if (keys.isEmpty())
            return;
        for (ShortcutEntry &entry : m_entries) {
            if (entry.action == label) {
                for (const QKeySequence &key : keys) {
                    if (!entry.keys.contains(key))
                        entry.keys.append(key);
                }
                return;
            }
        }
        m_entries.append({label, keys});
    }

    QList<const QAction *> m_seen;
    QList<ShortcutEntry> m_entries;
};

} // namespace

QList<ShortcutEntry> collectShortcuts(const QWidget *window)
{
    Collector collector;
    if (!window)
        return {};
    if (const auto *main = qobject_cast<const QMainWindow *>(window)) {
        if (const QMenuBar *bar = main->menuWidget() ? main->menuBar() : nullptr) {
            const QList<QAction *> menus = bar->actions();
            for (QAction *action : menus)
                collector.addAction(action);
        }
    }
    collector.addWidget(window);
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        collector.addWidget(widget);
        if (const auto *menu = qobject_cast<const QMenu *>(widget))
            collector.addMenu(menu);
    }
    const QList<QAction *> owned = window->findChildren<QAction *>();
    for (QAction *action : owned)
        collector.addAction(action);
    const QList<QShortcut *> shortcuts = window->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts)
        collector.addShortcut(shortcut);
    return collector.entries();
}

QString actionLabel(const QString &text)
{
    QString label;
    label.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&')
                label.append(u'&');
            else
                continue;
            ++i;
            continue;
        }
        label.append(text.at(i));
    }
    label = label.trimmed();
    if (label.endsWith(u'…'))
        label.chop(1);
    else if (label.endsWith(QLatin1String("...")))
        label.chop(3);
    return label.trimmed();
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

} // namespace Glance
