#pragma once

#include <QAccessibleWidget>

namespace Glance {

class MessageBanner;

// The accessible interface of a MessageBanner: an alert (QAccessible::AlertMessage) for
// warnings and errors, a status (QAccessible::StatusBar, ARIA's role="status") for information
// and success, following the banner's type as it changes. Name and description are the
// widget's (the banner keeps them as its text and type).
class MessageBannerAccessible : public QAccessibleWidget
{
public:
    explicit MessageBannerAccessible(MessageBanner *banner);

    QAccessible::Role role() const override;

    // Installs the factory that gives every MessageBanner this interface (once per process).
    static void installFactory();
};

} // namespace Glance
