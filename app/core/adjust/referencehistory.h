#pragma once

#include "api/apitypes.h"
#include "core/adjust/submission.h"

#include <QObject>
#include <QPointer>

namespace Glance {

class ApiClient;
class SubmissionJournal;

// Whether Glance's movement history lists the references the app writes into its adjustments'
// notes (SubmissionReference), per account. Glance does not document that it keeps notes, and
// only a history known to list them can ever prove "not applied" by the absence of one
// (Reconciler). Learned from any history the app reads (learn()), or — once per account — by
// reading the history of one line that Glance confirmed (probe()); remembered in the journal.
class ReferenceHistory : public QObject
{
    Q_OBJECT

public:
    explicit ReferenceHistory(SubmissionJournal *journal, QObject *parent = nullptr);

    bool known(const QString &profile) const;
    // Marks the account as listing references when one of `movements` carries one.
    void learn(const QString &profile, const QList<Movement> &movements);
    // One read of `line`'s history since it was sent (it was confirmed applied), unless the fact
    // is known already or a probe is running. Never blocks; the outcome is in known().
    void probe(ApiClient *client, const QString &profile, const SubmissionLine &line);
    bool isProbing() const { return m_probing; }

Q_SIGNALS:
    // A probe ended (learned or not).
    void probed();

private:
    SubmissionJournal *m_journal;
    bool m_probing = false;
};

} // namespace Glance
