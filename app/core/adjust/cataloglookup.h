#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Glance {

class ApiClient;

// What the record dialogs and the batch editor know about products, warehouses and current
// quantities, loaded on demand and shared (one request per SKU or product at a time, answers
// cached until refreshed).
//
// Warehouses come from GET /warehouses; when that endpoint is missing (404/403) the list is made
// of the warehouses seen in inventory answers (noteWarehouse(), stock loads), and users may type
// an id.
class CatalogLookup : public QObject
{
    Q_OBJECT

public:
    enum class SkuState { Unknown, Pending, Found, NotFound, Failed };
    Q_ENUM(SkuState)

    explicit CatalogLookup(ApiClient *client, QObject *parent = nullptr);
    ~CatalogLookup() override;

    ApiClient *client() const;
    // Another server or key: everything cached is forgotten.
    void setClient(ApiClient *client);

    // ---- Products by SKU ----
    void addProduct(const ProductRef &product);
    std::optional<ProductRef> productForSku(const QString &sku) const;
    std::optional<ProductRef> product(qint64 id) const;
    SkuState skuState(const QString &sku) const;
    // GET /products/sku/:sku unless known or pending (Failed ones are asked again).
    void lookupSku(const QString &sku);

    // ---- Current stock per product (GET /inventory/product/:id) ----
    void loadStock(qint64 productId, bool force = false);
    bool hasStock(qint64 productId) const { return m_stock.contains(productId); }
    bool isStockLoading(qint64 productId) const { return m_stockPending.contains(productId); }
    // The record of the pair, if the product's stock is loaded and the pair has one.
    std::optional<InventoryRecord> record(qint64 productId, qint64 warehouseId) const;
    QList<InventoryRecord> records(qint64 productId) const { return m_stock.value(productId); }
    // Takes a fresh record (e.g. after an edit) into the cache.
    void noteRecord(const InventoryRecord &record);
    // Quantities changed on the server: loaded stock is dropped (and reloaded on demand).
    void forgetStock();

    // ---- Warehouses ----
    void loadWarehouses(bool force = false);
    bool warehousesLoaded() const { return m_warehousesLoaded; }
    bool warehouseEndpointAvailable() const { return m_warehouseEndpoint; }
    QList<Warehouse> warehouses() const { return m_warehouses; }
    std::optional<Warehouse> warehouse(qint64 id) const;
    void noteWarehouse(const WarehouseRef &warehouse);
    // A typed warehouse: an id, a code or a name (case-insensitive); nullopt when unknown or
    // when the text names more than one.
    std::optional<Warehouse> resolveWarehouse(const QString &text) const;

Q_SIGNALS:
    void skuResolved(const QString &sku);
    void stockLoaded(qint64 productId);
    void warehousesChanged();
    void lookupFailed(const Glance::ApiError &error);

private:
    static QString key(const QString &sku) { return sku.trimmed(); }

    QPointer<ApiClient> m_client;
    QHash<QString, ProductRef> m_bySku;
    QHash<qint64, ProductRef> m_byId;
    QHash<QString, SkuState> m_skuState;
    QHash<qint64, QList<InventoryRecord>> m_stock;
    QSet<qint64> m_stockPending;
    QList<Warehouse> m_warehouses;
    bool m_warehousesLoaded = false;
    bool m_warehousesPending = false;
    bool m_warehouseEndpoint = true;
    quint64 m_stockGeneration = 0;
};

} // namespace Glance
