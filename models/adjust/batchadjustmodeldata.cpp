// BatchAdjustModel: what the views read and write, and the checks before submit.
#include "api/apitypes.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/fieldcheck.h"
#include "core/adjust/lineconversion.h"
#include "core/text/bidi.h"
#include "models/adjust/batchadjustmodel.h"
#include "models/adjust/batchrowcheck.h"
#include "models/celltext.h"

namespace Glance {

namespace {

QVariant optionalNumber(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

int BatchAdjustModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BatchAdjustModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BatchAdjustModel::warehouseLabel(const DraftLine &line) const
{
    if (line.warehouseId > 0 && m_catalog) {
        if (const std::optional<Warehouse> w = m_catalog->warehouse(line.warehouseId)) {
            if (!w->name.isEmpty())
                return w->name;
        }
    }
    if (!line.warehouseName.isEmpty())
        return line.warehouseName;
    if (line.warehouseId > 0)
        return tr("Warehouse %1").arg(Bidi::number(line.warehouseId, m_locale));
    return {};
}

int BatchAdjustModel::reasonSign(const QString &reason) const
{
    const QString wanted = reason.trimmed();
    for (const AdjustmentReason &known : m_reasons) {
        if (known.text.compare(wanted, Qt::CaseInsensitive) == 0)
            return known.usualSign;
    }
    return 0;
}

std::optional<qint64> BatchAdjustModel::currentQuantity(int row) const
{
    const DraftLine &line = m_lines.at(row);
    if (m_catalog && line.productId > 0 && line.warehouseId > 0
        && m_catalog->hasStock(line.productId)) {
        const std::optional<InventoryRecord> record =
                m_catalog->record(line.productId, line.warehouseId);
        return record ? record->quantity.value_or(0) : 0;
    }
    return line.shownQuantity;
}

std::optional<qint64> BatchAdjustModel::resultingQuantity(int row) const
{
    // Rows of the same pair apply one after the other: the result includes earlier rows.
    const DraftLine &line = m_lines.at(row);
    std::optional<qint64> current = currentQuantity(row);
    if (!current)
        return std::nullopt;
    qint64 result = *current;
    for (int other : rowsOfPair(line.productId, line.warehouseId)) {
        if (other > row)
            break;
        result += m_lines.at(other).amount;
    }
    if (line.productId <= 0 || line.warehouseId <= 0)
        result += line.amount;
    return result;
}

QList<int> BatchAdjustModel::duplicateRows() const
{
    QHash<QPair<qint64, qint64>, int> counts;
    for (const DraftLine &line : m_lines) {
        if (line.productId > 0 && line.warehouseId > 0)
            ++counts[{line.productId, line.warehouseId}];
    }
    QList<int> rows;
    for (int row = 0; row < m_lines.size(); ++row) {
        const DraftLine &line = m_lines.at(row);
        if (counts.value({line.productId, line.warehouseId}) > 1)
            rows.append(row);
    }
    return rows;
}

QList<RowIssue> BatchAdjustModel::issues(int row) const
{
    const DraftLine &line = m_lines.at(row);
    BatchRowCheck::RowFacts facts;
    if (m_catalog && line.productId <= 0)
        facts.skuState = m_catalog->skuState(line.sku);
    facts.reasonSign = reasonSign(line.reason);
    if (const QList<int> same = rowsOfPair(line.productId, line.warehouseId); same.size() > 1)
        facts.otherRowOfPair = same.first() == row ? same.at(1) : same.first();
    facts.resultingQuantity = resultingQuantity(row);
    return BatchRowCheck(m_reasonRequired, m_locale).issues(line, facts);
}

int BatchAdjustModel::errorCount() const
{
    int count = 0;
    for (int row = 0; row < m_lines.size(); ++row) {
        const QList<RowIssue> found = issues(row);
        if (!found.isEmpty() && found.first().severity == RowIssue::Error)
            ++count;
    }
    return count;
}

int BatchAdjustModel::warningCount() const
{
    int count = 0;
    for (int row = 0; row < m_lines.size(); ++row) {
        const QList<RowIssue> found = issues(row);
        if (!found.isEmpty() && found.first().severity == RowIssue::Warning)
            ++count;
    }
    return count;
}

QList<AdjustmentLine> BatchAdjustModel::adjustmentLines() const
{
    QList<AdjustmentLine> result;
    for (int row = 0; row < m_lines.size(); ++row) {
        const DraftLine &line = m_lines.at(row);
        const QList<RowIssue> found = issues(row);
        if (!found.isEmpty() && found.first().severity == RowIssue::Error)
            continue;
        AdjustmentLine adjustment = adjustmentFromDraft(line);
        adjustment.warehouseName = warehouseLabel(line);
        adjustment.shownBefore = currentQuantity(row);
        result.append(adjustment);
    }
    return result;
}

QVariant BatchAdjustModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const int row = index.row();
    const DraftLine &line = m_lines.at(row);
    const auto column = Column(index.column());

    if (role == SeverityRole) {
        const QList<RowIssue> found = issues(row);
        return found.isEmpty() ? -1 : int(found.first().severity);
    }
    if (role == WarehouseIdRole)
        return line.warehouseId;
    if (role == ProductIdRole)
        return line.productId;
    if (role == ReasonSignRole)
        return reasonSign(line.reason);
    if (role == Qt::TextAlignmentRole) {
        if (column == CurrentColumn || column == AmountColumn || column == ResultColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        return {};
    }
    if (role == Bidi::CellKindRole) {
        if (column == SkuColumn)
            return int(Bidi::CellKind::Code);
        if (column == CurrentColumn || column == AmountColumn || column == ResultColumn)
            return int(Bidi::CellKind::Number);
        return int(Bidi::CellKind::Text);
    }
    if (role == Qt::ToolTipRole) {
        if (column == CheckColumn || column == SkuColumn) {
            QStringList texts;
            for (const RowIssue &issue : issues(row))
                texts.append(issue.text);
            return texts.join(QLatin1Char('\n'));
        }
        if (column == CurrentColumn && line.productId > 0 && line.warehouseId > 0 && m_catalog
            && m_catalog->hasStock(line.productId)
            && !m_catalog->record(line.productId, line.warehouseId))
            return tr("No record in this warehouse yet: a positive amount creates it.");
        return {};
    }

    if (role == SortRole) {
        switch (column) {
        case SkuColumn:
            return line.sku;
        case ProductColumn:
            return line.productName;
        case WarehouseColumn:
            return warehouseLabel(line);
        case CurrentColumn:
            return optionalNumber(currentQuantity(row));
        case AmountColumn:
            return line.amount;
        case ResultColumn:
            return optionalNumber(resultingQuantity(row));
        case ReasonColumn:
            return line.reason;
        case NotesColumn:
            return line.notes;
        case CheckColumn:
            return data(index, SeverityRole);
        case ColumnCount:
            break;
        }
        return {};
    }

    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (column) {
    case SkuColumn:
        return line.sku;
    case ProductColumn:
        return line.productName;
    case WarehouseColumn:
        if (edit)
            return line.warehouseId > 0 ? QVariant(line.warehouseId) : QVariant(line.warehouseName);
        return warehouseLabel(line);
    case CurrentColumn: {
        const std::optional<qint64> current = currentQuantity(row);
        if (edit)
            return optionalNumber(current);
        return CellText::quantity(current, m_locale);
    }
    case AmountColumn:
        if (edit)
            return line.amount == 0 ? QVariant(QString()) : QVariant(line.amount);
        if (line.amount == 0)
            return QString(); // not entered yet
        return Bidi::formatSignedAmount(line.amount, m_locale);
    case ResultColumn: {
        const std::optional<qint64> result = resultingQuantity(row);
        if (edit)
            return optionalNumber(result);
        return CellText::quantity(result, m_locale);
    }
    case ReasonColumn:
        return line.reason;
    case NotesColumn:
        return line.notes;
    case CheckColumn: {
        if (edit)
            return {};
        const QList<RowIssue> found = issues(row);
        if (found.isEmpty())
            return QString();
        if (found.size() == 1)
            return found.first().text;
        return tr("%1 (and %n more)", nullptr, int(found.size() - 1)).arg(found.first().text);
    }
    case ColumnCount:
        break;
    }
    return {};
}

bool BatchAdjustModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly || !isRowIndex(index))
        return false;
    const int row = index.row();
    DraftLine after = m_lines.at(row);
    switch (Column(index.column())) {
    case SkuColumn: {
        const QString sku = value.toString().trimmed();
        if (const QString e = FieldCheck::skuError(sku, m_locale); !e.isEmpty()) {
            Q_EMIT inputRejected(e);
            return false;
        }
        if (sku == after.sku)
            return true;
        after.sku = sku;
        after.productId = 0;
        after.productName.clear();
        after.shownQuantity.reset();
        if (m_catalog) {
            if (m_catalog->skuState(sku) == CatalogLookup::SkuState::Failed)
                m_catalog->lookupSku(sku);
        }
        editLine(row, after, tr("Edit SKU"));
        return true;
    }
    case WarehouseColumn: {
        const bool isNumber = value.typeId() == QMetaType::LongLong
                || value.typeId() == QMetaType::Int || value.typeId() == QMetaType::UInt
                || value.typeId() == QMetaType::ULongLong;
        const QString text = value.toString().trimmed();
        std::optional<Warehouse> resolved;
        if (isNumber) {
            Warehouse byId;
            byId.id = value.toLongLong();
            resolved = m_catalog ? m_catalog->warehouse(byId.id) : std::nullopt;
            if (!resolved && byId.id > 0)
                resolved = byId; // an id typed when no list is known
        } else if (m_catalog) {
            resolved = m_catalog->resolveWarehouse(text);
        }
        if (!resolved && !isNumber && !text.isEmpty()) {
            const NumberCheck id = FieldCheck::id(text, m_locale);
            if (id.ok()) {
                Warehouse byId;
                byId.id = *id.value;
                resolved = byId;
            }
        }
        if (resolved && resolved->id <= 0) {
            Q_EMIT inputRejected(FieldCheck::id(text, m_locale).error);
            return false;
        }
        after.warehouseId = resolved ? resolved->id : 0;
        after.warehouseName = resolved ? resolved->name : text;
        after.shownQuantity.reset();
        editLine(row, after, tr("Change warehouse"));
        return true;
    }
    case AmountColumn: {
        NumberCheck amount;
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            amount = FieldCheck::amount(QString::number(value.toLongLong()), QLocale::c());
        else
            amount = FieldCheck::amount(value.toString(), m_locale);
        if (!amount.ok()) {
            Q_EMIT inputRejected(amount.error);
            return false;
        }
        after.amount = *amount.value;
        editLine(row, after, tr("Change amount"));
        return true;
    }
    case ReasonColumn: {
        const QString reason = value.toString().trimmed();
        if (const QString e = FieldCheck::reasonError(reason, false, m_locale); !e.isEmpty()) {
            Q_EMIT inputRejected(e);
            return false;
        }
        after.reason = reason;
        editLine(row, after, tr("Edit reason", "adjustment reason"));
        return true;
    }
    case NotesColumn: {
        const QString notes = value.toString();
        if (const QString e = FieldCheck::notesError(notes, m_locale); !e.isEmpty()) {
            Q_EMIT inputRejected(e);
            return false;
        }
        after.notes = notes;
        editLine(row, after, tr("Edit notes"));
        return true;
    }
    case ProductColumn:
    case CurrentColumn:
    case ResultColumn:
    case CheckColumn:
    case ColumnCount:
        break;
    }
    return false;
}

Qt::ItemFlags BatchAdjustModel::flags(const QModelIndex &index) const
{
    if (!isRowIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_readOnly)
        return flags;
    switch (Column(index.column())) {
    case SkuColumn:
    case WarehouseColumn:
    case AmountColumn:
    case ReasonColumn:
    case NotesColumn:
        flags |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return flags;
}

QVariant BatchAdjustModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return m_locale.toString(section + 1);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SkuColumn:
        return tr("SKU");
    case ProductColumn:
        return tr("Product");
    case WarehouseColumn:
        return tr("Warehouse");
    case CurrentColumn:
        return tr("Current", "quantity in stock now");
    case AmountColumn:
        return tr("Change", "signed amount to add or remove");
    case ResultColumn:
        return tr("Result", "quantity after the change");
    case ReasonColumn:
        return tr("Reason", "adjustment reason");
    case NotesColumn:
        return tr("Notes");
    case CheckColumn:
        return tr("Check", "problems found in the row");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Glance
