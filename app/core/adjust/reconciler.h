#pragma once

#include "api/apierror.h"
#include "api/apitypes.h"
#include "core/adjust/submission.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>

#include <chrono>
#include <optional>

namespace Glance {

// product id, warehouse id
using StockPair = QPair<qint64, qint64>;
// What a re-read found per pair: a quantity, or nullopt when the pair has no record.
using ObservedStock = QHash<StockPair, std::optional<qint64>>;

// Everything a check after a lost answer found on the server.
struct CheckEvidence
{
    QDateTime now; // when the check's reads came back
    // A request abandoned by the client may still be applied by the server until
    // sentAt + settle: no line is concluded "not applied" before that.
    std::chrono::milliseconds settle {std::chrono::seconds(60)};
    // Movements are taken from sentAt − skew on (the server's clock may differ from ours).
    std::chrono::milliseconds skew {std::chrono::minutes(2)};
    ObservedStock observed; // pairs that were read (missing: not read)
    QSet<StockPair> unreadable; // pairs with a record whose quantity could not be read
    bool movementsRead = false; // false: the history could not be read
    QList<Movement> movements; // the pairs' movements since the earliest sentAt − skew
    // The server lists our references in its movements' notes (learned per account): only
    // then does the absence of a reference mean something.
    bool historyListsReferences = false;
};

class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(Reconciler)

public:
    // Updates status, observed, message, hint, evidence and resolution of `lines` (Unknown
    // lines of the submission with `token`).
    static void reconcile(QList<SubmissionLine> &lines, const QString &token,
                          const CheckEvidence &evidence);
    // When a line still Unknown after reconcile() may next be decided (its sentAt + settle).
    static QDateTime settlesAt(const SubmissionLine &line, const CheckEvidence &evidence);

    // The evidence of a checked line, as sentences for the user (one per line of text).
    static QString evidenceText(const SubmissionLine &line, const QLocale &locale = QLocale());

    // A request Glance refused (nothing of it applied): every line of `lines` (the request's
    // actions in order) becomes NotApplied with the reason in the app's own words. The line an
    // issue points to ("actions.N...") is explained from what the app knows about it (product,
    // SKU, warehouse, amount, the quantity read before sending, or the error's details); the
    // others name that row. The server's words are kept only for codes the app does not know.
    static void refuse(QList<SubmissionLine> &lines, const ApiError &error);
    // Whether a request that failed with `error` may still have reached the server and been
    // applied: a lost answer (OutcomeUnknown, a timeout, cancelled in flight, an unreadable 2xx)
    // or a 5xx. Its lines become Unknown and are checked; any other failure refused them.
    static bool outcomeOpen(const ApiError &error);

private:
    static QString refusedLineMessage(const SubmissionLine &line, const ValidationIssue &issue,
                                      const ApiError &error);
};

} // namespace Glance
