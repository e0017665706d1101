// The --demo server never outlives the app: a real `glance-inventory --demo` (offscreen) is
// killed outright (kill -9: no destructor runs) or asked to stop (SIGTERM), and its glance-sandbox
// child must be gone within a few seconds. The kill works through the sandbox's end-of-stdin
// check (--exit-with-stdin), the same on every OS; nothing in the app uses a Linux-only
// parent-death signal. Children are found in /proc, so this test is registered on Linux.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

class TestDemoLifetime : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // The state letter of /proc/<pid>/stat ('\0' when the process does not exist) and its parent.
    static char state(qint64 pid, qint64 *parent = nullptr)
    {
        QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            return '\0';
        const QByteArray stat = file.readAll();
        // "pid (comm) S ppid ...": the name may hold spaces and parentheses; take the last ')'.
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0 || close + 4 > stat.size())
            return '\0';
        const QList<QByteArray> rest = stat.mid(close + 2).split(' ');
        if (parent && rest.size() > 1)
            *parent = rest.at(1).toLongLong();
        return rest.at(0).isEmpty() ? '\0' : rest.at(0).at(0);
    }

    // A zombie waiting for a parent that does not reap (e.g. PID 1 in a container) is gone too.
    static bool alive(qint64 pid)
    {
        const char s = state(pid);
        return s != '\0' && s != 'Z' && s != 'X';
    }

    static QList<qint64> sandboxChildren(qint64 parentPid)
    {
        QList<qint64> found;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            qint64 parent = 0;
            if (!ok || state(pid, &parent) == '\0' || parent != parentPid)
                continue;
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "glance-sandbox")
                found.append(pid);
        }
        return found;
    }

    // Starts the app with --demo in a throw-away home and waits until its demo server has
    // answered the app (the app logs "signed in as" once the demo key was accepted).
    bool startDemo(QProcess &app, qint64 *sandboxPid)
    {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("glance.account.info=true"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.start(QStringLiteral(GLANCE_INVENTORY_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("en")});
        if (!app.waitForStarted(10000))
            return false;
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && app.state() == QProcess::Running) {
            app.waitForReadyRead(200);
            output += app.readAll();
            if (output.contains("signed in as"))
                break;
        }
        if (!output.contains("signed in as")) {
            qWarning().noquote() << "the demo did not start:" << QString::fromLocal8Bit(output);
            return false;
        }
        const QList<qint64> children = sandboxChildren(app.processId());
        if (children.size() != 1)
            return false;
        *sandboxPid = children.first();
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void killedAppTakesItsSandboxAlong()
    {
        QProcess app;
        qint64 sandbox = 0;
        QVERIFY(startDemo(app, &sandbox));
        QVERIFY(alive(sandbox));
        app.kill(); // SIGKILL: the app runs no code at all
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        QTRY_VERIFY2_WITH_TIMEOUT(!alive(sandbox), "glance-sandbox outlived a killed app", 5000);
    }

    void terminatedAppExitsCleanlyWithoutSandbox()
    {
        QProcess app;
        qint64 sandbox = 0;
        QVERIFY(startDemo(app, &sandbox));
        QVERIFY(alive(sandbox));
        app.terminate(); // SIGTERM: a normal quit
        QVERIFY(app.waitForFinished(15000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(!alive(sandbox), "glance-sandbox outlived the app", 5000);
    }
};

QTEST_GUILESS_MAIN(TestDemoLifetime)
#include "tst_demolifetime.moc"
