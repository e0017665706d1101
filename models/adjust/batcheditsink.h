#pragma once

#include "core/adjust/draftline.h"

#include <QList>
#include <QString>

namespace Glance {

// Receives every user edit of a BatchAdjustModel before it is applied, so the UI can wrap it in
// an undoable command (QUndoStack lives in Qt Gui, which models do not link). The sink applies
// the edit by calling the model's apply*() functions (now, and again on redo); undo applies the
// inverse. `text` names the edit for the Undo menu. Several calls between beginMacro() and
// endMacro() form one step.
class BatchEditSink
{
public:
    virtual ~BatchEditSink() = default;

    virtual void setLine(int row, const DraftLine &before, const DraftLine &after,
                         const QString &text, int mergeKey) = 0;
    virtual void insertLines(int row, const QList<DraftLine> &lines, const QString &text) = 0;
    // `rows` ascending.
    virtual void removeLines(const QList<int> &rows, const QList<DraftLine> &lines,
                             const QString &text) = 0;
    virtual void beginMacro(const QString &text) = 0;
    virtual void endMacro() = 0;
};

} // namespace Glance
