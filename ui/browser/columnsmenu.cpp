#include "ui/browser/columnsmenu.h"

#include <QHeaderView>

namespace Glance {

ColumnsMenu::ColumnsMenu(QHeaderView *header, QWidget *parent)
    : QMenu(parent)
    , m_header(header)
{
    setTitle(tr("&Columns"));
    connect(this, &QMenu::aboutToShow, this, &ColumnsMenu::rebuild);
}

ColumnsMenu::~ColumnsMenu() = default;

void ColumnsMenu::rebuild()
{
    clear();
    setTitle(tr("&Columns"));
    if (!m_header || !m_header->model())
        return;
    const int count = m_header->count();
    const int visible = count - m_header->hiddenSectionCount();
    for (int visual = 0; visual < count; ++visual) {
        const int logical = m_header->logicalIndex(visual);
        const QString text =
                m_header->model()->headerData(logical, m_header->orientation()).toString();
        QAction *action = addAction(text);
        action->setCheckable(true);
        const bool shown = !m_header->isSectionHidden(logical);
        action->setChecked(shown);
        action->setEnabled(!shown || visible > 1);
        connect(action, &QAction::toggled, this, [this, logical](bool on) {
            if (!m_header)
                return;
            m_header->setSectionHidden(logical, !on);
            Q_EMIT columnToggled(logical, on);
        });
    }
}

} // namespace Glance
