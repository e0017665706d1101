#include "core/startupoptions.h"

#include "core/account/baseurl.h"
#include "core/text/bidi.h"
#include "core/text/languagecode.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Glance {

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(StartupOptions::tr(
            "Manage Glance inventory: stock per warehouse and per product, adjustments and "
            "stocktakes."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
            {QStringLiteral("demo"),
             StartupOptions::tr("Start a local demo server with sample data and use it.")});
    parser.addOption({QStringLiteral("base-url"),
                      StartupOptions::tr("Use this Glance API address instead of the default."),
                      StartupOptions::tr("url")});
    parser.addOption({QStringLiteral("lang"),
                      StartupOptions::tr("Use this language: he (Hebrew) or en (English)."),
                      StartupOptions::tr("code")});
    parser.addOption({QStringLiteral("sandbox"),
                      StartupOptions::tr("Path of the demo server program (for --demo)."),
                      StartupOptions::tr("path")});
}

StartupOptions fromParser(const QCommandLineParser &parser)
{
    StartupOptions options;
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.sandboxProgram = parser.value(QStringLiteral("sandbox"));
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString value = parser.value(QStringLiteral("lang"));
        options.language = LanguageCode::normalized(value);
        if (options.language.isEmpty())
            options.error = StartupOptions::tr("“%1” is not a language the app has. Use he "
                                               "(Hebrew) or en (English).")
                                    .arg(Bidi::name(value));
    }
    if (parser.isSet(QStringLiteral("base-url"))) {
        const QString value = parser.value(QStringLiteral("base-url")).trimmed();
        const QUrl url = BaseUrl::fromUserInput(value);
        if (!url.isValid())
            options.error = StartupOptions::tr("“%1” is not a web address the app can use.")
                                    .arg(Bidi::name(value)); // as typed: not a usable address
        else
            options.baseUrl = url;
    }
    if (options.demo && !options.baseUrl.isEmpty())
        options.error = StartupOptions::tr("--demo and --base-url cannot be used together.");
    return options;
}

} // namespace

StartupOptions StartupOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app); // exits for --help, --version and unknown options
    return fromParser(parser);
}

bool StartupOptions::answersWithText(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    // -platform is one word here, not -p -l -a…: so it can be told from an unknown option.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        // Unknown options are an error to answer at once, unless they are the window system's
        // own (-platform offscreen, -style …), which only QGuiApplication/QApplication take out.
        static const QStringList qtGuiOptions = {u"platform"_s,
                                                 u"platformpluginpath"_s,
                                                 u"platformtheme"_s,
                                                 u"plugin"_s,
                                                 u"qwindowgeometry"_s,
                                                 u"qwindowicon"_s,
                                                 u"qwindowtitle"_s,
                                                 u"reverse"_s,
                                                 u"session"_s,
                                                 u"display"_s,
                                                 u"geometry"_s,
                                                 u"style"_s,
                                                 u"stylesheet"_s,
                                                 u"widgetcount"_s,
                                                 u"qmljsdebugger"_s,
                                                 u"nograb"_s,
                                                 u"dograb"_s,
                                                 u"sync"_s,
                                                 u"name"_s,
                                                 u"title"_s,
                                                 u"visual"_s,
                                                 u"font"_s,
                                                 u"fn"_s,
                                                 u"bg"_s,
                                                 u"background"_s,
                                                 u"fg"_s,
                                                 u"foreground"_s,
                                                 u"btn"_s,
                                                 u"button"_s};
        const QStringList unknown = parser.unknownOptionNames();
        for (const QString &name : unknown) {
            if (qtGuiOptions.contains(name))
                return false;
        }
        return true;
    }
    const QStringList given = parser.optionNames();
    for (const QString &name : given) {
        if (name == "h"_L1 || name == "help"_L1 || name == "?"_L1 || name == "help-all"_L1
            || name == "v"_L1 || name == "version"_L1)
            return true;
    }
    return false;
}

QStringList StartupOptions::argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

StartupOptions StartupOptions::parse(const QStringList &arguments, QCommandLineParser &parser)
{
    addOptions(parser);
    if (!parser.parse(arguments)) {
        StartupOptions options;
        options.error = parser.errorText();
        return options;
    }
    return fromParser(parser);
}

} // namespace Glance
