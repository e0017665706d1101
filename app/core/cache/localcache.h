#pragma once

#include "core/cache/cachesnapshot.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace Glance {

class CacheDatabase;

// The local read cache of one account (issue 13): the last loaded inventory rows, warehouses and
// products in their own SQLite file, <AppDataLocation>/cache/<sha256 of the profile's id>.sqlite
// (the id is the normalized base URL and the account's name). Never the API key.
//
// Every read and write runs on the cache's own thread, in the order asked; the UI thread only
// posts them, so writing 100,000 rows never stalls it. A failing file is logged and then ignored:
// the cache is an optimisation, the server stays the truth.
class LocalCache : public QObject
{
    Q_OBJECT

public:
    explicit LocalCache(const QString &path, QObject *parent = nullptr);
    // Finishes the writes already asked for, then closes the file.
    ~LocalCache() override;

    // <AppDataLocation>/cache/<sha256 of profileId>.sqlite
    static QString pathFor(const QString &profileId);
    // Deletes an account's cache file (and its WAL). Close its LocalCache first.
    static bool removeFor(const QString &profileId);

    QString path() const { return m_path; }

    // Reads everything; loaded() follows once per chunk, the last with more = false (one empty
    // snapshot when there is no cache or it fails).
    void load();
    // Stores rows of the "All warehouses" view fetched at `fetchedAt` with the view's state;
    // `replaceAll` drops every cached row first. written() follows.
    void store(const QList<InventoryRecord> &records, const QDateTime &fetchedAt, bool replaceAll,
               std::optional<qint64> total, bool complete, int pageLimit);
    void remove(const QList<qint64> &recordIds);
    // Writes asked for and not yet done.
    int pendingWrites() const { return m_pendingWrites; }

Q_SIGNALS:
    void loaded(const Glance::CacheSnapshot &snapshot);
    // A store() or remove() finished (ok: it is on disk).
    void written(bool ok);

private:
    void post(std::function<void(CacheDatabase &)> work);

    QString m_path;
    QThread *m_thread;
    QObject *m_worker; // lives in m_thread
    std::shared_ptr<CacheDatabase> m_db; // used in m_thread only
    int m_pendingWrites = 0;
};

} // namespace Glance
