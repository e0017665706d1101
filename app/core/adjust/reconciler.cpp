#include "core/adjust/reconciler.h"

#include "core/text/bidi.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

namespace Glance {

namespace {

enum class Verdict { Applied, NotApplied, Unclear };

// The quantity Glance had when it refused: from the error's details if it sent any, else what
// the app read right before sending, else what the editor showed.
std::optional<qint64> availableQuantity(const SubmissionLine &line, const ApiError &error)
{
    const QJsonObject details = error.details();
    for (const char *key : {"available", "availableQuantity", "currentQuantity"}) {
        const QJsonValue value = details.value(QLatin1String(key));
        if (value.isDouble())
            return qint64(value.toDouble());
    }
    if (line.expectedBefore && line.recordExisted)
        return line.expectedBefore;
    return line.line.shownBefore;
}

} // namespace

QString Reconciler::refusedLineMessage(const SubmissionLine &line, const ValidationIssue &issue,
                                       const ApiError &error)
{
    const QLocale locale;
    const AdjustmentLine &l = line.line;
    switch (error.actionProblem(issue)) {
    case ApiError::ActionProblem::InsufficientStock:
        if (const std::optional<qint64> available = availableQuantity(line, error))
            //: %1 a quantity, %2 a product name, %3 its SKU, %4 a warehouse, %5 a signed change
            return tr("Not applied: there are %1 of %2 (SKU %3) in %4, not enough for a change "
                      "of %5.")
                    .arg(Bidi::quantity(*available, locale), Bidi::name(l.productName),
                         Bidi::sku(l.sku), Bidi::name(l.warehouseName),
                         Bidi::signedAmount(l.amount, locale));
        //: %1 a product name, %2 its SKU, %3 a warehouse, %4 a signed change
        return tr("Not applied: there is not enough of %1 (SKU %2) in %3 for a change of %4.")
                .arg(Bidi::name(l.productName), Bidi::sku(l.sku), Bidi::name(l.warehouseName),
                     Bidi::signedAmount(l.amount, locale));
    case ApiError::ActionProblem::NoRecord:
        //: %1 a product name, %2 its SKU, %3 a warehouse
        return tr("Not applied: %1 (SKU %2) has no record in %3, so no stock can be taken out "
                  "there.")
                .arg(Bidi::name(l.productName), Bidi::sku(l.sku), Bidi::name(l.warehouseName));
    case ApiError::ActionProblem::UnknownProduct:
        //: %1 a product name, %2 its SKU
        return tr("Not applied: Glance does not know the product %1 (SKU %2); it may have been "
                  "deleted.")
                .arg(Bidi::name(l.productName), Bidi::sku(l.sku));
    case ApiError::ActionProblem::UnknownWarehouse:
        //: %1 a warehouse name
        return tr("Not applied: Glance does not know the warehouse %1; it may have been deleted.")
                .arg(Bidi::name(l.warehouseName));
    case ApiError::ActionProblem::BadAmount:
        //: %1 a signed change of stock
        return tr("Not applied: Glance did not accept the change %1. Check that it is a whole "
                  "number other than zero and not too large.")
                .arg(Bidi::signedAmount(l.amount, locale));
    case ApiError::ActionProblem::BadReason:
        return tr("Not applied: Glance did not accept the reason of this row; it may be too "
                  "long.");
    case ApiError::ActionProblem::BadNotes:
        return tr("Not applied: Glance did not accept the notes of this row; they may be too "
                  "long.");
    case ApiError::ActionProblem::Other:
        break;
    }
    if (issue.message.isEmpty())
        return tr("Not applied: Glance did not accept this row.");
    // A code the app does not know: Glance's own words are all there is.
    //: %1 is Glance's own explanation (in English), e.g. "Insufficient stock: …"
    return tr("Glance did not accept this row: %1").arg(Bidi::name(issue.message));
}

void Reconciler::refuse(QList<SubmissionLine> &lines, const ApiError &error)
{
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<int, ValidationIssue> issueOf; // the first issue of each action
    int firstRefused = -1;
    for (const ValidationIssue &issue : error.issues()) {
        const int action = ApiError::actionIndex(issue.path);
        if (action < 0 || action >= lines.size() || issueOf.contains(action))
            continue;
        issueOf.insert(action, issue);
        if (firstRefused < 0 || action < firstRefused)
            firstRefused = action;
    }
    for (int i = 0; i < lines.size(); ++i) {
        SubmissionLine &line = lines[i];
        line.status = LineStatus::NotApplied;
        line.resolution = Resolution::Server;
        line.decidedAt = now;
        line.hint.clear();
        if (issueOf.contains(i)) {
            line.message = refusedLineMessage(line, issueOf.value(i), error);
        } else if (firstRefused >= 0) {
            const SubmissionLine &refused = lines.at(firstRefused);
            //: %1 is a row number, %2 its SKU
            line.message = tr("Not applied: row %1 (SKU %2), sent together with this row, was "
                              "refused, and Glance applies rows sent together all or nothing.")
                                   .arg(Bidi::number(refused.position + 1, locale),
                                        Bidi::sku(refused.line.sku));
        } else {
            line.message = error.userMessage();
        }
    }
}

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
