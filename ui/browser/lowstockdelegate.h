#pragma once

#include "ui/i18n/bidiitemdelegate.h"

namespace Glance {

// Paints low-stock rows of an inventory table: a warning tint behind the row, and the quantity
// in bold with a warning icon, so the state does not rely on colour alone (the model also gives
// a tooltip and an accessible description). `lowStockRole` is the model's bool role. Text
// direction per cell (SKUs and numbers left to right in Hebrew too) comes from
// BidiItemDelegate.
class LowStockDelegate : public BidiItemDelegate
{
    Q_OBJECT

public:
    LowStockDelegate(int lowStockRole, int quantityColumn, QObject *parent = nullptr);
    ~LowStockDelegate() override;

    // The tint for `palette`: the palette's base mixed with an amber that reads on light and
    // dark themes alike.
    static QColor tint(const QPalette &palette);
    // Rows whose `role` (a bool) is true get a light highlight tint: a background refresh
    // changed them a moment ago. -1 (the default): none.
    void setChangedRole(int role) { m_changedRole = role; }
    static QColor changedTint(const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_lowStockRole;
    int m_quantityColumn;
    int m_changedRole = -1;
};

} // namespace Glance
