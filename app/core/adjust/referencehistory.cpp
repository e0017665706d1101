#include "core/adjust/referencehistory.h"

#include "core/adjust/movementreader.h"
#include "core/adjust/submissionjournal.h"
#include "core/adjust/submissionreference.h"

namespace Glance {

ReferenceHistory::ReferenceHistory(SubmissionJournal *journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{
}

bool ReferenceHistory::known(const QString &profile) const
{
    return m_journal && m_journal->historyListsReferences(profile);
}

void ReferenceHistory::learn(const QString &profile, const QList<Movement> &movements)
{
    if (!m_journal || known(profile))
        return;
    for (const Movement &movement : movements) {
        if (SubmissionReference::carriesAny(movement.notes)) {
            // Not written (the journal logged why): learnt again from the next history read.
            [[maybe_unused]] const bool kept = m_journal->setHistoryListsReferences(profile);
            return;
        }
    }
}

void ReferenceHistory::probe(ApiClient *client, const QString &profile, const SubmissionLine &line)
{
    if (m_probing || !client || known(profile))
        return;
    const QDateTime sent = line.sentAt.isValid() ? line.sentAt : QDateTime::currentDateTimeUtc();
    auto *reader = new MovementReader(
            client, {{line.line.productId, line.line.warehouseId}},
            sent.addSecs(
                    -std::chrono::duration_cast<std::chrono::seconds>(ServerClockSkew).count()),
            this);
    m_probing = true;
    reader->start(
            [this, reader, profile](const QList<Movement> &movements) {
                reader->deleteLater();
                m_probing = false;
                learn(profile, movements);
                Q_EMIT probed();
            },
            [this, reader](const ApiError &) {
                reader->deleteLater();
                m_probing = false; // asked again after the next confirmed answer
                Q_EMIT probed();
            });
}

} // namespace Glance
