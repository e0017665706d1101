#pragma once

#include "models/adjust/batcheditsink.h"

#include <QPointer>
#include <QUndoStack>

namespace Glance {

class BatchAdjustModel;

// Turns every edit of a BatchAdjustModel into a BatchEditCommand on a QUndoStack.
class BatchUndoSink : public BatchEditSink
{
public:
    BatchUndoSink(BatchAdjustModel *model, QUndoStack *stack);

    void setLine(int row, const DraftLine &before, const DraftLine &after, const QString &text,
                 int mergeKey) override;
    void insertLines(int row, const QList<DraftLine> &lines, const QString &text) override;
    void removeLines(const QList<int> &rows, const QList<DraftLine> &lines,
                     const QString &text) override;
    void beginMacro(const QString &text) override;
    void endMacro() override;

private:
    QPointer<BatchAdjustModel> m_model;
    QPointer<QUndoStack> m_stack;
};

} // namespace Glance
