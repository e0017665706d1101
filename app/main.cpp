#include "core/startupoptions.h"
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

    Glance::installTranslations(QLocale::system());
    const auto options = Glance::StartupOptions::parse(app);

    Glance::AppController controller(options);
    controller.start();
    return QApplication::exec();
}
