#include "sandboxserver.h"

#include "adminendpoints.h"
#include "apirequest.h"
#include "catalogendpoints.h"
#include "catalogstore.h"
#include "database.h"
#include "exchange.h"
#include "faultinjector.h"
#include "httpfrontend.h"
#include "inventoryreadendpoints.h"
#include "inventorystore.h"
#include "inventorywriteendpoints.h"
#include "movementstore.h"
#include "ratelimiter.h"
#include "router.h"
#include "seeder.h"
#include "sqlerror.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

namespace {

QString randomKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof(words));
    return u"glnc_sk_"_s + QString::fromLatin1(bytes.toHex());
}

const QByteArray nginx502 =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n"
        "</body>\r\n</html>\r\n";

const QByteArray malformedJson =
        "{\"success\": true, \"data\": [{\"id\": 1,, \"quantity\": NaN, \"product\": {\"name\": "
        "\"Widget Pro\"}]} <!-- upstream -->";

qint64 countRows(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_editorKey(options.editorKey.isEmpty() ? randomKey() : options.editorKey)
    , m_viewerKey(options.viewerKey.isEmpty() ? randomKey() : options.viewerKey)
    , m_db(std::make_unique<Database>())
    , m_catalog(std::make_unique<CatalogStore>(*m_db))
    , m_movements(std::make_unique<MovementStore>(*m_db, options.movementNotes))
    , m_inventory(std::make_unique<InventoryStore>(*m_db, *m_catalog, *m_movements))
    , m_inventoryRead(
              std::make_unique<InventoryReadEndpoints>(*m_inventory, *m_catalog, *m_movements))
    , m_inventoryWrite(std::make_unique<InventoryWriteEndpoints>(*m_db, *m_inventory, *m_catalog))
    , m_catalogEndpoints(std::make_unique<CatalogEndpoints>(*m_catalog, options.warehousesEndpoint))
    , m_faults(std::make_unique<FaultInjector>(options.seed.seed))
    , m_admin(std::make_unique<AdminEndpoints>(*m_faults, [this] { return resetData(); }))
    , m_router(std::make_unique<Router>())
    , m_adminRouter(std::make_unique<Router>())
{
    if (options.rateLimit)
        m_rateLimiter = std::make_unique<RateLimiter>(options.perMinute, options.perSecond);
    QList<FaultSpec> faults;
    for (const QString &text : options.faults) {
        QString error;
        if (const auto spec = FaultSpec::parse(text, &error))
            faults.append(*spec);
    }
    m_faults->setFaults(faults);
    setupRoutes();
}

SandboxServer::~SandboxServer()
{
    m_held.clear();
}

void SandboxServer::setupRoutes()
{
    Router &r = *m_router;
    auto &read = *m_inventoryRead;
    auto &write = *m_inventoryWrite;
    auto &catalog = *m_catalogEndpoints;
    using P = const QStringList &;
    using R = const ApiRequest &;
    r.add("GET", u"/inventory"_s, false, [&read](R q, P) { return read.list(q); });
    r.add("GET", u"/inventory/movements"_s, false, [&read](R q, P) { return read.movements(q); });
    r.add("GET", u"/inventory/product/:productId"_s, false,
          [&read](R q, P p) { return read.forProduct(q, p); });
    r.add("GET", u"/inventory/:id"_s, false, [&read](R q, P p) { return read.get(q, p); });
    r.add("POST", u"/inventory/create"_s, true, [&write](R q, P) { return write.create(q); });
    r.add("PUT", u"/inventory/:id/edit"_s, true, [&write](R q, P p) { return write.edit(q, p); });
    r.add("DELETE", u"/inventory/:id/delete"_s, true,
          [&write](R q, P p) { return write.remove(q, p); });
    r.add("POST", u"/inventory/adjust"_s, true, [&write](R q, P) { return write.adjust(q); });
    r.add("GET", u"/products"_s, false, [&catalog](R q, P) { return catalog.products(q); });
    r.add("GET", u"/products/id/:id"_s, false,
          [&catalog](R q, P p) { return catalog.productById(q, p); });
    r.add("GET", u"/products/sku/:sku"_s, false,
          [&catalog](R q, P p) { return catalog.productBySku(q, p); });
    r.add("GET", u"/warehouses"_s, false, [&catalog](R q, P) { return catalog.warehouses(q); });
    r.add("GET", u"/warehouses/:id"_s, false,
          [&catalog](R q, P p) { return catalog.warehouse(q, p); });

    Router &a = *m_adminRouter;
    auto &admin = *m_admin;
    a.add("GET", u"/__sandbox/faults"_s, true, [&admin](R q, P) { return admin.faults(q); });
    a.add("POST", u"/__sandbox/faults"_s, true, [&admin](R q, P) { return admin.setFaults(q); });
    a.add("DELETE", u"/__sandbox/faults"_s, true,
          [&admin](R q, P) { return admin.clearFaults(q); });
    a.add("POST", u"/__sandbox/reset"_s, true, [&admin](R q, P) { return admin.reset(q); });
    // Another user's adjustment (a sale at the till, a delivery), never faulted or limited; with
    // ?delayMs=N it is applied N ms later, e.g. while a faulted request waits to be committed.
    a.add("POST", u"/__sandbox/adjust"_s, true, [this, &write](R q, P) {
        const int delay = q.queryItem(u"delayMs"_s).toInt();
        if (delay <= 0)
            return write.adjust(q);
        QTimer::singleShot(delay, this, [this, q] { m_inventoryWrite->adjust(q); });
        return ApiResponse::ok(QJsonObject {{u"scheduledInMs"_s, delay}});
    });
}

bool SandboxServer::start(QString *error)
{
    if (!m_db->open(m_options.databaseFile, error))
        return false;
    try {
        if (m_db->isEmpty())
            Seeder(*m_db, m_options.seed).run();
    } catch (const SqlError &e) {
        *error = u"Seeding failed: "_s + e.message();
        return false;
    }
    m_frontend = new HttpFrontend(
            [this](const ApiRequest &request, std::shared_ptr<Exchange> exchange) {
                onRequest(request, std::move(exchange));
            },
            this);
    return m_frontend->start(QHostAddress::LocalHost, m_options.port, error);
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_frontend ? m_frontend->port() : 0);
    return url;
}

QString SandboxServer::editorKey() const
{
    return m_editorKey;
}

QString SandboxServer::viewerKey() const
{
    return m_viewerKey;
}

QString SandboxServer::summary() const
{
    return u"%1 warehouses, %2 products, %3 inventory records, %4 movements"_s
            .arg(countRows(*m_db, u"warehouses"_s))
            .arg(countRows(*m_db, u"products"_s))
            .arg(countRows(*m_db, u"inventory"_s))
            .arg(countRows(*m_db, u"movements"_s));
}

QJsonObject SandboxServer::resetData()
{
    m_db->clear();
    Seeder(*m_db, m_options.seed).run();
    if (m_rateLimiter)
        m_rateLimiter->clear();
    return QJsonObject {{u"warehouses"_s, countRows(*m_db, u"warehouses"_s)},
                        {u"products"_s, countRows(*m_db, u"products"_s)},
                        {u"records"_s, countRows(*m_db, u"inventory"_s)},
                        {u"movements"_s, countRows(*m_db, u"movements"_s)}};
}

SandboxServer::Role SandboxServer::roleFor(const QByteArray &authorization, QString *key) const
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 8 || value.left(7).toLower() != "bearer ")
        return Role::None;
    *key = QString::fromUtf8(value.mid(7).trimmed());
    if (*key == m_editorKey)
        return Role::Editor;
    if (*key == m_viewerKey)
        return Role::Viewer;
    return Role::None;
}

RawHeaderList SandboxServer::limitHeaders(const QString &key, qint64 nowMs)
{
    if (!m_rateLimiter)
        return {};
    const RateLimiter::Decision d = m_rateLimiter->peek(key, nowMs);
    return {{"X-RateLimit-Limit", QByteArray::number(d.limit)},
            {"X-RateLimit-Remaining", QByteArray::number(d.remaining)},
            {"X-RateLimit-Reset", QByteArray::number(d.resetSeconds)}};
}

void SandboxServer::purgeHeldExchanges()
{
    m_held.removeIf([](const std::shared_ptr<Exchange> &e) { return !e->isConnected(); });
}

void SandboxServer::onRequest(const ApiRequest &request, std::shared_ptr<Exchange> exchange)
{
    purgeHeldExchanges();
    const qint64 now = request.receivedAtMs;
    QString key;
    const Role role = roleFor(request.authorization, &key);
    const bool admin = !request.segments.isEmpty() && request.segments.first() == "__sandbox"_L1;

    if (role == Role::None) {
        respond(exchange, request, ApiResponse::unauthorized(), limitHeaders(QString(), now));
        return;
    }
    if (admin) {
        respond(exchange, request, dispatch(*m_adminRouter, request, role), limitHeaders(key, now));
        return;
    }

    RawHeaderList headers;
    if (m_rateLimiter) {
        const RateLimiter::Decision d = m_rateLimiter->check(key, now);
        headers = {{"X-RateLimit-Limit", QByteArray::number(d.limit)},
                   {"X-RateLimit-Remaining", QByteArray::number(d.remaining)},
                   {"X-RateLimit-Reset", QByteArray::number(d.resetSeconds)}};
        if (!d.allowed) {
            ApiResponse response = ApiResponse::error(
                    429, u"RATE_LIMIT_EXCEEDED"_s,
                    u"Rate limit exceeded (%1 requests per minute, %2 per second); retry in %3 s"_s
                            .arg(m_rateLimiter->perMinute())
                            .arg(m_rateLimiter->perSecond())
                            .arg(d.retryAfterSeconds));
            response.headers.append({"Retry-After", QByteArray::number(d.retryAfterSeconds)});
            respond(exchange, request, response, headers);
            return;
        }
    }

    const FaultInjector::Plan plan =
            m_faults->plan(request.method, request.segments, request.query);
    if (plan.latencyMs > 0) {
        QTimer::singleShot(plan.latencyMs, this,
                           [=, this] { execute(request, exchange, role, plan, headers); });
        return;
    }
    execute(request, exchange, role, plan, headers);
}

void SandboxServer::execute(const ApiRequest &request, const std::shared_ptr<Exchange> &exchange,
                            Role role, const FaultInjector::Plan &plan,
                            const RawHeaderList &limitHeaders)
{
    using Kind = FaultSpec::Kind;
    const std::optional<Kind> outcome = plan.outcome;
    const QString note = plan.description.isEmpty() ? QString() : u"fault: "_s + plan.description;
    if (!outcome) {
        respond(exchange, request, dispatch(*m_router, request, role), limitHeaders, note);
        return;
    }
    switch (*outcome) {
    case Kind::Latency: // never an outcome
        break;
    case Kind::Error500:
        respond(exchange, request,
                ApiResponse::error(500, u"UNKNOWN_ERROR"_s,
                                   u"Internal server error (injected fault)"_s),
                limitHeaders, note);
        return;
    case Kind::Html502:
        respond(exchange, request, ApiResponse::raw(502, "text/html", nginx502), limitHeaders,
                note);
        return;
    case Kind::Error503: {
        ApiResponse response = ApiResponse::raw(503, QByteArray(), QByteArray());
        response.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        respond(exchange, request, response, limitHeaders, note);
        return;
    }
    case Kind::Burst429: {
        ApiResponse response =
                ApiResponse::error(429, u"RATE_LIMIT_EXCEEDED"_s, u"Rate limit exceeded (burst)"_s);
        response.headers.append({QByteArray("Retry-After"), QByteArray("1")});
        respond(exchange, request, response, limitHeaders, note);
        return;
    }
    case Kind::DropBefore:
        log(request, u"dropped before handling ("_s + note + u')');
        exchange->drop();
        return;
    case Kind::Hang:
        log(request, u"held without answer ("_s + note + u')');
        m_held.append(exchange);
        return;
    case Kind::DropAfterCommit: {
        const ApiResponse response = dispatch(*m_router, request, role);
        log(request,
            u"%1 applied, connection dropped (%2)"_s.arg(QString::number(response.status), note));
        exchange->drop();
        return;
    }
    case Kind::TruncatedJson: {
        ApiResponse response = dispatch(*m_router, request, role);
        response.headers = limitHeaders + response.headers;
        log(request, u"%1 truncated (%2)"_s.arg(QString::number(response.status), note));
        exchange->sendTruncated(response);
        return;
    }
    case Kind::LateCommit: {
        // What a proxy that gives up does: the client sees the connection close at once, and
        // the origin commits the write later, when nobody waits for the answer any more.
        log(request, u"dropped now, applied in %1 ms (%2)"_s.arg(plan.outcomeValue).arg(note));
        exchange->drop();
        QTimer::singleShot(plan.outcomeValue, this, [=, this] {
            const ApiResponse late = dispatch(*m_router, request, role);
            log(request, u"%1 applied late (%2)"_s.arg(QString::number(late.status), note));
        });
        return;
    }
    case Kind::Error500AfterCommit: {
        const ApiResponse handled = dispatch(*m_router, request, role);
        log(request, u"%1 applied, answered 500 (%2)"_s.arg(QString::number(handled.status), note));
        respond(exchange, request,
                ApiResponse::error(500, u"UNKNOWN_ERROR"_s,
                                   u"Internal server error (injected fault, after commit)"_s),
                limitHeaders, note);
        return;
    }
    case Kind::MalformedJson: {
        const ApiResponse handled = dispatch(*m_router, request, role);
        Q_UNUSED(handled);
        respond(exchange, request,
                ApiResponse::raw(200, "application/json; charset=utf-8", malformedJson),
                limitHeaders, note);
        return;
    }
    }
    respond(exchange, request, dispatch(*m_router, request, role), limitHeaders, note);
}

ApiResponse SandboxServer::dispatch(const Router &router, const ApiRequest &request, Role role)
{
    const Router::Match match = router.match(request.method, request.segments);
    if (match.kind == Router::Match::NotFound) {
        return ApiResponse::error(
                404, u"NOT_FOUND"_s,
                u"Cannot %1 %2"_s.arg(QString::fromLatin1(request.method), request.rawPath));
    }
    if (match.kind == Router::Match::MethodNotAllowed) {
        ApiResponse response =
                ApiResponse::error(405, u"METHOD_NOT_ALLOWED"_s,
                                   u"Method %1 is not allowed on %2 (allowed: %3)"_s.arg(
                                           QString::fromLatin1(request.method), request.rawPath,
                                           QString::fromLatin1(match.allowed.join(", "))));
        response.headers.append({"Allow", match.allowed.join(", ")});
        return response;
    }
    if (match.route->write && role != Role::Editor) {
        return ApiResponse::error(403, u"NO_ACCESS"_s,
                                  u"This API key has the viewer role: it can read but not "
                                  "change data"_s);
    }
    try {
        return match.route->handler(request, match.params);
    } catch (const SqlError &e) {
        std::fprintf(stderr, "glance-sandbox: database error: %s\n", e.what());
        return ApiResponse::error(500, u"UNKNOWN_ERROR"_s, u"Database error: "_s + e.message());
    } catch (const std::exception &e) {
        std::fprintf(stderr, "glance-sandbox: error: %s\n", e.what());
        return ApiResponse::error(500, u"UNKNOWN_ERROR"_s, QString::fromLocal8Bit(e.what()));
    }
}

void SandboxServer::respond(const std::shared_ptr<Exchange> &exchange, const ApiRequest &request,
                            ApiResponse response, const RawHeaderList &limitHeaders,
                            const QString &note)
{
    response.headers = limitHeaders + response.headers;
    const bool delivered = exchange->isPending();
    exchange->send(response);
    QString outcome = QString::number(response.status);
    if (!delivered)
        outcome += u" (client gone)"_s;
    if (!note.isEmpty())
        outcome += u" ("_s + note + u')';
    log(request, outcome);
}

void SandboxServer::log(const ApiRequest &request, const QString &outcome) const
{
    if (!m_options.logRequests)
        return;
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - request.receivedAtMs;
    const QString line =
            u"%1 -> %2 [%3 ms]\n"_s.arg(request.describe(), outcome, QString::number(elapsed));
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
}

} // namespace Glance::Sandbox
