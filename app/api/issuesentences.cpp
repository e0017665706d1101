#include "api/issuesentences.h"

#include "core/text/bidi.h"

#include <utility>

namespace Glance {

namespace {

// How many issue sentences one message lists before it only counts the rest.
constexpr int kMaxIssueSentences = 3;

} // namespace

IssueSentences::IssueSentences(QString serverCode, QList<ValidationIssue> issues,
                               QList<ActionRow> actionRows)
    : m_serverCode(std::move(serverCode))
    , m_issues(std::move(issues))
    , m_actionRows(std::move(actionRows))
{
}

QString IssueSentences::quoted(const QString &text)
{
    return tr("\u201c%1\u201d").arg(Bidi::name(text));
}

int IssueSentences::actionIndex(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() < 2 || parts.first() != QLatin1String("actions"))
        return -1;
    bool ok = false;
    const int index = parts.at(1).toInt(&ok);
    return ok && index >= 0 ? index : -1;
}

QString IssueSentences::actionField(const QString &path)
{
    if (actionIndex(path) < 0)
        return {};
    return path.section(QLatin1Char('.'), 2);
}

int IssueSentences::firstActionIssue() const
{
    for (int i = 0; i < m_issues.size(); ++i) {
        if (actionIndex(m_issues.at(i).path) >= 0)
            return i;
    }
    return -1;
}

const ActionRow *IssueSentences::actionRow(int action) const
{
    if (action < 0 || action >= m_actionRows.size() || m_actionRows.at(action).row <= 0)
        return nullptr;
    return &m_actionRows.at(action);
}

// Codes Glance documents (REFERENCE.md, the SDK) get a sentence of ours, without the server's
// English; empty for any other code.
QString IssueSentences::knownCodeMessage() const
{
    const QString code = m_serverCode.trimmed().toUpper();
    const int issue = firstActionIssue();
    const ActionRow *row = issue >= 0 ? actionRow(actionIndex(m_issues.at(issue).path)) : nullptr;
    const QString number = row ? Bidi::number(row->row) : QString();
    const QString sku = row ? Bidi::sku(row->sku) : QString();
    if (code == QLatin1String("INSUFFICIENT_STOCK")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("There is not enough stock for the change in row %1 (SKU %2), so Glance "
                      "applied none of the changes sent with it.")
                    .arg(number, sku);
        return tr("There is not enough stock for one of the changes, so Glance applied none of "
                  "the changes sent with it.");
    }
    if (code == QLatin1String("PRODUCT_NOT_FOUND")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance does not know the product in row %1 (SKU %2); it may have been "
                      "deleted. None of the changes sent with it were applied.")
                    .arg(number, sku);
        if (issue >= 0)
            return tr("Glance does not know the product in one of the rows; it may have been "
                      "deleted. None of the changes sent with it were applied.");
        return tr("Glance could not find this product; it may have been deleted. Refresh the "
                  "list and try again.");
    }
    if (code == QLatin1String("WAREHOUSE_NOT_FOUND")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance does not know the warehouse in row %1 (SKU %2); it may have been "
                      "deleted. None of the changes sent with it were applied.")
                    .arg(number, sku);
        if (issue >= 0)
            return tr("Glance does not know the warehouse in one of the rows; it may have been "
                      "deleted. None of the changes sent with it were applied.");
        return tr("Glance could not find this warehouse; it may have been deleted. Refresh the "
                  "list and try again.");
    }
    if (code == QLatin1String("INVENTORY_NOT_FOUND")) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Row %1 (SKU %2) takes stock out of a warehouse where the product has no "
                      "record, so Glance applied none of the changes sent with it.")
                    .arg(number, sku);
        if (issue >= 0)
            return tr("One of the rows takes stock out of a warehouse where the product has no "
                      "record, so Glance applied none of the changes sent with it.");
        return tr("Glance could not find this record; it may have been deleted. Refresh the "
                  "list and try again.");
    }
    if (code == QLatin1String("INVENTORY_ALREADY_EXISTS"))
        return tr("This product already has a record in this warehouse. Refresh the list and "
                  "change that record instead.");
    if (code == QLatin1String("NO_ACCESS"))
        return tr("This API key is read-only or may not do this. Ask the account owner for an "
                  "editor key.");
    if (!m_issues.isEmpty() && (isValidationCode(m_serverCode) || issue >= 0))
        return issuesMessage();
    return {};
}

ApiError::ActionProblem IssueSentences::actionProblem(const ValidationIssue &issue) const
{
    const QString code = m_serverCode.trimmed().toUpper();
    if (code == QLatin1String("INSUFFICIENT_STOCK"))
        return ApiError::ActionProblem::InsufficientStock;
    if (code == QLatin1String("INVENTORY_NOT_FOUND"))
        return ApiError::ActionProblem::NoRecord;
    if (code == QLatin1String("PRODUCT_NOT_FOUND"))
        return ApiError::ActionProblem::UnknownProduct;
    if (code == QLatin1String("WAREHOUSE_NOT_FOUND"))
        return ApiError::ActionProblem::UnknownWarehouse;
    // Only a validation failure says what is wrong with the field; another code's reason is in
    // its words alone.
    if (!isValidationCode(m_serverCode))
        return ApiError::ActionProblem::Other;
    const QString field = actionField(issue.path);
    if (field == QLatin1String("productId"))
        return ApiError::ActionProblem::UnknownProduct;
    if (field == QLatin1String("warehouseId"))
        return ApiError::ActionProblem::UnknownWarehouse;
    if (field == QLatin1String("amount"))
        return ApiError::ActionProblem::BadAmount;
    if (field == QLatin1String("reason"))
        return ApiError::ActionProblem::BadReason;
    if (field == QLatin1String("notes"))
        return ApiError::ActionProblem::BadNotes;
    return ApiError::ActionProblem::Other;
}

bool IssueSentences::isValidationCode(const QString &code)
{
    // The SDK's code, and what the docs' shape puts in "error" for a validation failure.
    const QString c = code.trimmed().toUpper();
    return c.isEmpty() || c == QLatin1String("INVALID_FIELD")
            || c == QLatin1String("VALIDATION_ERROR") || c == QLatin1String("BAD REQUEST")
            || c == QLatin1String("UNPROCESSABLE ENTITY");
}

// An issue of one action of POST /inventory/adjust, named by its row when it is known.
QString IssueSentences::actionIssueSentence(const ValidationIssue &issue) const
{
    const ActionRow *row = actionRow(actionIndex(issue.path));
    const ApiError::ActionProblem problem = actionProblem(issue);
    const QString number = row ? Bidi::number(row->row) : QString();
    const QString sku = row ? Bidi::sku(row->sku) : QString();
    if (problem == ApiError::ActionProblem::BadAmount) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance did not accept the change in row %1 (SKU %2). Check that it is a "
                      "whole number other than zero and not too large.")
                    .arg(number, sku);
        return tr("Glance did not accept the change in one of the rows. Check that each change "
                  "is a whole number other than zero and not too large.");
    }
    if (problem == ApiError::ActionProblem::BadReason) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance did not accept the reason in row %1 (SKU %2); it may be too long.")
                    .arg(number, sku);
        return tr("Glance did not accept the reason in one of the rows; it may be too long.");
    }
    if (problem == ApiError::ActionProblem::BadNotes) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance did not accept the notes in row %1 (SKU %2); they may be too long.")
                    .arg(number, sku);
        return tr("Glance did not accept the notes in one of the rows; they may be too long.");
    }
    if (problem == ApiError::ActionProblem::UnknownProduct) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance does not know the product in row %1 (SKU %2); it may have been "
                      "deleted.")
                    .arg(number, sku);
        return tr("Glance does not know the product in one of the rows; it may have been "
                  "deleted.");
    }
    if (problem == ApiError::ActionProblem::UnknownWarehouse) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance does not know the warehouse in row %1 (SKU %2); it may have been "
                      "deleted.")
                    .arg(number, sku);
        return tr("Glance does not know the warehouse in one of the rows; it may have been "
                  "deleted.");
    }
    // Something else about the row: the server's words are all there is.
    if (issue.message.isEmpty()) {
        if (row)
            //: %1 is a row number, %2 its SKU
            return tr("Glance did not accept row %1 (SKU %2).").arg(number, sku);
        return tr("Glance did not accept one of the rows.");
    }
    if (row)
        //: %1 is a row number, %2 its SKU, %3 Glance's own explanation in quotes
        return tr("Glance did not accept row %1 (SKU %2): %3")
                .arg(number, sku, quoted(issue.message));
    //: %1 is Glance's own explanation in quotes
    return tr("Glance did not accept one of the rows: %1").arg(quoted(issue.message));
}

// An issue of a field the client sends outside adjustments; empty for a field it does not know.
QString IssueSentences::fieldIssueSentence(const ValidationIssue &issue) const
{
    if (!isValidationCode(m_serverCode))
        return {};
    if (issue.path == QLatin1String("quantity"))
        return tr("Glance did not accept the quantity. Enter a whole number, 0 or more.");
    if (issue.path == QLatin1String("location"))
        return tr("Glance did not accept the location; it may be too long.");
    if (issue.path == QLatin1String("productId"))
        return tr("Glance does not know this product; it may have been deleted.");
    if (issue.path == QLatin1String("warehouseId"))
        return tr("Glance does not know this warehouse; it may have been deleted.");
    return {};
}

QString IssueSentences::issuesMessage() const
{
    QStringList sentences;
    QStringList unknown;
    for (const ValidationIssue &issue : m_issues) {
        const QString sentence = actionIndex(issue.path) >= 0 ? actionIssueSentence(issue)
                                                              : fieldIssueSentence(issue);
        if (!sentence.isEmpty()) {
            if (!sentences.contains(sentence))
                sentences << sentence;
        } else if (issue.path.isEmpty()) {
            unknown << Bidi::name(issue.message);
        } else if (issue.message.isEmpty()) {
            unknown << Bidi::isolateLtr(issue.path);
        } else {
            // Each value isolated: the field left to right, the server's words in their own
            // direction; no brackets around them (they turn around in right-to-left text).
            //: %1 is a field name as Glance calls it, %2 what is wrong with its value
            unknown << tr("%1: %2").arg(Bidi::isolateLtr(issue.path), Bidi::name(issue.message));
        }
    }
    if (!unknown.isEmpty())
        //: %1 lists the fields, separated by semicolons
        sentences << tr("Glance did not accept some values: %1. Correct them and try again.")
                             .arg(unknown.join(QStringLiteral("; ")));
    const int more = int(sentences.size()) - kMaxIssueSentences;
    if (more > 0) {
        sentences = sentences.mid(0, kMaxIssueSentences);
        sentences << tr("Glance found %n more problem(s) of the same kind.", nullptr, more);
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace Glance
