#include "ui/adjust/batcheditcommand.h"

#include "models/adjust/batchadjustmodel.h"

namespace Glance {

namespace {
constexpr int MergeableSetId = 0x6a71;
}

BatchEditCommand::BatchEditCommand(BatchAdjustModel *model, Kind kind, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_kind(kind)
{
}

BatchEditCommand *BatchEditCommand::set(BatchAdjustModel *model, int row, const DraftLine &before,
                                        const DraftLine &after, const QString &text, int mergeKey)
{
    auto *command = new BatchEditCommand(model, Kind::Set, text);
    command->m_row = row;
    command->m_lines = {before, after};
    command->m_mergeKey = mergeKey;
    return command;
}

BatchEditCommand *BatchEditCommand::insert(BatchAdjustModel *model, int row,
                                           const QList<DraftLine> &lines, const QString &text)
{
    auto *command = new BatchEditCommand(model, Kind::Insert, text);
    command->m_row = row;
    command->m_lines = lines;
    return command;
}

BatchEditCommand *BatchEditCommand::remove(BatchAdjustModel *model, const QList<int> &rows,
                                           const QList<DraftLine> &lines, const QString &text)
{
    auto *command = new BatchEditCommand(model, Kind::Remove, text);
    command->m_rows = rows;
    command->m_lines = lines;
    return command;
}

void BatchEditCommand::redo()
{
    if (!m_model)
        return;
    switch (m_kind) {
    case Kind::Set:
        m_model->applySetLine(m_row, m_lines.at(1));
        break;
    case Kind::Insert:
        m_model->applyInsert(m_row, m_lines);
        break;
    case Kind::Remove:
        m_model->applyRemove(m_rows);
        break;
    }
}

void BatchEditCommand::undo()
{
    if (!m_model)
        return;
    switch (m_kind) {
    case Kind::Set:
        m_model->applySetLine(m_row, m_lines.at(0));
        break;
    case Kind::Insert: {
        QList<int> rows;
        for (int i = 0; i < m_lines.size(); ++i)
            rows.append(m_row + i);
        m_model->applyRemove(rows);
        break;
    }
    case Kind::Remove:
        // Ascending: each row goes back to where it was.
        for (int i = 0; i < m_rows.size(); ++i)
            m_model->applyInsert(m_rows.at(i), {m_lines.at(i)});
        break;
    }
}

int BatchEditCommand::id() const
{
    return m_kind == Kind::Set && m_mergeKey >= 0 ? MergeableSetId : -1;
}

bool BatchEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const BatchEditCommand *>(other);
    if (next->m_kind != Kind::Set || next->m_mergeKey != m_mergeKey || next->m_row != m_row)
        return false;
    m_lines[1] = next->m_lines.at(1);
    return true;
}

} // namespace Glance
