#pragma once

#include <QSortFilterProxyModel>

namespace Glance {

// The review's rows that carry a flag (ReviewModel::Flag; 0: every row), sorted by the raw
// ReviewModel::SortRole.
class ReviewFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ReviewFilterModel(QObject *parent = nullptr);
    ~ReviewFilterModel() override;

    void setFlag(int flag);
    int flag() const { return m_flag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_flag = 0;
};

} // namespace Glance
