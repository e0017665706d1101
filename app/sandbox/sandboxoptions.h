#pragma once

#include "seedconfig.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Glance::Sandbox {

/*! Everything the command line configures. */
struct SandboxOptions
{
    quint16 port = 0;
    SeedConfig seed;
    QString databaseFile; // empty: in memory
    bool warehousesEndpoint = true;
    bool movementNotes = true; // false: movements are listed without notes
    bool rateLimit = true;
    int perMinute = 100;
    int perSecond = 20;
    QStringList faults;
    bool quiet = false;
    bool exitWithStdin = false; // quit when stdin reaches end of file (the parent has gone)
    bool logRequests = false;
    QString editorKey; // empty: random
    QString viewerKey; // empty: random

    /*! Declares the options (and --help) on the parser. */
    static void declare(QCommandLineParser &parser);
    /*! Reads a processed parser; nullopt + error for invalid values. */
    static std::optional<SandboxOptions> fromParser(const QCommandLineParser &parser,
                                                    QString *error);
};

} // namespace Glance::Sandbox
