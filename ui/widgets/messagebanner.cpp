#include "ui/widgets/messagebanner.h"

#include "ui/widgets/messagebanneraccessible.h"

#include <QAccessible>
#include <QAction>
#include <QActionEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>

namespace Glance {

namespace {

// The types' colours where the palette has none (KDE's Breeze positive, neutral, negative):
// only tinted into the background and drawn as the border, the text keeps the palette's colour.
constexpr QRgb positiveColor = 0x27ae60;
constexpr QRgb warningColor = 0xf67400;
constexpr QRgb errorColor = 0xda4453;
// How much of the type's colour the background takes over the window colour.
constexpr qreal tint = 0.2;

QColor mix(const QColor &base, const QColor &over, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() + (over.redF() - base.redF()) * amount),
                            float(base.greenF() + (over.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (over.blueF() - base.blueF()) * amount));
}

// "&Sign in…" → "Sign in…"; "&&" stays one "&".
QString withoutMnemonic(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                ++i;
            else
                continue;
        }
        result.append(text.at(i));
    }
    return result;
}

// "actionRetry" and "retry" both give "retryButton".
QString buttonName(QString actionName)
{
    const QLatin1String prefix("action");
    if (actionName.size() > prefix.size() && actionName.startsWith(prefix)
        && actionName.at(prefix.size()).isUpper()) {
        actionName.remove(0, prefix.size());
        actionName[0] = actionName.at(0).toLower();
    }
    return actionName + QStringLiteral("Button");
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    MessageBannerAccessible::installFactory();
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    // Its height follows its width (the sentence wraps); Maximum would cap it at the size hint,
    // which is measured at another width, and cut a long sentence.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);

    m_layout = new QHBoxLayout(this);
    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(QStringLiteral("messageBannerIcon"));
    m_iconLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_iconLabel->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_layout->addWidget(m_iconLabel);

    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(QStringLiteral("messageBannerText"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setFocusPolicy(Qt::NoFocus);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_textLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_layout->addWidget(m_textLabel, 1);

    m_buttonLayout = new QHBoxLayout;
    m_buttonLayout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(m_buttonLayout);

    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("messageBannerClose"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setFocusPolicy(Qt::TabFocus);
    m_closeButton->hide();
    m_layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::close);

    updateIcon();
    retranslate();
}

MessageBanner::~MessageBanner() = default;

QString MessageBanner::text() const
{
    return m_textLabel->text();
}

void MessageBanner::setText(const QString &text)
{
    if (text == m_textLabel->text())
        return;
    m_textLabel->setText(text);
    updateAccessibleName();
}

QString MessageBanner::plainText() const
{
    const QString text = m_textLabel->text();
    const bool rich = m_textLabel->textFormat() == Qt::RichText
            || (m_textLabel->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    return rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

QString MessageBanner::accessibleText() const
{
    const QString text = plainText();
    return text.isEmpty() ? tr("Message") : text;
}

void MessageBanner::updateAccessibleName()
{
    // Screen readers: the name is the sentence (MessageBannerAccessible reads accessibleText()).
    // The event is sent here, once per change: QWidget::setAccessibleName() sends none in Qt 6.4
    // and one in later versions, so it is not used.
    const QString name = accessibleText();
    if (name == m_announcedName)
        return;
    m_announcedName = name;
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

MessageBanner::Type MessageBanner::messageType() const
{
    return m_type;
}

void MessageBanner::setMessageType(Type type)
{
    if (type == m_type)
        return;
    m_type = type;
    updateIcon();
    updateAccessibleDescription();
    update();
}

bool MessageBanner::isCloseButtonVisible() const
{
    return !m_closeButton->isHidden();
}

void MessageBanner::setCloseButtonVisible(bool visible)
{
    m_closeButton->setVisible(visible);
}

Qt::TextFormat MessageBanner::textFormat() const
{
    return m_textLabel->textFormat();
}

void MessageBanner::setTextFormat(Qt::TextFormat format)
{
    m_textLabel->setTextFormat(format);
    updateAccessibleName();
}

QIcon MessageBanner::icon() const
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (m_type) {
    case Information:
        break;
    case Positive:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    return style()->standardIcon(pixmap, nullptr, this);
}

QColor MessageBanner::typeColor() const
{
    switch (m_type) {
    case Information:
        break;
    case Positive:
        return QColor(positiveColor);
    case Warning:
        return QColor(warningColor);
    case Error:
        return QColor(errorColor);
    }
    return palette().color(QPalette::Highlight);
}

QAbstractButton *MessageBanner::buttonFor(const QAction *action) const
{
    return m_buttons.value(action);
}

void MessageBanner::showMessage(const QString &text, Type type)
{
    setMessageType(type);
    setText(text);
    if (text.isEmpty()) {
        hide();
        return;
    }
    if (isVisible())
        alert(); // a new sentence in a banner already shown is read out too
    else
        show(); // showEvent() alerts
}

void MessageBanner::actionEvent(QActionEvent *event)
{
    QAction *action = event->action();
    switch (event->type()) {
    case QEvent::ActionAdded: {
        auto *button = new QPushButton(this);
        button->setAutoDefault(false);
        if (!action->objectName().isEmpty())
            button->setObjectName(buttonName(action->objectName()));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttons.insert(action, button);
        const int before =
                event->before() ? m_buttonLayout->indexOf(m_buttons.value(event->before())) : -1;
        m_buttonLayout->insertWidget(before, button, 0, Qt::AlignTop);
        updateButton(action);
        break;
    }
    case QEvent::ActionChanged:
        updateButton(action);
        break;
    case QEvent::ActionRemoved:
        delete m_buttons.take(action);
        break;
    default:
        break;
    }
    QFrame::actionEvent(event);
}

void MessageBanner::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::StyleChange:
        updateIcon();
        break;
    case QEvent::PaletteChange:
        update();
        break;
    case QEvent::LanguageChange:
        retranslate();
        break;
    default:
        break;
    }
    QFrame::changeEvent(event);
}

void MessageBanner::closeEvent(QCloseEvent *event)
{
    QFrame::closeEvent(event);
    Q_EMIT closed();
}

void MessageBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = typeColor();
    painter.setPen(QPen(color, 1));
    painter.setBrush(mix(palette().color(QPalette::Window), color, tint));
    const qreal radius = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this) + 2;
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

void MessageBanner::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    if (!event->spontaneous())
        alert();
}

void MessageBanner::updateIcon()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(icon().pixmap(QSize(size, size), devicePixelRatioF()));
    m_iconLabel->setFixedWidth(size);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
}

void MessageBanner::updateAccessibleDescription()
{
    switch (m_type) {
    case Information:
        setAccessibleDescription(tr("Information"));
        break;
    case Positive:
        setAccessibleDescription(tr("Done", "a message banner saying something succeeded"));
        break;
    case Warning:
        setAccessibleDescription(tr("Warning"));
        break;
    case Error:
        setAccessibleDescription(tr("Error"));
        break;
    }
}

void MessageBanner::updateButton(QAction *action)
{
    QPushButton *button = m_buttons.value(action);
    if (!button)
        return;
    button->setText(action->text());
    button->setIcon(action->icon());
    button->setToolTip(action->toolTip() == withoutMnemonic(action->text()) ? QString()
                                                                            : action->toolTip());
    button->setAccessibleName(withoutMnemonic(action->text()));
    button->setEnabled(action->isEnabled());
    button->setVisible(action->isVisible());
}

void MessageBanner::retranslate()
{
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    updateAccessibleName();
    updateAccessibleDescription();
}

void MessageBanner::alert()
{
    if (m_type != Warning && m_type != Error)
        return;
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

} // namespace Glance
