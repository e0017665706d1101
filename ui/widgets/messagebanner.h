#pragma once

#include <QFrame>
#include <QHash>
#include <QIcon>

class QAbstractButton;
class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace Glance {

// One message banner for windows and dialogs (like KDE's KMessageWidget, KeePassXC's
// MessageWidget): a sentence with the type's icon and colour (information, success, warning,
// error), the widget's actions as buttons after it and an optional close button.
//
// - Colours come from the palette (a tint of the type's colour over the window colour, the text
//   in the palette's text colour), so it reads in light and dark palettes; icons are the style's
//   standard icons; in a right-to-left layout everything is mirrored by the layout.
// - The text wraps and is never cut (the banner grows in height); plain text unless
//   setTextFormat() asks for rich text.
// - addAction() adds a push button (text with its Alt letter, tooltip, icon, enabled and visible
//   follow the action; accessible name without the "&"); buttonFor() finds it. A button is named
//   after its action: `retryButton` for an action named `actionRetry` or `retry`.
// - The banner never takes the focus (showing it, a new text or type leave the focus where it
//   is); its buttons are reachable with Tab and their Alt letters.
// - Accessibility: the accessible name is the text ("Message" while there is none; do not set
//   one in Designer), the description the type ("Error", …), the
//   role an alert for warnings and errors and a status for information and success; a new text
//   sends NameChanged, showing a warning or an error sends an Alert event, so screen readers
//   read it out.
//
// Usable from Qt Designer as a promoted QFrame (header "ui/widgets/messagebanner.h").
class MessageBanner : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText)
    Q_PROPERTY(Type messageType READ messageType WRITE setMessageType)
    Q_PROPERTY(bool closeButtonVisible READ isCloseButtonVisible WRITE setCloseButtonVisible)
    Q_PROPERTY(Qt::TextFormat textFormat READ textFormat WRITE setTextFormat)

public:
    enum Type { Information, Positive, Warning, Error };
    Q_ENUM(Type)

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    QString text() const;
    void setText(const QString &text);
    Type messageType() const;
    void setMessageType(Type type);
    bool isCloseButtonVisible() const;
    void setCloseButtonVisible(bool visible);
    Qt::TextFormat textFormat() const;
    void setTextFormat(Qt::TextFormat format);

    // The text without markup (the same as text() unless the format is rich text).
    QString plainText() const;
    // What screen readers read as the banner's name: the plain text, or "Message" while empty.
    QString accessibleText() const;

    // The type's icon (the style's standard icon) and colour (before it is tinted).
    QIcon icon() const;
    QColor typeColor() const;
    // The button showing `action` (nullptr when the action is not the banner's).
    QAbstractButton *buttonFor(const QAction *action) const;

public Q_SLOTS:
    // Sets the text and the type and shows the banner; an empty text hides it.
    void showMessage(const QString &text, Glance::MessageBanner::Type type);

Q_SIGNALS:
    // The user closed the banner (the close button, or close()).
    void closed();

protected:
    void actionEvent(QActionEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateIcon();
    void updateAccessibleName();
    void updateAccessibleDescription();
    void updateButton(QAction *action);
    void retranslate();
    void alert();

    QHBoxLayout *m_layout = nullptr;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QHBoxLayout *m_buttonLayout = nullptr;
    QToolButton *m_closeButton = nullptr;
    QHash<const QAction *, QPushButton *> m_buttons;
    Type m_type = Information;
    QString m_announcedName;
};

} // namespace Glance
