// The start of the real program (issue 13), process against process:
//   - a bare QWidget program (bench_barewindow) started the same way: spawn to first paint;
//   - glance-inventory with a signed-in account whose local cache holds N rows: spawn to the
//     first painted window, and spawn to the first cached row painted in the inventory table.
// Each program is started R times, alternating; medians and best are printed.
//
// The account is real: a profile in the app's settings, its key in the Secret Service (run under
// `dbus-run-session -- bash .ci/with-keyring.sh`, as the whole suite is), its cache file where the
// app looks for it, all under a temporary XDG_CONFIG_HOME/XDG_DATA_HOME. Its server is a closed
// loopback port: the back room without Wi-Fi, where the cache is all there is.
//
//   export QT_QPA_PLATFORM=offscreen GLANCE_BENCH_CACHE_RECORDS=100000
//   export GLANCE_BENCH_STARTUP_RUNS=11
//   dbus-run-session -- bash .ci/with-keyring.sh build/<dir>/tests/bench_startup
//
// GLANCE_BENCH_STARTUP_HOME=<dir> keeps the account there (settings, cache) instead of a temporary
// directory, to start the app by hand the same way (XDG_CONFIG_HOME=<dir>/config,
// XDG_DATA_HOME=<dir>/data) in the same D-Bus session, e.g. under perf.
//
// Prints figures; fails only when a program does not paint.
#include "benchsupport.h"
#include "core/account/accountmanager.h"
#include "core/account/keychainsecretstore.h"
#include "core/account/profilestore.h"
#include "core/appsettings.h"
#include "core/cache/cachedatabase.h"
#include "core/cache/localcache.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Glance;

namespace {

struct Launch
{
    qint64 windowNs = -1;
    qint64 rowsNs = -1;
    QString rowsLine;
};

double medianMs(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    const qint64 middle = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    return double(middle) / 1e6;
}

double bestMs(const QList<qint64> &values)
{
    return values.isEmpty() ? -1 : double(*std::min_element(values.cbegin(), values.cend())) / 1e6;
}

} // namespace

class BenchStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_temporaryHome;
    QString m_homePath;
    int m_records = 2000;
    int m_runs = 2;

    // Starts `program`, returns when it has painted what `waitForRows` asks for, then ends it.
    Launch launch(const QString &program, bool waitForRows)
    {
        Launch result;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("glance.ui.info=true"));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QByteArray output;
        QElapsedTimer clock;
        connect(&process, &QProcess::readyReadStandardError, this, [&] {
            const qint64 at = clock.nsecsElapsed();
            output += process.readAllStandardError();
            if (result.windowNs < 0 && output.contains("window painted"))
                result.windowNs = at;
            const qsizetype rows = output.indexOf("rows painted: inventoryView");
            if (result.rowsNs < 0 && rows >= 0) {
                result.rowsNs = at;
                const qsizetype end = output.indexOf('\n', rows);
                result.rowsLine = QString::fromUtf8(output.mid(rows, end - rows));
            }
        });
        clock.start();
        process.start(program, {});
        const bool painted = QTest::qWaitFor(
                [&] { return result.windowNs >= 0 && (!waitForRows || result.rowsNs >= 0); },
                60000);
        process.terminate(); // the app closes cleanly on SIGTERM
        if (!process.waitForFinished(10000)) {
            process.kill();
            process.waitForFinished(10000);
        }
        if (!painted)
            qWarning("%s did not paint in 60 s; it said:\n%s", qPrintable(program),
                     output.constData());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_homePath = qEnvironmentVariable("GLANCE_BENCH_STARTUP_HOME");
        if (m_homePath.isEmpty()) {
            QVERIFY(m_temporaryHome.isValid());
            m_homePath = m_temporaryHome.path();
        }
        const QDir home(m_homePath);
        bool ok = false;
        const int records = qEnvironmentVariableIntValue("GLANCE_BENCH_CACHE_RECORDS", &ok);
        if (ok && records > 0)
            m_records = records;
        const int runs = qEnvironmentVariableIntValue("GLANCE_BENCH_STARTUP_RUNS", &ok);
        if (ok && runs > 0)
            m_runs = runs;

        // The app's settings and data, in the places the app will look for them; nothing in
        // this process has read QSettings or a standard path before.
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("Glance"));
        QCoreApplication::setOrganizationDomain(QStringLiteral("glance.co.il"));
        QCoreApplication::setApplicationName(QStringLiteral("glance-inventory"));

        QTcpServer closed; // a loopback port nobody listens on once this goes
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        Profile profile;
        profile.name = QStringLiteral("Bench");
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();

        AppSettings settings;
        ProfileStore profiles(&settings.store());
        KeychainSecretStore secrets;
        AccountManager accounts(&profiles, &secrets);
        bool stored = false;
        bool answered = false;
        accounts.storeKey(profile, QStringLiteral("glc_bench_startup_key_0123456789abcdef"), this,
                          [&](const SecretResult &result) {
                              answered = true;
                              stored = result.ok();
                          });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QVERIFY2(stored,
                 "the key could not be stored: run under dbus-run-session and "
                 ".ci/with-keyring.sh");
        settings.store().sync();

        CacheDatabase cache(LocalCache::pathFor(profile.id()));
        QVERIFY(cache.open());
        QVERIFY(cache.write(Bench::makeRecords(m_records),
                            QDateTime::currentDateTimeUtc().toMSecsSinceEpoch(), true, m_records,
                            true, 100));
    }

    void startToFirstCachedRow()
    {
        const QString bare = QStringLiteral(GLANCE_BAREWINDOW_PATH);
        const QString app = QStringLiteral(GLANCE_INVENTORY_PATH);
        launch(app, true); // warms the disk cache and the font cache, like any second start
        QList<qint64> bareNs;
        QList<qint64> windowNs;
        QList<qint64> rowsNs;
        QString rowsLine;
        for (int run = 0; run < m_runs; ++run) {
            const Launch plain = launch(bare, false);
            QVERIFY2(plain.windowNs >= 0, "the bare window did not paint");
            bareNs.append(plain.windowNs);
            const Launch glance = launch(app, true);
            QVERIFY2(glance.windowNs >= 0, "glance-inventory did not paint a window");
            QVERIFY2(glance.rowsNs >= 0, "glance-inventory did not paint its cached rows");
            windowNs.append(glance.windowNs);
            rowsNs.append(glance.rowsNs);
            rowsLine = glance.rowsLine;
        }
        const double bareMs = medianMs(bareNs);
        qInfo("%d runs each, %d cached rows (%s)", m_runs, m_records, qPrintable(rowsLine));
        qInfo("bare QWidget program, spawn to first paint: median %.1f ms (best %.1f)", bareMs,
              bestMs(bareNs));
        qInfo("glance-inventory, spawn to first painted window: median %.1f ms (best %.1f), "
              "%.2f x the bare program",
              medianMs(windowNs), bestMs(windowNs), medianMs(windowNs) / bareMs);
        qInfo("glance-inventory, spawn to first cached row painted: median %.1f ms (best %.1f), "
              "%.2f x the bare program",
              medianMs(rowsNs), bestMs(rowsNs), medianMs(rowsNs) / bareMs);
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
