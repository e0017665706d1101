#include "core/appsettings.h"
#include "core/startupoptions.h"
#include "ui/account/languagechoice.h"
#include "ui/appcontroller.h"
#include "ui/translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Glance"));
    QApplication::setOrganizationDomain(QStringLiteral("glance.co.il"));
    QApplication::setApplicationName(QStringLiteral("glance-inventory"));
    QApplication::setApplicationDisplayName(QStringLiteral("Glance Inventory"));
    QApplication::setApplicationVersion(QStringLiteral(GLANCE_VERSION));

    // The language chosen in Settings (or the system's), before --help prints anything.
    Glance::installTranslations(
            Glance::LanguageChoice::localeFor(Glance::AppSettings().language()));
    const auto options = Glance::StartupOptions::parse(app);

    Glance::AppController controller(options);
    controller.start();
    return QApplication::exec();
}
