#pragma once

#include "core/adjust/submission.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Glance {

// The lines of one submission for the results view and the history: what was sent, where it
// stands, the server's previous -> new quantities, and a highlight where the previous quantity
// differs from what the editor showed (stock moved meanwhile).
class SubmissionLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        SkuColumn,
        ProductColumn,
        WarehouseColumn,
        AmountColumn,
        ShownColumn,
        PreviousColumn,
        NewColumn,
        PartColumn,
        DetailsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1,
        StatusRole, // int(LineStatus)
        HighlightRole, // bool: previous quantity differs from what the editor showed
        NeedsDecisionRole, // bool: Unclear, the user decides
    };

    explicit SubmissionLinesModel(QObject *parent = nullptr);
    ~SubmissionLinesModel() override;

    void setSubmission(const Submission &submission);
    const Submission &submission() const { return m_submission; }
    void clear();
    void setLocale(const QLocale &locale);

    static QString statusText(const SubmissionLine &line);

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
    Submission m_submission;
    QLocale m_locale;
};

} // namespace Glance
