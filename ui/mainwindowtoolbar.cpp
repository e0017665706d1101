// MainWindow: the tool bar, View → Toolbar, and Help → Keyboard Shortcuts.
#include "ui/help/shortcutsdialog.h"
#include "ui/help/windowshortcuts.h"
#include "ui/maintoolbar.h"
#include "ui/mainwindow.h"
#include "ui_mainwindow.h"

namespace Glance {

void MainWindow::setUpToolBar()
{
    m_toolBar = new MainToolBar(this);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    m_toolBar->addMainAction(MainToolBar::Section::Browse, m_ui->actionRefresh,
                             ActionIcon::Refresh);
    m_toolBar->addMainAction(MainToolBar::Section::Files, m_ui->actionExport, ActionIcon::Export);
    m_toolBar->addMainAction(MainToolBar::Section::Files, m_ui->actionPrint, ActionIcon::Print);
    // View → Toolbar, and the window's own context menu (the bar's toggle action), agree.
    connect(m_ui->actionShowToolBar, &QAction::toggled, m_toolBar, &QToolBar::setVisible);
    connect(m_toolBar->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        const QSignalBlocker blocker(m_ui->actionShowToolBar);
        m_ui->actionShowToolBar->setChecked(shown);
    });

    m_ui->actionShortcuts->setShortcut(QKeySequence::HelpContents);
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::openShortcuts);
}

void MainWindow::syncToolBarAction()
{
    const QSignalBlocker blocker(m_ui->actionShowToolBar);
    m_ui->actionShowToolBar->setChecked(!m_toolBar->isHidden());
}

void MainWindow::openShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog([this] { return appShortcuts(this); }, this);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_shortcuts->reload();
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

ShortcutsDialog *MainWindow::shortcutsDialog() const
{
    return m_shortcuts;
}

} // namespace Glance
