#pragma once

#include <QTreeView>

#include <optional>

namespace Glance {

class WarehouseListModel;

// The warehouse chooser: "All warehouses" and each warehouse with its record count and total
// quantity (columns of a WarehouseListModel).
class WarehouseView : public QTreeView
{
    Q_OBJECT

public:
    explicit WarehouseView(QWidget *parent = nullptr);
    ~WarehouseView() override;

    void setWarehouseModel(WarehouseListModel *model);
    WarehouseListModel *warehouseModel() const { return m_model; }

    // nullopt: all warehouses (or none chosen).
    std::optional<qint64> currentWarehouseId() const;
    // Makes `warehouseId` current (adding it to the list if it was not known yet).
    void selectWarehouse(std::optional<qint64> warehouseId);

Q_SIGNALS:
    void currentWarehouseChanged();

private:
    WarehouseListModel *m_model = nullptr;
    std::optional<qint64> m_keep;
};

} // namespace Glance
