// glance-draft-writer: a test helper that links glance_core and writes a draft through the real
// DraftStore, one committed change after another, reporting each on stdout ("saved <document>
// <lines>"), until it is killed. tst_draftkill SIGKILLs it mid-stream and checks the file.
//
// Usage: glance-draft-writer <database file> <profile>
#include "core/adjust/draftstore.h"
#include "core/adjust/localdatabase.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Glance;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: glance-draft-writer <database file> <profile>\n");
        return 2;
    }
    LocalDatabase db(args.at(1));
    if (!db.isOpen()) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    DraftStore store(&db);
    const qint64 id = store.createDocument(args.at(2), DocumentKind::batchAdjust(),
                                           QStringLiteral("kill test"));
    if (id == 0)
        return 1;

    QList<DraftLine> lines;
    QTimer timer;
    // Alternate the two ways the editor writes: a new row (all lines) and an edit of one row.
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        DraftLine line;
        line.sku = QStringLiteral("SKU-%1").arg(lines.size());
        line.productId = lines.size() + 1;
        line.warehouseId = 1;
        line.amount = 1;
        line.notes = QStringLiteral("מספר %1").arg(lines.size());
        lines.append(line);
        if (!store.saveLines(id, lines))
            QCoreApplication::exit(1);
        lines.last().amount = lines.size();
        if (!store.saveLine(id, int(lines.size()) - 1, lines.last()))
            QCoreApplication::exit(1);
        std::printf("saved %lld %lld\n", static_cast<long long>(id),
                    static_cast<long long>(lines.size()));
        std::fflush(stdout);
    });
    timer.start(0);
    return QCoreApplication::exec();
}
