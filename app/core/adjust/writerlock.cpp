#include "core/adjust/writerlock.h"

#include "core/text/bidi.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QSet>

#include <map>

namespace Glance {

namespace {

struct Held
{
    std::unique_ptr<QLockFile> file;
    QSet<qint64> submissions;
};

// Lock files this process holds, by path. Used from the UI thread only.
std::map<QString, Held> &held()
{
    static std::map<QString, Held> locks;
    return locks;
}

} // namespace

QString WriterLock::lockPath(const QString &folder, const QString &profile)
{
    const QByteArray hash =
            QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(folder).filePath(QStringLiteral("writer-%1.lock").arg(QString::fromLatin1(hash)));
}

WriterLock::Claim::Claim(QString lockPath, qint64 submissionId)
    : m_lockPath(std::move(lockPath))
    , m_submissionId(submissionId)
{
}

WriterLock::Claim::~Claim()
{
    auto it = held().find(m_lockPath);
    if (it == held().end())
        return;
    it->second.submissions.remove(m_submissionId);
    if (it->second.submissions.isEmpty()) {
        it->second.file->unlock();
        held().erase(it);
    }
}

std::unique_ptr<WriterLock::Claim> WriterLock::claim(const QString &folder, const QString &profile,
                                                     qint64 submissionId, QString *holder)
{
    const QString path = lockPath(folder, profile);
    auto it = held().find(path);
    if (it != held().end()) {
        if (it->second.submissions.contains(submissionId)) {
            if (holder)
                *holder = tr("Another window of this program is sending this submission.");
            return nullptr;
        }
        it->second.submissions.insert(submissionId);
        return std::make_unique<Claim>(path, submissionId);
    }
    QDir().mkpath(folder);
    auto file = std::make_unique<QLockFile>(path);
    file->setStaleLockTime(0); // never stale by age; a dead holder's lock is taken over
    if (!file->tryLock(0)) {
        if (holder) {
            qint64 pid = 0;
            QString host;
            QString application;
            if (file->error() == QLockFile::LockFailedError
                && file->getLockInfo(&pid, &host, &application))
                //: %1 a process number, %2 a computer name
                *holder = tr("Glance Inventory is sending changes for this account in another "
                             "window (process %1 on %2). Finish or close it there first.")
                                  .arg(Bidi::isolateLtr(QString::number(pid)),
                                       Bidi::isolateLtr(host));
            else
                //: %1 a file path
                *holder = tr("The lock file %1 cannot be created, so changes cannot be sent "
                             "safely. Check the folder's permissions.")
                                  .arg(Bidi::isolateLtr(QDir::toNativeSeparators(path)));
        }
        return nullptr;
    }
    Held entry;
    entry.file = std::move(file);
    entry.submissions.insert(submissionId);
    held().emplace(path, std::move(entry));
    return std::make_unique<Claim>(path, submissionId);
}

} // namespace Glance
