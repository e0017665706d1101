// Runs the real glance-inventory executable: --version, --help, a bad option. Without a display:
// no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, as on a headless server, where a QApplication
// would abort (the answers come before any window system is touched).
#include <QProcess>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &args)
    {
        QProcess process;
        auto env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GLANCE_INVENTORY_PATH), args);
        Run result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral(GLANCE_VERSION)), qPrintable(r.out));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option : {"--demo", "--base-url", "--version", "--help"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void unknownOptionFails()
    {
        const Run r = run({QStringLiteral("--definitely-not-an-option")});
        QCOMPARE(r.exitCode, 1); // QCommandLineParser's error exit, not a crash (-2)
        QVERIFY(r.err.contains(QStringLiteral("definitely-not-an-option")));
    }

    void shortFormsAndHebrewHelp()
    {
        const Run v = run({QStringLiteral("-v")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY2(v.out.contains(QStringLiteral(GLANCE_VERSION)), qPrintable(v.out));
        // The help is translated (the app's own .qm, embedded) without a display too.
        const Run he = run({QStringLiteral("--lang"), QStringLiteral("he"), QStringLiteral("-h")});
        QCOMPARE(he.exitCode, 0);
        QVERIFY2(he.out.contains(QStringLiteral("--demo")), qPrintable(he.out));
        QVERIFY2(he.out.contains(QChar(0x05D0)) || he.out.contains(QChar(0x05DE)),
                 qPrintable(he.out)); // Hebrew letters (א, מ)
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
