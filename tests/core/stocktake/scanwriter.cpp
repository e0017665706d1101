// glance-scan-writer: a test helper that links glance_core and counts through the real
// StocktakeCounter, one scan after another at random among the stocktake's codes (and now and
// then an unknown code or a location's label), reporting each confirmed scan on stdout
// ("scan <n> <code>@<location>"), until it is killed. tst_stocktakekill SIGKILLs it and checks the
// file.
//
// Usage: glance-scan-writer <database file> <profile> <stocktake id> <seed>
#include "core/adjust/localdatabase.h"
#include "core/stocktake/stocktakecounter.h"
#include "core/stocktake/stocktakestore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <cstdio>

using namespace Glance;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: glance-scan-writer <file> <profile> <id> <seed>\n");
        return 2;
    }
    LocalDatabase db(args.at(1));
    if (!db.isOpen()) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    StocktakeStore store(&db);
    StocktakeCounter counter(&store);
    if (!counter.load(args.at(2), args.at(3).toLongLong())) {
        std::fprintf(stderr, "no such stocktake\n");
        return 1;
    }
    QRandomGenerator random(args.at(4).toUInt());
    int n = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        // Now and then the label of a location: counting moves there (not a scan).
        if (!counter.locations().isEmpty() && random.bounded(10) == 0) {
            const QString label =
                    counter.locations().at(random.bounded(int(counter.locations().size())));
            if (counter.scan(label.toLower()).outcome != StocktakeCounter::Outcome::LocationChanged)
                QCoreApplication::exit(1);
            return;
        }
        const bool unknown = random.bounded(20) == 0;
        const QString code = unknown
                ? QStringLiteral("UNKNOWN-%1").arg(random.bounded(5))
                : counter.items().at(random.bounded(int(counter.items().size()))).sku;
        const StocktakeCounter::Result result = counter.scan(code);
        if (result.outcome != StocktakeCounter::Outcome::Counted
            && result.outcome != StocktakeCounter::Outcome::Unknown)
            QCoreApplication::exit(1);
        // Where it was counted: "code@location" ("code@" without a location).
        std::printf("scan %d %s@%s\n", ++n, code.toUtf8().constData(),
                    counter.countingLocation().toUtf8().constData());
        std::fflush(stdout);
    });
    timer.start(0);
    return QCoreApplication::exec();
}
