#include "core/export/tablefilejob.h"

#include "core/export/csvwriter.h"

#include <QFileDevice>
#include <QPromise>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace Glance {

namespace {

bool flushed(QIODevice *device)
{
    auto *file = qobject_cast<QFileDevice *>(device);
    return !file || file->flush();
}

void writeFile(QPromise<FileWriteResult> &promise, const ExportTable &table, const QString &path)
{
    promise.setProgressRange(0, int(table.rows.size()));
    QSaveFile file(path);
    FileWriteResult result;
    if (!file.open(QIODevice::WriteOnly)) {
        result.errorString = file.errorString();
        promise.addResult(result);
        return;
    }
    result = TableFileJob::writeCsv(table, &file, [&promise](qsizetype rows) {
        promise.setProgressValue(int(rows));
        return !promise.isCanceled();
    });
    if (!result.ok) {
        file.cancelWriting();
        promise.addResult(result);
        return;
    }
    if (!file.commit()) {
        result.ok = false;
        result.errorString = file.errorString();
    }
    promise.addResult(result);
}

} // namespace

QFuture<FileWriteResult> TableFileJob::writeCsv(ExportTable table, const QString &path)
{
    return QtConcurrent::run(writeFile, std::move(table), path);
}

FileWriteResult TableFileJob::writeCsv(const ExportTable &table, QIODevice *device,
                                       const std::function<bool(qsizetype)> &progress)
{
    FileWriteResult result;
    CsvWriter csv;
    csv.addHeader(table);
    for (qsizetype from = 0;; from += SliceRows) {
        const qsizetype to = std::min(from + SliceRows, table.rows.size());
        csv.addRows(table, from, to);
        const QByteArray bytes = csv.takeBytes();
        if (device->write(bytes) != bytes.size()) {
            result.errorString = device->errorString();
            return result;
        }
        result.bytes += bytes.size();
        result.rows = to;
        if (progress && !progress(to)) {
            result.cancelled = true;
            return result;
        }
        if (to >= table.rows.size())
            break;
    }
    if (!flushed(device)) {
        result.errorString = device->errorString();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Glance
