#pragma once

#include "core/adjust/submission.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Glance {

class LocalDatabase;

// The local record of every submission: written before a request leaves (the expected
// quantities included), updated as answers, checks and user decisions arrive, and kept as the
// history once closed. Each call is one committed transaction.
class SubmissionJournal : public QObject
{
    Q_OBJECT

public:
    explicit SubmissionJournal(LocalDatabase *database, QObject *parent = nullptr);
    ~SubmissionJournal() override;

    LocalDatabase *database() const { return m_db; }
    bool isAvailable() const;
    QString errorString() const;

    // Links the new submission to what it was made from, inside create()'s transaction: false
    // rolls the whole submission back (nothing recorded, nothing sent; the link reports why).
    using Link = std::function<bool(qint64 submissionId)>;

    // A new open submission whose lines are all Pending, with a new reference token. In the
    // same transaction it is linked to its document: by `link` when given, else the draft
    // `documentId` (if > 0) in the drafts table, so the document and the journal never disagree
    // about whether it was submitted. Returns its id, or 0.
    [[nodiscard]] qint64 create(const QString &profile, const QString &source, qint64 documentId,
                                const QString &title, const QList<AdjustmentLine> &lines,
                                const Link &link = {});
    std::optional<Submission> load(qint64 id) const;
    // A draft's meta that makes its submission a reversal of `submissionId`, and back.
    // The draft meta key naming the submission a draft reverses.
    static QString reversesKey() { return QStringLiteral("reverses"); }
    static QString reversalMeta(qint64 submissionId);
    static qint64 reversedSubmission(const QString &draftMeta);
    // Newest first, at most `limit`.
    QList<SubmissionSummary> history(const QString &profile, int limit = 500) const;
    // Submissions of `profile` that are still open (oldest first).
    QList<qint64> openSubmissions(const QString &profile) const;

    // Writes the state of these lines (matched by id) in one transaction.
    [[nodiscard]] bool saveLines(qint64 submissionId, const QList<SubmissionLine> &lines);
    [[nodiscard]] bool close(qint64 submissionId);

    // Whether Glance's movement history is known to list the references this app writes into
    // the notes of its adjustments, for this account (learned once, kept).
    bool historyListsReferences(const QString &profile) const;
    [[nodiscard]] bool setHistoryListsReferences(const QString &profile);

Q_SIGNALS:
    void changed(qint64 submissionId);
    void saveFailed(const QString &message);

private:
    bool failed(const QString &what, const QString &detail);

    LocalDatabase *m_db;
};

} // namespace Glance
