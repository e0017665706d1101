#include "core/adjust/submissionplan.h"

#include "core/adjust/reconciler.h"
#include "core/adjust/submissionreference.h"

#include <QHash>

namespace Glance::SubmissionPlan {

QList<int> indexesWith(const Submission &submission, LineStatus status)
{
    QList<int> indexes;
    for (int i = 0; i < submission.lines.size(); ++i) {
        if (submission.lines.at(i).status == status)
            indexes.append(i);
    }
    return indexes;
}

QList<int> nextPart(const Submission &submission, int chunkSize)
{
    return indexesWith(submission, LineStatus::Pending).mid(0, chunkSize);
}

int partCount(const Submission &submission, int sentSoFar, int chunkSize)
{
    const qsizetype pending = indexesWith(submission, LineStatus::Pending).size();
    return sentSoFar + int((pending + chunkSize - 1) / chunkSize);
}

QList<AdjustAction> prepare(Submission &submission, const QList<int> &indexes,
                            const StockReader::Stock &stock, int part, const QDateTime &now)
{
    QHash<StockPair, std::optional<qint64>> running;
    QHash<StockPair, bool> existed;
    for (int index : indexes) {
        const AdjustmentLine &line = submission.lines.at(index).line;
        const StockPair pair {line.productId, line.warehouseId};
        if (running.contains(pair))
            continue;
        bool exists = false;
        std::optional<qint64> quantity =
                StockReader::quantity(stock, pair.first, pair.second, &exists);
        if (!exists)
            quantity = 0; // no record: an adjustment with a positive amount creates it
        running.insert(pair, quantity);
        existed.insert(pair, exists);
    }

    QList<AdjustAction> actions;
    for (int index : indexes) {
        SubmissionLine &line = submission.lines[index];
        const StockPair pair {line.line.productId, line.line.warehouseId};
        const std::optional<qint64> quantity = running.value(pair);
        line.recordExisted = existed.value(pair);
        line.expectedBefore = quantity;
        line.expectedAfter =
                quantity ? std::optional<qint64>(*quantity + line.line.amount) : std::nullopt;
        running.insert(pair, line.expectedAfter);
        line.status = LineStatus::Sending;
        line.resolution = Resolution::None;
        line.serverPrevious.reset();
        line.serverNew.reset();
        line.observed.reset();
        line.message.clear();
        line.hint.clear();
        line.evidence.clear();
        line.attempts += 1;
        line.chunk = part;
        line.sentAt = now;
        line.decidedAt = {};
        const QString reference =
                SubmissionReference::make(submission.token, line.position, line.attempts);
        actions.append({line.line.productId, line.line.warehouseId, line.line.amount,
                        line.line.reason,
                        SubmissionReference::notesWith(line.line.notes, reference)});
    }
    return actions;
}

void takeAnswer(Submission &submission, const QList<int> &indexes,
                const QList<AdjustedLine> &adjusted, const QDateTime &now)
{
    QList<bool> used(adjusted.size(), false);
    for (int index : indexes) {
        SubmissionLine &line = submission.lines[index];
        for (int i = 0; i < adjusted.size(); ++i) {
            if (!used.at(i) && adjusted.at(i).productId == line.line.productId
                && adjusted.at(i).warehouseId == line.line.warehouseId) {
                used[i] = true;
                line.serverPrevious = adjusted.at(i).previousQuantity;
                line.serverNew = adjusted.at(i).newQuantity;
                break;
            }
        }
        line.status = LineStatus::Applied;
        line.resolution = Resolution::Server;
        line.decidedAt = now;
    }
}

CheckScope checkScope(const Submission &submission, const QList<int> &indexes,
                      std::chrono::seconds skew, const QDateTime &now)
{
    CheckScope scope;
    for (int index : indexes) {
        const SubmissionLine &line = submission.lines.at(index);
        const StockPair pair {line.line.productId, line.line.warehouseId};
        if (!scope.pairs.contains(pair))
            scope.pairs.append(pair);
        const QDateTime sent = line.sentAt.isValid() ? line.sentAt : submission.createdAt;
        if (sent.isValid() && (!scope.since.isValid() || sent < scope.since))
            scope.since = sent;
    }
    if (!scope.since.isValid())
        scope.since = now;
    scope.since = scope.since.addSecs(-skew.count());
    return scope;
}

CheckMerge mergeCheck(Submission &submission, const QList<int> &indexes,
                      const QList<SubmissionLine> &checked, QSet<int> &resend,
                      const CheckEvidence &evidence)
{
    CheckMerge merge;
    for (int i = 0; i < indexes.size() && i < checked.size(); ++i) {
        const int index = indexes.at(i);
        SubmissionLine &line = submission.lines[index];
        const SubmissionLine &verdict = checked.at(i);
        const bool userSaidNotApplied =
                line.status == LineStatus::NotApplied && line.resolution == Resolution::User;
        if (resend.contains(index) && verdict.status != LineStatus::Applied
            && verdict.status != LineStatus::Unknown
            && (verdict.status == LineStatus::NotApplied || userSaidNotApplied)) {
            // Checked in the same click that asked to send it again: it goes now.
            line = verdict;
            line.status = LineStatus::Pending;
            line.resolution = Resolution::None;
            resend.remove(index);
            continue;
        }
        if (verdict.status != LineStatus::Unknown)
            resend.remove(index);
        line = verdict;
        if (line.status == LineStatus::Unknown) {
            const QDateTime settles = Reconciler::settlesAt(line, evidence);
            if (settles.isValid() && (!merge.nextCheck.isValid() || settles > merge.nextCheck))
                merge.nextCheck = settles;
        }
        if (line.status == LineStatus::NotApplied)
            merge.hold = true;
    }
    return merge;
}

ApiError refuse(Submission &submission, const QList<int> &indexes, const ApiError &error)
{
    ApiError refusal = error;
    QList<ActionRow> rows;
    QList<SubmissionLine> lines;
    for (int index : indexes) {
        const SubmissionLine &line = submission.lines.at(index);
        rows.append({line.position + 1, line.line.sku});
        lines.append(line);
    }
    refusal.setActionRows(rows);
    Reconciler::refuse(lines, refusal);
    for (int i = 0; i < indexes.size(); ++i)
        submission.lines[indexes.at(i)] = lines.at(i);
    return refusal;
}

void markUnknown(Submission &submission, const QList<int> &indexes, const QString &message)
{
    for (int index : indexes) {
        SubmissionLine &line = submission.lines[index];
        line.status = LineStatus::Unknown;
        line.message = message;
    }
}

QList<int> refuseMissing(Submission &submission, const QList<int> &indexes,
                         const QSet<qint64> &missing, const QString &message)
{
    QList<int> refused;
    for (int index : indexes) {
        SubmissionLine &line = submission.lines[index];
        if (missing.contains(line.line.productId)) {
            line.status = LineStatus::NotApplied;
            line.resolution = Resolution::Server;
            line.message = message;
            refused.append(index);
        }
    }
    return refused;
}

} // namespace Glance::SubmissionPlan
