#include "core/adjust/draftstore.h"

#include "core/adjust/localdatabase.h"
#include "core/adjust/sqlvalues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>

namespace Glance {

namespace {

const QString kInsertLine = QStringLiteral(
        "INSERT INTO document_lines (document_id, position, sku, product_id, product_name,"
        " warehouse_id, warehouse_name, amount, reason, notes, shown_quantity, extra)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

void bindLine(QSqlQuery &query, const DraftLine &line)
{
    query.addBindValue(SqlValues::fromText(line.sku));
    query.addBindValue(line.productId);
    query.addBindValue(SqlValues::fromText(line.productName));
    query.addBindValue(line.warehouseId);
    query.addBindValue(SqlValues::fromText(line.warehouseName));
    query.addBindValue(line.amount);
    query.addBindValue(SqlValues::fromText(line.reason));
    query.addBindValue(SqlValues::fromText(line.notes));
    query.addBindValue(SqlValues::fromOptional(line.shownQuantity));
    query.addBindValue(SqlValues::fromText(line.extra));
}

} // namespace

DraftStore::DraftStore(LocalDatabase *database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
}

DraftStore::~DraftStore() = default;

bool DraftStore::isAvailable() const
{
    return m_db && m_db->isOpen();
}

QString DraftStore::errorString() const
{
    return m_db ? m_db->errorString() : QString();
}

bool DraftStore::failed(const QString &what, const QString &detail)
{
    if (m_db)
        m_db->fail(what, detail);
    Q_EMIT saveFailed(errorString());
    return false;
}

qint64 DraftStore::createDocument(const QString &profile, const QString &kind, const QString &title)
{
    if (!isAvailable()) {
        failed(QStringLiteral("create"), QStringLiteral("not open"));
        return 0;
    }
    const QVariant now = SqlValues::fromDateTime(QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("INSERT INTO documents (profile, kind, title, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(SqlValues::fromText(profile));
    query.addBindValue(SqlValues::fromText(kind));
    query.addBindValue(SqlValues::fromText(title));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        failed(QStringLiteral("create document"), query.lastError().text());
        return 0;
    }
    m_db->clearError();
    Q_EMIT documentsChanged(profile);
    return query.lastInsertId().toLongLong();
}

qint64 DraftStore::findByMeta(const QString &profile, const QString &kind, const QString &key,
                              qint64 value) const
{
    if (!isAvailable())
        return 0;
    // SQLite narrows the search to metas that mention the key; the JSON decides (a LIKE on
    // "reverses":7 also finds "reverses":70, and meta is ours but its key order is not).
    QString pattern = key;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT id, meta FROM documents WHERE profile = ? AND kind = ?"
                                 " AND meta LIKE ? ESCAPE '\\' ORDER BY id DESC"));
    query.addBindValue(SqlValues::fromText(profile));
    query.addBindValue(SqlValues::fromText(kind));
    query.addBindValue(QStringLiteral("%\"%1\":%").arg(pattern));
    if (!query.exec())
        return 0;
    while (query.next()) {
        const QJsonValue found =
                QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object().value(key);
        if (found.isDouble() && found.toInteger() == value)
            return query.value(0).toLongLong();
    }
    return 0;
}

QList<DraftSummary> DraftStore::documents(const QString &profile, const QString &kind) const
{
    QList<DraftSummary> result;
    if (!isAvailable())
        return result;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral(
            "SELECT d.id, d.kind, d.title, d.created_at, d.updated_at, d.submission_id,"
            " (SELECT COUNT(*) FROM document_lines l WHERE l.document_id = d.id)"
            " FROM documents d WHERE d.profile = ? AND (? = '' OR d.kind = ?)"
            " ORDER BY d.updated_at DESC, d.id DESC"));
    query.addBindValue(SqlValues::fromText(profile));
    query.addBindValue(SqlValues::fromText(kind));
    query.addBindValue(SqlValues::fromText(kind));
    if (!query.exec())
        return result;
    while (query.next()) {
        DraftSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.kind = query.value(1).toString();
        summary.title = query.value(2).toString();
        summary.createdAt = SqlValues::toDateTime(query.value(3));
        summary.updatedAt = SqlValues::toDateTime(query.value(4));
        summary.submissionId = query.value(5).toLongLong();
        summary.lineCount = query.value(6).toInt();
        result.append(summary);
    }
    return result;
}

std::optional<DraftDocument> DraftStore::load(const QString &profile, qint64 id) const
{
    if (!isAvailable())
        return std::nullopt;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT kind, title, created_at, updated_at, submission_id, meta"
                                 " FROM documents WHERE id = ? AND profile = ?"));
    query.addBindValue(id);
    query.addBindValue(SqlValues::fromText(profile));
    if (!query.exec() || !query.next())
        return std::nullopt;
    DraftDocument document;
    document.id = id;
    document.profile = profile;
    document.kind = query.value(0).toString();
    document.title = query.value(1).toString();
    document.createdAt = SqlValues::toDateTime(query.value(2));
    document.updatedAt = SqlValues::toDateTime(query.value(3));
    document.submissionId = query.value(4).toLongLong();
    document.meta = query.value(5).toString();

    QSqlQuery lines(m_db->database());
    lines.prepare(QStringLiteral(
            "SELECT sku, product_id, product_name, warehouse_id, warehouse_name, amount, reason,"
            " notes, shown_quantity, extra FROM document_lines WHERE document_id = ?"
            " ORDER BY position"));
    lines.addBindValue(id);
    if (!lines.exec())
        return std::nullopt;
    while (lines.next()) {
        DraftLine line;
        line.sku = lines.value(0).toString();
        line.productId = lines.value(1).toLongLong();
        line.productName = lines.value(2).toString();
        line.warehouseId = lines.value(3).toLongLong();
        line.warehouseName = lines.value(4).toString();
        line.amount = lines.value(5).toLongLong();
        line.reason = lines.value(6).toString();
        line.notes = lines.value(7).toString();
        line.shownQuantity = SqlValues::toOptional(lines.value(8));
        line.extra = lines.value(9).toString();
        document.lines.append(line);
    }
    return document;
}

QString DraftStore::profileOf(qint64 id) const
{
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT profile FROM documents WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool DraftStore::touch(qint64 id)
{
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("UPDATE documents SET updated_at = ? WHERE id = ?"));
    query.addBindValue(SqlValues::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return failed(QStringLiteral("touch"), query.lastError().text());
    if (query.numRowsAffected() != 1)
        return failed(QStringLiteral("touch"), QStringLiteral("no document %1").arg(id));
    return true;
}

bool DraftStore::setTitle(qint64 id, const QString &title)
{
    if (!isAvailable())
        return failed(QStringLiteral("title"), QStringLiteral("not open"));
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("UPDATE documents SET title = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(SqlValues::fromText(title));
    query.addBindValue(SqlValues::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return failed(QStringLiteral("title"), query.lastError().text());
    Q_EMIT documentsChanged(profileOf(id));
    return true;
}

bool DraftStore::setMeta(qint64 id, const QString &meta)
{
    if (!isAvailable())
        return failed(QStringLiteral("meta"), QStringLiteral("not open"));
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("UPDATE documents SET meta = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(SqlValues::fromText(meta));
    query.addBindValue(SqlValues::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return failed(QStringLiteral("meta"), query.lastError().text());
    return true;
}

bool DraftStore::setMetaValue(qint64 id, const QString &key, const QJsonValue &value)
{
    if (!isAvailable())
        return failed(QStringLiteral("meta"), QStringLiteral("not open"));
    QSqlDatabase db = m_db->database();
    if (!m_db->begin())
        return failed(QStringLiteral("begin"), db.lastError().text());
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT meta FROM documents WHERE id = ?"));
    read.addBindValue(id);
    if (!read.exec() || !read.next()) {
        const QString detail = read.lastError().text();
        m_db->rollback();
        return failed(QStringLiteral("meta"),
                      detail.trimmed().isEmpty() ? QStringLiteral("no document %1").arg(id)
                                                 : detail);
    }
    QJsonObject meta = QJsonDocument::fromJson(read.value(0).toString().toUtf8()).object();
    read.finish();
    meta.insert(key, value);
    if (!setMeta(id, QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)))) {
        m_db->rollback();
        return false;
    }
    if (!m_db->commit())
        return failed(QStringLiteral("commit"), db.lastError().text());
    return true;
}

bool DraftStore::setSubmission(qint64 id, qint64 submissionId)
{
    if (!isAvailable())
        return failed(QStringLiteral("submission"), QStringLiteral("not open"));
    QSqlQuery query(m_db->database());
    query.prepare(
            QStringLiteral("UPDATE documents SET submission_id = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(submissionId > 0 ? QVariant(submissionId)
                                        : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(SqlValues::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return failed(QStringLiteral("submission"), query.lastError().text());
    Q_EMIT documentsChanged(profileOf(id));
    return true;
}

bool DraftStore::saveLines(qint64 id, const QList<DraftLine> &lines)
{
    if (!isAvailable())
        return failed(QStringLiteral("save lines"), QStringLiteral("not open"));
    QSqlDatabase db = m_db->database();
    if (!m_db->begin())
        return failed(QStringLiteral("begin"), db.lastError().text());
    auto rollback = [&](const QString &what, const QString &detail) {
        m_db->rollback();
        return failed(what, detail);
    };
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM document_lines WHERE document_id = ?"));
    clear.addBindValue(id);
    if (!clear.exec())
        return rollback(QStringLiteral("clear lines"), clear.lastError().text());
    QSqlQuery insert(db);
    insert.prepare(kInsertLine);
    for (int position = 0; position < lines.size(); ++position) {
        insert.addBindValue(id);
        insert.addBindValue(position);
        bindLine(insert, lines.at(position));
        if (!insert.exec())
            return rollback(QStringLiteral("insert line"), insert.lastError().text());
    }
    if (!touch(id)) {
        m_db->rollback();
        return false;
    }
    if (!m_db->commit())
        return failed(QStringLiteral("commit"), db.lastError().text());
    m_db->clearError();
    return true;
}

bool DraftStore::saveLine(qint64 id, int position, const DraftLine &line)
{
    if (!isAvailable())
        return failed(QStringLiteral("save line"), QStringLiteral("not open"));
    QSqlDatabase db = m_db->database();
    if (!m_db->begin())
        return failed(QStringLiteral("begin"), db.lastError().text());
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
            "UPDATE document_lines SET sku = ?, product_id = ?, product_name = ?,"
            " warehouse_id = ?, warehouse_name = ?, amount = ?, reason = ?, notes = ?,"
            " shown_quantity = ?, extra = ? WHERE document_id = ? AND position = ?"));
    bindLine(query, line);
    query.addBindValue(id);
    query.addBindValue(position);
    if (!query.exec() || query.numRowsAffected() != 1) {
        const QString detail = query.lastError().text();
        m_db->rollback();
        return failed(QStringLiteral("save line"),
                      detail.trimmed().isEmpty() ? QStringLiteral("no line %1").arg(position)
                                                 : detail);
    }
    if (!touch(id)) {
        m_db->rollback();
        return false;
    }
    if (!m_db->commit()) {
        const QString detail = db.lastError().text();
        return failed(QStringLiteral("commit"), detail);
    }
    m_db->clearError();
    return true;
}

bool DraftStore::remove(qint64 id)
{
    if (!isAvailable())
        return failed(QStringLiteral("remove"), QStringLiteral("not open"));
    const QString profile = profileOf(id);
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("DELETE FROM documents WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failed(QStringLiteral("remove"), query.lastError().text());
    Q_EMIT documentsChanged(profile);
    return true;
}

} // namespace Glance
