#pragma once

#include "api/apitypes.h"
#include "ui/print/viewexporter.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ProductStockPanel;
}

namespace Glance {

class ApiClient;
class ProductStockModel;

// The per-product view beside the inventory table: one product's stock in every warehouse
// (GET /inventory/product/:id) with the total, opened from a row or by typing or scanning a
// SKU (GET /products/sku/:sku). Activating a warehouse row asks the window to show that
// warehouse (warehouseActivated). The table's context menu exports (CSV) or prints it as shown.
class ProductStockPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProductStockPanel(QWidget *parent = nullptr);
    ~ProductStockPanel() override;

    void setClient(ApiClient *client);
    ProductStockModel *model() const { return m_model; }
    ViewExporter *exporter() const { return m_exporter; }

    void showProduct(const ProductRef &product);
    void lookUpSku(const QString &sku);
    void reload();
    void focusSkuEdit();
    void setLowStockThreshold(int threshold);

Q_SIGNALS:
    void warehouseActivated(qint64 warehouseId, qint64 recordId, const Glance::ProductRef &product);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void activateRow(int row);
    void exportStock(ViewExporter::Action action);

    std::unique_ptr<Ui::ProductStockPanel> m_ui;
    ProductStockModel *m_model = nullptr;
    int m_lowStockThreshold = 5;
    ViewExporter *m_exporter;
    QAction *m_exportAction;
    QAction *m_printAction;
};

} // namespace Glance
