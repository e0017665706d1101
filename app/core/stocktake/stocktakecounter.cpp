#include "core/stocktake/stocktakecounter.h"

#include "core/adjust/localdatabase.h"
#include "core/stocktake/stocktakecountwriter.h"
#include "core/stocktake/stocktakestore.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Glance {

namespace {
constexpr int kUndoDepth = 200;
}

StocktakeCounter::StocktakeCounter(StocktakeStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_writer(store ? store->database() : nullptr)
{
}

StocktakeCounter::~StocktakeCounter() = default;

bool StocktakeCounter::load(const QString &profile, qint64 stocktakeId)
{
    if (!m_store)
        return false;
    const std::optional<Stocktake> stocktake = m_store->load(profile, stocktakeId);
    if (!stocktake)
        return false;
    m_stocktake = *stocktake;
    m_items = m_store->items(stocktakeId);
    m_unknown = m_store->unknownScans(stocktakeId);
    m_byCode.clear();
    m_byFoldedCode.clear();
    m_byProduct.clear();
    m_byCode.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i) {
        const StocktakeItem &item = m_items.at(i);
        m_byProduct.insert(item.productId, i);
        if (item.sku.isEmpty())
            continue;
        if (!m_byCode.contains(item.sku))
            m_byCode.insert(item.sku, i);
        const QString folded = item.sku.toCaseFolded();
        if (!m_byFoldedCode.contains(folded))
            m_byFoldedCode.insert(folded, i);
    }
    m_locations = locationsOf(m_items);
    m_byFoldedLocation.clear();
    for (const QString &location : std::as_const(m_locations))
        m_byFoldedLocation.insert(location.trimmed().toCaseFolded(), location);
    loadUndo();
    m_multiplier = 1;
    setPending(std::nullopt);
    Q_EMIT itemsReset();
    Q_EMIT unknownScansChanged();
    return true;
}

void StocktakeCounter::loadUndo()
{
    // The last scans still in effect, so Ctrl+Z works after a restart too.
    m_undo.clear();
    QSqlQuery query(m_store->database()->database());
    query.prepare(QStringLiteral("SELECT id, product_id, quantity, location FROM stocktake_scans "
                                 "WHERE stocktake_id = ?"
                                 " AND undone = 0 AND kind = 'scan' ORDER BY id DESC LIMIT %1")
                          .arg(kUndoDepth));
    query.addBindValue(m_stocktake.id);
    if (!query.exec())
        return;
    while (query.next()) {
        const qint64 product = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
        m_undo.prepend({query.value(0).toLongLong(), product > 0 ? indexOfProduct(product) : -1,
                        query.value(2).toLongLong(), query.value(3).toString(), std::nullopt});
    }
}

int StocktakeCounter::indexOfCode(const QString &code) const
{
    const int exact = m_byCode.value(code, -1);
    if (exact >= 0)
        return exact;
    return m_byFoldedCode.value(code.toCaseFolded(), -1);
}

QString StocktakeCounter::locationOfLabel(const QString &code) const
{
    return m_byFoldedLocation.value(code.trimmed().toCaseFolded());
}

bool StocktakeCounter::setCountingLocation(const QString &location)
{
    if (!m_store || (!location.isEmpty() && !m_locations.contains(location)))
        return false;
    if (location == m_stocktake.countingLocation)
        return true;
    if (!m_store->setCountingLocation(m_stocktake.id, location)) {
        Q_EMIT failed(m_store->errorString());
        return false;
    }
    m_stocktake.countingLocation = location;
    Q_EMIT countingLocationChanged(location);
    return true;
}

int StocktakeCounter::countedItems() const
{
    int n = 0;
    for (const StocktakeItem &item : m_items)
        n += item.counted.has_value() ? 1 : 0;
    return n;
}

void StocktakeCounter::setMultiplier(qint64 multiplier)
{
    if (multiplier == m_multiplier)
        return;
    m_multiplier = multiplier;
    Q_EMIT multiplierChanged(multiplier);
}

StocktakeCounter::Result StocktakeCounter::scan(const QString &input)
{
    Result result;
    if (!isCounting() || !m_store)
        return result;
    QString code = input.trimmed();
    if (m_pending) {
        static const QRegularExpression quantityOnly(QStringLiteral("^\\d{1,5}$"));
        const qint64 n = quantityOnly.match(code).hasMatch() ? code.toLongLong() : 0;
        if (n <= 0) {
            result.outcome = code.isEmpty() ? Outcome::Ignored : Outcome::NotAQuantity;
            result.code = m_pending->code;
            result.index = m_pending->index;
            return result;
        }
        const Pending pending = *m_pending;
        // Counted when the code was scanned (drift: the quantity in the system at that moment).
        result = addToCount(pending.code, qMin(n, MaxMultiplier), pending.at, pending.location);
        if (result.outcome != Outcome::Failed)
            setPending(std::nullopt);
        return result;
    }
    static const QRegularExpression multiplied(
            QStringLiteral("^(\\d{1,5})\\s*[*\\x{00D7}]\\s*(.*)$"));
    qint64 quantity = m_multiplier;
    bool quantityGiven = m_multiplier > 1;
    const QRegularExpressionMatch match = multiplied.match(code);
    if (match.hasMatch()) {
        const qint64 n = match.captured(1).toLongLong();
        code = match.captured(2).trimmed();
        if (n <= 0)
            return result;
        if (code.isEmpty()) {
            setMultiplier(qMin(n, MaxMultiplier));
            result.outcome = Outcome::Multiplier;
            result.quantity = m_multiplier;
            return result;
        }
        quantity = qMin(n, MaxMultiplier);
        quantityGiven = true;
    }
    if (code.isEmpty())
        return result;
    // A location's label (a SKU wins over a location of the same name): counting moves there.
    if (!match.hasMatch() && indexOfCode(code) < 0) {
        const QString location = locationOfLabel(code);
        if (!location.isNull()) {
            if (!setCountingLocation(location)) {
                result.outcome = Outcome::Failed;
                return result;
            }
            result.outcome = Outcome::LocationChanged;
            result.code = location;
            return result;
        }
    }
    if (m_asksQuantity && !quantityGiven) {
        setPending(Pending {code, indexOfCode(code), QDateTime::currentDateTimeUtc(),
                            m_stocktake.countingLocation});
        result.outcome = Outcome::QuantityNeeded;
        result.code = code;
        result.index = m_pending->index;
        return result;
    }
    return addToCount(code, quantity, QDateTime::currentDateTimeUtc(),
                      m_stocktake.countingLocation);
}

void StocktakeCounter::setAsksQuantity(bool ask)
{
    m_asksQuantity = ask;
    if (!ask)
        cancelPending();
}

void StocktakeCounter::cancelPending()
{
    setPending(std::nullopt);
}

void StocktakeCounter::setPending(std::optional<Pending> pending)
{
    if (!pending && !m_pending)
        return;
    m_pending = std::move(pending);
    Q_EMIT pendingChanged();
}

void StocktakeCounter::setItemCounts(int index, const QList<LocationCount> &counts,
                                     const QDateTime &at)
{
    StocktakeItem &item = m_items[index];
    item.countedAt = counts;
    item.counted = totalOf(counts);
    if (!item.counted)
        item.firstCountedAt = {};
    else if (!item.firstCountedAt.isValid())
        item.firstCountedAt = at;
    if (item.counted)
        item.recount = false;
}

StocktakeCounter::Result StocktakeCounter::addToCount(const QString &code, qint64 quantity,
                                                      const QDateTime &now, const QString &location)
{
    Result result;
    result.code = code;
    result.quantity = quantity;
    const int index = indexOfCode(code);
    if (index < 0) {
        const qint64 scanId =
                m_writer.addScan(m_stocktake.id, code, 0, quantity, {}, now, location);
        if (scanId == 0) {
            result.outcome = Outcome::Failed;
            Q_EMIT failed(m_writer.errorString());
            return result;
        }
        m_unknown.append({scanId, code, quantity, now, location});
        m_undo.append({scanId, -1, quantity, location, std::nullopt});
        result.outcome = Outcome::Unknown;
        setMultiplier(1);
        Q_EMIT unknownScansChanged();
        return result;
    }
    const StocktakeItem &item = m_items.at(index);
    const std::optional<qint64> previous = item.counted;
    const QList<LocationCount> counts =
            applyCountChange(item.countedAt, {CountChange::Kind::Add, location, quantity});
    const qint64 scanId =
            m_writer.addScan(m_stocktake.id, code, item.productId, quantity, counts, now, location);
    if (scanId == 0) {
        result.outcome = Outcome::Failed;
        Q_EMIT failed(m_writer.errorString());
        return result;
    }
    setItemCounts(index, counts, now);
    m_undo.append({scanId, index, quantity, location, previous});
    if (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();
    result.outcome = Outcome::Counted;
    result.index = index;
    setMultiplier(1);
    Q_EMIT itemChanged(index);
    return result;
}

bool StocktakeCounter::undoLast()
{
    if (m_undo.isEmpty() || !isCounting() || !m_store)
        return false;
    const Undo undo = m_undo.last();
    if (undo.index < 0) {
        if (!m_writer.undoScan(m_stocktake.id, undo.scanId, 0, {})) {
            Q_EMIT failed(m_writer.errorString());
            return false;
        }
        m_undo.removeLast();
        m_unknown.removeIf([&](const UnknownScan &scan) { return scan.scanId == undo.scanId; });
        Q_EMIT unknownScansChanged();
        return true;
    }
    const StocktakeItem &item = m_items.at(undo.index);
    const qint64 rest = item.counted.value_or(0) - undo.quantity;
    // Back to "not counted" when this was all that was counted of it.
    const std::optional<qint64> count = undo.previous
            ? *undo.previous
            : (rest > 0 ? std::optional<qint64>(rest) : std::nullopt);
    QList<LocationCount> counts;
    if (count) {
        counts = applyCountChange(item.countedAt,
                                  {CountChange::Kind::Add, undo.location, -undo.quantity});
        if (totalOf(counts) != count) // not what the places say: the count, where it was
            counts = applyCountChange({}, {CountChange::Kind::Replace, undo.location, *count});
    }
    if (!m_writer.undoScan(m_stocktake.id, undo.scanId, item.productId, counts)) {
        Q_EMIT failed(m_writer.errorString());
        return false;
    }
    m_undo.removeLast();
    setItemCounts(undo.index, counts, QDateTime::currentDateTimeUtc());
    Q_EMIT itemChanged(undo.index);
    return true;
}

bool StocktakeCounter::setCount(int index, const std::optional<qint64> &count)
{
    if (index < 0 || index >= m_items.size() || !isCounting() || !m_store || (count && *count < 0))
        return false;
    const StocktakeItem &item = m_items.at(index);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString &location = m_stocktake.countingLocation;
    const QList<LocationCount> counts = count
            ? applyCountChange(item.countedAt, {CountChange::Kind::Set, location, *count})
            : QList<LocationCount>();
    if (!m_writer.setCount(m_stocktake.id, item.productId, counts, now, location)) {
        Q_EMIT failed(m_writer.errorString());
        return false;
    }
    setItemCounts(index, counts, now);
    // Earlier scans of it can no longer be undone one by one.
    m_undo.removeIf([index](const Undo &undo) { return undo.index == index; });
    Q_EMIT itemChanged(index);
    return true;
}

bool StocktakeCounter::dropUnknown(qint64 scanId)
{
    if (!m_store || !isCounting() || !m_writer.undoScan(m_stocktake.id, scanId, 0, {}))
        return false;
    m_unknown.removeIf([scanId](const UnknownScan &scan) { return scan.scanId == scanId; });
    m_undo.removeIf([scanId](const Undo &undo) { return undo.scanId == scanId; });
    Q_EMIT unknownScansChanged();
    return true;
}

bool StocktakeCounter::assignUnknown(qint64 scanId, int index)
{
    if (!m_store || !isCounting() || index < 0 || index >= m_items.size())
        return false;
    const auto it =
            std::find_if(m_unknown.cbegin(), m_unknown.cend(),
                         [scanId](const UnknownScan &scan) { return scan.scanId == scanId; });
    if (it == m_unknown.cend())
        return false;
    const StocktakeItem &item = m_items.at(index);
    // Counted where the code was scanned.
    const QList<LocationCount> counts =
            applyCountChange(item.countedAt, {CountChange::Kind::Add, it->location, it->quantity});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_writer.assignScan(m_stocktake.id, scanId, item.productId, counts, now)) {
        Q_EMIT failed(m_writer.errorString());
        return false;
    }
    setItemCounts(index, counts, now);
    for (Undo &undo : m_undo) {
        if (undo.scanId == scanId)
            undo.index = index;
    }
    m_unknown.erase(it);
    Q_EMIT unknownScansChanged();
    Q_EMIT itemChanged(index);
    return true;
}

QList<StocktakeCounter::ImportConflict>
StocktakeCounter::importConflicts(const QHash<int, QList<LocationCount>> &counts) const
{
    QList<ImportConflict> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() < 0 || it.key() >= m_items.size())
            continue;
        for (const LocationCount &place : it.value()) {
            if (place.location.isEmpty())
                continue;
            for (const LocationCount &before : m_items.at(it.key()).countedAt) {
                if (before.location == place.location)
                    result.append({it.key(), place.location, before.quantity, place.quantity});
            }
        }
    }
    std::sort(result.begin(), result.end(), [](const ImportConflict &a, const ImportConflict &b) {
        return a.index != b.index ? a.index < b.index : a.location < b.location;
    });
    return result;
}

bool StocktakeCounter::importCounts(const QHash<int, QList<LocationCount>> &counts, bool replace)
{
    if (!m_store || !isCounting())
        return false;
    QHash<qint64, QList<LocationCount>> byProduct;
    QHash<int, QList<LocationCount>> byIndex;
    QSet<qint64> recount;
    const QList<ImportConflict> conflicts =
            replace ? QList<ImportConflict>() : importConflicts(counts);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() < 0 || it.key() >= m_items.size() || it.value().isEmpty())
            continue;
        const StocktakeItem &item = m_items.at(it.key());
        QList<LocationCount> places = replace ? QList<LocationCount>() : item.countedAt;
        for (const LocationCount &place : it.value()) {
            const auto met = std::find_if(
                    conflicts.cbegin(), conflicts.cend(), [&](const ImportConflict &c) {
                        return c.index == it.key() && c.location == place.location;
                    });
            if (met == conflicts.cend()) {
                places = applyCountChange(places,
                                          {CountChange::Kind::Add, place.location, place.quantity});
            } else if (!met->same()) {
                places.removeIf(
                        [&](const LocationCount &c) { return c.location == place.location; });
                recount.insert(item.productId);
            }
        }
        byProduct.insert(item.productId, places);
        byIndex.insert(it.key(), places);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_writer.setCounts(m_stocktake.id, byProduct, recount, now)) {
        Q_EMIT failed(m_writer.errorString());
        return false;
    }
    for (auto it = byIndex.cbegin(); it != byIndex.cend(); ++it) {
        setItemCounts(it.key(), it.value(), now);
        if (recount.contains(m_items.at(it.key()).productId))
            m_items[it.key()].recount = true;
        m_undo.removeIf([&](const Undo &undo) { return undo.index == it.key(); });
        Q_EMIT itemChanged(it.key());
    }
    return true;
}

bool StocktakeCounter::finishCounting()
{
    if (!m_store || !isCounting() || !m_store->setState(m_stocktake.id, StocktakeState::Closed))
        return false;
    m_stocktake.state = StocktakeState::Closed;
    m_stocktake.closedAt = QDateTime::currentDateTimeUtc();
    m_undo.clear();
    setPending(std::nullopt);
    Q_EMIT stateChanged();
    return true;
}

bool StocktakeCounter::reopenCounting()
{
    if (!m_store || m_stocktake.state != StocktakeState::Closed || m_stocktake.submissionId > 0
        || !m_store->setState(m_stocktake.id, StocktakeState::Counting))
        return false;
    m_stocktake.state = StocktakeState::Counting;
    loadUndo();
    Q_EMIT stateChanged();
    return true;
}

} // namespace Glance
