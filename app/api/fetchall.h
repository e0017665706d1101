#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/apitypes.h"
#include "api/calloptions.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace Glance {

class ApiClient;

// Loads every inventory record of one filter: pages of 100 (then the limit the server echoes),
// one request in flight at a time, progress after each page, cancellable, and stopping on every
// end condition of REFERENCE.md (hasMore false, empty data, total reached, no pagination).
// A bulk load nobody waits for page by page: its requests are background ones unless the
// caller says otherwise (setPriority before start()).
class InventoryFetchAll : public QObject
{
    Q_OBJECT

public:
    InventoryFetchAll(ApiClient *client, InventoryQuery query, QObject *parent = nullptr);
    ~InventoryFetchAll() override;

    void setPriority(RequestPriority priority) { m_options.priority = priority; }
    RequestPriority priority() const { return m_options.priority; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    qint64 loaded() const { return m_loaded; }
    std::optional<qint64> total() const { return m_total; }
    int requestsUsed() const { return m_requests; }

Q_SIGNALS:
    void pageLoaded(const QList<Glance::InventoryRecord> &records, int page);
    void progress(qint64 loaded, std::optional<qint64> total);
    void finished(); // all pages loaded
    void failed(const Glance::ApiError &error); // includes Kind::Cancelled after cancel()

private:
    void requestPage(int page);

    ApiClient *m_client;
    InventoryQuery m_query;
    QPointer<ApiCall> m_call;
    bool m_running = false;
    qint64 m_loaded = 0;
    QSet<qint64> m_seen; // record ids delivered so far
    std::optional<qint64> m_total;
    int m_requests = 0;
    CallOptions m_options = CallOptions::background();
};

} // namespace Glance
