// A real process counts (glance-scan-writer: the real StocktakeCounter and store) and is killed
// with SIGKILL after a random number of scans; the stocktake is reopened: every scan it
// reported as confirmed is in the counts and the unknown codes, at the location it was counted
// at (the writer also scans location labels), every line's count is the sum of its places, and
// the file is intact.
#include "core/adjust/localdatabase.h"
#include "core/stocktake/stocktakecounter.h"
#include "core/stocktake/stocktakestore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

#ifndef GLANCE_SCAN_WRITER_PATH
#error "GLANCE_SCAN_WRITER_PATH must be defined"
#endif

class TestStocktakeKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedCounterLosesNoConfirmedScan_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {11u, 12u, 13u, 14u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void killedCounterLosesNoConfirmedScan()
    {
        QFETCH(quint32, seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("drafts.sqlite"));
        const QString profile = QStringLiteral("kill|stocktake");
        qint64 id = 0;
        {
            LocalDatabase db(file);
            StocktakeStore store(&db);
            Stocktake s;
            s.profile = profile;
            s.title = QStringLiteral("kill");
            s.warehouseId = 1;
            id = store.create(s);
            QList<StocktakeItem> items;
            for (int i = 1; i <= 40; ++i) {
                StocktakeItem item;
                item.productId = i;
                item.sku = QStringLiteral("SKU-%1/%2").arg(i).arg(QChar(0x05D0 + i % 20));
                item.expected = i;
                // Locations without spaces (the report's words are split on spaces).
                item.location = i % 3 == 0 ? QString()
                        : i % 3 == 1       ? QStringLiteral("SHELF-A1")
                                           : QStringLiteral("BIN-2");
                items.append(item);
            }
            QVERIFY(store.setItems(id, items, QDateTime::currentDateTimeUtc()));
        }
        const int killAfter = 5 + int(QRandomGenerator(seed).bounded(400));

        QProcess writer;
        writer.setProgram(QString::fromUtf8(GLANCE_SCAN_WRITER_PATH));
        writer.setArguments({file, profile, QString::number(id), QString::number(seed)});
        writer.start();
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

        QHash<QString, qint64> confirmed;
        int reported = 0;
        QByteArray pending;
        while (reported < killAfter) {
            if (!writer.waitForReadyRead(15000))
                QFAIL(qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
            pending += writer.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> parts = pending.left(newline).split(' ');
                pending.remove(0, newline + 1);
                QCOMPARE(parts.size(), 3);
                QCOMPARE(parts.at(0), QByteArray("scan"));
                reported = parts.at(1).toInt();
                confirmed[QString::fromUtf8(parts.at(2))] += 1;
            }
        }
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        LocalDatabase db(file);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QSqlQuery check(db.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        StocktakeStore store(&db);
        StocktakeCounter counter(&store);
        QVERIFY(counter.load(profile, id));
        // Every confirmed scan is there, where it was counted; at most one more (committed, not
        // yet reported). A line's count is always the sum of its places.
        QHash<QString, qint64> found; // "code@location"
        for (const StocktakeItem &item : counter.items()) {
            QCOMPARE(totalOf(item.countedAt), item.counted);
            for (const LocationCount &place : item.countedAt)
                found.insert(item.sku + QLatin1Char('@') + place.location, place.quantity);
        }
        for (const UnknownScan &scan : counter.unknownScans())
            found[scan.code + QLatin1Char('@') + scan.location] += scan.quantity;
        qint64 extra = 0;
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            QVERIFY2(it.value() >= confirmed.value(it.key()), qPrintable(it.key()));
            extra += it.value() - confirmed.value(it.key());
        }
        for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it)
            QVERIFY2(found.value(it.key()) >= it.value(), qPrintable(it.key()));
        QVERIFY2(extra <= 1, qPrintable(QString::number(extra)));
        qInfo("killed after %d confirmed scans; %lld more in the file", reported,
              static_cast<long long>(extra));
    }
};

QTEST_GUILESS_MAIN(TestStocktakeKill)
#include "tst_stocktakekill.moc"
