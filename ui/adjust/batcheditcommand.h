#pragma once

#include "core/adjust/draftline.h"

#include <QPointer>
#include <QUndoCommand>

namespace Glance {

class BatchAdjustModel;

// One undoable edit of the batch editor: set a row, insert rows or remove rows. Consecutive
// "set" edits with the same merge key (live typing in one cell) merge into one step.
class BatchEditCommand : public QUndoCommand
{
public:
    enum class Kind { Set, Insert, Remove };

    static BatchEditCommand *set(BatchAdjustModel *model, int row, const DraftLine &before,
                                 const DraftLine &after, const QString &text, int mergeKey);
    static BatchEditCommand *insert(BatchAdjustModel *model, int row, const QList<DraftLine> &lines,
                                    const QString &text);
    static BatchEditCommand *remove(BatchAdjustModel *model, const QList<int> &rows,
                                    const QList<DraftLine> &lines, const QString &text);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    BatchEditCommand(BatchAdjustModel *model, Kind kind, const QString &text);

    QPointer<BatchAdjustModel> m_model;
    Kind m_kind;
    int m_row = 0;
    QList<int> m_rows; // Remove: ascending
    QList<DraftLine> m_lines; // Insert/Remove: the rows; Set: {before, after}
    int m_mergeKey = -1;
};

} // namespace Glance
