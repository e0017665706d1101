// SandboxProcess: the launcher behind --demo, against the real glance-sandbox.
#include "core/sandboxprocess.h"
#include "core/text/bidi.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Glance::SandboxProcess;

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyLineGivesUrlAndKeys()
    {
        SandboxProcess process;
        QSignalSpy ready(&process, &SandboxProcess::ready);
        QSignalSpy failed(&process, &SandboxProcess::failed);
        process.start(Glance::Test::SandboxFixture::sandboxPath(), {QStringLiteral("--quiet")});
        QVERIFY(ready.wait(20000));
        QCOMPARE(failed.count(), 0);
        const QUrl url = ready.at(0).at(0).toUrl();
        QCOMPARE(url.scheme(), QStringLiteral("http"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        QVERIFY(ready.at(0).at(1).toString().startsWith(QStringLiteral("glnc_sk_")));
        QVERIFY(ready.at(0).at(2).toString().startsWith(QStringLiteral("glnc_sk_")));
        QVERIFY(ready.at(0).at(1) != ready.at(0).at(2));
        QVERIFY(process.isReady());

        QSignalSpy finished(&process, &SandboxProcess::finished);
        process.stop();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(1).value<QProcess::ExitStatus>(), QProcess::NormalExit);
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QVERIFY(!process.isRunning());
    }

    void restartReplacesRunningServerWithoutWaiting()
    {
        SandboxProcess process;
        QSignalSpy ready(&process, &SandboxProcess::ready);
        process.start(Glance::Test::SandboxFixture::sandboxPath(), {QStringLiteral("--quiet")});
        QVERIFY(ready.wait(20000));
        const QUrl firstUrl = ready.at(0).at(0).toUrl();
        auto *first = process.findChild<QProcess *>();
        QVERIFY(first);
        QPointer<QProcess> old(first);

        // Starting again kills the old server and does not wait for it on this thread: it is
        // still a QProcess (being reaped) when start() returns, and goes once it has finished.
        process.start(Glance::Test::SandboxFixture::sandboxPath(), {QStringLiteral("--quiet")});
        QVERIFY(old);
        QVERIFY(old->state() != QProcess::NotRunning); // killed, not waited for
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.count(), 2);
        QVERIFY(ready.at(1).at(0).toUrl() != firstUrl || ready.at(1).at(1) != ready.at(0).at(1));
        QTRY_VERIFY_WITH_TIMEOUT(!old, 10000);
        QVERIFY(process.isReady());
    }

    void missingProgramFails()
    {
        QTemporaryDir dir;
        SandboxProcess process;
        QSignalSpy ready(&process, &SandboxProcess::ready);
        QSignalSpy failed(&process, &SandboxProcess::failed);
        process.start(dir.filePath(QStringLiteral("no-such-sandbox")));
        QVERIFY(failed.wait(10000));
        QCOMPARE(ready.count(), 0);
        // The path stays left to right inside a Hebrew sentence.
        const QString path =
                QDir::toNativeSeparators(dir.filePath(QStringLiteral("no-such-sandbox")));
        QVERIFY2(failed.at(0).at(0).toString().contains(Glance::Bidi::isolateLtr(path)),
                 qPrintable(failed.at(0).at(0).toString()));
#if defined(Q_OS_LINUX)
        // It says how to get it: the demo server is a package of its own on Linux.
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("glance-inventory-demo")),
                 qPrintable(failed.at(0).at(0).toString()));
#endif
    }

    // The portable "die with the parent": with --exit-with-stdin the server quits cleanly (exit
    // code 0) once its stdin reaches end of file, which is what happens to the pipe from a
    // QProcess when the parent ends, however it ends.
    void endOfStdinStopsTheServer()
    {
        QProcess sandbox;
        sandbox.start(Glance::Test::SandboxFixture::sandboxPath(),
                      {QStringLiteral("--quiet"), SandboxProcess::exitWithParentArgument()});
        QVERIFY(sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 20000); // serving: the first line is out
        QVERIFY(sandbox.readLine().startsWith("{\"url\""));
        // Writing does not stop it; only the end of the input does.
        sandbox.write("anything\n");
        QVERIFY(!sandbox.waitForFinished(500));
        sandbox.closeWriteChannel();
        QVERIFY(sandbox.waitForFinished(5000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
    }

#ifdef Q_OS_UNIX
    // SIGTERM while the stdin thread is blocked in its read: still a clean, prompt exit.
    void terminatedWhileWatchingStdinExitsCleanly()
    {
        QProcess sandbox;
        sandbox.start(Glance::Test::SandboxFixture::sandboxPath(),
                      {QStringLiteral("--quiet"), SandboxProcess::exitWithParentArgument()});
        QVERIFY(sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 20000);
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(5000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
    }
#endif

    void withoutTheOptionEndOfStdinIsIgnored()
    {
        QProcess sandbox;
        sandbox.start(Glance::Test::SandboxFixture::sandboxPath(), {QStringLiteral("--quiet")});
        QVERIFY(sandbox.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 20000);
        sandbox.closeWriteChannel();
        QVERIFY(!sandbox.waitForFinished(1500)); // still serving
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(5000));
        QCOMPARE(sandbox.exitCode(), 0);
    }

    void garbageFirstLineFails()
    {
        SandboxProcess process;
        QSignalSpy ready(&process, &SandboxProcess::ready);
        QSignalSpy failed(&process, &SandboxProcess::failed);
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("echo 'not json'; sleep 5")});
        QVERIFY(failed.wait(10000));
        QCOMPARE(ready.count(), 0);
    }

    void silentChildTimesOut()
    {
        SandboxProcess process;
        process.setStartTimeout(500);
        QSignalSpy failed(&process, &SandboxProcess::failed);
        process.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral("-c"), QStringLiteral("sleep 30")});
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!process.isRunning(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
