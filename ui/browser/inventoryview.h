#pragma once

#include "api/apitypes.h"

#include <QTableView>

#include <optional>
#include <vector>

namespace Glance {

class ColumnsMenu;
class InventoryProxyModel;
class InventoryTableModel;

// The inventory table: an InventoryProxyModel over an InventoryTableModel, with the low-stock
// delegate, sortable headers (a third click restores the server's order), movable columns and
// a header context menu to show or hide them. Enter asks for the product view, a double-click
// for the record. The current record survives model resets, and selectRecord() selects a
// record as soon as it is loaded.
class InventoryView : public QTableView
{
    Q_OBJECT

public:
    explicit InventoryView(QWidget *parent = nullptr);
    ~InventoryView() override;

    void setModels(InventoryTableModel *model, InventoryProxyModel *proxy);
    InventoryTableModel *inventoryModel() const { return m_model; }
    InventoryProxyModel *proxyModel() const { return m_proxy; }
    ColumnsMenu *columnsMenu() const { return m_columnsMenu; }

    std::optional<InventoryRecord> currentRecord() const;
    QList<InventoryRecord> selectedRecords() const;
    // Selects the record now, or once it arrives while the view is loading.
    void selectRecord(qint64 recordId);

    // Header layout (widths, order, hidden columns, sort); false when `state` does not fit.
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);
    // Without a choice of the user, the Reserved column shows when the data has reserved
    // quantities.
    bool isReservedColumnChosen() const { return m_reservedChosen; }
    void setReservedColumnChosen(bool chosen) { m_reservedChosen = chosen; }
    void updateReservedColumn();

    void doItemsLayout() override;
    void reset() override;

Q_SIGNALS:
    void productRequested(); // Enter on a row
    void recordRequested(); // double-click on a row

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyDefaultWidths();
    void selectPendingRecord();
    std::vector<int> visibleSourceRows() const;
    void rememberVisibleRows();

    InventoryTableModel *m_model = nullptr;
    InventoryProxyModel *m_proxy = nullptr;
    ColumnsMenu *m_columnsMenu;
    std::optional<qint64> m_pendingRecord;
    bool m_reservedChosen = false;
    // The rows on screen before rows came in or moved: when the same rows are still there, the
    // next layout does not repaint them (see doItemsLayout()).
    std::vector<int> m_visibleBefore;
    bool m_rememberedVisible = false;
    bool m_repaintNeeded = false;
};

} // namespace Glance
