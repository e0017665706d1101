#pragma once

#include "ui/actionicons.h"

#include <QList>
#include <QPointer>
#include <QToolBar>

class QAction;

namespace Glance {

// The main window's tool bar: the actions a store manager uses most, in four sections (Refresh;
// New, Edit, Delete Record; Batch Adjustment, New Stocktake, Adjustment History; Export, Print),
// a separator between sections that have actions. It shows the actions themselves, so a button
// is enabled, disabled and explained (tooltip: offline, read-only) exactly as its menu item.
// Each button has its icon (actionIcon(), mirrored where it points) and a short label under it,
// in the current language; the tool bar's accessible name says what it is. Its visibility and
// place are part of the window's saved state (QMainWindow::saveState(), objectName "mainToolBar").
class MainToolBar : public QToolBar
{
    Q_OBJECT

public:
    enum class Section { Browse, Records, Stock, Files };

    explicit MainToolBar(QWidget *parent = nullptr);
    ~MainToolBar() override;

    // Puts `action` at the end of `section` with `icon` (also shown in menus) and the short label
    // of `icon` under it. An action added twice stays where it is.
    void addMainAction(Section section, QAction *action, ActionIcon icon);
    // The actions on the bar, in order, without separators.
    QList<QAction *> mainActions() const;
    // View → Toolbar: `action` (checkable) shows and hides the bar, and follows the bar when
    // the bar's own toggle (the window's context menu) changes it.
    void setShowAction(QAction *action);
    // After QMainWindow::restoreState() (which may hide the bar without telling its toggle while
    // the window is not shown): the show action says again whether the bar is shown.
    void syncShowAction();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        QPointer<QAction> action;
        Section section;
        ActionIcon icon;
    };

    void retranslate();
    void updateSeparators();
    static QString shortLabel(ActionIcon icon);

    QList<Entry> m_entries;
    QList<QAction *> m_separators; // before each section but the first
    QPointer<QAction> m_showAction;
};

} // namespace Glance
