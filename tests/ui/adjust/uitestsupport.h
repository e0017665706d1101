#pragma once

// Shared set-up of the adjust UI tests: a sandbox, clients, and the local store in a temp dir.

#include "api/apiclient.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftstore.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/submissionjournal.h"
#include "core/appsettings.h"
#include "core/writeaccess.h"
#include "sandboxfixture.h"
#include "ui/adjust/adjustcontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Glance::Test {

struct AdjustUiFixture
{
    SandboxFixture sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<ApiClient> client;
    QTemporaryDir dir;
    std::unique_ptr<LocalDatabase> db;
    std::unique_ptr<DraftStore> drafts;
    std::unique_ptr<SubmissionJournal> journal;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<WriteAccess> access;
    std::unique_ptr<CatalogLookup> catalog;

    bool start()
    {
        if (!sandbox.start({QStringLiteral("--no-rate-limit")}) || !dir.isValid())
            return false;
        client = makeClient(sandbox.editorKey());
        db = std::make_unique<LocalDatabase>(dir.filePath(QStringLiteral("drafts.sqlite")));
        drafts = std::make_unique<DraftStore>(db.get());
        journal = std::make_unique<SubmissionJournal>(db.get());
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        access = std::make_unique<WriteAccess>();
        access->watch(client.get());
        catalog = std::make_unique<CatalogLookup>(client.get());
        return db->isOpen();
    }

    std::unique_ptr<ApiClient> makeClient(const QString &key)
    {
        ClientConfig config;
        config.baseUrl = sandbox.url();
        config.apiKey = key;
        config.timeout = std::chrono::seconds(10);
        config.limits = {0, 0}; // the sandbox runs without a rate limit
        return std::make_unique<ApiClient>(&network, config);
    }

    AdjustContext context(const QString &profile = QStringLiteral("ui|test")) const
    {
        AdjustContext c;
        c.client = client.get();
        c.catalog = catalog.get();
        c.drafts = drafts.get();
        c.journal = journal.get();
        c.settings = settings.get();
        c.access = access.get();
        c.profile = profile;
        return c;
    }

    // The record of product × warehouse straight from the sandbox.
    std::optional<InventoryRecord> record(qint64 productId, qint64 warehouseId) const
    {
        const QJsonArray records =
                sandbox.get(QStringLiteral("/inventory/product/%1").arg(productId))
                        .data()
                        .toArray();
        for (const auto &value : records) {
            const QJsonObject o = value.toObject();
            const QJsonObject w = o.value(QLatin1String("warehouse")).toObject();
            if (w.value(QLatin1String("id")).toInteger() != warehouseId)
                continue;
            InventoryRecord r;
            r.id = o.value(QLatin1String("id")).toInteger();
            r.product.id = productId;
            const QJsonObject p =
                    sandbox.get(QStringLiteral("/products/id/%1").arg(productId)).data().toObject();
            r.product.name = p.value(QLatin1String("name")).toString();
            r.product.sku = p.value(QLatin1String("sku")).toString();
            r.warehouse.id = warehouseId;
            r.warehouse.name = w.value(QLatin1String("name")).toString();
            r.quantity = o.value(QLatin1String("quantity")).toInteger();
            r.location = o.value(QLatin1String("location")).toString();
            return r;
        }
        return std::nullopt;
    }

    qint64 quantity(qint64 productId, qint64 warehouseId) const
    {
        const std::optional<InventoryRecord> r = record(productId, warehouseId);
        return r ? r->quantity.value_or(-1) : -1;
    }

    bool adjustDirectly(qint64 productId, qint64 warehouseId, qint64 amount) const
    {
        const QJsonObject action {{QStringLiteral("productId"), productId},
                                  {QStringLiteral("warehouseId"), warehouseId},
                                  {QStringLiteral("amount"), amount}};
        return sandbox.post(QStringLiteral("/inventory/adjust"),
                            QJsonObject {{QStringLiteral("actions"), QJsonArray {action}}})
                       .status
                == 200;
    }
};

} // namespace Glance::Test
