#include "core/startupoptions.h"

#include <QCommandLineParser>
#include <QTest>

using Glance::StartupOptions;

class TestStartupOptions : public QObject
{
    Q_OBJECT

private:
    static StartupOptions parse(const QStringList &args)
    {
        QCommandLineParser parser;
        return StartupOptions::parse(QStringList {QStringLiteral("glance-inventory")} + args,
                                     parser);
    }

private Q_SLOTS:
    // Which command lines main() answers with text, before (and without) any window system.
    void answersWithText_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("text");
        QTest::newRow("none") << QStringList {} << false;
        QTest::newRow("--demo") << QStringList {QStringLiteral("--demo")} << false;
        QTest::newRow("--help") << QStringList {QStringLiteral("--help")} << true;
        QTest::newRow("-h") << QStringList {QStringLiteral("-h")} << true;
        QTest::newRow("--help-all") << QStringList {QStringLiteral("--help-all")} << true;
        QTest::newRow("--version") << QStringList {QStringLiteral("--version")} << true;
        QTest::newRow("-v with --lang") << QStringList {QStringLiteral("--lang"),
                                                        QStringLiteral("he"), QStringLiteral("-v")}
                                        << true;
        QTest::newRow("unknown") << QStringList {QStringLiteral("--bogus")} << true;
        QTest::newRow("missing value") << QStringList {QStringLiteral("--base-url")} << true;
        // Qt's own window-system options are for QApplication, not an error.
        QTest::newRow("-platform")
                << QStringList {QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                QStringLiteral("--demo")}
                << false;
        QTest::newRow("-reverse") << QStringList {QStringLiteral("-reverse")} << false;
    }

    void answersWithText()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, text);
        QCOMPARE(StartupOptions::answersWithText(QStringList {QStringLiteral("glance-inventory")}
                                                 + args),
                 text);
    }

    void defaults()
    {
        const auto options = parse({});
        QVERIFY(options.error.isEmpty());
        QVERIFY(!options.demo);
        QVERIFY(options.baseUrl.isEmpty());
    }

    void demo()
    {
        const auto options = parse({QStringLiteral("--demo")});
        QVERIFY(options.error.isEmpty());
        QVERIFY(options.demo);
    }

    void baseUrl()
    {
        const auto options =
                parse({QStringLiteral("--base-url"), QStringLiteral("https://api.glance.app")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.baseUrl, QUrl(QStringLiteral("https://api.glance.app")));
    }

    void badBaseUrl()
    {
        const auto options = parse({QStringLiteral("--base-url"), QStringLiteral("ftp://x")});
        QVERIFY(!options.error.isEmpty());
        QVERIFY(options.baseUrl.isEmpty());
    }

    void demoAndBaseUrlConflict()
    {
        const auto options = parse({QStringLiteral("--demo"), QStringLiteral("--base-url"),
                                    QStringLiteral("https://api.glance.co.il")});
        QVERIFY(!options.error.isEmpty());
    }

    void language()
    {
        QCOMPARE(parse({QStringLiteral("--lang"), QStringLiteral("he")}).language,
                 QStringLiteral("he"));
        QCOMPARE(parse({QStringLiteral("--lang"), QStringLiteral("en")}).language,
                 QStringLiteral("en"));
        const auto bad = parse({QStringLiteral("--lang"), QStringLiteral("xx")});
        QVERIFY(bad.language.isEmpty());
        QVERIFY(bad.error.contains(QStringLiteral("xx")));
    }

    void unknownOption()
    {
        const auto options = parse({QStringLiteral("--no-such-thing")});
        QVERIFY(options.error.contains(QStringLiteral("no-such-thing")));
    }
};

QTEST_GUILESS_MAIN(TestStartupOptions)
#include "tst_startupoptions.moc"
