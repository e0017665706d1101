#pragma once

#include <QMenu>
#include <QPointer>

class QHeaderView;

namespace Glance {

// A menu with one checkable entry per column of `header` (its model's header texts) to show
// or hide it; the last visible column cannot be hidden. Used as the header's context menu and
// under View → Columns.
class ColumnsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ColumnsMenu(QHeaderView *header, QWidget *parent = nullptr);
    ~ColumnsMenu() override;

    // Rebuilds the entries (after the model or the language changed).
    void rebuild();

Q_SIGNALS:
    // The user showed or hid a column.
    void columnToggled(int logicalIndex, bool visible);

private:
    QPointer<QHeaderView> m_header;
};

} // namespace Glance
