#pragma once

// What a window shows in words, for the language checks of the UI tests (the main window in
// Hebrew, every screenshot window in Hebrew): its user-visible texts, and whether a text still
// has English words in it once names, codes and other values are taken out.

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QTabWidget>
#include <QWidget>

#include <algorithm>

namespace Glance::Test {

inline void addActionTexts(QStringList *texts, const QAction *action)
{
    if (action->isSeparator())
        return;
    *texts << action->text();
    if (action->toolTip() != QString(action->text()).remove(u'&'))
        *texts << action->toolTip();
    *texts << action->statusTip();
    if (const QMenu *menu = action->menu()) {
        *texts << menu->title();
        const QList<QAction *> actions = menu->actions();
        for (const QAction *child : actions)
            addActionTexts(texts, child);
    }
}

// Every user-visible text of `window`'s chrome as it is now: title, actions and menus, labels,
// buttons, placeholders, group and tab titles, tooltips, accessible names and column headers.
inline QStringList visibleTexts(QWidget *window)
{
    QStringList texts {window->windowTitle()};
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions)
        addActionTexts(&texts, action);
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        texts << widget->toolTip() << widget->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            texts << line->placeholderText();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        else if (auto *dock = qobject_cast<QDockWidget *>(widget))
            texts << dock->windowTitle();
        else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        } else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (header->model() && header->orientation() == Qt::Horizontal) {
                for (int i = 0; i < header->count(); ++i)
                    texts << header->model()->headerData(i, Qt::Horizontal).toString();
            }
        }
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

// What `window` shows inside its lists, tables and combo boxes (cells, list entries, combo
// entries and their tooltips): statuses and messages next to names and codes.
inline QStringList itemTexts(QWidget *window)
{
    QStringList texts;
    const auto addModel = [&texts](const QAbstractItemModel *model, int column) {
        if (!model)
            return;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int c = 0; c < model->columnCount(); ++c) {
                if (column >= 0 && c != column)
                    continue;
                const QModelIndex index = model->index(row, c);
                texts << index.data(Qt::DisplayRole).toString()
                      << index.data(Qt::ToolTipRole).toString();
            }
        }
    };
    QList<const QAbstractItemView *> comboViews;
    const QList<QComboBox *> combos = window->findChildren<QComboBox *>();
    for (const QComboBox *combo : combos) {
        comboViews << combo->view();
        addModel(combo->model(), combo->modelColumn());
    }
    const QList<QAbstractItemView *> views = window->findChildren<QAbstractItemView *>();
    for (const QAbstractItemView *view : views) {
        if (!comboViews.contains(view)) // a combo box's list: its entries are counted above
            addModel(view->model(), -1);
    }
    texts.removeAll(QString());
    texts.removeDuplicates();
    return texts;
}

// `text` without what is a value rather than words of the interface: web addresses, each of
// `values` (product and warehouse names, SKUs, locations, reasons typed by people…), and the
// single words and numbers Glance::Bidi isolated in a sentence (codes, quantities). An isolated
// phrase that is none of `values` stays, with the values inside it taken out the same way: a
// server's English sentence quoted in a Hebrew one is still English to the reader, and a Hebrew
// sentence isolated in another (the translations isolate every placeholder) keeps its words.
inline QString withoutValues(const QString &text, const QStringList &values)
{
    const auto isOpening = [](char16_t u) {
        return u == u'\u2066' || u == u'\u2067' || u == u'\u2068';
    };
    QString out;
    QString span; // the isolate being read (outermost level), with the isolates inside it
    int depth = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (isOpening(u)) {
            if (depth++ > 0)
                span += c;
        } else if (u == u'\u2069' && depth > 0) {
            if (--depth > 0) {
                span += c;
                continue;
            }
            QString plain = span;
            plain.removeIf([&isOpening](QChar m) {
                return isOpening(m.unicode()) || m.unicode() == u'\u2069';
            });
            const QString value = plain.trimmed();
            if (value.contains(u' ') && !values.contains(value))
                out += withoutValues(span, values);
            out += u' ';
            span.clear();
        } else if (depth > 0) {
            span += c;
        } else {
            out += c;
        }
    }
    out += span; // an isolate left open
    static const QRegularExpression url(QStringLiteral("\\b(https?://|www\\.)\\S+"));
    out.remove(url);
    QStringList sorted = values;
    sorted.removeAll(QString());
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &value : std::as_const(sorted))
        out.replace(value, QStringLiteral(" "));
    return out;
}

// A text with a Latin word that is not a name or a value: "Glance" (the company and the
// product), "API", "CSV", "PDF" and key names (as printed on the keys) are not translated;
// neither is rich-text markup.
inline bool hasEnglish(QString text)
{
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;"));
    static const QRegularExpression allowed(QStringLiteral(
            "\\b(Glance|API|CSV|PDF|Ctrl|Shift|Alt|F\\d+|Esc|Del|Ins|Enter|Return|Tab)\\b"));
    text.remove(markup).remove(allowed);
    for (const QChar c : std::as_const(text)) {
        if (c.script() == QChar::Script_Latin && c.isLetter())
            return true;
    }
    return false;
}

// The texts of `window` (its chrome) with English words in them.
inline QStringList englishTexts(QWidget *window)
{
    QStringList found;
    const QStringList texts = visibleTexts(window);
    for (const QString &text : texts) {
        if (hasEnglish(text))
            found << text;
    }
    return found;
}

// The texts of `window`, its chrome and its items, that still have English words once
// `values` and the other values (see withoutValues()) are taken out.
inline QStringList englishTexts(QWidget *window, const QStringList &values)
{
    QStringList found;
    const QStringList texts = visibleTexts(window) + itemTexts(window);
    for (const QString &text : texts) {
        if (hasEnglish(withoutValues(text, values)) && !found.contains(text))
            found << text;
    }
    return found;
}

inline bool hasHebrew(const QStringList &texts)
{
    for (const QString &text : texts) {
        for (const QChar c : text) {
            if (c.script() == QChar::Script_Hebrew)
                return true;
        }
    }
    return false;
}

} // namespace Glance::Test
