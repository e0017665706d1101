#pragma once

#include "core/adjust/draftline.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Glance {

// Kinds of documents in the DraftStore.
namespace DocumentKind {
inline QString batchAdjust()
{
    return QStringLiteral("adjust");
}
inline QString stocktake()
{
    return QStringLiteral("stocktake");
}
} // namespace DocumentKind

// A draft as listed (without its lines).
struct DraftSummary
{
    qint64 id = 0;
    QString kind;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    int lineCount = 0;
    qint64 submissionId = 0; // an open submission of this draft (0: none)
};

// A draft with its lines, belonging to one profile.
struct DraftDocument
{
    qint64 id = 0;
    QString profile;
    QString kind;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 submissionId = 0;
    QString meta; // JSON object for later document kinds
    QList<DraftLine> lines;
};

} // namespace Glance
