#include "core/adjust/stocksnapshot.h"

#include "api/apiclient.h"

#include <cstdlib>

namespace Glance {

namespace {
const char *const kObjectName = "glance-stock-snapshot";
}

StockSnapshot::StockSnapshot(QObject *parent)
    : QObject(parent)
{
    setObjectName(QString::fromLatin1(kObjectName));
}

StockSnapshot *StockSnapshot::of(ApiClient *client)
{
    if (!client)
        return nullptr;
    auto *snapshot = client->findChild<StockSnapshot *>(QString::fromLatin1(kObjectName),
                                                        Qt::FindDirectChildrenOnly);
    return snapshot ? snapshot : new StockSnapshot(client);
}

void StockSnapshot::remember(const QHash<Pair, std::optional<qint64>> &quantities,
                             const QDateTime &asOf)
{
    for (auto it = quantities.cbegin(); it != quantities.cend(); ++it)
        m_entries.insert(it.key(), Entry {it.value(), asOf});
}

bool StockSnapshot::covers(const QList<Pair> &pairs, const QDateTime &now) const
{
    if (pairs.isEmpty())
        return false;
    const qint64 maxAgeMs = std::chrono::milliseconds(MaxAge).count();
    for (const Pair &pair : pairs) {
        const auto it = m_entries.constFind(pair);
        if (it == m_entries.cend() || !it->asOf.isValid() || it->asOf.msecsTo(now) > maxAgeMs
            || it->asOf.msecsTo(now) < -maxAgeMs)
            return false;
    }
    return true;
}

std::optional<std::optional<qint64>> StockSnapshot::take(const Pair &pair, const QDateTime &now)
{
    const auto it = m_entries.constFind(pair);
    if (it == m_entries.cend())
        return std::nullopt;
    const Entry entry = *it;
    m_entries.erase(it);
    if (!entry.asOf.isValid()
        || std::abs(entry.asOf.msecsTo(now)) > std::chrono::milliseconds(MaxAge).count())
        return std::nullopt;
    return entry.quantity;
}

} // namespace Glance
