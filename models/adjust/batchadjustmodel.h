#pragma once

#include "core/adjust/adjustmentline.h"
#include "core/adjust/draftline.h"
#include "core/adjustmentreason.h"
#include "models/adjust/batchrowcheck.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>

#include <optional>

namespace Glance {

class BatchEditSink;
class CatalogLookup;
class DraftStore;
struct ImportedRow;
struct ProductRef;

// The rows of the batch-adjust editor: product (SKU), warehouse, current quantity, signed
// amount, resulting quantity, reason, notes, and what the checks before submit say about each.
//
// Every user edit goes through the BatchEditSink (undo/redo) when one is set, and every applied
// change is written to the DraftStore at once. SKUs and typed warehouses are resolved through the
// CatalogLookup; resolving updates the row without an undo step.
class BatchAdjustModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SkuColumn,
        ProductColumn,
        WarehouseColumn,
        CurrentColumn,
        AmountColumn,
        ResultColumn,
        ReasonColumn,
        NotesColumn,
        CheckColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value
        SeverityRole, // int: -1 none, RowIssue::Warning, RowIssue::Error
        WarehouseIdRole,
        ProductIdRole,
        ReasonSignRole, // int: the usual sign of the row's reason (0 when unknown)
    };

    explicit BatchAdjustModel(CatalogLookup *catalog, QObject *parent = nullptr);
    ~BatchAdjustModel() override;

    // ---- Document ----
    // Shows `lines` and writes every later change to `store` as document `documentId` (a null
    // store: memory only).
    void setDocument(DraftStore *store, qint64 documentId, const QList<DraftLine> &lines);
    qint64 documentId() const { return m_documentId; }
    const QList<DraftLine> &lines() const { return m_lines; }
    const DraftLine &line(int row) const { return m_lines.at(row); }
    void setEditSink(BatchEditSink *sink) { m_sink = sink; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    void setReasons(const QList<AdjustmentReason> &reasons);
    QList<AdjustmentReason> reasons() const { return m_reasons; }
    void setReasonRequired(bool required);
    void setLocale(const QLocale &locale);
    // Warehouse for rows added by a scan or a picked product.
    void setDefaultWarehouse(qint64 warehouseId) { m_defaultWarehouse = warehouseId; }
    qint64 defaultWarehouse() const { return m_defaultWarehouse; }

    // ---- User edits (through the sink) ----
    void editLine(int row, const DraftLine &after, const QString &text, int mergeKey = -1);
    void addLines(int row, const QList<DraftLine> &lines, const QString &text);
    void deleteRows(QList<int> rows);
    // A product picked from the picker: a new row in the default warehouse.
    int addProduct(const ProductRef &product, qint64 warehouseId = 0);
    // A scanned or typed SKU: +1 on the row of that SKU in the default warehouse, or a new row
    // with amount 1. Returns the row.
    int scanSku(const QString &sku);
    // Appends imported rows (one undo step). Returns how many.
    int appendImported(const QList<ImportedRow> &rows);
    // Rows of the same product and warehouse become one (amounts summed, notes joined).
    int mergeDuplicates();
    // Live text edit of the notes or reason of a row while the user types; consecutive calls with
    // the same `session` form one undo step.
    void setLiveText(int row, int column, const QString &text, int session);

    // ---- Applying (called by the sink's commands) ----
    void applySetLine(int row, const DraftLine &line);
    void applyInsert(int row, const QList<DraftLine> &lines);
    void applyRemove(const QList<int> &rows);

    // ---- Checks ----
    QList<RowIssue> issues(int row) const;
    int errorCount() const; // rows with at least one error
    int warningCount() const; // rows with warnings only
    // The rows whose product and warehouse appear in more than one row.
    QList<int> duplicateRows() const;
    std::optional<qint64> currentQuantity(int row) const;
    std::optional<qint64> resultingQuantity(int row) const;
    // The lines to submit (rows without errors), with the current quantity as shown.
    QList<AdjustmentLine> adjustmentLines() const;
    // Re-reads current quantities of every row's product.
    void refreshStock();

    // ---- QAbstractItemModel ----
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A typed value was refused (not a number, ...): the sentence to show.
    void inputRejected(const QString &message);
    void saveFailed(const QString &message);
    // Rows, amounts or checks changed (for counters and the Submit button).
    void checksChanged();

private:
    bool isRowIndex(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && !index.parent().isValid()
                && index.row() < rowCount() && index.column() < columnCount();
    }
    bool resolve(int row); // true when the row changed
    void resolveAll();
    void persistRow(int row);
    void persistAll();
    void rowChanged(int row);
    void onSkuResolved(const QString &sku);
    void onStockLoaded(qint64 productId);
    void onWarehousesChanged();
    int reasonSign(const QString &reason) const;
    QString warehouseLabel(const DraftLine &line) const;
    DraftLine lineForProduct(const ProductRef &product, qint64 warehouseId) const;
    QList<int> rowsOfPair(qint64 productId, qint64 warehouseId) const;

    QPointer<CatalogLookup> m_catalog;
    DraftStore *m_store = nullptr;
    BatchEditSink *m_sink = nullptr;
    qint64 m_documentId = 0;
    QList<DraftLine> m_lines;
    QList<AdjustmentReason> m_reasons;
    bool m_reasonRequired = false;
    bool m_readOnly = false;
    qint64 m_defaultWarehouse = 0;
    QLocale m_locale;
};

} // namespace Glance
