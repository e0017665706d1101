#include "ui/adjust/highlightproxymodel.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace Glance {

namespace {

// Soft tints that keep text readable in light and dark palettes.
QColor tint(const QColor &colour)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    QColor c = colour;
    c.setAlpha(dark ? 90 : 60);
    return c;
}

} // namespace

HighlightProxyModel::HighlightProxyModel(int severityRole, int highlightRole, int decisionRole,
                                         QObject *parent)
    : QIdentityProxyModel(parent)
    , m_severityRole(severityRole)
    , m_highlightRole(highlightRole)
    , m_decisionRole(decisionRole)
{
}

QVariant HighlightProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole && index.isValid()) {
        if (m_decisionRole >= 0 && index.data(m_decisionRole).toBool())
            return QBrush(tint(QColor(0xe0, 0x8a, 0x00)));
        if (m_severityRole >= 0) {
            const int severity = index.data(m_severityRole).toInt();
            if (severity == 1)
                return QBrush(tint(QColor(0xd0, 0x30, 0x30)));
            if (severity == 0)
                return QBrush(tint(QColor(0xe0, 0xb0, 0x00)));
        }
        if (m_highlightRole >= 0 && index.data(m_highlightRole).toBool())
            return QBrush(tint(QColor(0x30, 0x80, 0xe0)));
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Glance
