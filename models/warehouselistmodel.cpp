#include "models/warehouselistmodel.h"

#include "api/apiclient.h"
#include "core/text/bidi.h"
#include "models/celltext.h"
#include "models/inventorytablemodel.h"
#include "models/warehousecounter.h"

#include <QCollator>

#include <algorithm>

namespace Glance {

WarehouseListModel::WarehouseListModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_counter(new WarehouseCounter(client, this))
{
    connect(m_counter, &WarehouseCounter::counted, this, &WarehouseListModel::onCounted);
    connect(m_counter, &WarehouseCounter::failed, this, &WarehouseListModel::onCountFailed);
    connect(m_counter, &WarehouseCounter::finished, this, &WarehouseListModel::countsFinished);
}

WarehouseListModel::~WarehouseListModel()
{
    if (m_call)
        m_call->cancel();
    m_counter->disconnect(this);
    m_counter->cancel();
}

void WarehouseListModel::load()
{
    if (!m_client || m_call)
        return;
    m_call = m_client->listWarehouses(
            this, [this](const ApiResult<WarehouseList> &result) { onList(result); });
}

void WarehouseListModel::setClient(ApiClient *client)
{
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    m_client = client;
    m_counter->setClient(client);
}

void WarehouseListModel::onList(const ApiResult<WarehouseList> &result)
{
    m_call = nullptr;
    if (!result.ok()) {
        if (result.error().kind() == ApiError::Kind::Cancelled)
            return;
        // Not fatal: the list is derived from inventory records meanwhile.
        m_lastError = result.error();
        if (!m_loaded)
            setDerived(true);
        // Glance cannot be reached: no counts, they would fail the same way; recount() (refresh,
        // back online) asks for the list again and counts after it.
        const auto kind = result.error().kind();
        if (kind != ApiError::Kind::Network && kind != ApiError::Kind::Timeout) {
            m_listShown = true;
            startCounts();
        }
        Q_EMIT loaded();
        return;
    }
    m_lastError = {};
    m_loaded = true;
    if (!result.value().available) {
        setDerived(true);
        m_listShown = true;
        startCounts();
        Q_EMIT loaded();
        return;
    }
    beginResetModel();
    m_entries.clear();
    for (const Warehouse &warehouse : result.value().warehouses)
        m_entries.append({warehouse, {}, {}, {}, false, {}});
    // Warehouses seen in records but missing from the list (inactive, no access) are shown too.
    if (m_inventory) {
        const QList<WarehouseRef> seen = m_inventory->seenWarehouses();
        for (const WarehouseRef &ref : seen) {
            if (rowOf(ref.id) < 0) {
                Warehouse warehouse;
                warehouse.id = ref.id;
                warehouse.name = ref.name;
                m_entries.append({warehouse, {}, {}, {}, false, {}});
            }
        }
    }
    endResetModel();
    setDerived(false);
    applyStats();
    m_listShown = true;
    startCounts();
    Q_EMIT loaded();
}

void WarehouseListModel::recount()
{
    if (!m_loaded) {
        load(); // the counts follow the list
        return;
    }
    startCounts();
}

void WarehouseListModel::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    if (online) {
        recount();
        return;
    }
    m_counter->cancel(); // they would fail; no request while offline
    Q_EMIT dataChanged(index(0, RecordsColumn), index(rowCount() - 1, RecordsColumn),
                       {Qt::ToolTipRole});
}

bool WarehouseListModel::isCounting() const
{
    return m_counter->isCounting();
}

int WarehouseListModel::countRequests() const
{
    return m_counter->requestCount();
}

void WarehouseListModel::startCounts()
{
    if (!m_listShown || !m_online)
        return;
    QList<std::optional<qint64>> warehouses {std::nullopt};
    for (const Entry &entry : std::as_const(m_entries))
        warehouses.append(entry.warehouse.id);
    m_counter->start(warehouses);
    Q_EMIT dataChanged(index(0, RecordsColumn), index(rowCount() - 1, RecordsColumn),
                       {Qt::ToolTipRole});
}

void WarehouseListModel::onCounted(std::optional<qint64> warehouseId, qint64 records)
{
    Entry *entry = entryFor(warehouseId);
    if (!entry)
        return;
    // The newest word on the count (see the class comment).
    entry->records = records;
    entry->counted = true;
    entry->countError = {};
    emitRowChanged(warehouseId);
}

void WarehouseListModel::onCountFailed(std::optional<qint64> warehouseId, const ApiError &error)
{
    Entry *entry = entryFor(warehouseId);
    if (!entry)
        return;
    entry->countError = error; // what was known stays shown
    emitRowChanged(warehouseId);
}

void WarehouseListModel::emitRowChanged(std::optional<qint64> warehouseId)
{
    const int row = rowOf(warehouseId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, RecordsColumn), index(row, RecordsColumn));
}

void WarehouseListModel::setDerived(bool derived)
{
    if (m_derived == derived)
        return;
    m_derived = derived;
    if (derived && m_inventory)
        addSeenWarehouses(m_inventory->seenWarehouses());
    Q_EMIT derivedChanged(derived);
}

void WarehouseListModel::trackInventory(InventoryTableModel *inventory)
{
    if (m_inventory)
        disconnect(m_inventory, nullptr, this, nullptr);
    m_inventory = inventory;
    if (!inventory)
        return;
    connect(inventory, &InventoryTableModel::warehousesSeen, this,
            &WarehouseListModel::addSeenWarehouses);
    connect(inventory, &InventoryTableModel::statsChanged, this, &WarehouseListModel::applyStats);
    addSeenWarehouses(inventory->seenWarehouses());
    applyStats();
}

void WarehouseListModel::addSeenWarehouses(const QList<WarehouseRef> &warehouses)
{
    // With a server list, records only add warehouses it did not name.
    bool added = false;
    for (const WarehouseRef &ref : warehouses) {
        if (rowOf(ref.id) >= 0) {
            Entry *entry = entryFor(ref.id);
            if (entry->warehouse.name.isEmpty() && !ref.name.isEmpty()) {
                entry->warehouse.name = ref.name;
                const int row = rowOf(ref.id);
                Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn));
            }
            continue;
        }
        if (!m_derived && !m_loaded)
            continue; // the server's list is on its way
        Warehouse warehouse;
        warehouse.id = ref.id;
        warehouse.name = ref.name;
        insertSorted({warehouse, {}, {}, {}, false, {}});
        added = true;
        if (m_listShown && m_online)
            m_counter->add(ref.id); // a warehouse the list gained: counted when it appears
    }
    if (added)
        applyStats();
}

void WarehouseListModel::insertSorted(const Entry &entry)
{
    QCollator collator(m_locale);
    collator.setNumericMode(true);
    const auto pos =
            std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry,
                             [&collator](const Entry &a, const Entry &b) {
                                 return collator.compare(a.warehouse.name, b.warehouse.name) < 0;
                             });
    const int row = int(pos - m_entries.cbegin()) + 1;
    beginInsertRows({}, row, row);
    m_entries.insert(row - 1, entry);
    endInsertRows();
}

WarehouseListModel::Entry *WarehouseListModel::entryFor(std::optional<qint64> warehouseId)
{
    if (!warehouseId)
        return &m_all;
    for (Entry &entry : m_entries) {
        if (entry.warehouse.id == *warehouseId)
            return &entry;
    }
    return nullptr;
}

void WarehouseListModel::setStats(std::optional<qint64> warehouseId, std::optional<qint64> records,
                                  std::optional<qint64> quantity, bool fromCache)
{
    Entry *entry = entryFor(warehouseId);
    if (!entry)
        return;
    // What is known stays known until something newer replaces it: a view's count only when it
    // is news, and a cached one never over a count read in this run.
    auto records2 = entry->records;
    if (records && records != entry->viewRecords) {
        entry->viewRecords = records;
        if (!(fromCache && entry->counted))
            records2 = records;
    }
    const auto quantity2 = quantity ? quantity : entry->quantity;
    if (records2 == entry->records && quantity2 == entry->quantity)
        return;
    entry->records = records2;
    entry->quantity = quantity2;
    const int row = rowOf(warehouseId);
    Q_EMIT dataChanged(index(row, RecordsColumn), index(row, QuantityColumn));
}

void WarehouseListModel::applyStats()
{
    if (!m_inventory)
        return;
    const auto stats = m_inventory->warehouseStats();
    for (const auto &entry : stats)
        setStats(entry.warehouseId, entry.records, entry.quantity, entry.fromCache);
    // A complete "All warehouses" view: a listed warehouse without records has none.
    const auto all = std::find_if(stats.cbegin(), stats.cend(),
                                  [](const auto &s) { return !s.warehouseId && s.quantity; });
    if (all != stats.cend()) {
        for (const Entry &entry : std::as_const(m_entries)) {
            const auto id = entry.warehouse.id;
            const bool known = std::any_of(stats.cbegin(), stats.cend(),
                                           [id](const auto &s) { return s.warehouseId == id; });
            if (!known)
                setStats(id, 0, 0, all->fromCache);
        }
    }
}

std::optional<qint64> WarehouseListModel::warehouseIdAt(int row) const
{
    if (row <= 0 || row > m_entries.size())
        return std::nullopt;
    return m_entries.at(row - 1).warehouse.id;
}

int WarehouseListModel::rowOf(std::optional<qint64> warehouseId) const
{
    if (!warehouseId)
        return 0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).warehouse.id == *warehouseId)
            return int(i) + 1;
    }
    return -1;
}

QString WarehouseListModel::nameOf(qint64 warehouseId) const
{
    const int row = rowOf(warehouseId);
    return row > 0 ? m_entries.at(row - 1).warehouse.name : QString();
}

void WarehouseListModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_entries.isEmpty() || m_all.records)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WarehouseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size()) + 1;
}

int WarehouseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WarehouseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool all = index.row() == 0;
    const Entry &entry = all ? m_all : m_entries.at(index.row() - 1);
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            if (all)
                return tr("All warehouses");
            return entry.warehouse.name.isEmpty()
                    ? tr("Warehouse %1").arg(Bidi::number(entry.warehouse.id, m_locale))
                    : entry.warehouse.name;
        case RecordsColumn:
            return CellText::quantity(entry.records, m_locale);
        case QuantityColumn:
            return CellText::quantity(entry.quantity, m_locale);
        case ColumnCount:
            break;
        }
        break;
    case Bidi::CellKindRole:
        return int(column == NameColumn ? Bidi::CellKind::Text : Bidi::CellKind::Number);
    case SortRole:
        switch (column) {
        case NameColumn:
            return all ? QString() : entry.warehouse.name;
        case RecordsColumn:
            return entry.records ? QVariant(*entry.records) : QVariant();
        case QuantityColumn:
            return entry.quantity ? QVariant(*entry.quantity) : QVariant();
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn && !all && !entry.warehouse.code.isEmpty())
            return tr("Code: %1").arg(Bidi::isolateLtr(entry.warehouse.code));
        if (column == NameColumn && !all && entry.warehouse.isActive == false)
            return tr("Inactive warehouse");
        if (column == RecordsColumn && !entry.records)
            return recordsToolTip(entry, all);
        if (column == QuantityColumn && !entry.quantity)
            return tr("Not known until the records are loaded");
        break;
    case Qt::TextAlignmentRole:
        if (column != NameColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    case WarehouseIdRole:
        return all ? QVariant() : QVariant(entry.warehouse.id);
    default:
        break;
    }
    return {};
}

QString WarehouseListModel::recordsToolTip(const Entry &entry, bool all) const
{
    if (m_counter->isCounting(all ? std::nullopt : std::optional<qint64>(entry.warehouse.id)))
        return tr("Counting the records…");
    if (entry.countError.isError()) {
        //: %1 is a complete sentence saying why (e.g. Glance could not be reached)
        return tr("The number of records could not be read. %1")
                .arg(entry.countError.userMessage());
    }
    return tr("Not known until the records are loaded");
}

QVariant WarehouseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Warehouse");
    case RecordsColumn:
        return tr("Records", "column header: number of inventory records");
    case QuantityColumn:
        return tr("Quantity", "column header: total units in stock");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Glance
