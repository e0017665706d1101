#pragma once

#include <QDate>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace Glance::Sandbox {

class Database;

/*! Stock movements: written by every create/edit/delete/adjust, listed by
    GET /inventory/movements (newest first). Methods throw SqlError. */
class MovementStore
{
public:
    // notesListed false: movements are listed without their notes (a server that does not keep
    // them; Glance does not document whether it does).
    explicit MovementStore(Database &database, bool notesListed = true);

    void record(qint64 productId, std::optional<qint64> fromWarehouseId,
                std::optional<qint64> toWarehouseId, qint64 quantity, const QString &reason,
                const QString &notes, const QString &type);

    struct Filter
    {
        std::optional<qint64> productId;
        std::optional<qint64> warehouseId; // either side
        QString type;
        std::optional<QDate> startDate; // inclusive, UTC
        std::optional<QDate> endDate; // inclusive, UTC
    };
    /*! One page ordered newest first (id descending); returns the total matching count. */
    qint64 list(const Filter &filter, int limit, qint64 offset, QJsonArray *out);

private:
    Database &m_db;
    bool m_notesListed = true;
};

} // namespace Glance::Sandbox
