#pragma once

#include "apiresponse.h"
#include "faultinjector.h"
#include "faultspec.h"
#include "sandboxoptions.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

namespace Glance::Sandbox {

struct ApiRequest;
class AdminEndpoints;
class CatalogEndpoints;
class CatalogStore;
class Database;
class Exchange;
class FaultInjector;
class HttpFrontend;
class InventoryReadEndpoints;
class InventoryStore;
class InventoryWriteEndpoints;
class MovementStore;
class RateLimiter;
class Router;

/*!
    The whole sandbox: database, routes, authentication, rate limiting and fault injection.

    Request pipeline: admin routes (/__sandbox, editor key, never limited or faulted) ->
    authentication (401, docs shape) -> rate limit (429) -> faults (latency, then at most one
    outcome) -> routing (404/405) -> role check (403 for viewer writes) -> handler.
*/
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    /*! Opens and seeds the database, then listens on 127.0.0.1. */
    bool start(QString *error);

    QUrl url() const;
    QString editorKey() const;
    QString viewerKey() const;
    /*! One-line summary of the seeded data, for the startup banner. */
    QString summary() const;

private:
    enum class Role { None, Viewer, Editor };

    void onRequest(const ApiRequest &request, std::shared_ptr<Exchange> exchange);
    void execute(const ApiRequest &request, const std::shared_ptr<Exchange> &exchange, Role role,
                 const FaultInjector::Plan &plan, const RawHeaderList &limitHeaders);
    ApiResponse dispatch(const Router &router, const ApiRequest &request, Role role);
    Role roleFor(const QByteArray &authorization, QString *key) const;
    void respond(const std::shared_ptr<Exchange> &exchange, const ApiRequest &request,
                 ApiResponse response, const RawHeaderList &limitHeaders,
                 const QString &note = QString());
    RawHeaderList limitHeaders(const QString &key, qint64 nowMs);
    void log(const ApiRequest &request, const QString &outcome) const;
    void setupRoutes();
    QJsonObject resetData();
    void purgeHeldExchanges();

    SandboxOptions m_options;
    QString m_editorKey;
    QString m_viewerKey;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<MovementStore> m_movements;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<InventoryReadEndpoints> m_inventoryRead;
    std::unique_ptr<InventoryWriteEndpoints> m_inventoryWrite;
    std::unique_ptr<CatalogEndpoints> m_catalogEndpoints;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<AdminEndpoints> m_admin;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<Router> m_adminRouter;
    QList<std::shared_ptr<Exchange>> m_held; // "hang" faults
    HttpFrontend *m_frontend = nullptr;
};

} // namespace Glance::Sandbox
