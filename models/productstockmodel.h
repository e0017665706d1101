#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/apitypes.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>

#include <optional>

namespace Glance {

class ApiClient;

// One product's stock in every warehouse (GET /inventory/product/:id), with the total. The
// product comes from a row (setProduct) or from a typed or scanned SKU (lookUpSku: GET
// /products/sku/:sku first). A newer product cancels the older requests.
class ProductStockModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WarehouseColumn, LocationColumn, QuantityColumn, ReservedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        RecordIdRole,
        WarehouseIdRole,
        LowStockRole,
    };

    explicit ProductStockModel(ApiClient *client, QObject *parent = nullptr);
    ~ProductStockModel() override;

    void setProduct(const ProductRef &product);
    void lookUpSku(const QString &sku);
    void reload();
    void clear();

    ProductRef product() const { return m_product; }
    bool hasProduct() const { return m_product.id != 0; }
    bool isLoading() const { return !m_call.isNull(); }
    bool hasLoaded() const { return m_loaded; }
    ApiError lastError() const { return m_lastError; }

    // Sum of the known quantities (nullopt before the answer).
    std::optional<qint64> totalQuantity() const;
    std::optional<qint64> totalReserved() const;
    InventoryRecord record(int row) const { return m_records.at(row); }

    void setLocale(const QLocale &locale);
    void setLowStockThreshold(int threshold);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void productChanged();
    void loadingChanged(bool loading);
    void loaded();
    void errorOccurred(const Glance::ApiError &error);

private:
    void requestStock();
    void fail(const ApiError &error);
    bool isLowStock(const InventoryRecord &record) const;

    ApiClient *m_client;
    ProductRef m_product;
    QList<InventoryRecord> m_records;
    QPointer<ApiCall> m_call;
    bool m_loaded = false;
    ApiError m_lastError;
    QLocale m_locale;
    int m_lowStockThreshold = 5;
};

} // namespace Glance
