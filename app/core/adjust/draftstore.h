#pragma once

#include "core/adjust/draftdocument.h"

#include <QJsonValue>
#include <QObject>

#include <optional>

namespace Glance {

class LocalDatabase;

// Draft documents (batch adjustments now, stocktakes later) in the local SQLite file, scoped by
// a profile id the caller chooses (e.g. base URL + profile name): the drafts of one profile are
// never listed for another. Every call commits at once (one transaction), so what a call
// accepted survives a crash. Failures return false / 0 and emit saveFailed() with a sentence
// for the user; callers keep their in-memory state and may retry.
class DraftStore : public QObject
{
    Q_OBJECT

public:
    // `database` is not owned and must outlive the store.
    explicit DraftStore(LocalDatabase *database, QObject *parent = nullptr);
    ~DraftStore() override;

    LocalDatabase *database() const { return m_db; }
    bool isAvailable() const;
    QString errorString() const;

    // Returns the new document's id, or 0.
    [[nodiscard]] qint64 createDocument(const QString &profile, const QString &kind,
                                        const QString &title = {});
    // Newest first. `kind` empty: every kind.
    QList<DraftSummary> documents(const QString &profile, const QString &kind = {}) const;
    // The document, only if it belongs to `profile`.
    std::optional<DraftDocument> load(const QString &profile, qint64 id) const;
    // The newest document of `profile` and `kind` whose meta has `key` = `value`, or 0.
    qint64 findByMeta(const QString &profile, const QString &kind, const QString &key,
                      qint64 value) const;

    [[nodiscard]] bool setTitle(qint64 id, const QString &title);
    [[nodiscard]] bool setMeta(qint64 id, const QString &meta);
    // Sets one key of the meta, keeping the others (read and written in one transaction).
    [[nodiscard]] bool setMetaValue(qint64 id, const QString &key, const QJsonValue &value);
    [[nodiscard]] bool setSubmission(qint64 id, qint64 submissionId);
    // Replaces every line.
    [[nodiscard]] bool saveLines(qint64 id, const QList<DraftLine> &lines);
    // Replaces the line at `position` (which must exist).
    [[nodiscard]] bool saveLine(qint64 id, int position, const DraftLine &line);
    [[nodiscard]] bool remove(qint64 id);

Q_SIGNALS:
    void documentsChanged(const QString &profile);
    void saveFailed(const QString &message);

private:
    [[nodiscard]] bool touch(qint64 id);
    QString profileOf(qint64 id) const;
    bool failed(const QString &what, const QString &detail);

    LocalDatabase *m_db;
};

} // namespace Glance
