#include "core/account/profile.h"

#include "core/account/baseurl.h"
#include "core/text/bidi.h"

#include <QCoreApplication>

namespace Glance {

Profile Profile::demoProfile()
{
    Profile profile;
    profile.name = QCoreApplication::translate("Glance::Profile", "Demo", "profile name");
    profile.demo = true;
    return profile;
}

bool Profile::isValid() const
{
    if (demo)
        return true;
    return !name.trimmed().isEmpty() && BaseUrl::normalized(baseUrl).isValid();
}

QString Profile::id() const
{
    if (demo)
        return QStringLiteral("demo");
    // A normalized URL never contains a space, so the first space separates the two parts.
    return BaseUrl::normalized(baseUrl).toString(QUrl::FullyEncoded) + QLatin1Char(' ')
            + name.trimmed();
}

QString Profile::keychainAccount() const
{
    return id();
}

QString Profile::displayName() const
{
    if (demo)
        return QCoreApplication::translate("Glance::Profile", "Demo", "profile name");
    if (BaseUrl::normalized(baseUrl) == BaseUrl::defaultUrl())
        return name;
    //: %1 is the profile's name, %2 the server address (host and port)
    return QCoreApplication::translate("Glance::Profile", "%1 (%2)")
            .arg(Bidi::name(name), Bidi::isolateLtr(baseUrl.authority(QUrl::PrettyDecoded)));
}

} // namespace Glance
