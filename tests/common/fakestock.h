#pragma once

// A tiny in-memory Glance for FakeNetworkAccessManager: inventory records and their movement
// history, answering GET /inventory, GET /inventory/product/:id, POST /inventory/adjust and
// GET /inventory/movements in the API's envelope (the shapes glance-sandbox sends; copied, not
// linked). Adjustments are all or nothing and leave one movement each, notes included, as the
// sandbox's do. Enough for the model and submitter unit tests; not a second sandbox.

#include "fakenetwork.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Glance::Test {

class FakeStock
{
public:
    struct Record
    {
        qint64 id = 0;
        qint64 productId = 0;
        qint64 warehouseId = 0;
        qint64 quantity = 0;
        QString location; // empty: null
    };

    // `products` × `warehouses` records (ids in that order), quantities 10 + (id * 7) % 90.
    FakeStock(int products, int warehouses);

    // Routes for the four endpoints on `network` (added now: routes added later override them).
    void install(FakeNetworkAccessManager &network);
    // The answer to `request` (one of the four endpoints; else 404), applying an adjustment.
    FakeResponse handle(const FakeRequest &request);

    static QString productName(qint64 productId);
    static QString sku(qint64 productId);
    static QString warehouseName(qint64 warehouseId);

    // Nullopt when the pair has no record.
    std::optional<qint64> quantity(qint64 productId, qint64 warehouseId) const;
    // Another user's adjustment (true when applied).
    bool adjust(qint64 productId, qint64 warehouseId, qint64 amount, const QString &notes = {});
    // Adjustment movements of the pair.
    int movements(qint64 productId, qint64 warehouseId) const;
    const QList<Record> &records() const { return m_records; }
    QJsonObject recordJson(const Record &record) const;

private:
    struct Movement
    {
        qint64 id = 0;
        qint64 productId = 0;
        qint64 warehouseId = 0;
        qint64 change = 0; // signed
        QString reason;
        QString notes;
        QDateTime createdAt;
    };

    FakeResponse list(const FakeRequest &request) const;
    FakeResponse byProduct(const FakeRequest &request) const;
    FakeResponse adjustRequest(const FakeRequest &request);
    FakeResponse movementList(const FakeRequest &request) const;
    Record *recordFor(qint64 productId, qint64 warehouseId);

    QList<Record> m_records;
    QList<Movement> m_movements;
    qint64 m_nextRecordId = 1;
    qint64 m_nextMovementId = 1;
};

} // namespace Glance::Test
