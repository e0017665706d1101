#include "core/stocktake/stocktakecounter.h"

#include "core/adjust/localdatabase.h"
#include "core/stocktake/stocktakestore.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace Glance {

namespace {
constexpr int kUndoDepth = 200;
}

StocktakeCounter::StocktakeCounter(StocktakeStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
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
    query.prepare(QStringLiteral(
            "SELECT id, product_id, quantity FROM stocktake_scans WHERE stocktake_id = ?"
            " AND undone = 0 AND kind = 'scan' ORDER BY id DESC LIMIT %1")
                          .arg(kUndoDepth));
    query.addBindValue(m_stocktake.id);
    if (!query.exec())
        return;
    while (query.next()) {
        const qint64 product = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
        m_undo.prepend({query.value(0).toLongLong(), product > 0 ? indexOfProduct(product) : -1,
                        query.value(2).toLongLong(), std::nullopt});
    }
}

int StocktakeCounter::indexOfCode(const QString &code) const
{
    const int exact = m_byCode.value(code, -1);
    if (exact >= 0)
        return exact;
    return m_byFoldedCode.value(code.toCaseFolded(), -1);
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
        result = addToCount(pending.code, qMin(n, MaxMultiplier), pending.at);
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
    if (m_asksQuantity && !quantityGiven) {
        setPending(Pending {code, indexOfCode(code), QDateTime::currentDateTimeUtc()});
        result.outcome = Outcome::QuantityNeeded;
        result.code = code;
        result.index = m_pending->index;
        return result;
    }
    return addToCount(code, quantity, QDateTime::currentDateTimeUtc());
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

StocktakeCounter::Result StocktakeCounter::addToCount(const QString &code, qint64 quantity,
                                                      const QDateTime &now)
{
    Result result;
    result.code = code;
    result.quantity = quantity;
    const int index = indexOfCode(code);
    if (index < 0) {
        const qint64 scanId = m_store->addScan(m_stocktake.id, code, 0, quantity, std::nullopt, now);
        if (scanId == 0) {
            result.outcome = Outcome::Failed;
            Q_EMIT failed(m_store->errorString());
            return result;
        }
        m_unknown.append({scanId, code, quantity, now});
        m_undo.append({scanId, -1, quantity, std::nullopt});
        result.outcome = Outcome::Unknown;
        setMultiplier(1);
        Q_EMIT unknownScansChanged();
        return result;
    }
    StocktakeItem &item = m_items[index];
    const std::optional<qint64> previous = item.counted;
    const qint64 count = item.counted.value_or(0) + quantity;
    const qint64 scanId =
            m_store->addScan(m_stocktake.id, code, item.productId, quantity, count, now);
    if (scanId == 0) {
        result.outcome = Outcome::Failed;
        Q_EMIT failed(m_store->errorString());
        return result;
    }
    item.counted = count;
    if (!item.firstCountedAt.isValid())
        item.firstCountedAt = now;
    item.recount = false;
    m_undo.append({scanId, index, quantity, previous});
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
        if (!m_store->undoScan(m_stocktake.id, undo.scanId, 0, std::nullopt)) {
            Q_EMIT failed(m_store->errorString());
            return false;
        }
        m_undo.removeLast();
        m_unknown.removeIf([&](const UnknownScan &scan) { return scan.scanId == undo.scanId; });
        Q_EMIT unknownScansChanged();
        return true;
    }
    StocktakeItem &item = m_items[undo.index];
    const qint64 rest = item.counted.value_or(0) - undo.quantity;
    // Back to "not counted" when this was all that was counted of it.
    const std::optional<qint64> count = undo.previous
            ? *undo.previous
            : (rest > 0 ? std::optional<qint64>(rest) : std::nullopt);
    if (!m_store->undoScan(m_stocktake.id, undo.scanId, item.productId, count)) {
        Q_EMIT failed(m_store->errorString());
        return false;
    }
    m_undo.removeLast();
    item.counted = count;
    if (!count)
        item.firstCountedAt = {};
    Q_EMIT itemChanged(undo.index);
    return true;
}

bool StocktakeCounter::setCount(int index, const std::optional<qint64> &count)
{
    if (index < 0 || index >= m_items.size() || !isCounting() || !m_store
        || (count && *count < 0))
        return false;
    StocktakeItem &item = m_items[index];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_store->setCount(m_stocktake.id, item.productId, count, now)) {
        Q_EMIT failed(m_store->errorString());
        return false;
    }
    item.counted = count;
    if (!count)
        item.firstCountedAt = {};
    else if (!item.firstCountedAt.isValid())
        item.firstCountedAt = now;
    if (count)
        item.recount = false;
    // Earlier scans of it can no longer be undone one by one.
    m_undo.removeIf([index](const Undo &undo) { return undo.index == index; });
    Q_EMIT itemChanged(index);
    return true;
}

bool StocktakeCounter::dropUnknown(qint64 scanId)
{
    if (!m_store || !isCounting() || !m_store->undoScan(m_stocktake.id, scanId, 0, std::nullopt))
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
    const auto it = std::find_if(m_unknown.cbegin(), m_unknown.cend(),
                                 [scanId](const UnknownScan &scan) { return scan.scanId == scanId; });
    if (it == m_unknown.cend())
        return false;
    StocktakeItem &item = m_items[index];
    const qint64 count = item.counted.value_or(0) + it->quantity;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_store->assignScan(m_stocktake.id, scanId, item.productId, count, now)) {
        Q_EMIT failed(m_store->errorString());
        return false;
    }
    item.counted = count;
    if (!item.firstCountedAt.isValid())
        item.firstCountedAt = now;
    for (Undo &undo : m_undo) {
        if (undo.scanId == scanId)
            undo.index = index;
    }
    m_unknown.erase(it);
    Q_EMIT unknownScansChanged();
    Q_EMIT itemChanged(index);
    return true;
}

bool StocktakeCounter::importCounts(const QHash<int, qint64> &quantities, bool replace)
{
    if (!m_store || !isCounting())
        return false;
    QHash<qint64, qint64> counts;
    for (auto it = quantities.cbegin(); it != quantities.cend(); ++it) {
        const StocktakeItem &item = m_items.at(it.key());
        counts.insert(item.productId, replace ? it.value() : item.counted.value_or(0) + it.value());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_store->setCounts(m_stocktake.id, counts, now)) {
        Q_EMIT failed(m_store->errorString());
        return false;
    }
    for (auto it = quantities.cbegin(); it != quantities.cend(); ++it) {
        StocktakeItem &item = m_items[it.key()];
        item.counted = counts.value(item.productId);
        if (!item.firstCountedAt.isValid())
            item.firstCountedAt = now;
        item.recount = false;
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
