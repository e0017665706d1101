#include "core/adjust/cataloglookup.h"

#include "api/apiclient.h"
#include "core/adjust/fieldcheck.h"

#include <QLocale>

namespace Glance {

CatalogLookup::CatalogLookup(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

CatalogLookup::~CatalogLookup() = default;

ApiClient *CatalogLookup::client() const
{
    return m_client;
}

void CatalogLookup::setClient(ApiClient *client)
{
    m_client = client;
    m_bySku.clear();
    m_byId.clear();
    m_skuState.clear();
    m_stockPending.clear();
    m_warehouses.clear();
    m_warehousesLoaded = false;
    m_warehousesPending = false;
    m_warehouseEndpoint = true;
    forgetStock();
    Q_EMIT warehousesChanged();
}

void CatalogLookup::addProduct(const ProductRef &product)
{
    if (product.id <= 0)
        return;
    m_byId.insert(product.id, product);
    const QString sku = key(product.sku);
    if (!sku.isEmpty()) {
        m_bySku.insert(sku, product);
        const bool changed = m_skuState.value(sku) != SkuState::Found;
        m_skuState.insert(sku, SkuState::Found);
        if (changed)
            Q_EMIT skuResolved(sku);
    }
}

std::optional<ProductRef> CatalogLookup::productForSku(const QString &sku) const
{
    const auto it = m_bySku.constFind(key(sku));
    if (it == m_bySku.cend())
        return std::nullopt;
    return *it;
}

std::optional<ProductRef> CatalogLookup::product(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return std::nullopt;
    return *it;
}

CatalogLookup::SkuState CatalogLookup::skuState(const QString &sku) const
{
    return m_skuState.value(key(sku), SkuState::Unknown);
}

void CatalogLookup::lookupSku(const QString &sku)
{
    const QString k = key(sku);
    if (k.isEmpty() || !m_client)
        return;
    const SkuState state = m_skuState.value(k, SkuState::Unknown);
    if (state == SkuState::Pending || state == SkuState::Found || state == SkuState::NotFound)
        return;
    m_skuState.insert(k, SkuState::Pending);
    m_client->productBySku(k, this, [this, k](const ApiResult<Product> &result) {
        if (result.ok()) {
            const Product &p = result.value();
            const ProductRef ref {p.id, p.name, p.sku.isEmpty() ? k : p.sku};
            m_byId.insert(ref.id, ref);
            m_bySku.insert(k, ref);
            m_skuState.insert(k, SkuState::Found);
        } else if (result.error().isNotFound()) {
            m_skuState.insert(k, SkuState::NotFound);
        } else {
            m_skuState.insert(k, SkuState::Failed);
            Q_EMIT lookupFailed(result.error());
        }
        Q_EMIT skuResolved(k);
    });
}

void CatalogLookup::loadStock(qint64 productId, bool force)
{
    if (productId <= 0 || !m_client || m_stockPending.contains(productId))
        return;
    if (!force && m_stock.contains(productId))
        return;
    m_stockPending.insert(productId);
    const quint64 generation = m_stockGeneration;
    m_client->inventoryByProduct(
            productId, this,
            [this, productId, generation](const ApiResult<QList<InventoryRecord>> &result) {
                m_stockPending.remove(productId);
                if (generation != m_stockGeneration) {
                    loadStock(productId);
                    return;
                }
                if (!result.ok()) {
                    if (result.error().isNotFound()) {
                        m_stock.insert(productId, {});
                        Q_EMIT stockLoaded(productId);
                    } else {
                        Q_EMIT lookupFailed(result.error());
                    }
                    return;
                }
                m_stock.insert(productId, result.value());
                bool newWarehouse = false;
                for (const InventoryRecord &record : result.value()) {
                    if (!warehouse(record.warehouse.id)) {
                        newWarehouse = true;
                        break;
                    }
                }
                if (newWarehouse) {
                    for (const InventoryRecord &record : result.value())
                        noteWarehouse(record.warehouse);
                }
                Q_EMIT stockLoaded(productId);
            });
}

std::optional<InventoryRecord> CatalogLookup::record(qint64 productId, qint64 warehouseId) const
{
    const auto it = m_stock.constFind(productId);
    if (it == m_stock.cend())
        return std::nullopt;
    for (const InventoryRecord &record : *it) {
        if (record.warehouse.id == warehouseId)
            return record;
    }
    return std::nullopt;
}

void CatalogLookup::noteRecord(const InventoryRecord &record)
{
    if (record.warehouse.id > 0)
        noteWarehouse(record.warehouse);
    if (record.product.id > 0 && !record.product.sku.isEmpty())
        addProduct(record.product);
    auto it = m_stock.find(record.product.id);
    if (it == m_stock.end())
        return;
    for (InventoryRecord &known : *it) {
        if (known.warehouse.id == record.warehouse.id) {
            known.quantity = record.quantity;
            known.location = record.location;
            known.id = record.id;
            Q_EMIT stockLoaded(record.product.id);
            return;
        }
    }
    it->append(record);
    Q_EMIT stockLoaded(record.product.id);
}

void CatalogLookup::forgetStock()
{
    ++m_stockGeneration;
    const QList<qint64> products = m_stock.keys();
    m_stock.clear();
    for (qint64 product : products)
        Q_EMIT stockLoaded(product);
}

void CatalogLookup::loadWarehouses(bool force)
{
    if (!m_client || m_warehousesPending || (m_warehousesLoaded && !force))
        return;
    m_warehousesPending = true;
    m_client->listWarehouses(this, [this](const ApiResult<WarehouseList> &result) {
        m_warehousesPending = false;
        if (!result.ok()) {
            Q_EMIT lookupFailed(result.error());
            return;
        }
        m_warehousesLoaded = true;
        m_warehouseEndpoint = result.value().available;
        if (result.value().available) {
            QList<Warehouse> list = result.value().warehouses;
            // Keep warehouses seen elsewhere that the list lacks (e.g. inactive ones).
            for (const Warehouse &seen : std::as_const(m_warehouses)) {
                const bool listed =
                        std::any_of(list.cbegin(), list.cend(),
                                    [&](const Warehouse &w) { return w.id == seen.id; });
                if (!listed)
                    list.append(seen);
            }
            m_warehouses = list;
        }
        Q_EMIT warehousesChanged();
    });
}

std::optional<Warehouse> CatalogLookup::warehouse(qint64 id) const
{
    for (const Warehouse &w : m_warehouses) {
        if (w.id == id)
            return w;
    }
    return std::nullopt;
}

void CatalogLookup::noteWarehouse(const WarehouseRef &ref)
{
    if (ref.id <= 0)
        return;
    for (Warehouse &w : m_warehouses) {
        if (w.id == ref.id) {
            if (w.name.isEmpty() && !ref.name.isEmpty()) {
                w.name = ref.name;
                Q_EMIT warehousesChanged();
            }
            return;
        }
    }
    Warehouse w;
    w.id = ref.id;
    w.name = ref.name;
    m_warehouses.append(w);
    std::sort(m_warehouses.begin(), m_warehouses.end(),
              [](const Warehouse &a, const Warehouse &b) { return a.id < b.id; });
    Q_EMIT warehousesChanged();
}

std::optional<Warehouse> CatalogLookup::resolveWarehouse(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    const QString folded = wanted.toCaseFolded();
    std::optional<Warehouse> byName;
    int names = 0;
    for (const Warehouse &w : m_warehouses) {
        if (!w.code.isEmpty() && w.code.toCaseFolded() == folded)
            return w;
        if (w.name.trimmed().toCaseFolded() == folded) {
            byName = w;
            ++names;
        }
    }
    if (names == 1)
        return byName;
    if (names > 1)
        return std::nullopt;
    const std::optional<qint64> id = FieldCheck::parseWhole(wanted, QLocale::c());
    if (id && *id > 0) {
        if (const std::optional<Warehouse> known = warehouse(*id))
            return known;
    }
    return std::nullopt;
}

} // namespace Glance
