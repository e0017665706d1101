#include "core/appsettings.h"
#include "core/startupoptions.h"
#include "core/text/languagecode.h"
#include "ui/appcontroller.h"
#include "ui/translations.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Glance"));
    QApplication::setOrganizationDomain(QStringLiteral("glance.co.il"));
    QApplication::setApplicationName(QStringLiteral("glance-inventory"));
    QApplication::setApplicationVersion(QStringLiteral(GLANCE_VERSION));

    // --lang, else the language chosen in Settings, else the system's; before --help prints.
    // Also sets the (translated) application display name.
    Glance::installTranslations(
            Glance::chooseLocale(Glance::LanguageCode::fromArguments(QCoreApplication::arguments()),
                                 Glance::AppSettings().language()));
    const auto options = Glance::StartupOptions::parse(app);

    Glance::AppController controller(options);
    controller.start();
    return QApplication::exec();
}
