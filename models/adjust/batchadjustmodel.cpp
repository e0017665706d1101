#include "models/adjust/batchadjustmodel.h"

#include "api/apitypes.h"
#include "core/adjust/adjustimport.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftstore.h"
#include "core/adjust/fieldcheck.h"
#include "core/adjust/lineconversion.h"
#include "core/text/bidi.h"
#include "models/adjust/batcheditsink.h"

#include <algorithm>

namespace Glance {

BatchAdjustModel::BatchAdjustModel(CatalogLookup *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    if (catalog) {
        connect(catalog, &CatalogLookup::skuResolved, this, &BatchAdjustModel::onSkuResolved);
        connect(catalog, &CatalogLookup::stockLoaded, this, &BatchAdjustModel::onStockLoaded);
        connect(catalog, &CatalogLookup::warehousesChanged, this,
                &BatchAdjustModel::onWarehousesChanged);
    }
}

BatchAdjustModel::~BatchAdjustModel() = default;

void BatchAdjustModel::setDocument(DraftStore *store, qint64 documentId,
                                   const QList<DraftLine> &lines)
{
    beginResetModel();
    m_store = store;
    m_documentId = documentId;
    m_lines = lines;
    endResetModel();
    persistAll(); // the store holds exactly what is shown, from the start
    resolveAll();
    Q_EMIT checksChanged();
}

void BatchAdjustModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BatchAdjustModel::setReasons(const QList<AdjustmentReason> &reasons)
{
    m_reasons = reasons;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT checksChanged();
}

void BatchAdjustModel::setReasonRequired(bool required)
{
    if (m_reasonRequired == required)
        return;
    m_reasonRequired = required;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn));
    Q_EMIT checksChanged();
}

void BatchAdjustModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

// ---- Edits -------------------------------------------------------------------------------------

void BatchAdjustModel::editLine(int row, const DraftLine &after, const QString &text, int mergeKey)
{
    if (m_readOnly || row < 0 || row >= m_lines.size() || m_lines.at(row) == after)
        return;
    if (m_sink)
        m_sink->setLine(row, m_lines.at(row), after, text, mergeKey);
    else
        applySetLine(row, after);
}

void BatchAdjustModel::addLines(int row, const QList<DraftLine> &lines, const QString &text)
{
    if (m_readOnly || lines.isEmpty())
        return;
    row = qBound(0, row, int(m_lines.size()));
    if (m_sink)
        m_sink->insertLines(row, lines, text);
    else
        applyInsert(row, lines);
}

void BatchAdjustModel::deleteRows(QList<int> rows)
{
    if (m_readOnly)
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [this](int r) { return r < 0 || r >= m_lines.size(); }),
               rows.end());
    if (rows.isEmpty())
        return;
    QList<DraftLine> removed;
    for (int row : std::as_const(rows))
        removed.append(m_lines.at(row));
    if (m_sink)
        m_sink->removeLines(rows, removed, tr("Delete %n row(s)", nullptr, int(rows.size())));
    else
        applyRemove(rows);
}

DraftLine BatchAdjustModel::lineForProduct(const ProductRef &product, qint64 warehouseId) const
{
    WarehouseRef warehouse {.id = warehouseId > 0 ? warehouseId : m_defaultWarehouse, .name = {}};
    if (m_catalog && warehouse.id > 0) {
        if (const std::optional<Warehouse> w = m_catalog->warehouse(warehouse.id))
            warehouse.name = w->name;
    }
    return draftFor(product, warehouse);
}

int BatchAdjustModel::addProduct(const ProductRef &product, qint64 warehouseId)
{
    if (m_readOnly || product.id <= 0)
        return -1;
    if (m_catalog)
        m_catalog->addProduct(product);
    const int row = int(m_lines.size());
    addLines(row, {lineForProduct(product, warehouseId)}, tr("Add %1").arg(Bidi::sku(product.sku)));
    return row;
}

int BatchAdjustModel::scanSku(const QString &rawSku)
{
    const QString sku = rawSku.trimmed();
    if (m_readOnly || sku.isEmpty())
        return -1;
    for (int row = 0; row < m_lines.size(); ++row) {
        const DraftLine &line = m_lines.at(row);
        if (line.sku.trimmed() == sku && line.warehouseId == m_defaultWarehouse) {
            DraftLine after = line;
            after.amount += 1;
            editLine(row, after, tr("Scan %1").arg(Bidi::sku(sku)));
            return row;
        }
    }
    DraftLine line;
    if (m_catalog) {
        if (const std::optional<ProductRef> product = m_catalog->productForSku(sku))
            line = lineForProduct(*product, m_defaultWarehouse);
    }
    if (line.productId == 0) {
        line.sku = sku;
        line.warehouseId = m_defaultWarehouse;
        if (m_catalog && m_defaultWarehouse > 0) {
            if (const std::optional<Warehouse> w = m_catalog->warehouse(m_defaultWarehouse))
                line.warehouseName = w->name;
        }
    }
    line.amount = 1;
    const int row = int(m_lines.size());
    addLines(row, {line}, tr("Scan %1").arg(Bidi::sku(sku)));
    return row;
}

int BatchAdjustModel::appendImported(const QList<ImportedRow> &rows)
{
    if (m_readOnly || rows.isEmpty())
        return 0;
    QList<DraftLine> lines;
    for (const ImportedRow &imported : rows)
        lines.append(draftFromImported(imported)); // warehouses resolved when they are known
    addLines(int(m_lines.size()), lines, tr("Paste %n row(s)", nullptr, int(lines.size())));
    return int(lines.size());
}

int BatchAdjustModel::mergeDuplicates()
{
    if (m_readOnly)
        return 0;
    // Groups of rows with the same pair, in order of their first row.
    QList<QList<int>> groups;
    QHash<QPair<qint64, qint64>, int> groupOf;
    for (int row = 0; row < m_lines.size(); ++row) {
        const DraftLine &line = m_lines.at(row);
        if (line.productId <= 0 || line.warehouseId <= 0)
            continue;
        const QPair<qint64, qint64> pair {line.productId, line.warehouseId};
        if (!groupOf.contains(pair)) {
            groupOf.insert(pair, int(groups.size()));
            groups.append(QList<int>());
        }
        groups[groupOf.value(pair)].append(row);
    }
    QList<QPair<int, DraftLine>> merged;
    QList<int> removed;
    for (const QList<int> &group : std::as_const(groups)) {
        if (group.size() < 2)
            continue;
        DraftLine first = m_lines.at(group.first());
        QStringList notes;
        if (!first.notes.isEmpty())
            notes.append(first.notes);
        bool sameReason = true;
        for (int i = 1; i < group.size(); ++i) {
            const DraftLine &other = m_lines.at(group.at(i));
            if (!other.reason.isEmpty() && !first.reason.isEmpty()
                && other.reason.compare(first.reason, Qt::CaseInsensitive) != 0)
                sameReason = false;
        }
        if (!sameReason)
            continue; // different reasons stay separate rows (still flagged)
        for (int i = 1; i < group.size(); ++i) {
            const DraftLine &other = m_lines.at(group.at(i));
            first.amount += other.amount;
            if (first.reason.isEmpty())
                first.reason = other.reason;
            if (!other.notes.isEmpty() && !notes.contains(other.notes))
                notes.append(other.notes);
            removed.append(group.at(i));
        }
        first.notes = notes.join(QStringLiteral("; ")).left(FieldCheck::NotesMaxLength);
        merged.append({group.first(), first});
    }
    if (removed.isEmpty())
        return 0;
    std::sort(removed.begin(), removed.end());
    const QString text = tr("Merge duplicate rows");
    if (m_sink)
        m_sink->beginMacro(text);
    for (const auto &[row, line] : std::as_const(merged))
        editLine(row, line, text);
    deleteRows(removed);
    if (m_sink)
        m_sink->endMacro();
    return int(removed.size());
}

void BatchAdjustModel::setLiveText(int row, int column, const QString &text, int session)
{
    if (row < 0 || row >= m_lines.size())
        return;
    DraftLine after = m_lines.at(row);
    if (column == NotesColumn)
        after.notes = text;
    else if (column == ReasonColumn)
        after.reason = text;
    else
        return;
    editLine(row, after,
             column == NotesColumn ? tr("Edit notes") : tr("Edit reason", "adjustment reason"),
             session * ColumnCount + column);
}

// ---- Applying ----------------------------------------------------------------------------------

void BatchAdjustModel::applySetLine(int row, const DraftLine &line)
{
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines[row] = line;
    resolve(row);
    persistRow(row);
    rowChanged(row);
}

void BatchAdjustModel::applyInsert(int row, const QList<DraftLine> &lines)
{
    row = qBound(0, row, int(m_lines.size()));
    beginInsertRows({}, row, row + int(lines.size()) - 1);
    for (int i = 0; i < lines.size(); ++i)
        m_lines.insert(row + i, lines.at(i));
    endInsertRows();
    for (int i = 0; i < lines.size(); ++i)
        resolve(row + i);
    persistAll();
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn));
    Q_EMIT checksChanged();
}

void BatchAdjustModel::applyRemove(const QList<int> &rows)
{
    // Descending, one contiguous range at a time.
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    int i = 0;
    while (i < sorted.size()) {
        int last = sorted.at(i);
        int first = last;
        while (i + 1 < sorted.size() && sorted.at(i + 1) == first - 1) {
            ++i;
            first = sorted.at(i);
        }
        ++i;
        if (first < 0 || last >= m_lines.size())
            continue;
        beginRemoveRows({}, first, last);
        m_lines.remove(first, last - first + 1);
        endRemoveRows();
    }
    persistAll();
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn));
    Q_EMIT checksChanged();
}

// ---- Resolving and saving
// ------------------------------------------------------------------------

bool BatchAdjustModel::resolve(int row)
{
    if (!m_catalog || row < 0 || row >= m_lines.size())
        return false;
    DraftLine &line = m_lines[row];
    bool changed = false;
    if (line.productId == 0 && !line.sku.trimmed().isEmpty()) {
        if (const std::optional<ProductRef> product = m_catalog->productForSku(line.sku)) {
            line.productId = product->id;
            line.productName = product->name;
            changed = true;
        } else {
            m_catalog->lookupSku(line.sku);
        }
    }
    if (line.warehouseId == 0 && !line.warehouseName.trimmed().isEmpty()) {
        if (const std::optional<Warehouse> w = m_catalog->resolveWarehouse(line.warehouseName)) {
            line.warehouseId = w->id;
            line.warehouseName = w->name;
            changed = true;
        }
    }
    if (line.productId > 0) {
        if (!m_catalog->hasStock(line.productId)) {
            m_catalog->loadStock(line.productId);
        } else if (line.warehouseId > 0) {
            const std::optional<InventoryRecord> record =
                    m_catalog->record(line.productId, line.warehouseId);
            const std::optional<qint64> quantity = record ? record->quantity.value_or(0) : 0;
            if (line.shownQuantity != quantity) {
                line.shownQuantity = quantity;
                changed = true;
            }
        }
    }
    return changed;
}

void BatchAdjustModel::resolveAll()
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (resolve(row))
            persistRow(row);
    }
}

void BatchAdjustModel::persistRow(int row)
{
    if (!m_store || m_documentId <= 0)
        return;
    if (!m_store->saveLine(m_documentId, row, m_lines.at(row)))
        Q_EMIT saveFailed(m_store->errorString());
}

void BatchAdjustModel::persistAll()
{
    if (!m_store || m_documentId <= 0)
        return;
    if (!m_store->saveLines(m_documentId, m_lines))
        Q_EMIT saveFailed(m_store->errorString());
}

void BatchAdjustModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    // Duplicates and the like concern other rows too.
    Q_EMIT dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn));
    Q_EMIT checksChanged();
}

void BatchAdjustModel::onSkuResolved(const QString &sku)
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).productId == 0 && m_lines.at(row).sku.trimmed() == sku) {
            if (resolve(row))
                persistRow(row);
            rowChanged(row);
        }
    }
}

void BatchAdjustModel::onStockLoaded(qint64 productId)
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).productId == productId) {
            if (resolve(row))
                persistRow(row);
            rowChanged(row);
        }
    }
}

void BatchAdjustModel::onWarehousesChanged()
{
    resolveAll();
    if (!m_lines.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT checksChanged();
    }
}

void BatchAdjustModel::refreshStock()
{
    if (!m_catalog)
        return;
    QList<qint64> products;
    for (const DraftLine &line : std::as_const(m_lines)) {
        if (line.productId > 0 && !products.contains(line.productId))
            products.append(line.productId);
    }
    for (qint64 product : std::as_const(products))
        m_catalog->loadStock(product, true);
}

QList<int> BatchAdjustModel::rowsOfPair(qint64 productId, qint64 warehouseId) const
{
    QList<int> rows;
    if (productId <= 0 || warehouseId <= 0)
        return rows;
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).productId == productId && m_lines.at(row).warehouseId == warehouseId)
            rows.append(row);
    }
    return rows;
}

} // namespace Glance
