#include "ui/adjust/batchitemdelegate.h"

#include "core/adjust/cataloglookup.h"
#include "core/text/bidi.h"
#include "models/adjust/batchadjustmodel.h"
#include "ui/adjust/warehousecombo.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace Glance {

namespace {

// The BatchAdjustModel and row behind `index` (through proxies).
BatchAdjustModel *batchModel(const QModelIndex &index, int *row)
{
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    *row = source.row();
    return qobject_cast<BatchAdjustModel *>(const_cast<QAbstractItemModel *>(source.model()));
}

QString reasonLabel(const AdjustmentReason &reason)
{
    if (reason.usualSign > 0)
        return BatchItemDelegate::tr("%1 (adds)", "reason and its usual sign")
                .arg(Bidi::name(reason.text));
    if (reason.usualSign < 0)
        return BatchItemDelegate::tr("%1 (removes)", "reason and its usual sign")
                .arg(Bidi::name(reason.text));
    return reason.text;
}

} // namespace

BatchItemDelegate::BatchItemDelegate(CatalogLookup *catalog, QObject *parent)
    : BidiItemDelegate(parent)
    , m_catalog(catalog)
{
}

BatchItemDelegate::~BatchItemDelegate() = default;

QWidget *BatchItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    switch (index.column()) {
    case BatchAdjustModel::WarehouseColumn: {
        auto *combo = new WarehouseCombo(parent);
        combo->setCatalog(m_catalog);
        return combo;
    }
    case BatchAdjustModel::ReasonColumn: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItem(QString());
        for (const AdjustmentReason &reason : m_reasons)
            combo->addItem(reasonLabel(reason), reason.text);
        // Typing completes to the reason itself, not to its label (which starts with an
        // invisible isolate, so a typed prefix would never match it).
        if (QCompleter *completer = combo->completer())
            completer->setCompletionRole(Qt::UserRole);
        const int session = ++m_session;
        const QPersistentModelIndex where(index);
        connect(combo->lineEdit(), &QLineEdit::textEdited, this,
                [where, session](const QString &text) {
                    int row = 0;
                    BatchAdjustModel *model = where.isValid() ? batchModel(where, &row) : nullptr;
                    if (model)
                        model->setLiveText(row, BatchAdjustModel::ReasonColumn, text, session);
                });
        return combo;
    }
    case BatchAdjustModel::NotesColumn: {
        auto *edit = new QLineEdit(parent);
        const int session = ++m_session;
        const QPersistentModelIndex where(index);
        connect(edit, &QLineEdit::textEdited, this, [where, session](const QString &text) {
            int row = 0;
            BatchAdjustModel *model = where.isValid() ? batchModel(where, &row) : nullptr;
            if (model)
                model->setLiveText(row, BatchAdjustModel::NotesColumn, text, session);
        });
        return edit;
    }
    default:
        return BidiItemDelegate::createEditor(parent, option, index);
    }
}

void BatchItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<WarehouseCombo *>(editor)) {
        const qint64 id = index.data(BatchAdjustModel::WarehouseIdRole).toLongLong();
        if (id > 0)
            combo->setWarehouseId(id);
        else
            combo->setEditText(index.data(Qt::EditRole).toString());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString reason = index.data(Qt::EditRole).toString();
        const int found = combo->findData(reason);
        if (found >= 0)
            combo->setCurrentIndex(found);
        else
            combo->setEditText(reason);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        edit->setText(value.toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void BatchItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<WarehouseCombo *>(editor)) {
        const int listed = combo->listedIndex();
        if (listed >= 0)
            model->setData(index, combo->itemData(listed).toLongLong());
        else
            model->setData(index, combo->currentText());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int listed = combo->findText(combo->currentText(), Qt::MatchExactly);
        const QString reason = listed >= 0 && !combo->itemData(listed).isNull()
                ? combo->itemData(listed).toString()
                : combo->currentText();
        model->setData(index, reason);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Glance
