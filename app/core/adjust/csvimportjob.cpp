#include "core/adjust/csvimportjob.h"

#include <QFile>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace Glance {

namespace {

constexpr qint64 ChunkBytes = 1024 * 1024;

void readFile(QPromise<CsvFileContents> &promise, const QString &path, qint64 maxBytes)
{
    CsvFileContents contents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error = CsvFileContents::Error::Unreadable;
        contents.errorString = file.errorString();
        promise.addResult(contents);
        return;
    }
    contents.size = file.size();
    if (contents.size > maxBytes) {
        contents.error = CsvFileContents::Error::TooLarge;
        promise.addResult(contents);
        return;
    }
    // Progress in KiB: a QFuture's progress is an int.
    promise.setProgressRange(0, int(contents.size / 1024) + 1);
    contents.bytes.reserve(contents.size);
    while (!file.atEnd()) {
        if (promise.isCanceled()) {
            contents.error = CsvFileContents::Error::Cancelled;
            contents.bytes.clear();
            promise.addResult(contents);
            return;
        }
        const QByteArray chunk = file.read(ChunkBytes);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            contents.error = CsvFileContents::Error::Unreadable;
            contents.errorString = file.errorString();
            contents.bytes.clear();
            promise.addResult(contents);
            return;
        }
        contents.bytes += chunk;
        if (contents.bytes.size() > maxBytes) { // the file grew while being read
            contents.error = CsvFileContents::Error::TooLarge;
            contents.size = contents.bytes.size();
            contents.bytes.clear();
            promise.addResult(contents);
            return;
        }
        promise.setProgressValue(int(contents.bytes.size() / 1024));
        if (chunk.isEmpty())
            break;
    }
    contents.detected = TextDecoding::detect(contents.bytes);
    promise.setProgressValue(int(contents.size / 1024) + 1);
    promise.addResult(contents);
}

void parseFile(QPromise<ImportResult> &promise, const QByteArray &bytes, TextEncoding encoding)
{
    promise.setProgressRange(0, 1000);
    ImportResult result = AdjustImport::parseCsv(bytes, encoding, [&promise](int permille) {
        promise.setProgressValue(permille);
        return !promise.isCanceled();
    });
    promise.setProgressValue(1000);
    promise.addResult(std::move(result));
}

} // namespace

QFuture<CsvFileContents> CsvImportJob::read(const QString &path, qint64 maxBytes)
{
    return QtConcurrent::run(readFile, path, maxBytes);
}

QFuture<ImportResult> CsvImportJob::parse(const QByteArray &bytes, TextEncoding encoding)
{
    return QtConcurrent::run(parseFile, bytes, encoding);
}

} // namespace Glance
