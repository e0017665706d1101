#pragma once

#include "core/adjust/submission.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>

namespace Glance {

class SubmissionJournal;

// The local history of submissions of one profile, newest first: when, what, how many lines,
// and the outcome. Reloads when the journal changes.
class SubmissionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, TitleColumn, SourceColumn, LinesColumn, OutcomeColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        SubmissionIdRole,
        OpenRole, // bool: not closed yet
    };

    explicit SubmissionHistoryModel(SubmissionJournal *journal, QObject *parent = nullptr);
    ~SubmissionHistoryModel() override;

    void setProfile(const QString &profile);
    QString profile() const { return m_profile; }
    void reload();
    void setLocale(const QLocale &locale);
    const SubmissionSummary &summary(int row) const { return m_rows.at(row); }

    static QString outcomeText(const SubmissionSummary &summary, const QLocale &locale = QLocale());

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool isRowIndex(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && !index.parent().isValid()
                && index.row() < rowCount() && index.column() < columnCount();
    }
    QPointer<SubmissionJournal> m_journal;
    QString m_profile;
    QList<SubmissionSummary> m_rows;
    QLocale m_locale;
};

} // namespace Glance
