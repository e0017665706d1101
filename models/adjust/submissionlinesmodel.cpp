#include "models/adjust/submissionlinesmodel.h"

#include "core/adjust/reconciler.h"
#include "core/text/bidi.h"
#include "models/celltext.h"

namespace Glance {

SubmissionLinesModel::SubmissionLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

SubmissionLinesModel::~SubmissionLinesModel() = default;

void SubmissionLinesModel::setSubmission(const Submission &submission)
{
    const bool sameShape = submission.id == m_submission.id
            && submission.lines.size() == m_submission.lines.size();
    if (sameShape) {
        m_submission = submission;
        if (!m_submission.lines.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_submission = submission;
    endResetModel();
}

void SubmissionLinesModel::clear()
{
    beginResetModel();
    m_submission = {};
    endResetModel();
}

void SubmissionLinesModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_submission.lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SubmissionLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_submission.lines.size());
}

int SubmissionLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SubmissionLinesModel::statusText(const SubmissionLine &line)
{
    switch (line.status) {
    case LineStatus::Pending:
        return line.attempts > 0 ? tr("To send again") : tr("Not sent yet");
    case LineStatus::Sending:
        return tr("Sending…");
    case LineStatus::Applied:
        switch (line.resolution) {
        case Resolution::Check:
            return tr("Applied (checked)");
        case Resolution::User:
            return tr("Applied (your decision)");
        default:
            return tr("Applied");
        }
    case LineStatus::NotApplied:
        switch (line.resolution) {
        case Resolution::Check:
            return tr("Not applied (checked)");
        case Resolution::User:
            return tr("Not applied (your decision)");
        default:
            return tr("Not applied");
        }
    case LineStatus::Unknown:
        return tr("Outcome unknown");
    case LineStatus::Unclear:
        return tr("Unclear: your decision");
    }
    return {};
}

QVariant SubmissionLinesModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const SubmissionLine &line = m_submission.lines.at(index.row());
    const auto column = Column(index.column());
    // What the server said, else what an applied line must have been (no ternaries of
    // optionals: GCC 12 reports them as maybe-uninitialized in optimized builds).
    std::optional<qint64> previous = line.serverPrevious;
    std::optional<qint64> after = line.serverNew;
    if (line.status == LineStatus::Applied) {
        if (!previous)
            previous = line.expectedBefore;
        if (!after)
            after = line.expectedAfter;
    }
    auto number = [&](const std::optional<qint64> &value) -> QVariant {
        if (role == SortRole)
            return value ? QVariant(*value) : QVariant();
        return CellText::quantity(value, m_locale);
    };

    switch (role) {
    case StatusRole:
        return int(line.status);
    case HighlightRole:
        return line.previousDiffersFromShown();
    case NeedsDecisionRole:
        return line.status == LineStatus::Unclear;
    case Bidi::CellKindRole:
        if (column == SkuColumn)
            return int(Bidi::CellKind::Code);
        if (column == AmountColumn || column == ShownColumn || column == PreviousColumn
            || column == NewColumn || column == PartColumn)
            return int(Bidi::CellKind::Number);
        return int(Bidi::CellKind::Text);
    case Qt::TextAlignmentRole:
        if (column == AmountColumn || column == ShownColumn || column == PreviousColumn
            || column == NewColumn || column == PartColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole: {
        QStringList parts;
        if (line.previousDiffersFromShown() && line.line.shownBefore && previous)
            parts.append(tr("The editor showed %1, but the quantity was %2 when the change was "
                            "applied: stock moved meanwhile.")
                                 .arg(Bidi::quantity(*line.line.shownBefore, m_locale),
                                      Bidi::quantity(*previous, m_locale)));
        if (!line.message.isEmpty())
            parts.append(line.message);
        if (!line.hint.isEmpty())
            parts.append(line.hint);
        if (!line.evidence.isEmpty())
            parts.append(Reconciler::evidenceText(line, m_locale));
        return parts.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    switch (column) {
    case StatusColumn:
        return role == SortRole ? QVariant(int(line.status)) : QVariant(statusText(line));
    case SkuColumn:
        return line.line.sku;
    case ProductColumn:
        return line.line.productName;
    case WarehouseColumn:
        return line.line.warehouseName.isEmpty()
                ? tr("Warehouse %1").arg(Bidi::number(line.line.warehouseId, m_locale))
                : line.line.warehouseName;
    case AmountColumn:
        if (role == SortRole)
            return line.line.amount;
        return Bidi::formatSignedAmount(line.line.amount, m_locale);
    case ShownColumn:
        return number(line.line.shownBefore);
    case PreviousColumn:
        return number(previous);
    case NewColumn:
        return number(after);
    case PartColumn:
        if (role == SortRole)
            return line.chunk;
        return line.chunk > 0 ? CellText::quantity(line.chunk, m_locale) : QString();
    case DetailsColumn: {
        if (!line.message.isEmpty() && !line.hint.isEmpty())
            return tr("%1 %2", "message, then hint").arg(line.message, line.hint);
        return line.message.isEmpty() ? line.hint : line.message;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SubmissionLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StatusColumn:
        return tr("Status");
    case SkuColumn:
        return tr("SKU");
    case ProductColumn:
        return tr("Product");
    case WarehouseColumn:
        return tr("Warehouse");
    case AmountColumn:
        return tr("Change", "signed amount to add or remove");
    case ShownColumn:
        return tr("Shown", "quantity the editor showed");
    case PreviousColumn:
        return tr("Previous", "quantity before the change");
    case NewColumn:
        return tr("New", "quantity after the change");
    case PartColumn:
        return tr("Part", "which request of the submission carried the row");
    case DetailsColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Glance
