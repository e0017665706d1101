// glance-sandbox: a local emulation of the Glance Inventory API (see README.md).
// A separate GPL-3 process (Qt HttpServer): never link it into the application.

#include "core/terminationwatcher.h" // MIT code from app/core: a GPL-3 program may link it
#include "sandboxoptions.h"
#include "sandboxserver.h"
#include "stdinwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Glance::Sandbox;

namespace {

QByteArray jsonString(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // strip [ ]
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"glance-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GLANCE_VERSION));

    QCommandLineParser parser;
    SandboxOptions::declare(parser);
    parser.addVersionOption();
    parser.process(app); // handles --help, --version and unknown options

    QString error;
    const std::optional<SandboxOptions> options = SandboxOptions::fromParser(parser, &error);
    if (!options) {
        std::fprintf(stderr, "glance-sandbox: %s\n", qPrintable(error));
        return 2;
    }

    // SIGTERM, SIGINT, SIGHUP (console events on Windows): a clean quit, exit code 0.
    Glance::TerminationWatcher terminationWatcher;
    // --exit-with-stdin: the end of stdin means the parent (glance-inventory --demo) has gone.
    std::unique_ptr<StdinWatcher> stdinWatcher;
    if (options->exitWithStdin) {
        stdinWatcher = std::make_unique<StdinWatcher>();
        QObject::connect(stdinWatcher.get(), &StdinWatcher::endOfInput, &app,
                         &QCoreApplication::quit);
    }

    SandboxServer server(*options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "glance-sandbox: %s\n", qPrintable(error));
        return 1;
    }

    const QByteArray firstLine = "{\"url\":" + jsonString(server.url().toString())
            + ",\"keys\":{\"editor\":" + jsonString(server.editorKey())
            + ",\"viewer\":" + jsonString(server.viewerKey()) + "}}\n";
    std::fputs(firstLine.constData(), stdout);
    std::fflush(stdout);

    if (!options->quiet) {
        std::fprintf(stderr, "glance-sandbox %s listening on %s (%s)%s%s\n", GLANCE_VERSION,
                     qPrintable(server.url().toString()), qPrintable(server.summary()),
                     options->rateLimit ? "" : ", no rate limit",
                     options->faults.isEmpty() ? "" : ", faults injected");
        std::fflush(stderr);
    }

    const int code = app.exec();
    if (!options->quiet) {
        std::fputs("glance-sandbox: stopped\n", stderr);
        std::fflush(stderr);
    }
    return code;
}
