#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Glance {

// The sentences for Glance's error codes and the validation issues of a refused request, naming
// the row and SKU an issue points to (never "actions.1.amount"), from what ApiError read of the
// answer: the server's code, its issues and the rows the request's actions stand for. The one
// place that reads the documented codes and issue paths: ApiError::userMessage() and the batch
// rows' sentences (through ApiError::actionProblem()) both ask here.
class IssueSentences
{
    Q_DECLARE_TR_FUNCTIONS(IssueSentences)

public:
    IssueSentences(QString serverCode, QList<ValidationIssue> issues, QList<ActionRow> actionRows);

    // The sentence for a code Glance documents (without the server's English), or for the
    // issues of a validation failure; empty for any other code. RATE_LIMIT_EXCEEDED is not
    // here: its sentence depends on when the limit resets (ApiError).
    QString knownCodeMessage() const;
    // Every issue in one message: a sentence per distinct problem (rows named), the fields the
    // client does not know listed with the server's words, at most three sentences and a count
    // of the rest.
    QString issuesMessage() const;
    // What is wrong with one action of POST /inventory/adjust (see ApiError::ActionProblem).
    ApiError::ActionProblem actionProblem(const ValidationIssue &issue) const;
    // The first issue that points to an action (its index in the issues), or -1.
    int firstActionIssue() const;

    // The action an issue path "actions.N" or "actions.N.field" points to (N), or -1.
    static int actionIndex(const QString &path);
    // The field of such a path ("amount"), empty for "actions.N" itself or another path.
    static QString actionField(const QString &path);
    // Whether `code` means "a value was not valid": issues then name fields whose problem the
    // client can put in its own words.
    static bool isValidationCode(const QString &code);
    // The server's own words (English, or whatever it sent), in quotes and isolated.
    static QString quoted(const QString &text);

private:
    QString actionIssueSentence(const ValidationIssue &issue) const;
    QString fieldIssueSentence(const ValidationIssue &issue) const;
    const ActionRow *actionRow(int action) const;

    QString m_serverCode;
    QList<ValidationIssue> m_issues;
    QList<ActionRow> m_actionRows;
};

} // namespace Glance
