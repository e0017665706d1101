#pragma once

#include <QIcon>
#include <QIconEngine>

namespace Glance {

// An icon engine that shows another icon mirrored left to right: always, or only while the
// application's layout direction is right to left (decided when painting, so a language switch
// turns the arrows at once). Made by directionalIcon() and mirroredIcon().
class MirrorIconEngine : public QIconEngine
{
public:
    enum class When { Always, RightToLeft };

    MirrorIconEngine(const QIcon &icon, When when);
    ~MirrorIconEngine() override;

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;
    bool isNull() override;

private:
    bool mirrorsNow() const;
    static QPixmap mirrored(const QPixmap &pixmap);

    QIcon m_icon;
    When m_when;
};

} // namespace Glance
