#include "core/cache/localcache.h"

#include "core/cache/cachedatabase.h"

#include <QCryptographicHash>
#include <QStandardPaths>
#include <QThread>

namespace Glance {

namespace {

constexpr qsizetype kFirstChunk = 500;
constexpr qsizetype kChunk = 5000;

} // namespace

LocalCache::LocalCache(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
    , m_db(std::make_shared<CacheDatabase>(path))
{
    m_thread->setObjectName(QStringLiteral("glance-cache"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

LocalCache::~LocalCache()
{
    // The database closes in its own thread, after the writes queued before it.
    std::shared_ptr<CacheDatabase> db = std::exchange(m_db, {});
    // Quitting from inside the queue: every write posted before runs first.
    QMetaObject::invokeMethod(
            m_worker,
            [db = std::move(db)]() mutable {
                db.reset();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
    m_thread->wait();
}

QString LocalCache::pathFor(const QString &profileId)
{
    const QByteArray hash =
            QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/cache/") + QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

bool LocalCache::removeFor(const QString &profileId)
{
    return CacheDatabase::removeFiles(pathFor(profileId));
}

void LocalCache::post(std::function<void(CacheDatabase &)> work)
{
    std::shared_ptr<CacheDatabase> db = m_db;
    QMetaObject::invokeMethod(
            m_worker,
            [db, work = std::move(work)] {
                // On failure each step finds the file closed and reports it.
                [[maybe_unused]] const bool opened = db->open();
                work(*db);
            },
            Qt::QueuedConnection);
}

void LocalCache::load()
{
    post([this](CacheDatabase &db) {
        // A small first chunk reaches the screen quickly; the model turns the rest into rows
        // in slices of the UI thread's time (InventoryTableModel::takeCachedRows).
        db.read(kFirstChunk, kChunk, [this](CacheSnapshot snapshot) {
            // Delivered on the UI thread; dropped if this object is gone by then.
            QMetaObject::invokeMethod(
                    this, [this, snapshot = std::move(snapshot)] { Q_EMIT loaded(snapshot); },
                    Qt::QueuedConnection);
        });
    });
}

void LocalCache::store(const QList<InventoryRecord> &records, const QDateTime &fetchedAt,
                       bool replaceAll, std::optional<qint64> total, bool complete, int pageLimit)
{
    ++m_pendingWrites;
    const qint64 at = fetchedAt.toMSecsSinceEpoch();
    post([this, records, at, replaceAll, total, complete, pageLimit](CacheDatabase &db) {
        const bool ok = db.write(records, at, replaceAll, total, complete, pageLimit);
        QMetaObject::invokeMethod(
                this,
                [this, ok] {
                    --m_pendingWrites;
                    Q_EMIT written(ok);
                },
                Qt::QueuedConnection);
    });
}

void LocalCache::remove(const QList<qint64> &recordIds)
{
    ++m_pendingWrites;
    post([this, recordIds](CacheDatabase &db) {
        const bool ok = db.remove(recordIds);
        QMetaObject::invokeMethod(
                this,
                [this, ok] {
                    --m_pendingWrites;
                    Q_EMIT written(ok);
                },
                Qt::QueuedConnection);
    });
}

} // namespace Glance
