#include "sandboxoptions.h"

#include "faultspec.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

namespace {

std::optional<int> positiveInt(const QCommandLineParser &parser, const QString &name, int min,
                               int max, QString *error)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = u"--%1 must be an integer between %2 and %3"_s.arg(name).arg(min).arg(max);
        return std::nullopt;
    }
    return value;
}

} // namespace

void SandboxOptions::declare(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
            u"Local emulation of the Glance Inventory API for tests and demos.\n"
            "Prints one JSON line {\"url\", \"keys\": {\"editor\", \"viewer\"}} on stdout, then "
            "serves on 127.0.0.1 until SIGTERM/SIGINT/SIGHUP (or stdin ends, with --exit-with-stdin). See app/sandbox/README.md."_s);
    parser.addHelpOption();
    parser.addOptions({
            {u"port"_s, u"TCP port on 127.0.0.1 (0 = any free port)."_s, u"N"_s, u"0"_s},
            {u"seed"_s, u"Seed of the generated data and of fault draws."_s, u"N"_s, u"1"_s},
            {u"records"_s, u"Inventory records to seed (default 700)."_s, u"N"_s},
            {u"products"_s, u"Products to seed (default 300, grown to fit --records)."_s, u"N"_s},
            {u"warehouses"_s, u"Warehouses to seed (default 3)."_s, u"N"_s},
            {u"db"_s, u"SQLite file to use (seeded only when empty); default in memory."_s,
             u"FILE"_s},
            {u"no-warehouses-endpoint"_s, u"GET /warehouses and /warehouses/:id answer 404."_s},
            {u"no-movement-notes"_s,
             u"GET /inventory/movements lists every movement with \"notes\": null."_s},
            {u"no-rate-limit"_s, u"Disable rate limiting (and the X-RateLimit headers)."_s},
            {u"rate-limit"_s, u"Requests per minute and per second per key (default 100,20)."_s,
             u"PER_MIN,PER_SEC"_s},
            {u"fault"_s, u"Inject a fault: KIND[=VALUE][:RATE][@ENDPOINT]. Repeatable."_s,
             u"SPEC"_s},
            {u"quiet"_s, u"Print nothing but the first line."_s},
            {u"exit-with-stdin"_s,
             u"Quit (exit code 0) when standard input reaches end of file: started through a "
             "pipe, the server ends with its parent however that ends, on every OS."_s},
            {u"log-requests"_s, u"Log each request to stderr (never the Authorization header)."_s},
            {u"editor-key"_s, u"Use this editor key instead of a random one."_s, u"KEY"_s},
            {u"viewer-key"_s, u"Use this viewer key instead of a random one."_s, u"KEY"_s},
    });
}

std::optional<SandboxOptions> SandboxOptions::fromParser(const QCommandLineParser &parser,
                                                         QString *error)
{
    SandboxOptions options;
    const auto port = positiveInt(parser, u"port"_s, 0, 65535, error);
    if (!port)
        return std::nullopt;
    options.port = quint16(*port);

    bool ok = false;
    options.seed.seed = parser.value(u"seed"_s).toUInt(&ok);
    if (!ok) {
        *error = u"--seed must be a non-negative integer"_s;
        return std::nullopt;
    }
    if (parser.isSet(u"warehouses"_s)) {
        const auto value = positiveInt(parser, u"warehouses"_s, 1, 1000, error);
        if (!value)
            return std::nullopt;
        options.seed.warehouses = *value;
    }
    if (parser.isSet(u"records"_s)) {
        const auto value = positiveInt(parser, u"records"_s, 0, 10000000, error);
        if (!value)
            return std::nullopt;
        options.seed.records = *value;
    }
    if (parser.isSet(u"products"_s)) {
        const auto value = positiveInt(parser, u"products"_s, 1, 10000000, error);
        if (!value)
            return std::nullopt;
        options.seed.products = *value;
    } else {
        options.seed.products =
                SeedConfig::productsFor(options.seed.records, options.seed.warehouses);
    }
    const qint64 capacity =
            qint64(SeedConfig::stockableProducts(options.seed.products)) * options.seed.warehouses;
    if (options.seed.records > capacity) {
        *error = u"--records %1 does not fit: %2 products x %3 warehouses allow %4 records"_s
                         .arg(options.seed.records)
                         .arg(options.seed.products)
                         .arg(options.seed.warehouses)
                         .arg(capacity);
        return std::nullopt;
    }

    options.databaseFile = parser.value(u"db"_s);
    options.warehousesEndpoint = !parser.isSet(u"no-warehouses-endpoint"_s);
    options.movementNotes = !parser.isSet(u"no-movement-notes"_s);
    options.rateLimit = !parser.isSet(u"no-rate-limit"_s);
    if (parser.isSet(u"rate-limit"_s)) {
        const QStringList parts = parser.value(u"rate-limit"_s).split(u',');
        bool okMinute = false;
        bool okSecond = false;
        options.perMinute = parts.value(0).trimmed().toInt(&okMinute);
        options.perSecond = parts.value(1).trimmed().toInt(&okSecond);
        if (parts.size() != 2 || !okMinute || !okSecond || options.perMinute < 1
            || options.perSecond < 1) {
            *error = u"--rate-limit expects PER_MIN,PER_SEC, e.g. 100,20"_s;
            return std::nullopt;
        }
    }
    options.faults = parser.values(u"fault"_s);
    for (const QString &fault : std::as_const(options.faults)) {
        if (!FaultSpec::parse(fault, error))
            return std::nullopt;
    }
    options.quiet = parser.isSet(u"quiet"_s);
    options.exitWithStdin = parser.isSet(u"exit-with-stdin"_s);
    options.logRequests = parser.isSet(u"log-requests"_s);
    options.editorKey = parser.value(u"editor-key"_s);
    options.viewerKey = parser.value(u"viewer-key"_s);
    if (!options.editorKey.isEmpty() && options.editorKey == options.viewerKey) {
        *error = u"--editor-key and --viewer-key must differ"_s;
        return std::nullopt;
    }
    return options;
}

} // namespace Glance::Sandbox
