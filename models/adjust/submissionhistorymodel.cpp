#include "models/adjust/submissionhistorymodel.h"

#include "core/adjust/draftdocument.h"
#include "core/adjust/submissionjournal.h"
#include "core/text/bidi.h"
#include "models/celltext.h"

namespace Glance {

SubmissionHistoryModel::SubmissionHistoryModel(SubmissionJournal *journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{
    if (journal)
        connect(journal, &SubmissionJournal::changed, this, &SubmissionHistoryModel::reload);
}

SubmissionHistoryModel::~SubmissionHistoryModel() = default;

void SubmissionHistoryModel::setProfile(const QString &profile)
{
    m_profile = profile;
    reload();
}

void SubmissionHistoryModel::reload()
{
    beginResetModel();
    m_rows = m_journal && !m_profile.isEmpty() ? m_journal->history(m_profile)
                                               : QList<SubmissionSummary>();
    endResetModel();
}

void SubmissionHistoryModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SubmissionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubmissionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SubmissionHistoryModel::outcomeText(const SubmissionSummary &summary, const QLocale &locale)
{
    const SubmissionCounts &c = summary.counts;
    if (summary.open) {
        if (c.unknown + c.sending > 0)
            return tr("Open: %n row(s) with an unknown outcome", nullptr, c.unknown + c.sending);
        if (c.unclear > 0)
            return tr("Open: %n row(s) need your decision", nullptr, c.unclear);
        return tr("Open: %1 of %2 applied")
                .arg(Bidi::number(c.applied, locale), Bidi::number(c.total, locale));
    }
    if (c.applied == c.total)
        return tr("All %n row(s) applied", nullptr, c.total);
    if (c.applied == 0)
        return tr("Not applied (%n row(s) returned to the draft)", nullptr, c.total);
    return tr("%1 of %2 applied; the rest returned to the draft")
            .arg(Bidi::number(c.applied, locale), Bidi::number(c.total, locale));
}

QVariant SubmissionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const SubmissionSummary &row = m_rows.at(index.row());
    if (role == SubmissionIdRole)
        return row.id;
    if (role == OpenRole)
        return row.open;
    if (role == Bidi::CellKindRole)
        return int(index.column() == LinesColumn ? Bidi::CellKind::Number : Bidi::CellKind::Text);
    if (role == Qt::TextAlignmentRole && index.column() == LinesColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case WhenColumn:
        if (sort)
            return row.createdAt;
        return m_locale.toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
    case TitleColumn:
        return row.title;
    case SourceColumn:
        if (sort)
            return row.source;
        if (row.source == DocumentKind::stocktake())
            return tr("Stocktake");
        if (row.reverses > 0)
            return tr("Reversal", "kind of submission: the opposite of an earlier one");
        return tr("Batch adjustment");
    case LinesColumn:
        return sort ? QVariant(row.counts.total)
                    : QVariant(CellText::quantity(row.counts.total, m_locale));
    case OutcomeColumn:
        if (row.reversedBy > 0 && !sort)
            //: %1 what happened to the rows (e.g. "All 3 rows applied")
            return tr("%1; reversed later").arg(outcomeText(row, m_locale));
        return outcomeText(row, m_locale);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SubmissionHistoryModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn:
        return tr("When");
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("What", "kind of submission");
    case LinesColumn:
        return tr("Rows");
    case OutcomeColumn:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Glance
