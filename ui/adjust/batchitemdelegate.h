#pragma once

#include "core/adjustmentreason.h"
#include "ui/i18n/bidiitemdelegate.h"

#include <QPointer>

namespace Glance {

class CatalogLookup;

// Editors of the batch-adjust table: a warehouse list (or an id), an editable list of reasons
// with their usual sign, and line edits for SKU, amount and notes. Notes and reasons are written
// to the model (and so to the draft on disk) with every keystroke; one editing session is one
// undo step. Cells are painted with BidiItemDelegate's direction rules (SKU, numbers and signed
// amounts left to right in Hebrew).
class BatchItemDelegate : public BidiItemDelegate
{
    Q_OBJECT

public:
    explicit BatchItemDelegate(CatalogLookup *catalog, QObject *parent = nullptr);
    ~BatchItemDelegate() override;

    void setReasons(const QList<AdjustmentReason> &reasons) { m_reasons = reasons; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QPointer<CatalogLookup> m_catalog;
    QList<AdjustmentReason> m_reasons;
    mutable int m_session = 0;
};

} // namespace Glance
