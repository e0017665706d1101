#pragma once

#include "ui/help/shortcutlist.h"

#include <QDialog>

#include <functional>
#include <memory>

class QTreeWidget;

namespace Ui {
class ShortcutsDialog;
}

namespace Glance {

// Help → Keyboard Shortcuts: every shortcut of the app, grouped by window, with what it does and
// its keys as the platform writes them (left to right in Hebrew too), and a field that keeps the
// rows whose action or keys contain what is typed. The list comes from `source` (appShortcuts():
// read from the real windows), asked again by reload(), when the dialog is shown and when the
// language changes. Not modal: open it with show().
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    using Source = std::function<QList<ShortcutGroup>()>;

    explicit ShortcutsDialog(Source source, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    void reload();
    QList<ShortcutGroup> groups() const { return m_groups; }
    QTreeWidget *tree() const;
    void setFilter(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void applyFilter();

    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
    Source m_source;
    QList<ShortcutGroup> m_groups;
    bool m_fresh = false; // read by the constructor, not shown since
};

} // namespace Glance
