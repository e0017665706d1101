#include "core/adjust/reconciler.h"

#include "core/text/bidi.h"

#include <QDateTime>
#include <QLocale>

namespace Glance {

namespace {

enum class Verdict { Applied, NotApplied, Unclear };

} // namespace

void Reconciler::reconcile(QList<SubmissionLine> &lines, const ObservedStock &observed)
{
    const QLocale locale;
    const QDateTime checkedAt = QDateTime::currentDateTimeUtc();

    // Pairs in order of first appearance, with the indexes of their lines.
    QList<StockPair> pairs;
    QHash<StockPair, QList<int>> linesOfPair;
    for (int i = 0; i < lines.size(); ++i) {
        const StockPair pair {lines.at(i).line.productId, lines.at(i).line.warehouseId};
        if (!observed.contains(pair))
            continue;
        if (!linesOfPair.contains(pair))
            pairs.append(pair);
        linesOfPair[pair].append(i);
    }

    QHash<StockPair, Verdict> verdicts;
    int applied = 0;
    int notApplied = 0;
    for (const StockPair &pair : std::as_const(pairs)) {
        const QList<int> &indexes = linesOfPair.value(pair);
        const SubmissionLine &first = lines.at(indexes.first());
        const SubmissionLine &last = lines.at(indexes.last());
        const std::optional<qint64> now = observed.value(pair);
        Verdict verdict = Verdict::Unclear;
        QString message;
        if (!first.expectedBefore || !last.expectedAfter) {
            message = tr("Nothing was recorded about this row before it was sent, so it cannot "
                         "be told whether it was applied.");
        } else if (*first.expectedBefore == *last.expectedAfter) {
            message = tr("The rows for this product and warehouse cancel each other out, so the "
                         "quantity (%1) cannot show whether they were applied. The stock is "
                         "right either way.")
                              .arg(Bidi::quantity(now.value_or(0), locale));
        } else if (now && *now == *last.expectedAfter) {
            verdict = Verdict::Applied;
            message = tr("Checked: the quantity is now %1, as expected after this change.")
                              .arg(Bidi::quantity(*now, locale));
        } else if (!now && !first.recordExisted) {
            verdict = Verdict::NotApplied;
            message = tr("Checked: the record still does not exist, so this change was not "
                         "applied.");
        } else if (now && *now == *first.expectedBefore && first.recordExisted) {
            verdict = Verdict::NotApplied;
            message = tr("Checked: the quantity is still %1, so this change was not applied.")
                              .arg(Bidi::quantity(*now, locale));
        } else if (!now) {
            message = tr("The record no longer exists; it may have been deleted meanwhile.");
        } else {
            message = tr("The quantity is now %1: neither %2 (applied) nor %3 (not applied). "
                         "Stock also moved for other reasons.")
                              .arg(Bidi::quantity(*now, locale),
                                   Bidi::quantity(*last.expectedAfter, locale),
                                   Bidi::quantity(*first.expectedBefore, locale));
        }
        if (verdict == Verdict::Applied)
            ++applied;
        else if (verdict == Verdict::NotApplied)
            ++notApplied;
        verdicts.insert(pair, verdict);
        for (int index : indexes) {
            SubmissionLine &line = lines[index];
            line.observed = now;
            line.message = message;
            line.hint.clear();
            line.resolution = Resolution::Check;
            line.decidedAt = checkedAt;
        }
    }

    const bool contradictory = applied > 0 && notApplied > 0;
    for (const StockPair &pair : std::as_const(pairs)) {
        Verdict verdict = verdicts.value(pair);
        QString hint;
        if (contradictory && verdict != Verdict::Unclear) {
            verdict = Verdict::Unclear;
            hint = tr("Some rows of the same request look applied and others do not, although "
                      "a request is applied as a whole. Check this row before deciding.");
        } else if (verdict == Verdict::Unclear && applied > 0) {
            hint = tr("The other rows of the same request were applied, so this one most likely "
                      "was too.");
        } else if (verdict == Verdict::Unclear && notApplied > 0) {
            hint = tr("The other rows of the same request were not applied, so this one most "
                      "likely was not either.");
        }
        for (int index : linesOfPair.value(pair)) {
            SubmissionLine &line = lines[index];
            line.hint = hint;
            switch (verdict) {
            case Verdict::Applied:
                line.status = LineStatus::Applied;
                break;
            case Verdict::NotApplied:
                line.status = LineStatus::NotApplied;
                break;
            case Verdict::Unclear:
                line.status = LineStatus::Unclear;
                break;
            }
        }
    }
}

} // namespace Glance
