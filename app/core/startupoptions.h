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
    QUrl baseUrl;       // empty: the profile's (default https://api.glance.co.il)
    QString language;       // --lang: "he" or "en" (empty: settings or system)
    QString sandboxProgram; // --sandbox PATH, for --demo (default: next to the executable)
    QString error;      // non-empty: the command line could not be used

    // Parses QCoreApplication::arguments(); exits the process for --help and --version.
    static StartupOptions parse(const QCoreApplication &app);
    // The same rules for a given argument list, without exiting (for tests).
    static StartupOptions parse(const QStringList &arguments, QCommandLineParser &parser);
};

} // namespace Glance
