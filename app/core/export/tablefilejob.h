#pragma once

#include "core/export/exporttable.h"

#include <QFuture>
#include <QString>

#include <functional>

class QIODevice;

namespace Glance {

// How writing a file ended.
struct FileWriteResult
{
    bool ok = false;
    bool cancelled = false;
    QString errorString; // the system's sentence when !ok and !cancelled
    qsizetype rows = 0; // rows written
    qint64 bytes = 0;
};

// Writes an ExportTable as a CSV file (CsvWriter: UTF-8 with BOM, formulas neutralised, numbers
// plain) off the UI thread, in slices of SliceRows rows with progress (0..rows) and
// cancellation through the QFuture. The file is written beside its place and renamed when
// complete (QSaveFile), so a failure (disk full, no permission) never leaves half a file.
class TableFileJob
{
public:
    static constexpr qsizetype SliceRows = 2000;

    static QFuture<FileWriteResult> writeCsv(ExportTable table, const QString &path);
    // The same into an open device, on the calling thread; `progress` gets the rows written
    // after each slice and returns false to stop (then the result is cancelled).
    static FileWriteResult writeCsv(const ExportTable &table, QIODevice *device,
                                    const std::function<bool(qsizetype)> &progress = {});
};

} // namespace Glance
