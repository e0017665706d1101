#include "core/adjust/submissionjournal.h"

#include "core/adjust/localdatabase.h"
#include "core/adjust/sqlvalues.h"
#include "core/adjust/submissionreference.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Glance {

namespace {

// The condition on a submission `r` that makes it a reversal of `original` that counts: still
// open, or it applied something (bind the Applied status to the one "?" it adds). A submission
// is reversed once.
QString reversalThatCounts(const QString &original)
{
    return QStringLiteral("r.reverses = %1 AND (r.is_open = 1 OR EXISTS (SELECT 1 FROM"
                          " submission_lines rl WHERE rl.submission_id = r.id AND rl.status = ?))")
            .arg(original);
}

const QString kLineColumns = QStringLiteral(
        "id, position, product_id, warehouse_id, sku, product_name, warehouse_name, amount,"
        " reason, notes, shown_before, expected_before, record_existed, expected_after,"
        " server_previous, server_new, observed, status, resolution, attempts, chunk, message,"
        " hint, sent_at, decided_at, evidence");

SubmissionLine readLine(const QSqlQuery &query)
{
    SubmissionLine line;
    line.id = query.value(0).toLongLong();
    line.position = query.value(1).toInt();
    line.line.productId = query.value(2).toLongLong();
    line.line.warehouseId = query.value(3).toLongLong();
    line.line.sku = query.value(4).toString();
    line.line.productName = query.value(5).toString();
    line.line.warehouseName = query.value(6).toString();
    line.line.amount = query.value(7).toLongLong();
    line.line.reason = query.value(8).toString();
    line.line.notes = query.value(9).toString();
    line.line.shownBefore = SqlValues::toOptional(query.value(10));
    line.expectedBefore = SqlValues::toOptional(query.value(11));
    line.recordExisted = query.value(12).toBool();
    line.expectedAfter = SqlValues::toOptional(query.value(13));
    line.serverPrevious = SqlValues::toOptional(query.value(14));
    line.serverNew = SqlValues::toOptional(query.value(15));
    line.observed = SqlValues::toOptional(query.value(16));
    line.status = lineStatusFromName(query.value(17).toString());
    line.resolution = resolutionFromName(query.value(18).toString());
    line.attempts = query.value(19).toInt();
    line.chunk = query.value(20).toInt();
    line.message = query.value(21).toString();
    line.hint = query.value(22).toString();
    line.sentAt = SqlValues::toDateTime(query.value(23));
    line.decidedAt = SqlValues::toDateTime(query.value(24));
    line.evidence = query.value(25).toString();
    return line;
}

} // namespace

SubmissionJournal::SubmissionJournal(LocalDatabase *database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
}

SubmissionJournal::~SubmissionJournal() = default;

bool SubmissionJournal::isAvailable() const
{
    return m_db && m_db->isOpen();
}

QString SubmissionJournal::errorString() const
{
    return m_db ? m_db->errorString() : QString();
}

bool SubmissionJournal::failed(const QString &what, const QString &detail)
{
    if (m_db)
        m_db->fail(what, detail);
    Q_EMIT saveFailed(errorString());
    return false;
}

qint64 SubmissionJournal::reversedSubmission(const QString &draftMeta)
{
    const QJsonObject meta = QJsonDocument::fromJson(draftMeta.toUtf8()).object();
    return meta.value(reversesKey()).toInteger();
}

QString SubmissionJournal::reversalMeta(qint64 submissionId)
{
    QJsonObject meta;
    meta.insert(reversesKey(), submissionId);
    return QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact));
}

qint64 SubmissionJournal::create(const QString &profile, const QString &source, qint64 documentId,
                                 const QString &title, const QList<AdjustmentLine> &lines,
                                 const Link &link)
{
    if (!isAvailable()) {
        failed(QStringLiteral("create submission"), QStringLiteral("not open"));
        return 0;
    }
    QSqlDatabase db = m_db->database();
    if (!m_db->begin()) {
        failed(QStringLiteral("begin"), db.lastError().text());
        return 0;
    }
    // A reversal's draft says which submission it reverses: recorded with the submission, in
    // this transaction.
    qint64 reverses = 0;
    if (documentId > 0 && !link) {
        QSqlQuery meta(db);
        meta.prepare(QStringLiteral("SELECT meta FROM documents WHERE id = ?"));
        meta.addBindValue(documentId);
        if (meta.exec() && meta.next())
            reverses = reversedSubmission(meta.value(0).toString());
    }
    if (reverses > 0) {
        // Reversed once: a second reversal (another draft, another window or copy of the app)
        // while one is open or has applied something is refused.
        QSqlQuery other(db);
        other.prepare(QStringLiteral("SELECT 1 FROM submissions r WHERE ")
                      + reversalThatCounts(QStringLiteral("?")));
        other.addBindValue(reverses);
        other.addBindValue(lineStatusName(LineStatus::Applied));
        if (!other.exec() || other.next()) {
            m_db->rollback();
            m_db->setError(tr("This batch reverses adjustments that were reversed already (see "
                              "Adjustment History). Nothing was sent."));
            return 0;
        }
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO submissions (profile, source, document_id, title,"
                                  " created_at, is_open, token, reverses)"
                                  " VALUES (?, ?, ?, ?, ?, 1, ?, ?)"));
    insert.addBindValue(SqlValues::fromText(profile));
    insert.addBindValue(SqlValues::fromText(source));
    insert.addBindValue(documentId > 0 ? QVariant(documentId)
                                       : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(SqlValues::fromText(title));
    insert.addBindValue(SqlValues::fromDateTime(QDateTime::currentDateTimeUtc()));
    insert.addBindValue(SubmissionReference::newToken());
    insert.addBindValue(reverses > 0 ? QVariant(reverses)
                                     : QVariant(QMetaType::fromType<qint64>()));
    if (!insert.exec()) {
        const QString detail = insert.lastError().text();
        m_db->rollback();
        failed(QStringLiteral("insert submission"), detail);
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery line(db);
    line.prepare(QStringLiteral(
            "INSERT INTO submission_lines (submission_id, position, product_id, warehouse_id, sku,"
            " product_name, warehouse_name, amount, reason, notes, shown_before, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int position = 0; position < lines.size(); ++position) {
        const AdjustmentLine &l = lines.at(position);
        line.addBindValue(id);
        line.addBindValue(position);
        line.addBindValue(l.productId);
        line.addBindValue(l.warehouseId);
        line.addBindValue(SqlValues::fromText(l.sku));
        line.addBindValue(SqlValues::fromText(l.productName));
        line.addBindValue(SqlValues::fromText(l.warehouseName));
        line.addBindValue(l.amount);
        line.addBindValue(SqlValues::fromText(l.reason));
        line.addBindValue(SqlValues::fromText(l.notes));
        line.addBindValue(SqlValues::fromOptional(l.shownBefore));
        line.addBindValue(lineStatusName(LineStatus::Pending));
        if (!line.exec()) {
            const QString detail = line.lastError().text();
            m_db->rollback();
            failed(QStringLiteral("insert submission line"), detail);
            return 0;
        }
    }
    if (link) {
        if (!link(id)) {
            m_db->rollback(); // the link says why (a refusal is not a disk failure)
            return 0;
        }
    } else if (documentId > 0) {
        QSqlQuery linkDraft(db);
        linkDraft.prepare(QStringLiteral(
                "UPDATE documents SET submission_id = ?, updated_at = ? WHERE id = ?"));
        linkDraft.addBindValue(id);
        linkDraft.addBindValue(SqlValues::fromDateTime(QDateTime::currentDateTimeUtc()));
        linkDraft.addBindValue(documentId);
        if (!linkDraft.exec()) {
            const QString detail = linkDraft.lastError().text();
            m_db->rollback();
            failed(QStringLiteral("link draft"), detail);
            return 0;
        }
    }
    if (!m_db->commit()) {
        const QString detail = db.lastError().text();
        failed(QStringLiteral("commit submission"), detail);
        return 0;
    }
    m_db->clearError();
    Q_EMIT changed(id);
    return id;
}

std::optional<Submission> SubmissionJournal::load(qint64 id) const
{
    if (!isAvailable())
        return std::nullopt;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT profile, source, document_id, title, created_at,"
                                 " closed_at, is_open, token, reverses FROM submissions"
                                 " WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Submission submission;
    submission.id = id;
    submission.profile = query.value(0).toString();
    submission.source = query.value(1).toString();
    submission.documentId = query.value(2).toLongLong();
    submission.title = query.value(3).toString();
    submission.createdAt = SqlValues::toDateTime(query.value(4));
    submission.closedAt = SqlValues::toDateTime(query.value(5));
    submission.open = query.value(6).toBool();
    submission.token = query.value(7).toString();
    submission.reverses = query.value(8).toLongLong();

    QSqlQuery lines(m_db->database());
    lines.prepare(QStringLiteral("SELECT ") + kLineColumns
                  + QStringLiteral(" FROM submission_lines WHERE submission_id = ?"
                                   " ORDER BY position"));
    lines.addBindValue(id);
    if (!lines.exec())
        return std::nullopt;
    while (lines.next())
        submission.lines.append(readLine(lines));
    return submission;
}

QList<SubmissionSummary> SubmissionJournal::history(const QString &profile, int limit) const
{
    QList<SubmissionSummary> result;
    if (!isAvailable())
        return result;
    QSqlQuery query(m_db->database());
    query.prepare(
            QStringLiteral("SELECT s.id, s.source, s.document_id, s.title, s.created_at,"
                           " s.closed_at, s.is_open, l.status, COUNT(l.id), s.reverses,"
                           " (SELECT MAX(r.id) FROM submissions r WHERE ")
            + reversalThatCounts(QStringLiteral("s.id"))
            + QStringLiteral(") FROM submissions s"
                             " LEFT JOIN submission_lines l ON l.submission_id = s.id"
                             " WHERE s.id IN (SELECT id FROM submissions WHERE profile = ?"
                             "                ORDER BY created_at DESC, id DESC LIMIT ?)"
                             " GROUP BY s.id, l.status ORDER BY s.created_at DESC, s.id DESC"));
    query.addBindValue(lineStatusName(LineStatus::Applied));
    query.addBindValue(SqlValues::fromText(profile));
    query.addBindValue(limit);
    if (!query.exec())
        return result;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (result.isEmpty() || result.last().id != id) {
            SubmissionSummary summary;
            summary.id = id;
            summary.source = query.value(1).toString();
            summary.documentId = query.value(2).toLongLong();
            summary.title = query.value(3).toString();
            summary.createdAt = SqlValues::toDateTime(query.value(4));
            summary.closedAt = SqlValues::toDateTime(query.value(5));
            summary.open = query.value(6).toBool();
            summary.reverses = query.value(9).toLongLong();
            summary.reversedBy = query.value(10).toLongLong();
            result.append(summary);
        }
        if (query.value(7).isNull())
            continue;
        SubmissionCounts &counts = result.last().counts;
        const int n = query.value(8).toInt();
        counts.total += n;
        switch (lineStatusFromName(query.value(7).toString())) {
        case LineStatus::Pending:
            counts.pending += n;
            break;
        case LineStatus::Sending:
            counts.sending += n;
            break;
        case LineStatus::Applied:
            counts.applied += n;
            break;
        case LineStatus::NotApplied:
            counts.notApplied += n;
            break;
        case LineStatus::Unknown:
            counts.unknown += n;
            break;
        case LineStatus::Unclear:
            counts.unclear += n;
            break;
        }
    }
    return result;
}

QList<qint64> SubmissionJournal::openSubmissions(const QString &profile) const
{
    QList<qint64> ids;
    if (!isAvailable())
        return ids;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT id FROM submissions WHERE profile = ? AND is_open = 1"
                                 " ORDER BY created_at, id"));
    query.addBindValue(SqlValues::fromText(profile));
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

bool SubmissionJournal::saveLines(qint64 submissionId, const QList<SubmissionLine> &lines)
{
    if (!isAvailable())
        return failed(QStringLiteral("save submission"), QStringLiteral("not open"));
    QSqlDatabase db = m_db->database();
    if (!m_db->begin())
        return failed(QStringLiteral("begin"), db.lastError().text());
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
            "UPDATE submission_lines SET expected_before = ?, record_existed = ?,"
            " expected_after = ?, server_previous = ?, server_new = ?, observed = ?, status = ?,"
            " resolution = ?, attempts = ?, chunk = ?, message = ?, hint = ?, sent_at = ?,"
            " decided_at = ?, amount = ?, reason = ?, notes = ?, evidence = ?"
            " WHERE id = ? AND submission_id = ?"));
    for (const SubmissionLine &line : lines) {
        update.addBindValue(SqlValues::fromOptional(line.expectedBefore));
        update.addBindValue(line.recordExisted ? 1 : 0);
        update.addBindValue(SqlValues::fromOptional(line.expectedAfter));
        update.addBindValue(SqlValues::fromOptional(line.serverPrevious));
        update.addBindValue(SqlValues::fromOptional(line.serverNew));
        update.addBindValue(SqlValues::fromOptional(line.observed));
        update.addBindValue(lineStatusName(line.status));
        update.addBindValue(SqlValues::fromText(resolutionName(line.resolution)));
        update.addBindValue(line.attempts);
        update.addBindValue(line.chunk);
        update.addBindValue(SqlValues::fromText(line.message));
        update.addBindValue(SqlValues::fromText(line.hint));
        update.addBindValue(SqlValues::fromDateTime(line.sentAt));
        update.addBindValue(SqlValues::fromDateTime(line.decidedAt));
        update.addBindValue(line.line.amount);
        update.addBindValue(SqlValues::fromText(line.line.reason));
        update.addBindValue(SqlValues::fromText(line.line.notes));
        update.addBindValue(SqlValues::fromText(line.evidence));
        update.addBindValue(line.id);
        update.addBindValue(submissionId);
        if (!update.exec() || update.numRowsAffected() != 1) {
            const QString detail = update.lastError().text();
            m_db->rollback();
            return failed(QStringLiteral("save submission line"),
                          detail.trimmed().isEmpty() ? QStringLiteral("no line %1").arg(line.id)
                                                     : detail);
        }
    }
    if (!m_db->commit()) {
        const QString detail = db.lastError().text();
        return failed(QStringLiteral("commit"), detail);
    }
    m_db->clearError();
    Q_EMIT changed(submissionId);
    return true;
}

bool SubmissionJournal::close(qint64 submissionId)
{
    if (!isAvailable())
        return failed(QStringLiteral("close submission"), QStringLiteral("not open"));
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral(
            "UPDATE submissions SET is_open = 0, closed_at = ? WHERE id = ? AND is_open = 1"));
    query.addBindValue(SqlValues::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(submissionId);
    if (!query.exec())
        return failed(QStringLiteral("close submission"), query.lastError().text());
    m_db->clearError();
    Q_EMIT changed(submissionId);
    return true;
}

bool SubmissionJournal::historyListsReferences(const QString &profile) const
{
    if (!isAvailable())
        return false;
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("SELECT value FROM account_facts WHERE profile = ? AND key = ?"));
    query.addBindValue(SqlValues::fromText(profile));
    query.addBindValue(QStringLiteral("history-lists-references"));
    return query.exec() && query.next() && query.value(0).toString() == QLatin1String("1");
}

bool SubmissionJournal::setHistoryListsReferences(const QString &profile)
{
    if (!isAvailable())
        return failed(QStringLiteral("fact"), QStringLiteral("not open"));
    QSqlQuery query(m_db->database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO account_facts (profile, key, value,"
                                 " learned_at) VALUES (?, ?, '1', ?)"));
    query.addBindValue(SqlValues::fromText(profile));
    query.addBindValue(QStringLiteral("history-lists-references"));
    query.addBindValue(SqlValues::fromDateTime(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        return failed(QStringLiteral("fact"), query.lastError().text());
    return true;
}

} // namespace Glance
