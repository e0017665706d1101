// chooseLocale(): --lang wins over Settings, Settings over the system; regional formats follow
// the system where they can; and the whole start-up path (--lang found before parsing, then
// installTranslations) switches the language of the app.
#include "core/text/languagecode.h"
#include "ui/translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>

using namespace Glance;

class TestChooseLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void choose_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QLocale::Territory>("territory");

        const QLocale heIL(QLocale::Hebrew, QLocale::Israel);
        const QLocale enUS(QLocale::English, QLocale::UnitedStates);
        const QLocale enGB(QLocale::English, QLocale::UnitedKingdom);
        const QLocale deDE(QLocale::German, QLocale::Germany);
        const QLocale arEG(QLocale::Arabic, QLocale::Egypt);
        const QString he = QStringLiteral("he");
        const QString en = QStringLiteral("en");
        const QString none;

        // The system's language when nothing overrides it.
        QTest::newRow("system hebrew")
                << none << none << heIL << QLocale::Hebrew << QLocale::Israel;
        QTest::newRow("system english")
                << none << none << enGB << QLocale::English << QLocale::UnitedKingdom;
        // A system language the app does not speak: English, never a right-to-left layout with
        // English words.
        QTest::newRow("system german")
                << none << none << deDE << QLocale::English << QLocale::Germany;
        // Qt has no English for Egypt: the language's default territory.
        QTest::newRow("system arabic")
                << none << none << arEG << QLocale::English << QLocale::UnitedStates;
        QTest::newRow("system C") << none << none << QLocale::c() << QLocale::English
                                  << QLocale::UnitedStates;
        // Settings override the system.
        QTest::newRow("settings he on english")
                << none << he << enUS << QLocale::Hebrew << QLocale::Israel;
        QTest::newRow("settings en on hebrew")
                << none << en << heIL << QLocale::English << QLocale::Israel;
        QTest::newRow("settings en keeps en_GB")
                << none << en << enGB << QLocale::English << QLocale::UnitedKingdom;
        // --lang overrides the settings and the system.
        QTest::newRow("--lang he over settings en")
                << he << en << enUS << QLocale::Hebrew << QLocale::Israel;
        QTest::newRow("--lang en over settings he")
                << en << he << heIL << QLocale::English << QLocale::Israel;
        QTest::newRow("--lang he_IL form")
                << QStringLiteral("he_IL") << none << enUS << QLocale::Hebrew << QLocale::Israel;
        // Values that are not a supported language are skipped.
        QTest::newRow("--lang unsupported")
                << QStringLiteral("fr") << he << enUS << QLocale::Hebrew << QLocale::Israel;
        QTest::newRow("settings unsupported")
                << none << QStringLiteral("xx") << heIL << QLocale::Hebrew << QLocale::Israel;
        QTest::newRow("both unsupported") << QStringLiteral("fr") << QStringLiteral("de") << enGB
                                          << QLocale::English << QLocale::UnitedKingdom;
    }

    void choose()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, settings);
        QFETCH(QLocale, system);
        QFETCH(QLocale::Language, language);
        QFETCH(QLocale::Territory, territory);
        const QLocale chosen = chooseLocale(commandLine, settings, system);
        QCOMPARE(chosen.language(), language);
        QCOMPARE(chosen.territory(), territory);
        QCOMPARE(chosen.textDirection(),
                 language == QLocale::Hebrew ? Qt::RightToLeft : Qt::LeftToRight);
    }

    void keepsSystemFormatsOfTheSameLanguage()
    {
        QLocale system(QLocale::English, QLocale::UnitedKingdom);
        system.setNumberOptions(QLocale::OmitGroupSeparator);
        QCOMPARE(chooseLocale(QString(), QStringLiteral("en"), system).numberOptions(),
                 QLocale::OmitGroupSeparator);
    }

    void commandLineSwitchesTheApp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        const QString app = QStringLiteral("glance-inventory");
        QTest::newRow("--lang he")
                << QStringList {app, QStringLiteral("--lang"), QStringLiteral("he")}
                << QStringLiteral("en") << QStringLiteral("ביטול") << Qt::RightToLeft;
        QTest::newRow("--lang=en")
                << QStringList {app, QStringLiteral("--lang=en")} << QStringLiteral("he")
                << QStringLiteral("Cancel") << Qt::LeftToRight;
        QTest::newRow("settings he") << QStringList {app} << QStringLiteral("he")
                                     << QStringLiteral("ביטול") << Qt::RightToLeft;
        QTest::newRow("settings en") << QStringList {app} << QStringLiteral("en")
                                     << QStringLiteral("Cancel") << Qt::LeftToRight;
    }

    // What main() does: find --lang before parsing, choose, install.
    void commandLineSwitchesTheApp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, settings);
        QFETCH(QString, cancel);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(chooseLocale(LanguageCode::fromArguments(arguments), settings,
                                         QLocale(QLocale::English, QLocale::UnitedStates)));
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
        QCOMPARE(QApplication::layoutDirection(), direction);
        QCOMPARE(box.layoutDirection(), direction);
    }
};

QTEST_MAIN(TestChooseLocale)
#include "tst_chooselocale.moc"
