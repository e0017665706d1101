#pragma once

// Reading quantities straight from the sandbox (bypassing the client under test).

#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace Glance::Test {

// The quantity of product × warehouse on the sandbox; nullopt when the pair has no record.
inline std::optional<qint64> sandboxQuantity(const SandboxFixture &sandbox, qint64 productId,
                                             qint64 warehouseId)
{
    const HttpResult result = sandbox.get(QStringLiteral("/inventory/product/%1").arg(productId));
    const QJsonArray records = result.data().toArray();
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        if (record.value(QLatin1String("warehouse"))
                    .toObject()
                    .value(QLatin1String("id"))
                    .toInteger()
            == warehouseId)
            return record.value(QLatin1String("quantity")).toInteger();
    }
    return std::nullopt;
}

// Adjusts on the sandbox directly (another user's sale or delivery).
inline bool sandboxAdjust(const SandboxFixture &sandbox, qint64 productId, qint64 warehouseId,
                          qint64 amount, const QString &notes = {})
{
    QJsonObject action {{QStringLiteral("productId"), productId},
                        {QStringLiteral("warehouseId"), warehouseId},
                        {QStringLiteral("amount"), amount}};
    if (!notes.isEmpty())
        action.insert(QStringLiteral("notes"), notes);
    const HttpResult result =
            sandbox.post(QStringLiteral("/inventory/adjust"),
                         QJsonObject {{QStringLiteral("actions"), QJsonArray {action}}});
    return result.status == 200;
}

} // namespace Glance::Test
