// directionalIcon(): an arrow given in its left-to-right form points the other way while the
// application is right to left, and turns back at once when the language switches; mirroredIcon()
// always mirrors. Checked on the pixels of an asymmetric icon, through pixmap() and paint().
#include "ui/i18n/directionalicon.h"

#include <QApplication>
#include <QPainter>
#include <QTest>

using namespace Glance;

namespace {

const QColor Left(Qt::red);
const QColor Right(Qt::blue);

// Red on the left half, blue on the right: "points right".
QIcon arrow()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Right);
    QPainter painter(&pixmap);
    painter.fillRect(0, 0, 8, 16, Left);
    painter.end();
    return QIcon(pixmap);
}

bool pointsRight(const QImage &image)
{
    return image.pixelColor(1, image.height() / 2) == Left
            && image.pixelColor(image.width() - 2, image.height() / 2) == Right;
}

bool pointsLeft(const QImage &image)
{
    return image.pixelColor(1, image.height() / 2) == Right
            && image.pixelColor(image.width() - 2, image.height() / 2) == Left;
}

QImage painted(const QIcon &icon)
{
    QImage image(24, 24, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    icon.paint(&painter, QRect(4, 4, 16, 16));
    painter.end();
    return image.copy(4, 4, 16, 16);
}

} // namespace

class TestDirectionalIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QApplication::setLayoutDirection(Qt::LeftToRight); }

    void followsTheApplication()
    {
        const QIcon icon = directionalIcon(arrow());
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY(pointsRight(icon.pixmap(16, 16).toImage()));
        QVERIFY(pointsRight(painted(icon)));

        QApplication::setLayoutDirection(Qt::RightToLeft);
        QVERIFY(pointsLeft(icon.pixmap(16, 16).toImage()));
        QVERIFY(pointsLeft(painted(icon)));
        // High-DPI pixmaps too.
        QVERIFY(pointsLeft(icon.pixmap(QSize(16, 16), 2.0).toImage()));

        QApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY(pointsRight(icon.pixmap(16, 16).toImage()));
        QCOMPARE(icon.actualSize(QSize(16, 16)), QSize(16, 16));
        QCOMPARE(icon.availableSizes(), arrow().availableSizes());
    }

    void copiesKeepTheRule()
    {
        QIcon copy;
        {
            const QIcon icon = directionalIcon(arrow());
            copy = icon;
            copy.detach();
        }
        QApplication::setLayoutDirection(Qt::RightToLeft);
        QVERIFY(pointsLeft(copy.pixmap(16, 16).toImage()));
    }

    void alwaysMirrored()
    {
        const QIcon icon = mirroredIcon(arrow());
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QVERIFY(pointsLeft(icon.pixmap(16, 16).toImage()));
        QApplication::setLayoutDirection(Qt::RightToLeft);
        QVERIFY(pointsLeft(icon.pixmap(16, 16).toImage()));
    }

    void nullStaysNull()
    {
        QVERIFY(directionalIcon(QIcon()).isNull());
        QVERIFY(mirroredIcon(QIcon()).isNull());
        QVERIFY(!directionalIcon(arrow()).isNull());
    }
};

QTEST_MAIN(TestDirectionalIcon)
#include "tst_directionalicon.moc"
