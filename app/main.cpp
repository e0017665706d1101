#include "core/appsettings.h"
#include "core/startupoptions.h"
#include "core/text/languagecode.h"
#include "ui/appcontroller.h"
#include "ui/firstpaintlog.h"
#include "ui/translations.h"

#include <QApplication>
#include <QIcon>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Glance"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("glance.co.il"));
    QCoreApplication::setApplicationName(QStringLiteral("glance-inventory"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLANCE_VERSION));
}

// --lang, else the language chosen in Settings, else the system's; before --help prints.
// Also sets the (translated) application display name.
void translate()
{
    Glance::installTranslations(
            Glance::chooseLocale(Glance::LanguageCode::fromArguments(QCoreApplication::arguments()),
                                 Glance::AppSettings().language()));
}

} // namespace

int main(int argc, char *argv[])
{
    // --help, --version and a command line that cannot be parsed are answered without a window
    // system (QApplication aborts without a display): a packager's or an admin's first command
    // must work on a headless machine. process() prints the answer and exits.
    if (Glance::StartupOptions::answersWithText(Glance::StartupOptions::argumentsOf(argc, argv))) {
        QCoreApplication app(argc, argv);
        setIdentity();
        translate();
        Glance::StartupOptions::parse(app);
        return 0; // not reached: parse() exits for every command line answersWithText() accepts
    }

    QApplication app(argc, argv);
    setIdentity();
    // The desktop entry (Wayland matches windows to it) and the icon of every window.
    QGuiApplication::setDesktopFileName(QStringLiteral("il.co.glance.inventory"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/glance-inventory.svg")));
    translate();
    const auto options = Glance::StartupOptions::parse(app);

    const Glance::FirstPaintLog firstPaintLog; // QT_LOGGING_RULES="glance.ui.info=true"
    Glance::AppController controller(options);
    controller.start();
    return QApplication::exec();
}
