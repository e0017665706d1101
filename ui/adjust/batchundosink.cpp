#include "ui/adjust/batchundosink.h"

#include "models/adjust/batchadjustmodel.h"
#include "ui/adjust/batcheditcommand.h"

namespace Glance {

BatchUndoSink::BatchUndoSink(BatchAdjustModel *model, QUndoStack *stack)
    : m_model(model)
    , m_stack(stack)
{
}

void BatchUndoSink::setLine(int row, const DraftLine &before, const DraftLine &after,
                            const QString &text, int mergeKey)
{
    m_stack->push(BatchEditCommand::set(m_model, row, before, after, text, mergeKey));
}

void BatchUndoSink::insertLines(int row, const QList<DraftLine> &lines, const QString &text)
{
    m_stack->push(BatchEditCommand::insert(m_model, row, lines, text));
}

void BatchUndoSink::removeLines(const QList<int> &rows, const QList<DraftLine> &lines,
                                const QString &text)
{
    m_stack->push(BatchEditCommand::remove(m_model, rows, lines, text));
}

void BatchUndoSink::beginMacro(const QString &text)
{
    m_stack->beginMacro(text);
}

void BatchUndoSink::endMacro()
{
    m_stack->endMacro();
}

} // namespace Glance
