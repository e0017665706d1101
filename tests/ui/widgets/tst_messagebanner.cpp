// MessageBanner: each type has its style icon, colour and accessible role; actions become
// buttons that trigger them and follow their text, enabled and visible state; the close button
// hides the banner and says so; a new text is the accessible name and is announced; the text
// wraps instead of being cut; right to left the layout is mirrored; the banner never takes the
// focus; the text keeps its contrast in light and dark palettes.
#include "ui/widgets/messagebanner.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Glance;

namespace {

QImage iconImage(const QIcon &icon)
{
    return icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return palette;
}

} // namespace

class TestMessageBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QApplication::setLayoutDirection(Qt::LeftToRight); }

    void typeGivesIconColourAndRole_data()
    {
        QTest::addColumn<MessageBanner::Type>("type");
        QTest::addColumn<QStyle::StandardPixmap>("pixmap");
        QTest::addColumn<QAccessible::Role>("role");
        QTest::addColumn<QString>("description");
        QTest::newRow("information")
                << MessageBanner::Information << QStyle::SP_MessageBoxInformation
                << QAccessible::StatusBar << QStringLiteral("Information");
        QTest::newRow("positive") << MessageBanner::Positive << QStyle::SP_DialogApplyButton
                                  << QAccessible::StatusBar << QStringLiteral("Done");
        QTest::newRow("warning") << MessageBanner::Warning << QStyle::SP_MessageBoxWarning
                                 << QAccessible::AlertMessage << QStringLiteral("Warning");
        QTest::newRow("error") << MessageBanner::Error << QStyle::SP_MessageBoxCritical
                               << QAccessible::AlertMessage << QStringLiteral("Error");
    }

    void typeGivesIconColourAndRole()
    {
        QFETCH(MessageBanner::Type, type);
        QFETCH(QStyle::StandardPixmap, pixmap);
        QFETCH(QAccessible::Role, role);
        QFETCH(QString, description);

        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new MessageBanner(&window);
        layout->addWidget(banner);
        // Start from another type, so that setting `type` is a change.
        banner->showMessage(QStringLiteral("Something happened."),
                            type == MessageBanner::Error ? MessageBanner::Information
                                                         : MessageBanner::Error);
        banner->showMessage(QStringLiteral("Something happened."), type);
        window.resize(400, 80);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(banner->messageType(), type);
        const QImage expected = iconImage(banner->style()->standardIcon(pixmap, nullptr, banner));
        QVERIFY(!expected.isNull());
        QCOMPARE(iconImage(banner->icon()), expected);
        // The icon shown is the type's.
        const auto *iconLabel = banner->findChild<QLabel *>(QStringLiteral("messageBannerIcon"));
        QVERIFY(iconLabel);
        const int size = banner->style()->pixelMetric(QStyle::PM_SmallIconSize);
        QCOMPARE(iconLabel->pixmap().toImage().convertToFormat(QImage::Format_ARGB32),
                 banner->icon()
                         .pixmap(QSize(size, size), banner->devicePixelRatioF())
                         .toImage()
                         .convertToFormat(QImage::Format_ARGB32));

        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
        QVERIFY(iface);
        QCOMPARE(iface->role(), role);
        QCOMPARE(iface->text(QAccessible::Description), description);

        // The background is a tint of the type's colour: its hue where the colour has one.
        const QImage grabbed = banner->grab().toImage();
        const QColor background = grabbed.pixelColor(3, grabbed.height() / 2);
        const QColor window_ = window.palette().color(QPalette::Window);
        QVERIFY2(background != window_, qPrintable(background.name()));
        if (type != MessageBanner::Information) {
            QVERIFY2(std::abs(background.hsvHue() - banner->typeColor().hsvHue()) <= 12,
                     qPrintable(background.name() + u' ' + banner->typeColor().name()));
        }
    }

    void typesDiffer()
    {
        MessageBanner banner;
        QSet<QRgb> colours;
        QList<QImage> icons;
        for (auto type : {MessageBanner::Information, MessageBanner::Positive,
                          MessageBanner::Warning, MessageBanner::Error}) {
            banner.setMessageType(type);
            colours.insert(banner.typeColor().rgb());
            const QImage icon = iconImage(banner.icon());
            QVERIFY(!icons.contains(icon));
            icons.append(icon);
        }
        QCOMPARE(colours.size(), 4);
        QCOMPARE(icons.size(), 4);
    }

    void readableInLightAndDarkPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<MessageBanner::Type>("type");
        for (bool dark : {false, true}) {
            for (auto type : {MessageBanner::Information, MessageBanner::Positive,
                              MessageBanner::Warning, MessageBanner::Error}) {
                QTest::addRow("%s %d", dark ? "dark" : "light", int(type)) << dark << type;
            }
        }
    }

    void readableInLightAndDarkPalettes()
    {
        QFETCH(bool, dark);
        QFETCH(MessageBanner::Type, type);
        QWidget window;
        if (dark)
            window.setPalette(darkPalette());
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new MessageBanner(&window);
        layout->addWidget(banner);
        banner->showMessage(QStringLiteral("Glance did not answer."), type);
        window.resize(400, 80);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QImage grabbed = banner->grab().toImage();
        const QColor background = grabbed.pixelColor(3, grabbed.height() / 2);
        const QColor text = banner->findChild<QLabel *>(QStringLiteral("messageBannerText"))
                                    ->palette()
                                    .color(QPalette::WindowText);
        // WCAG AA for normal text.
        QVERIFY2(contrast(text, background) >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3")
                                    .arg(text.name(), background.name())
                                    .arg(contrast(text, background))));
        // Dark stays dark, light stays light.
        QCOMPARE(luminance(background) < 0.2, dark);
    }

    void actionsBecomeButtons()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new MessageBanner(&window);
        layout->addWidget(banner);
        auto *retry = new QAction(QStringLiteral("&Retry"), &window);
        retry->setObjectName(QStringLiteral("retry"));
        auto *details = new QAction(QStringLiteral("&Details…"), &window);
        details->setToolTip(QStringLiteral("Show what Glance answered"));
        banner->addAction(retry);
        banner->insertAction(retry, details); // before Retry
        banner->showMessage(QStringLiteral("Glance did not answer."), MessageBanner::Error);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *retryButton = qobject_cast<QPushButton *>(banner->buttonFor(retry));
        QVERIFY(retryButton);
        QCOMPARE(retryButton, banner->findChild<QPushButton *>(QStringLiteral("retryButton")));
        QCOMPARE(retryButton->text(), QStringLiteral("&Retry"));
        QCOMPARE(retryButton->accessibleName(), QStringLiteral("Retry"));
        QVERIFY(retryButton->isVisible());
        QVERIFY(!retryButton->autoDefault());
        QVERIFY(retryButton->focusPolicy() & Qt::TabFocus); // keyboard reachable
        QAbstractButton *detailsButton = banner->buttonFor(details);
        QVERIFY(detailsButton);
        QCOMPARE(detailsButton->toolTip(), details->toolTip());
        QCOMPARE(detailsButton->accessibleName(), QStringLiteral("Details…"));
        QVERIFY(detailsButton->x() < retryButton->x()); // inserted before it
        QVERIFY(!banner->buttonFor(new QAction(&window)));

        QSignalSpy triggered(retry, &QAction::triggered);
        QTest::mouseClick(retryButton, Qt::LeftButton);
        QCOMPARE(triggered.size(), 1);
        // Its Alt letter triggers it too.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(triggered.size(), 2); // a push button's mnemonic clicks it animated (~100 ms)

        // The button follows the action.
        retry->setText(QStringLiteral("&Try again"));
        QCOMPARE(retryButton->text(), QStringLiteral("&Try again"));
        QCOMPARE(retryButton->accessibleName(), QStringLiteral("Try again"));
        retry->setEnabled(false);
        QVERIFY(!retryButton->isEnabled());
        retry->setEnabled(true);
        retry->setVisible(false);
        QVERIFY(!retryButton->isVisible());
        retry->setVisible(true);
        QVERIFY(retryButton->isVisible());

        banner->removeAction(retry);
        QVERIFY(!banner->buttonFor(retry));
        QVERIFY(!banner->findChild<QPushButton *>(QStringLiteral("retryButton")));
    }

    void closeHidesAndEmits()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new MessageBanner(&window);
        layout->addWidget(banner);
        auto *close = banner->findChild<QToolButton *>(QStringLiteral("messageBannerClose"));
        QVERIFY(close);
        QVERIFY(!banner->isCloseButtonVisible()); // optional: off unless asked
        banner->setCloseButtonVisible(true);
        QVERIFY(banner->isCloseButtonVisible());
        banner->showMessage(QStringLiteral("Added 3 rows."), MessageBanner::Positive);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(close->isVisible());
        QVERIFY(!close->accessibleName().isEmpty());
        QVERIFY(!close->toolTip().isEmpty());
        QVERIFY(close->focusPolicy() & Qt::TabFocus);

        QSignalSpy closed(banner, &MessageBanner::closed);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QCOMPARE(closed.size(), 1);
        QVERIFY(window.isVisible()); // only the banner closed

        // A new message shows it again; hide() is not the user closing it.
        banner->showMessage(QStringLiteral("Added 1 row."), MessageBanner::Positive);
        QVERIFY(banner->isVisible());
        banner->hide();
        QCOMPARE(closed.size(), 1);
        // An empty message hides it.
        banner->showMessage(QStringLiteral("Added 1 row."), MessageBanner::Positive);
        banner->showMessage({}, MessageBanner::Positive);
        QVERIFY(!banner->isVisible());
    }

    // What a screen reader reads when the banner announces itself (NameChanged on a new sentence,
    // Alert when a warning or an error shows). The events themselves are not observed: Qt hands
    // them to an update handler only while an assistive technology is active, which offscreen
    // cannot be switched on without Qt's private API.
    void textIsTheAccessibleName()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new MessageBanner(&window);
        layout->addWidget(banner);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(banner);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Message")); // before any text

        banner->showMessage(QStringLiteral("Checking the key with Glance…"),
                            MessageBanner::Information);
        QCOMPARE(banner->text(), QStringLiteral("Checking the key with Glance…"));
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Checking the key with Glance…"));

        banner->showMessage(QStringLiteral("The key was refused."), MessageBanner::Error);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("The key was refused."));
        QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("Error"));
        QCOMPARE(iface->role(), QAccessible::AlertMessage);

        // Rich text only when asked; the name is always plain.
        banner->showMessage(QStringLiteral("<b>AB-1</b> is gone"), MessageBanner::Warning);
        QCOMPARE(banner->textFormat(), Qt::PlainText);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("<b>AB-1</b> is gone"));
        banner->setTextFormat(Qt::RichText);
        banner->showMessage(QStringLiteral("<b>AB-2</b> is gone"), MessageBanner::Warning);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("AB-2 is gone"));
    }

    void textWrapsAndIsNeverCut()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new MessageBanner(&window);
        layout->addWidget(banner);
        layout->addStretch();
        banner->addAction(new QAction(QStringLiteral("&Retry"), &window));
        QString text;
        for (int i = 0; i < 30; ++i)
            text += QStringLiteral("Glance did not answer in time. ");
        banner->showMessage(text.trimmed(), MessageBanner::Error);
        window.resize(300, 800); // room for all of it: the sentence needs ~560 px at this width
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *label = banner->findChild<QLabel *>(QStringLiteral("messageBannerText"));
        QVERIFY(label->wordWrap());
        QVERIFY(label->width() < 300);
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("%1 < %2")
                                    .arg(label->height())
                                    .arg(label->heightForWidth(label->width()))));
        QVERIFY(banner->height() > 4 * label->fontMetrics().height()); // many lines
        QVERIFY(banner->geometry().bottom() <= window.height()); // all of it in the window
    }

    void rightToLeftIsMirrored()
    {
        for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            QApplication::setLayoutDirection(direction);
            QWidget window;
            auto *layout = new QVBoxLayout(&window);
            auto *banner = new MessageBanner(&window);
            layout->addWidget(banner);
            auto *retry = new QAction(QStringLiteral("&Retry"), &window);
            banner->addAction(retry);
            banner->setCloseButtonVisible(true);
            banner->showMessage(QStringLiteral("לא התקבלה תשובה מ־Glance."), MessageBanner::Error);
            window.resize(500, 80);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            const int icon = banner->findChild<QLabel *>(QStringLiteral("messageBannerIcon"))->x();
            const int text = banner->findChild<QLabel *>(QStringLiteral("messageBannerText"))->x();
            const int button = banner->buttonFor(retry)->x();
            const int close =
                    banner->findChild<QToolButton *>(QStringLiteral("messageBannerClose"))->x();
            if (direction == Qt::LeftToRight) {
                QVERIFY(icon < text && text < button && button < close);
            } else {
                QVERIFY(icon > text && text > button && button > close);
                QCOMPARE(banner->layoutDirection(), Qt::RightToLeft);
            }
        }
    }

    void neverStealsFocus()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *edit = new QLineEdit(&window);
        layout->addWidget(edit);
        auto *banner = new MessageBanner(&window);
        layout->addWidget(banner);
        banner->addAction(new QAction(QStringLiteral("&Retry"), &window));
        banner->setCloseButtonVisible(true);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        edit->setFocus();
        QCOMPARE(QApplication::focusWidget(), edit);

        QCOMPARE(banner->focusPolicy(), Qt::NoFocus);
        banner->showMessage(QStringLiteral("Glance did not answer."), MessageBanner::Error);
        QVERIFY(banner->isVisible());
        QCOMPARE(QApplication::focusWidget(), edit);
        banner->showMessage(QStringLiteral("Still no answer."), MessageBanner::Warning);
        QCOMPARE(QApplication::focusWidget(), edit);
        banner->hide();
        banner->show();
        QCOMPARE(QApplication::focusWidget(), edit);
        // The sentence is not a tab stop (the buttons are).
        QCOMPARE(banner->findChild<QLabel *>(QStringLiteral("messageBannerText"))->focusPolicy(),
                 Qt::NoFocus);
    }
};

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
