#pragma once

#include <QByteArray>
#include <QPointer>
#include <QString>

class QMainWindow;
class QSettings;
class QSplitter;
class QTreeView;

namespace Glance {

class InventoryView;

// What the inventory browser remembers between runs (QSettings group "browser"): window
// geometry and state, the splitter, the inventory table's header (column widths, order, hidden
// columns, sort), the warehouse list's header, the low-stock filter and whether the user chose
// the Reserved column's visibility. Nothing of an account.
class BrowserLayout
{
public:
    // Gives the splitter (warehouses, table, product panel) its first sizes: the table takes
    // what the window gains, the panel is closed.
    BrowserLayout(QMainWindow *window, QSplitter *splitter, InventoryView *table,
                  QTreeView *warehouses);

    // Makes room for the product panel (the splitter's third part) when it opens closed.
    void openPanel();

    // Reads the stored layout and applies the window, the splitter and the table's choices.
    void restore(QSettings &settings);
    // Applies the stored header layouts (once the views have their models).
    void restoreHeaders();
    // Captures the layout from the widgets (headers only while they have models) and stores it.
    void save(QSettings &settings);

    bool lowStockOnly() const { return m_lowStockOnly; }
    void setLowStockOnly(bool on) { m_lowStockOnly = on; }

    static QString group() { return QStringLiteral("browser"); }

private:
    QPointer<QMainWindow> m_window;
    QPointer<QSplitter> m_splitter;
    QPointer<InventoryView> m_table;
    QPointer<QTreeView> m_warehouses;
    QByteArray m_inventoryHeader;
    QByteArray m_warehouseHeader;
    bool m_lowStockOnly = false;
};

} // namespace Glance
