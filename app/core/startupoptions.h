#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QCommandLineParser;

namespace Glance {

// What the command line asks for. --help and --version are answered by parse() itself.
struct StartupOptions
{
    Q_DECLARE_TR_FUNCTIONS(StartupOptions)

public:
    bool demo = false;
    QUrl baseUrl; // empty: the profile's (default https://api.glance.co.il)
    QString language; // --lang: "he" or "en" (empty: settings or system)
    QString sandboxProgram; // --sandbox PATH, for --demo (default: next to the executable)
    QString error; // non-empty: the command line could not be used

    // Parses QCoreApplication::arguments(); exits the process for --help and --version.
    static StartupOptions parse(const QCoreApplication &app);
    // True when `arguments` (program name first) ask only for text: --help, --help-all,
    // --version, or a command line the parser refuses (an unknown option that is not one of Qt's
    // window-system options such as -platform, a missing value). main()
    // answers those with a QCoreApplication, before any window system is needed, so they work
    // on a machine without a display. Needs no application object.
    static bool answersWithText(const QStringList &arguments);
    // argv as a QStringList, without an application object (the local 8-bit encoding).
    static QStringList argumentsOf(int argc, char *argv[]);
    // The same rules for a given argument list, without exiting (for tests).
    static StartupOptions parse(const QStringList &arguments, QCommandLineParser &parser);
};

} // namespace Glance
