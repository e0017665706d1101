#pragma once

#include "core/adjust/adjustmentline.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Glance {

// Where one line of a submission stands. Persisted by name (see statusName()).
enum class LineStatus {
    Pending, // not sent yet (or queued to be sent again)
    Sending, // persisted right before the request left: if the app dies now, the outcome is open
    Applied, // the server confirmed it, a re-read showed it, or the user said so
    NotApplied, // refused by the server, or a re-read showed it was not applied
    Unknown, // the answer was lost and the records could not be re-read yet
    Unclear, // re-read, but stock also moved for other reasons: the user decides
};

// How a line's status was decided.
enum class Resolution {
    None,
    Server, // the server's answer
    Check, // re-reading the records after a lost answer
    User, // the user decided (an unclear line), or returned it to the draft
};

QString lineStatusName(LineStatus status);
LineStatus lineStatusFromName(const QString &name);
QString resolutionName(Resolution resolution);
Resolution resolutionFromName(const QString &name);

// One line of a submission: what was intended, what was expected, what happened.
struct SubmissionLine
{
    qint64 id = 0; // row id in the journal
    int position = 0;
    AdjustmentLine line;

    // Read right before sending: the pair's quantity then (0 with recordExisted = false when
    // the pair had no record) and what it must be once this line (and the lines of the same
    // pair before it in the same request) are applied.
    std::optional<qint64> expectedBefore;
    bool recordExisted = true;
    std::optional<qint64> expectedAfter;

    // From the server's answer.
    std::optional<qint64> serverPrevious;
    std::optional<qint64> serverNew;
    // Re-read after a lost answer (nullopt: no record).
    std::optional<qint64> observed;

    LineStatus status = LineStatus::Pending;
    Resolution resolution = Resolution::None;
    int attempts = 0; // requests that carried this line
    int chunk = 0; // the request (1-based, counted per submission) that carried it last
    QString message; // why it was not applied, or what the check found (for the user)
    QString hint; // for Unclear lines: what the rest of the same request suggests
    QString evidence; // JSON: what the last check found (see Reconciler::evidenceText())
    QDateTime sentAt;
    QDateTime decidedAt;

    bool isOpen() const
    {
        return status == LineStatus::Pending || status == LineStatus::Sending
                || status == LineStatus::Unknown || status == LineStatus::Unclear
                || status == LineStatus::NotApplied;
    }
    // The previous quantity the server reported (or the check found) differs from what the
    // editor showed: stock moved meanwhile.
    bool previousDiffersFromShown() const
    {
        const std::optional<qint64> previous = serverPrevious ? serverPrevious : expectedBefore;
        return previous && line.shownBefore && *previous != *line.shownBefore;
    }
};

struct SubmissionCounts
{
    int total = 0;
    int pending = 0;
    int sending = 0;
    int applied = 0;
    int notApplied = 0;
    int unknown = 0;
    int unclear = 0;
};

// A submission of a document (a batch adjustment, later a stocktake), with its lines.
struct Submission
{
    qint64 id = 0;
    QString profile;
    QString source; // DocumentKind: "adjust", "stocktake"
    qint64 documentId = 0;
    QString title;
    QString token; // SubmissionReference token ("" for submissions made before it existed)
    QDateTime createdAt;
    QDateTime closedAt;
    bool open = true;
    qint64 reverses = 0; // the submission this one reverses (Adjustment History → Reverse)
    QList<SubmissionLine> lines;

    SubmissionCounts counts() const;
};

// A submission as listed in the history (without lines).
struct SubmissionSummary
{
    qint64 id = 0;
    QString source;
    qint64 documentId = 0;
    QString title;
    QDateTime createdAt;
    QDateTime closedAt;
    bool open = true;
    qint64 reverses = 0; // the submission this one reverses
    qint64 reversedBy = 0; // a reversal of this one that is open or applied something
    SubmissionCounts counts;
};

} // namespace Glance
