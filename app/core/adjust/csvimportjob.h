#pragma once

#include "core/adjust/adjustimport.h"
#include "core/text/textdecoding.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace Glance {

// A CSV file read into memory off the UI thread.
struct CsvFileContents
{
    enum class Error {
        None,
        TooLarge, // larger than the limit: nothing was read
        Unreadable, // `errorString` says why
        Cancelled,
    };
    Error error = Error::None;
    QString errorString;
    qint64 size = 0; // bytes on disk
    QByteArray bytes;
    TextEncoding detected = TextEncoding::Utf8;
};

// The two slow steps of importing a CSV file, each run on Qt's global thread pool
// (QtConcurrent) with progress and cancellation through the returned QFuture (watch it with a
// QFutureWatcher): reading the file (progress in bytes read, 0..size; the encoding is detected
// there too), then parsing it in the encoding the user chose (progress 0..1000).
class CsvImportJob
{
public:
    // Files larger than this are refused before anything is read (MaxBytes: 50 MiB, the largest
    // a batch of adjustments sensibly comes from; the whole file is held in memory).
    static constexpr qint64 MaxBytes = qint64(50) * 1024 * 1024;

    static QFuture<CsvFileContents> read(const QString &path, qint64 maxBytes = MaxBytes);
    static QFuture<ImportResult> parse(const QByteArray &bytes, TextEncoding encoding);
};

} // namespace Glance
