#include "core/adjust/localdatabase.h"

#include "core/text/bidi.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace Glance {

Q_LOGGING_CATEGORY(lcLocalDb, "glance.core.localdb")

namespace {

std::atomic<int> s_connectionCounter {0};

// Version 1: documents (drafts) with their lines; submissions with their lines (the history).
const char *const kSchemaV1[] = {
        "CREATE TABLE documents ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " profile TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " title TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " updated_at TEXT NOT NULL,"
        " submission_id INTEGER,"
        " meta TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX documents_by_profile ON documents(profile, kind)",
        "CREATE TABLE document_lines ("
        " document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " sku TEXT NOT NULL DEFAULT '',"
        " product_id INTEGER NOT NULL DEFAULT 0,"
        " product_name TEXT NOT NULL DEFAULT '',"
        " warehouse_id INTEGER NOT NULL DEFAULT 0,"
        " warehouse_name TEXT NOT NULL DEFAULT '',"
        " amount INTEGER NOT NULL DEFAULT 0,"
        " reason TEXT NOT NULL DEFAULT '',"
        " notes TEXT NOT NULL DEFAULT '',"
        " shown_quantity INTEGER,"
        " extra TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (document_id, position))",
        "CREATE TABLE submissions ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " profile TEXT NOT NULL,"
        " source TEXT NOT NULL,"
        " document_id INTEGER,"
        " title TEXT NOT NULL DEFAULT '',"
        " created_at TEXT NOT NULL,"
        " closed_at TEXT,"
        " is_open INTEGER NOT NULL DEFAULT 1)",
        "CREATE INDEX submissions_by_profile ON submissions(profile, is_open)",
        "CREATE TABLE submission_lines ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " product_id INTEGER NOT NULL,"
        " warehouse_id INTEGER NOT NULL,"
        " sku TEXT NOT NULL DEFAULT '',"
        " product_name TEXT NOT NULL DEFAULT '',"
        " warehouse_name TEXT NOT NULL DEFAULT '',"
        " amount INTEGER NOT NULL,"
        " reason TEXT NOT NULL DEFAULT '',"
        " notes TEXT NOT NULL DEFAULT '',"
        " shown_before INTEGER,"
        " expected_before INTEGER,"
        " record_existed INTEGER NOT NULL DEFAULT 1,"
        " expected_after INTEGER,"
        " server_previous INTEGER,"
        " server_new INTEGER,"
        " observed INTEGER,"
        " status TEXT NOT NULL,"
        " resolution TEXT NOT NULL DEFAULT '',"
        " attempts INTEGER NOT NULL DEFAULT 0,"
        " chunk INTEGER NOT NULL DEFAULT 0,"
        " message TEXT NOT NULL DEFAULT '',"
        " hint TEXT NOT NULL DEFAULT '',"
        " sent_at TEXT,"
        " decided_at TEXT)",
        "CREATE INDEX submission_lines_by_submission ON submission_lines(submission_id, position)",
};

// Version 2: a random token per submission (its lines' notes carry a reference made from it,
// so that Glance's movement history tells which adjustments are ours) and the evidence a check
// found per line; what the app learned about the server's history per account.
const char *const kSchemaV2[] = {
        "ALTER TABLE submissions ADD COLUMN token TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE submission_lines ADD COLUMN evidence TEXT NOT NULL DEFAULT ''",
        "CREATE TABLE account_facts ("
        " profile TEXT NOT NULL,"
        " key TEXT NOT NULL,"
        " value TEXT NOT NULL,"
        " learned_at TEXT NOT NULL,"
        " PRIMARY KEY (profile, key))",
};

// Version 3: stocktakes (count sessions), the items in their scope with the quantity fetched
// at the start, and every scan as its own row (committed before the screen shows it).
const char *const kSchemaV3[] = {
        "CREATE TABLE stocktakes ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " profile TEXT NOT NULL,"
        " title TEXT NOT NULL DEFAULT '',"
        " warehouse_id INTEGER NOT NULL,"
        " warehouse_name TEXT NOT NULL DEFAULT '',"
        " scope TEXT NOT NULL DEFAULT '',"
        " blind INTEGER NOT NULL DEFAULT 0,"
        " state TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " fetched_at TEXT,"
        " closed_at TEXT,"
        " submission_id INTEGER,"
        " zero_uncounted INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX stocktakes_by_profile ON stocktakes(profile)",
        "CREATE TABLE stocktake_items ("
        " stocktake_id INTEGER NOT NULL REFERENCES stocktakes(id) ON DELETE CASCADE,"
        " product_id INTEGER NOT NULL,"
        " sku TEXT NOT NULL DEFAULT '',"
        " name TEXT NOT NULL DEFAULT '',"
        " location TEXT NOT NULL DEFAULT '',"
        " expected INTEGER,"
        " fetched_at TEXT,"
        " counted INTEGER,"
        " first_counted_at TEXT,"
        " recount INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (stocktake_id, product_id))",
        "CREATE TABLE stocktake_scans ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " stocktake_id INTEGER NOT NULL REFERENCES stocktakes(id) ON DELETE CASCADE,"
        " code TEXT NOT NULL,"
        " product_id INTEGER,"
        " quantity INTEGER NOT NULL,"
        " kind TEXT NOT NULL,"
        " at TEXT NOT NULL,"
        " undone INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX stocktake_scans_by_stocktake ON stocktake_scans(stocktake_id, id)",
};

// Version 4: how many lines "to check" a stocktake left unchanged when it was applied (the
// user chose not to apply them; they are listed, never dropped silently), and which submission
// a reversal undoes (copied from its draft in the transaction that records it).
const char *const kSchemaV4[] = {
        "ALTER TABLE stocktakes ADD COLUMN held_back INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE submissions ADD COLUMN reverses INTEGER",
};

// Version 5: a stocktake's unit costs (GET /products unitCost, read for the review's value of
// the differences) and when they were read (NULL: not read).
const char *const kSchemaV5[] = {
        "ALTER TABLE stocktake_items ADD COLUMN unit_cost REAL",
        "ALTER TABLE stocktakes ADD COLUMN costs_at TEXT",
};

// Version 6: counts per location. Where each scan was made, where the counter last said they
// were counting, and each line's counts per location (summing to its count; the lines counted
// before version 6 keep their count as counted "without a place").
const char *const kSchemaV6[] = {
        "ALTER TABLE stocktake_scans ADD COLUMN location TEXT",
        "ALTER TABLE stocktakes ADD COLUMN counting_location TEXT",
        "CREATE TABLE stocktake_location_counts ("
        " stocktake_id INTEGER NOT NULL REFERENCES stocktakes(id) ON DELETE CASCADE,"
        " product_id INTEGER NOT NULL,"
        " location TEXT NOT NULL DEFAULT '',"
        " counted INTEGER NOT NULL,"
        " PRIMARY KEY (stocktake_id, product_id, location))",
        "INSERT INTO stocktake_location_counts (stocktake_id, product_id, location, counted)"
        " SELECT stocktake_id, product_id, '', counted FROM stocktake_items"
        " WHERE counted IS NOT NULL",
};

} // namespace

LocalDatabase::LocalDatabase(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
    , m_connection(QStringLiteral("glance-local-%1").arg(++s_connectionCounter))
{
    m_open = open();
}

LocalDatabase::~LocalDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString LocalDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/drafts.sqlite");
}

QSqlDatabase LocalDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LocalDatabase::fail(const QString &what, const QString &detail)
{
    qCWarning(lcLocalDb).noquote() << what << detail;
    m_error = tr("Drafts cannot be saved on this computer (%1). Your changes stay in the window; "
                 "free some disk space or check the folder’s permissions.")
                      .arg(Bidi::isolate(detail));
    return false;
}

bool LocalDatabase::begin()
{
    if (m_depth == 0) {
        if (!database().transaction())
            return fail(QStringLiteral("begin"), database().lastError().text());
        m_doomed = false;
    }
    ++m_depth;
    return true;
}

bool LocalDatabase::commit()
{
    if (m_depth <= 0)
        return fail(QStringLiteral("commit"), QStringLiteral("no transaction"));
    if (--m_depth > 0)
        return !m_doomed;
    if (m_doomed) {
        database().rollback();
        m_doomed = false;
        return false;
    }
    if (!database().commit()) {
        const QString detail = database().lastError().text();
        database().rollback();
        return fail(QStringLiteral("commit"), detail);
    }
    return true;
}

void LocalDatabase::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_doomed = true;
        return;
    }
    database().rollback();
    m_doomed = false;
}

bool LocalDatabase::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return fail(sql.left(60), query.lastError().text());
    return true;
}

bool LocalDatabase::open()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QStringLiteral("mkpath"), info.absolutePath());

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=250"));
    if (!db.open())
        return fail(QStringLiteral("open"), db.lastError().text());

    // WAL: readers never block the writer; synchronous=FULL: a commit is on disk before
    // it returns, so an acknowledged change survives even a power cut.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return false;
    return migrate();
}

int LocalDatabase::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool LocalDatabase::migrate()
{
    const int version = schemaVersion();
    if (version < 0)
        return fail(QStringLiteral("user_version"), database().lastError().text());
    if (version > SchemaVersion) {
        m_error = tr("The drafts file was written by a newer version of Glance Inventory, so it "
                     "is left untouched. Update the app to open it (%1).")
                          .arg(Bidi::isolateLtr(QDir::toNativeSeparators(m_path)));
        qCWarning(lcLocalDb) << "schema version" << version << "is newer than" << SchemaVersion;
        return false;
    }
    if (version == SchemaVersion)
        return true;

    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(QStringLiteral("begin migration"), db.lastError().text());
    bool ok = true;
    if (version < 1) {
        for (const char *statement : kSchemaV1) {
            ok = exec(QString::fromLatin1(statement));
            if (!ok)
                break;
        }
    }
    if (ok && version < 2) {
        for (const char *statement : kSchemaV2) {
            ok = exec(QString::fromLatin1(statement));
            if (!ok)
                break;
        }
    }
    if (ok && version < 3) {
        for (const char *statement : kSchemaV3) {
            ok = exec(QString::fromLatin1(statement));
            if (!ok)
                break;
        }
    }
    if (ok && version < 4) {
        for (const char *statement : kSchemaV4) {
            ok = exec(QString::fromLatin1(statement));
            if (!ok)
                break;
        }
    }
    if (ok && version < 5) {
        for (const char *statement : kSchemaV5) {
            ok = exec(QString::fromLatin1(statement));
            if (!ok)
                break;
        }
    }
    if (ok && version < 6) {
        for (const char *statement : kSchemaV6) {
            ok = exec(QString::fromLatin1(statement));
            if (!ok)
                break;
        }
    }
    if (ok)
        ok = exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit())
        return fail(QStringLiteral("commit migration"), db.lastError().text());
    return true;
}

} // namespace Glance
