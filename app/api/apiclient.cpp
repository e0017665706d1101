#include "api/apiclient.h"

#include "api/calldispatcher.h"
#include "api/decoder.h"
#include "api/requestfactory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Glance {

namespace {

// Wraps a typed callback and decoder into the dispatcher's untyped delivery functions.
template<typename T, typename Decoder>
ApiCall *submitTyped(CallDispatcher *dispatcher, QObject *owner, CallOptions options,
                     const QString &operation, RequestSpec spec, QObject *context,
                     ApiCallback<T> callback, Decoder decode)
{
    spec.priority = options.priority;
    auto shared = std::make_shared<ApiCallback<T>>(std::move(callback));
    auto deliverValue = [shared, decode = std::move(decode)](const ServerAnswer &answer) {
        ApiResult<T> result = decode(answer);
        if (!result.ok())
            return result.error();
        if (*shared)
            (*shared)(result);
        return ApiError();
    };
    auto deliverError = [shared](const ApiError &error) {
        if (*shared)
            (*shared)(ApiResult<T>(error));
    };
    return dispatcher->submit(operation, std::move(spec), context, std::move(deliverValue),
                              std::move(deliverError), owner);
}

QString number(qint64 n)
{
    return QString::number(n);
}

void addPaging(RequestFactory::QueryItems &query, int page, int limit)
{
    if (page > 0)
        query.append({QStringLiteral("page"), QString::number(page)});
    if (limit > 0)
        query.append({QStringLiteral("limit"), QString::number(limit)});
}

RequestSpec get(QStringList path, RequestFactory::QueryItems query = {})
{
    RequestSpec spec;
    spec.path = std::move(path);
    spec.query = std::move(query);
    return spec;
}

RequestSpec withBody(QByteArray method, QStringList path, const QJsonObject &body, bool idempotent)
{
    RequestSpec spec;
    spec.method = std::move(method);
    spec.path = std::move(path);
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.hasBody = true;
    spec.idempotent = idempotent;
    return spec;
}

template<typename T>
ApiResult<Page<T>> withRequest(ApiResult<Page<T>> page, int requestedPage, int requestedLimit)
{
    if (page.ok()) {
        page.value().requestedPage = requestedPage;
        page.value().requestedLimit = requestedLimit;
    }
    return page;
}

} // namespace

ApiClient::ApiClient(QNetworkAccessManager *network, ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
    , m_limiter(m_config.limits)
    , m_factory(
              std::make_unique<RequestFactory>(m_config.baseUrl, m_config.apiKey, m_config.timeout))
{
    m_dispatcher = new CallDispatcher(network, m_factory.get(), &m_limiter, this);
    m_dispatcher->setMaxRateLimitRetries(m_config.maxRateLimitRetries);
    connect(m_dispatcher, &CallDispatcher::callSucceeded, this, &ApiClient::callSucceeded);
    connect(m_dispatcher, &CallDispatcher::callFailed, this, &ApiClient::callFailed);
    connect(m_dispatcher, &CallDispatcher::rateLimitUpdated, this, &ApiClient::rateLimitUpdated);
}

ApiClient::~ApiClient()
{
    // Pending calls are aborted; each callback still runs once, with Kind::Cancelled, from the
    // event loop (unless its context is gone by then).
    m_dispatcher->shutdown();
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_config.baseUrl = url;
    m_factory->setBaseUrl(url);
}

void ApiClient::setApiKey(const QString &key)
{
    m_config.apiKey = key;
    m_factory->setApiKey(key);
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_config.timeout = timeout;
    m_factory->setTimeout(timeout);
}

void ApiClient::setRateLimits(RateLimiter::Limits limits)
{
    m_config.limits = limits;
    m_limiter.setLimits(limits);
}

RateLimiter &ApiClient::rateLimiter()
{
    return m_limiter;
}

int ApiClient::pendingCalls() const
{
    return m_dispatcher->pendingCount();
}

// ---- Inventory ---------------------------------------------------------------------------------

ApiCall *ApiClient::listInventory(const InventoryQuery &query, QObject *context,
                                  ApiCallback<Page<InventoryRecord>> callback, CallOptions options)
{
    RequestFactory::QueryItems items;
    addPaging(items, query.page, query.limit);
    if (!query.search.isEmpty())
        items.append({QStringLiteral("search"), query.search});
    if (query.warehouseId)
        items.append({QStringLiteral("warehouseId"), number(*query.warehouseId)});
    const int page = query.page;
    const int limit = query.limit;
    return submitTyped<Page<InventoryRecord>>(
            m_dispatcher, this, options, QStringLiteral("listInventory"),
            get({QStringLiteral("inventory")}, items), context, std::move(callback),
            [page, limit](const ServerAnswer &answer) {
                return withRequest(Decode::inventoryPage(answer.body), page, limit);
            });
}

ApiCall *ApiClient::getInventory(qint64 id, QObject *context, ApiCallback<InventoryRecord> callback,
                                 CallOptions options)
{
    return submitTyped<InventoryRecord>(
            m_dispatcher, this, options, QStringLiteral("getInventory"),
            get({QStringLiteral("inventory"), number(id)}), context, std::move(callback),
            [](const ServerAnswer &answer) { return Decode::inventoryRecord(answer.body); });
}

ApiCall *ApiClient::inventoryByProduct(qint64 productId, QObject *context,
                                       ApiCallback<QList<InventoryRecord>> callback,
                                       CallOptions options)
{
    return submitTyped<QList<InventoryRecord>>(
            m_dispatcher, this, options, QStringLiteral("inventoryByProduct"),
            get({QStringLiteral("inventory"), QStringLiteral("product"), number(productId)}),
            context, std::move(callback), [productId](const ServerAnswer &answer) {
                return Decode::inventoryByProduct(answer.body, productId);
            });
}

ApiCall *ApiClient::createInventory(const CreateRecordRequest &request, QObject *context,
                                    ApiCallback<InventoryRecord> callback, CallOptions options)
{
    QJsonObject body {{QStringLiteral("productId"), request.productId},
                      {QStringLiteral("warehouseId"), request.warehouseId}};
    if (request.quantity)
        body.insert(QStringLiteral("quantity"), *request.quantity);
    if (request.location)
        body.insert(QStringLiteral("location"), *request.location);
    return submitTyped<InventoryRecord>(
            m_dispatcher, this, options, QStringLiteral("createInventory"),
            withBody("POST", {QStringLiteral("inventory"), QStringLiteral("create")}, body, false),
            context, std::move(callback),
            [](const ServerAnswer &answer) { return Decode::inventoryRecord(answer.body); });
}

ApiCall *ApiClient::editInventory(qint64 id, const EditRecordRequest &request, QObject *context,
                                  ApiCallback<InventoryRecord> callback, CallOptions options)
{
    QJsonObject body;
    if (request.quantity)
        body.insert(QStringLiteral("quantity"), *request.quantity);
    if (request.location)
        body.insert(QStringLiteral("location"), *request.location);
    return submitTyped<InventoryRecord>(
            m_dispatcher, this, options, QStringLiteral("editInventory"),
            withBody("PUT", {QStringLiteral("inventory"), number(id), QStringLiteral("edit")}, body,
                     true),
            context, std::move(callback),
            [](const ServerAnswer &answer) { return Decode::inventoryRecord(answer.body); });
}

ApiCall *ApiClient::deleteInventory(qint64 id, QObject *context, ApiCallback<bool> callback,
                                    CallOptions options)
{
    RequestSpec spec = get({QStringLiteral("inventory"), number(id), QStringLiteral("delete")});
    spec.method = QByteArrayLiteral("DELETE");
    return submitTyped<bool>(
            m_dispatcher, this, options, QStringLiteral("deleteInventory"), std::move(spec),
            context, std::move(callback),
            [](const ServerAnswer &answer) { return Decode::deleted(answer.body); });
}

ApiCall *ApiClient::adjustInventory(const QList<AdjustAction> &actions, QObject *context,
                                    ApiCallback<AdjustResult> callback, CallOptions options)
{
    QJsonArray lines;
    for (const AdjustAction &action : actions) {
        QJsonObject line {{QStringLiteral("productId"), action.productId},
                          {QStringLiteral("warehouseId"), action.warehouseId},
                          {QStringLiteral("amount"), action.amount}};
        if (!action.reason.isEmpty())
            line.insert(QStringLiteral("reason"), action.reason);
        if (!action.notes.isEmpty())
            line.insert(QStringLiteral("notes"), action.notes);
        lines.append(line);
    }
    const QJsonObject body {{QStringLiteral("actions"), lines}};
    return submitTyped<AdjustResult>(
            m_dispatcher, this, options, QStringLiteral("adjustInventory"),
            withBody("POST", {QStringLiteral("inventory"), QStringLiteral("adjust")}, body, false),
            context, std::move(callback),
            [](const ServerAnswer &answer) { return Decode::adjustResult(answer.body); });
}

// ---- Products ----------------------------------------------------------------------------------

ApiCall *ApiClient::listProducts(const ProductQuery &query, QObject *context,
                                 ApiCallback<Page<Product>> callback, CallOptions options)
{
    RequestFactory::QueryItems items;
    addPaging(items, query.page, query.limit);
    if (!query.search.isEmpty())
        items.append({QStringLiteral("search"), query.search});
    if (query.vendorId)
        items.append({QStringLiteral("vendorId"), number(*query.vendorId)});
    if (query.isPhysical)
        items.append({QStringLiteral("isPhysical"),
                      *query.isPhysical ? QStringLiteral("true") : QStringLiteral("false")});
    const int page = query.page;
    const int limit = query.limit;
    return submitTyped<Page<Product>>(
            m_dispatcher, this, options, QStringLiteral("listProducts"),
            get({QStringLiteral("products")}, items), context, std::move(callback),
            [page, limit](const ServerAnswer &answer) {
                return withRequest(Decode::productPage(answer.body), page, limit);
            });
}

ApiCall *ApiClient::productById(qint64 id, QObject *context, ApiCallback<Product> callback,
                                CallOptions options)
{
    return submitTyped<Product>(m_dispatcher, this, options, QStringLiteral("productById"),
                                get({QStringLiteral("products"), QStringLiteral("id"), number(id)}),
                                context, std::move(callback), [](const ServerAnswer &answer) {
                                    return Decode::product(answer.body);
                                });
}

ApiCall *ApiClient::productBySku(const QString &sku, QObject *context,
                                 ApiCallback<Product> callback, CallOptions options)
{
    // The SKU is one path segment: "/" and spaces are percent-encoded by RequestFactory.
    return submitTyped<Product>(m_dispatcher, this, options, QStringLiteral("productBySku"),
                                get({QStringLiteral("products"), QStringLiteral("sku"), sku}),
                                context, std::move(callback), [](const ServerAnswer &answer) {
                                    return Decode::product(answer.body);
                                });
}

// ---- Warehouses and movements ------------------------------------------------------------------

ApiCall *ApiClient::listWarehouses(QObject *context, ApiCallback<WarehouseList> callback,
                                   CallOptions options)
{
    RequestSpec spec = get({QStringLiteral("warehouses")});
    // Undocumented endpoint: 404 (absent) or 403 (not allowed) mean "derive the list yourself".
    spec.valueStatuses = {403, 404};
    return submitTyped<WarehouseList>(m_dispatcher, this, options, QStringLiteral("listWarehouses"),
                                      std::move(spec), context, std::move(callback),
                                      [](const ServerAnswer &answer) -> ApiResult<WarehouseList> {
                                          if (answer.status == 403 || answer.status == 404)
                                              return WarehouseList {false, {}};
                                          return Decode::warehouseList(answer.body);
                                      });
}

ApiCall *ApiClient::listMovements(const MovementQuery &query, QObject *context,
                                  ApiCallback<Page<Movement>> callback, CallOptions options)
{
    RequestFactory::QueryItems items;
    addPaging(items, query.page, query.limit);
    if (query.productId)
        items.append({QStringLiteral("productId"), number(*query.productId)});
    if (query.warehouseId)
        items.append({QStringLiteral("warehouseId"), number(*query.warehouseId)});
    if (!query.type.isEmpty())
        items.append({QStringLiteral("type"), query.type});
    if (query.startDate.isValid())
        items.append({QStringLiteral("startDate"), query.startDate.toString(Qt::ISODate)});
    if (query.endDate.isValid())
        items.append({QStringLiteral("endDate"), query.endDate.toString(Qt::ISODate)});
    const int page = query.page;
    const int limit = query.limit;
    return submitTyped<Page<Movement>>(
            m_dispatcher, this, options, QStringLiteral("listMovements"),
            get({QStringLiteral("inventory"), QStringLiteral("movements")}, items), context,
            std::move(callback), [page, limit](const ServerAnswer &answer) {
                return withRequest(Decode::movementPage(answer.body), page, limit);
            });
}

} // namespace Glance
