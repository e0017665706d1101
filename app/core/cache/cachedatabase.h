#pragma once

#include "core/cache/cachesnapshot.h"

#include <QString>

#include <functional>

namespace Glance {

// The SQLite file of a LocalCache, used from one thread only (its own connection): inventory
// rows, warehouses and products, each with the time it was fetched (ms since the epoch), and the
// view's paging state. WAL, synchronous=NORMAL: losing the last page after a power cut costs a
// reload, never a wrong row. No API key is ever written here.
class CacheDatabase
{
public:
    explicit CacheDatabase(QString path);
    ~CacheDatabase();

    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // Opens (creating the folder, file and tables); false and error() on failure.
    [[nodiscard]] bool open();
    bool isOpen() const;
    QString error() const { return m_error; }
    QString path() const { return m_path; }

    // Everything in one snapshot; or, with `chunk`, in chunks of `firstChunk` rows and then
    // `chunkSize` rows, each given to `chunk` as it is read (the last one with more = false).
    CacheSnapshot read();
    void read(qsizetype firstChunk, qsizetype chunkSize,
              const std::function<void(CacheSnapshot)> &chunk);
    // One transaction: the records with their products and warehouses (inserted or replaced),
    // then the view's state. `replaceAll` first deletes every cached row.
    [[nodiscard]] bool write(const QList<InventoryRecord> &records, qint64 fetchedAtMs,
                             bool replaceAll, std::optional<qint64> total, bool complete,
                             int pageLimit);
    [[nodiscard]] bool remove(const QList<qint64> &recordIds);

    // Deletes the file with its -wal and -shm companions (the database must be closed).
    [[nodiscard]] static bool removeFiles(const QString &path);

private:
    bool exec(const QString &sql);
    bool writeState(std::optional<qint64> total, bool complete, int pageLimit);

    QString m_path;
    QString m_connection;
    QString m_error;
};

} // namespace Glance
