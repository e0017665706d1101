#pragma once

#include <QAccessibleWidget>

namespace Glance {

class MessageBanner;

// The accessible interface of a MessageBanner: an alert (QAccessible::AlertMessage) for
// warnings and errors, a status (QAccessible::StatusBar, ARIA's role="status") for information
// and success, following the banner's type as it changes. The name is the banner's sentence
// (MessageBanner::accessibleText()), the description its type.
class MessageBannerAccessible : public QAccessibleWidget
{
public:
    explicit MessageBannerAccessible(MessageBanner *banner);

    QAccessible::Role role() const override;
    QString text(QAccessible::Text t) const override;

    // Installs the factory that gives every MessageBanner this interface (once per process).
    static void installFactory();
};

} // namespace Glance
