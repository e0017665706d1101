#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Glance {

// One writer per account: only one window of one running app drives a submission of an
// account at a time. Within the process, a submission is claimed by one submitter at a time;
// across processes, the process that drives any submission of an account holds a lock file
// beside the local database (QLockFile, "<folder>/writer-<hash of account>.lock"). A lock left
// by a process that died (kill -9, power cut) is taken over by the next one.
class WriterLock
{
    Q_DECLARE_TR_FUNCTIONS(WriterLock)

public:
    // Held while it lives; releases its submission (and the lock file with the last claim).
    class Claim
    {
    public:
        Claim(QString lockPath, qint64 submissionId);
        ~Claim();
        Claim(const Claim &) = delete;
        Claim &operator=(const Claim &) = delete;

        qint64 submissionId() const { return m_submissionId; }

    private:
        QString m_lockPath;
        qint64 m_submissionId;
    };

    // Claims `submissionId` of `profile`; `folder` is where the local database is. Null when
    // another submitter of this process drives it or another process holds the account's lock;
    // `holder` then says who, in a sentence for the user.
    static std::unique_ptr<Claim> claim(const QString &folder, const QString &profile,
                                        qint64 submissionId, QString *holder);

    // The lock file of `profile` in `folder` (for tests and messages).
    static QString lockPath(const QString &folder, const QString &profile);
};

} // namespace Glance
