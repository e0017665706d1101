#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Glance {

// The app's local SQLite file for drafts, submissions and their history, and stocktakes
// (DraftStore, SubmissionJournal and StocktakeStore share one connection). Opened in WAL mode with
// synchronous=FULL, so every committed change survives a crash, a kill or a power cut. The schema
// is versioned with PRAGMA user_version and migrated forward on open; a file written by a newer
// version of the app is left untouched and reported as an error.
//
// One instance per file per process, used from the thread that created it.
class LocalDatabase
{
    Q_DECLARE_TR_FUNCTIONS(LocalDatabase)

public:
    static constexpr int SchemaVersion = 6;

    // `path` empty: defaultPath().
    explicit LocalDatabase(const QString &path = {});
    ~LocalDatabase();

    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    // <AppDataLocation>/drafts.sqlite
    static QString defaultPath();

    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // Why the file could not be opened or written last (a sentence for the user), or empty.
    QString errorString() const { return m_error; }
    int schemaVersion() const;

    QSqlDatabase database() const;

    // Transactions that nest: the outermost begin() starts one SQLite transaction and the
    // matching commit() commits it; a rollback() at any depth dooms the whole transaction (the
    // outermost commit() then rolls back and returns false). So a caller can make several
    // stores' writes one atomic change (a draft and its submission journal together).
    [[nodiscard]] bool begin();
    [[nodiscard]] bool commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // Records the error of a failed statement (for errorString()); returns false.
    bool fail(const QString &what, const QString &detail);
    void clearError() { m_error.clear(); }
    // A refusal that is not a disk failure (said as is; fail() is for the disk).
    void setError(const QString &message) { m_error = message; }

private:
    bool open();
    bool migrate();
    bool exec(const QString &sql);

    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_open = false;
    int m_depth = 0;
    bool m_doomed = false;
};

} // namespace Glance
