#pragma once

#include <QSortFilterProxyModel>

namespace Glance {

// The counting window's lines that match a search (to find the product an unknown code belongs
// to): the text is in the SKU, the name or the location, case-insensitively; empty: every line.
// Only those columns are searched, never the counts (nor, in a blind count, anything that could
// tell the expected quantity). A location narrows it to the lines at that location in Glance
// (counting shelf by shelf).
class CountingFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CountingFilterModel(QObject *parent = nullptr);
    ~CountingFilterModel() override;

    void setSearch(const QString &text);
    QString search() const { return m_search; }
    // Only the lines whose location is `location` (empty: every location).
    void setLocation(const QString &location);
    QString location() const { return m_location; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search; // case-folded, trimmed
    QString m_location;
};

} // namespace Glance
