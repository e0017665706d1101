#pragma once

#include "api/apicall.h"
#include "api/apiresult.h"
#include "api/apitypes.h"
#include "api/calloptions.h"
#include "api/ratelimiter.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace Glance {

class CallDispatcher;
class RequestFactory;

struct ClientConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.glance.co.il"));
    QString apiKey; // memory only; never logged
    std::chrono::milliseconds timeout {std::chrono::seconds(30)};
    RateLimiter::Limits limits;
    int maxRateLimitRetries = 3; // automatic retries after 429, idempotent requests only
};

// The one asynchronous client of the Glance API. It does not own the QNetworkAccessManager
// (injected, one per application). Every call returns a handle and delivers exactly once, to
// `callback`, either a typed value or an ApiError, never synchronously from inside the call.
// If `context` is destroyed first, the request is aborted and the callback is not invoked
// (a null context: the callback runs whenever the call ends). Destroying the client aborts its
// pending calls; each callback then runs once from the event loop with Kind::Cancelled.
//
// Every call takes CallOptions: its priority (interactive by default; bulk loads pass
// CallOptions::background()) decides its place in the queue and its share of the rate limit.
// Requests wait in a queue and leave it as the RateLimiter allows (never blocking); 429 answers
// are retried after the reset for GET, PUT and DELETE only. POST create/adjust are never
// re-sent: if their answer is lost (timeout, dropped connection, 5xx, unreadable 2xx) the call
// ends with Kind::OutcomeUnknown. Redirects are followed only within the base URL's origin,
// plain HTTP is refused unless the host is loopback, TLS errors are never ignored.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *network, ClientConfig config, QObject *parent = nullptr);
    ~ApiClient() override;

    const ClientConfig &config() const { return m_config; }
    void setBaseUrl(const QUrl &url);
    void setApiKey(const QString &key);
    void setTimeout(std::chrono::milliseconds timeout);
    void setRateLimits(RateLimiter::Limits limits);
    RateLimiter &rateLimiter();

    // Inventory (the seed endpoints)
    ApiCall *listInventory(const InventoryQuery &query, QObject *context,
                           ApiCallback<Page<InventoryRecord>> callback, CallOptions options = {});
    ApiCall *getInventory(qint64 id, QObject *context, ApiCallback<InventoryRecord> callback,
                          CallOptions options = {});
    ApiCall *inventoryByProduct(qint64 productId, QObject *context,
                                ApiCallback<QList<InventoryRecord>> callback,
                                CallOptions options = {});
    // Not retried automatically; a lost answer gives Kind::OutcomeUnknown.
    ApiCall *createInventory(const CreateRecordRequest &request, QObject *context,
                             ApiCallback<InventoryRecord> callback, CallOptions options = {});
    ApiCall *editInventory(qint64 id, const EditRecordRequest &request, QObject *context,
                           ApiCallback<InventoryRecord> callback, CallOptions options = {});
    ApiCall *deleteInventory(qint64 id, QObject *context, ApiCallback<bool> callback,
                             CallOptions options = {});
    // Not retried automatically; a lost answer gives Kind::OutcomeUnknown.
    ApiCall *adjustInventory(const QList<AdjustAction> &actions, QObject *context,
                             ApiCallback<AdjustResult> callback, CallOptions options = {});

    // Products
    ApiCall *listProducts(const ProductQuery &query, QObject *context,
                          ApiCallback<Page<Product>> callback, CallOptions options = {});
    ApiCall *productById(qint64 id, QObject *context, ApiCallback<Product> callback,
                         CallOptions options = {});
    ApiCall *productBySku(const QString &sku, QObject *context, ApiCallback<Product> callback,
                          CallOptions options = {});

    // Warehouses (undocumented: 404/403 -> WarehouseList{available=false})
    ApiCall *listWarehouses(QObject *context, ApiCallback<WarehouseList> callback,
                            CallOptions options = {});

    // Movements (history)
    ApiCall *listMovements(const MovementQuery &query, QObject *context,
                           ApiCallback<Page<Movement>> callback, CallOptions options = {});

    int pendingCalls() const;

Q_SIGNALS:
    // Every finished call, for status bars (online/offline) and the sign-in flow. Emitted after
    // the callback ran; cancelled calls and calls whose context died emit neither.
    void callSucceeded();
    void callFailed(const Glance::ApiError &error);
    // A server answer carried rate-limit headers (-1 / invalid for a header it lacked).
    void rateLimitUpdated(int limit, int remaining, const QDateTime &reset);

private:
    QPointer<QNetworkAccessManager> m_network;
    ClientConfig m_config;
    RateLimiter m_limiter;
    std::unique_ptr<RequestFactory> m_factory;
    CallDispatcher *m_dispatcher = nullptr; // child: queue, sending, retries, delivery
};

} // namespace Glance
