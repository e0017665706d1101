// Glance::LanguageCode: the codes --lang and Settings accept, and finding --lang before the
// command line is parsed.
#include "core/text/languagecode.h"

#include <QTest>

using namespace Glance;

class TestLanguageCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalized_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("he") << QStringLiteral("he") << QStringLiteral("he");
        QTest::newRow("HE") << QStringLiteral("HE") << QStringLiteral("he");
        QTest::newRow("he_IL") << QStringLiteral("he_IL") << QStringLiteral("he");
        QTest::newRow("he-IL") << QStringLiteral("he-IL") << QStringLiteral("he");
        QTest::newRow("he_IL.UTF-8") << QStringLiteral("he_IL.UTF-8") << QStringLiteral("he");
        QTest::newRow("iw") << QStringLiteral("iw") << QStringLiteral("he");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("spaces") << QStringLiteral(" en ") << QStringLiteral("en");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("german") << QStringLiteral("de") << QString();
        QTest::newRow("hebrew word") << QStringLiteral("עברית") << QString();
        QTest::newRow("prefix only") << QStringLiteral("h") << QString();
        QTest::newRow("longer") << QStringLiteral("heb") << QString();
    }

    void normalized()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(LanguageCode::normalized(code), expected);
    }

    void supported()
    {
        QCOMPARE(LanguageCode::supported(),
                 (QStringList {QStringLiteral("he"), QStringLiteral("en")}));
        for (const QString &code : LanguageCode::supported())
            QCOMPARE(LanguageCode::normalized(code), code);
    }

    void fromArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString app = QStringLiteral("glance-inventory");
        QTest::newRow("none") << QStringList {app} << QString();
        QTest::newRow("empty list") << QStringList {} << QString();
        QTest::newRow("separate") << QStringList {app, QStringLiteral("--lang"),
                                                  QStringLiteral("he")}
                                  << QStringLiteral("he");
        QTest::newRow("equals") << QStringList {app, QStringLiteral("--lang=en")}
                                << QStringLiteral("en");
        QTest::newRow("among others") << QStringList {app,
                                                      QStringLiteral("--demo"),
                                                      QStringLiteral("--lang"),
                                                      QStringLiteral("he"),
                                                      QStringLiteral("--base-url"),
                                                      QStringLiteral("https://x")}
                                      << QStringLiteral("he");
        QTest::newRow("last wins") << QStringList {app, QStringLiteral("--lang=he"),
                                                   QStringLiteral("--lang"), QStringLiteral("en")}
                                   << QStringLiteral("en");
        QTest::newRow("missing value") << QStringList {app, QStringLiteral("--lang")} << QString();
        QTest::newRow("after --") << QStringList {app, QStringLiteral("--"),
                                                  QStringLiteral("--lang=he")}
                                  << QString();
        QTest::newRow("program name is not an option")
                << QStringList {QStringLiteral("--lang=he")} << QString();
        QTest::newRow("other option with the prefix")
                << QStringList {app, QStringLiteral("--language=he")} << QString();
        QTest::newRow("unsupported value kept raw")
                << QStringList {app, QStringLiteral("--lang"), QStringLiteral("fr")}
                << QStringLiteral("fr");
    }

    void fromArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(LanguageCode::fromArguments(arguments), expected);
    }
};

QTEST_GUILESS_MAIN(TestLanguageCode)
#include "tst_languagecode.moc"
