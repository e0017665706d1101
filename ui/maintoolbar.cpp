#include "ui/maintoolbar.h"

#include <QAction>
#include <QEvent>
#include <QSignalBlocker>

namespace Glance {

namespace {

constexpr int SectionCount = 4;

int indexOf(MainToolBar::Section section)
{
    return static_cast<int>(section);
}

} // namespace

MainToolBar::MainToolBar(QWidget *parent)
    : QToolBar(parent)
{
    setObjectName(QStringLiteral("mainToolBar")); // its key in the saved window state
    setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    setFloatable(false);
    for (int i = 1; i < SectionCount; ++i)
        m_separators.append(addSeparator());
    updateSeparators();
    retranslate();
}

MainToolBar::~MainToolBar() = default;

void MainToolBar::setShowAction(QAction *action)
{
    m_showAction = action;
    connect(action, &QAction::toggled, this, &QToolBar::setVisible);
    // The toggle says the new state before the bar changes (it acts on triggered()).
    connect(toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (!m_showAction)
            return;
        const QSignalBlocker blocker(m_showAction);
        m_showAction->setChecked(shown);
    });
    syncShowAction();
}

void MainToolBar::syncShowAction()
{
    if (!m_showAction)
        return;
    const QSignalBlocker blocker(m_showAction);
    m_showAction->setChecked(!isHidden());
}

void MainToolBar::addMainAction(Section section, QAction *action, ActionIcon icon)
{
    if (!action || actions().contains(action))
        return;
    action->setIcon(actionIcon(icon));
    action->setIconText(shortLabel(icon));
    m_entries.append({action, section, icon});
    // At the end of its section: before the separator of the next one.
    const int next = indexOf(section); // m_separators[i] opens section i + 1
    QAction *before = next < m_separators.size() ? m_separators.at(next) : nullptr;
    insertAction(before, action);
    updateSeparators();
}

QList<QAction *> MainToolBar::mainActions() const
{
    QList<QAction *> result;
    const QList<QAction *> all = actions();
    for (QAction *action : all) {
        if (!action->isSeparator())
            result.append(action);
    }
    return result;
}

// A separator shows only between two sections that have actions.
void MainToolBar::updateSeparators()
{
    bool before = false;
    for (int section = 0; section < SectionCount; ++section) {
        bool has = false;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.action && indexOf(entry.section) == section)
                has = true;
        }
        if (section > 0)
            m_separators.at(section - 1)->setVisible(has && before);
        before = before || has;
    }
}

QString MainToolBar::shortLabel(ActionIcon icon)
{
    switch (icon) {
    case ActionIcon::Refresh:
        return tr("Refresh", "tool bar label");
    case ActionIcon::NewRecord:
        return tr("New", "tool bar label: a new inventory record");
    case ActionIcon::EditRecord:
        return tr("Edit", "tool bar label: edit the selected record");
    case ActionIcon::DeleteRecord:
        return tr("Delete", "tool bar label: delete the selected record");
    case ActionIcon::BatchAdjust:
        return tr("Adjust", "tool bar label: batch adjustment of stock");
    case ActionIcon::NewStocktake:
        return tr("Stocktake", "tool bar label: start a new stocktake");
    case ActionIcon::History:
        return tr("History", "tool bar label: adjustment history");
    case ActionIcon::Export:
        return tr("Export", "tool bar label: export as CSV");
    case ActionIcon::Print:
        return tr("Print", "tool bar label");
    }
    return {};
}

void MainToolBar::retranslate()
{
    // The title names it in the window's context menu (no Alt letter there).
    setWindowTitle(tr("Main toolbar"));
    setAccessibleName(windowTitle());
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.action)
            entry.action->setIconText(shortLabel(entry.icon));
    }
}

void MainToolBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

} // namespace Glance
