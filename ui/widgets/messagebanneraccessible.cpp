#include "ui/widgets/messagebanneraccessible.h"

#include "ui/widgets/messagebanner.h"

namespace Glance {

namespace {

QAccessibleInterface *messageBannerFactory(const QString &className, QObject *object)
{
    Q_UNUSED(className)
    if (auto *banner = qobject_cast<MessageBanner *>(object))
        return new MessageBannerAccessible(banner);
    return nullptr;
}

} // namespace

MessageBannerAccessible::MessageBannerAccessible(MessageBanner *banner)
    : QAccessibleWidget(banner, QAccessible::StatusBar)
{
}

QAccessible::Role MessageBannerAccessible::role() const
{
    const auto *banner = static_cast<const MessageBanner *>(widget());
    switch (banner->messageType()) {
    case MessageBanner::Warning:
    case MessageBanner::Error:
        return QAccessible::AlertMessage;
    case MessageBanner::Information:
    case MessageBanner::Positive:
        break;
    }
    return QAccessible::StatusBar;
}

QString MessageBannerAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name)
        return static_cast<const MessageBanner *>(widget())->accessibleText();
    return QAccessibleWidget::text(t);
}

void MessageBannerAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(messageBannerFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace Glance
