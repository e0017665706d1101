#include "ui/browser/lowstockdelegate.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace Glance {

LowStockDelegate::LowStockDelegate(int lowStockRole, int quantityColumn, QObject *parent)
    : BidiItemDelegate(parent)
    , m_lowStockRole(lowStockRole)
    , m_quantityColumn(quantityColumn)
{
}

LowStockDelegate::~LowStockDelegate() = default;

QColor LowStockDelegate::tint(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor amber(0xf0, 0x9a, 0x1a);
    const qreal mix = base.lightnessF() > 0.5 ? 0.28 : 0.38;
    return QColor::fromRgbF(float(base.redF() * (1 - mix) + amber.redF() * mix),
                            float(base.greenF() * (1 - mix) + amber.greenF() * mix),
                            float(base.blueF() * (1 - mix) + amber.blueF() * mix));
}

QColor LowStockDelegate::changedTint(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor mark = palette.color(QPalette::Highlight);
    const qreal mix = 0.3;
    return QColor::fromRgbF(float(base.redF() * (1 - mix) + mark.redF() * mix),
                            float(base.greenF() * (1 - mix) + mark.greenF() * mix),
                            float(base.blueF() * (1 - mix) + mark.blueF() * mix));
}

void LowStockDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(m_lowStockRole).toBool()) {
        option->backgroundBrush = tint(option->palette);
        if (index.column() == m_quantityColumn) {
            option->font.setBold(true);
            const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
            option->icon =
                    style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
            option->features |= QStyleOptionViewItem::HasDecoration;
            const int size = option->fontMetrics.height() - 2;
            option->decorationSize = QSize(size, size);
        }
    }
    if (m_changedRole >= 0 && index.data(m_changedRole).toBool())
        option->backgroundBrush = changedTint(option->palette);
    // Last, so the direction rules know about the icon (it stays on the view's leading side).
    applyCellKind(option, cellKind(index));
}

} // namespace Glance
