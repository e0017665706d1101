#include "core/adjust/reconciler.h"

#include "core/adjust/movementreader.h"
#include "core/adjust/submissionreference.h"
#include "core/text/bidi.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace Glance {

namespace {

// The quantity Glance had when it refused: from the error's details if it sent any, else what
// the app read right before sending, else what the editor showed.
std::optional<qint64> availableQuantity(const SubmissionLine &line, const ApiError &error)
{
    const QJsonObject details = error.details();
    for (const char *key : {"available", "availableQuantity", "currentQuantity"}) {
        const QJsonValue value = details.value(QLatin1String(key));
        if (value.isDouble() && std::isfinite(value.toDouble())
            && std::fabs(value.toDouble()) < 9.0e15)
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

bool Reconciler::outcomeOpen(const ApiError &error)
{
    // The client reports every lost answer of a POST as OutcomeUnknown. Anything that might have
    // reached the server without a definite answer is treated the same way.
    switch (error.kind()) {
    case ApiError::Kind::OutcomeUnknown:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Decode:
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus() >= 500;
    default:
        return false;
    }
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

QDateTime Reconciler::settlesAt(const SubmissionLine &line, const CheckEvidence &evidence)
{
    return line.sentAt.isValid() ? line.sentAt.addMSecs(evidence.settle.count()) : QDateTime();
}

namespace {

// The movements of one pair, newest first (the order the history is listed in).
QList<Movement> movementsOf(const CheckEvidence &evidence, const StockPair &pair)
{
    QList<Movement> result;
    for (const Movement &movement : evidence.movements) {
        if (movement.product.id == pair.first
            && MovementReader::signedChange(movement, pair.second) != 0)
            result.append(movement);
    }
    std::stable_sort(result.begin(), result.end(), [](const Movement &a, const Movement &b) {
        return a.createdAt > b.createdAt || (a.createdAt == b.createdAt && a.id > b.id);
    });
    return result;
}

// Whether the history explains the quantity now: before + the newest k movements == now for
// some k (the movements taken from sentAt − skew on may include some the read already saw).
bool historyExplains(qint64 before, qint64 now, const QList<Movement> &movements,
                     qint64 warehouseId)
{
    qint64 sum = 0;
    if (before == now)
        return true;
    for (const Movement &movement : movements) {
        sum += MovementReader::signedChange(movement, warehouseId);
        if (before + sum == now)
            return true;
    }
    return false;
}

// Whether a movement carries the reference of any attempt of this line.
bool carriesLine(const Movement &movement, const SubmissionLine &line, const QString &token)
{
    for (int attempt = 1; attempt <= qMax(1, line.attempts); ++attempt) {
        if (SubmissionReference::contains(movement.notes,
                                          SubmissionReference::make(token, line.position, attempt)))
            return true;
    }
    return false;
}

QJsonObject evidenceJson(const SubmissionLine &line, const QList<Movement> &movements,
                         const QString &token, const std::optional<qint64> &now)
{
    QJsonArray list;
    for (const Movement &movement : movements) {
        const bool ours = carriesLine(movement, line, token);
        list.append(
                QJsonObject {{QStringLiteral("id"), movement.id},
                             {QStringLiteral("at"), movement.createdAt.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("change"),
                              MovementReader::signedChange(movement, line.line.warehouseId)},
                             {QStringLiteral("reason"), movement.reason},
                             {QStringLiteral("ours"), ours}});
    }
    QJsonObject object {{QStringLiteral("movements"), list}};
    if (line.expectedBefore)
        object.insert(QStringLiteral("before"), *line.expectedBefore);
    if (now)
        object.insert(QStringLiteral("now"), *now);
    return object;
}

} // namespace

void Reconciler::reconcile(QList<SubmissionLine> &lines, const QString &token,
                           const CheckEvidence &evidence)
{
    const QLocale locale;
    // The first line of each pair: its expected quantity before is the one the read saw.
    QHash<StockPair, std::optional<qint64>> readBefore;
    for (const SubmissionLine &line : std::as_const(lines)) {
        const StockPair pair {line.line.productId, line.line.warehouseId};
        if (!readBefore.contains(pair))
            readBefore.insert(pair, line.expectedBefore);
    }
    QSet<int> chunksApplied; // requests with at least one line found applied

    for (SubmissionLine &line : lines) {
        const StockPair pair {line.line.productId, line.line.warehouseId};
        const QList<Movement> movements = movementsOf(evidence, pair);
        const std::optional<qint64> now = evidence.observed.value(pair);
        const bool quantityRead =
                evidence.observed.contains(pair) && !evidence.unreadable.contains(pair);
        line.hint.clear();
        line.resolution = Resolution::Check;
        line.decidedAt = evidence.now;
        if (quantityRead)
            line.observed = now;
        line.evidence = QString::fromUtf8(QJsonDocument(evidenceJson(line, movements, token, now))
                                                  .toJson(QJsonDocument::Compact));

        // Our reference, in any attempt of this line.
        QList<Movement> ours;
        for (const Movement &movement : movements) {
            if (carriesLine(movement, line, token))
                ours.append(movement);
        }
        if (ours.size() == 1) {
            line.status = LineStatus::Applied;
            //: %1 a time
            line.message = tr("Checked: Glance's history shows this change, made at %1.")
                                   .arg(locale.toString(ours.first().createdAt.toLocalTime(),
                                                        QLocale::ShortFormat));
            chunksApplied.insert(line.chunk);
            continue;
        }
        if (ours.size() > 1) {
            line.status = LineStatus::Unclear;
            line.message = tr("Glance's history shows this change %n time(s): it was applied "
                              "more than once. Correct the quantity of this record.",
                              nullptr, int(ours.size()));
            continue;
        }
        if (!evidence.movementsRead) {
            line.status = LineStatus::Unclear;
            line.message = tr("Glance's history could not be read, and the quantity alone cannot "
                              "tell whether this change was applied (other sales and deliveries "
                              "move it too).");
            continue;
        }
        const QDateTime settles = settlesAt(line, evidence);
        if (settles.isValid() && evidence.now < settles) {
            line.status = LineStatus::Unknown;
            //: %1 a time
            line.message = tr("No trace of this change yet. Glance may still apply a request "
                              "it received late, so it is checked again at %1 before anything "
                              "is sent again.")
                                   .arg(locale.toString(settles.toLocalTime().time(),
                                                        QLocale::LongFormat));
            continue;
        }
        if (token.isEmpty() || !evidence.historyListsReferences) {
            int alike = 0;
            for (const Movement &movement : movements) {
                if (MovementReader::signedChange(movement, pair.second) == line.line.amount
                    && movement.reason == line.line.reason)
                    ++alike;
            }
            line.status = LineStatus::Unclear;
            line.message = tr("Glance's history does not show whose changes these are, so it "
                              "cannot tell whether this one was applied.");
            if (alike > 0)
                line.hint = tr("%n change(s) of the same amount and reason since it was sent: "
                               "most likely this one was applied.",
                               nullptr, alike);
            else
                line.hint = tr("No change of the same amount and reason since it was sent: most "
                               "likely it was not applied.");
            continue;
        }
        if (!quantityRead) {
            line.status = LineStatus::Unclear;
            line.message = tr("No trace of this change in Glance's history, but the quantity "
                              "of the record could not be read to confirm it.");
            continue;
        }
        const std::optional<qint64> before = readBefore.value(pair);
        const bool recordExisted = line.recordExisted;
        bool explained = false;
        if (!now)
            explained = !recordExisted; // still no record: nothing happened to it
        else if (before)
            explained = historyExplains(recordExisted ? *before : 0, *now, movements, pair.second);
        if (explained) {
            line.status = LineStatus::NotApplied;
            line.message = now ? tr("Checked: Glance's history has no trace of this change and "
                                    "explains the quantity now (%1), so it was not applied.")
                                         .arg(Bidi::quantity(*now, locale))
                               : tr("Checked: the record still does not exist, so this change "
                                    "was not applied.");
            continue;
        }
        line.status = LineStatus::Unclear;
        line.message = now ? tr("No trace of this change in Glance's history, but the history "
                                "does not explain the quantity now (%1) either.")
                                     .arg(Bidi::quantity(*now, locale))
                           : tr("No trace of this change in Glance's history, and the record "
                                "no longer exists.");
    }

    // A request is applied as a whole: rows without a trace next to rows with one.
    for (SubmissionLine &line : lines) {
        if (line.status != LineStatus::Applied && chunksApplied.contains(line.chunk)
            && line.status != LineStatus::Unknown) {
            line.hint = tr("Other rows of the same request were applied, so this one most "
                           "likely was too.");
            if (line.status == LineStatus::NotApplied)
                line.status = LineStatus::Unclear;
        }
    }
}

QString Reconciler::evidenceText(const SubmissionLine &line, const QLocale &locale)
{
    QStringList out;
    if (line.sentAt.isValid())
        //: %1 a time, %2 a signed change of stock, %3 a reason
        out.append(tr("Sent at %1: %2, reason %3.")
                           .arg(locale.toString(line.sentAt.toLocalTime(), QLocale::ShortFormat),
                                Bidi::signedAmount(line.line.amount, locale),
                                Bidi::name(line.line.reason)));
    const QJsonObject object = QJsonDocument::fromJson(line.evidence.toUtf8()).object();
    if (object.isEmpty())
        return out.join(QLatin1Char('\n'));
    const QJsonValue before = object.value(QLatin1String("before"));
    const QJsonValue now = object.value(QLatin1String("now"));
    if (before.isDouble() && now.isDouble())
        out.append(tr("Quantity when sent %1, at the check %2.")
                           .arg(Bidi::quantity(before.toInteger(), locale),
                                Bidi::quantity(now.toInteger(), locale)));
    const QJsonArray movements = object.value(QLatin1String("movements")).toArray();
    if (movements.isEmpty())
        out.append(tr("Glance's history: no movement of this record since it was sent."));
    else
        out.append(tr("Glance's history since it was sent:"));
    for (const QJsonValue &value : movements) {
        const QJsonObject movement = value.toObject();
        const QDateTime at = QDateTime::fromString(movement.value(QLatin1String("at")).toString(),
                                                   Qt::ISODateWithMs);
        const QString when = locale.toString(at.toLocalTime(), QLocale::ShortFormat);
        const QString change =
                Bidi::signedAmount(movement.value(QLatin1String("change")).toInteger(), locale);
        const QString reason = Bidi::name(movement.value(QLatin1String("reason")).toString());
        if (movement.value(QLatin1String("ours")).toBool())
            //: %1 a time, %2 a signed change, %3 a reason
            out.append(tr("%1: %2, %3 (this change)").arg(when, change, reason));
        else
            //: %1 a time, %2 a signed change, %3 a reason
            out.append(tr("%1: %2, %3").arg(when, change, reason));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace Glance
