// Profiles, their identity and where they are remembered (QSettings, never a key).
#include "core/account/baseurl.h"
#include "core/account/profile.h"
#include "core/account/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    static Profile make(const QString &name, const QString &url)
    {
        Profile profile;
        profile.name = name;
        profile.baseUrl = BaseUrl::fromUserInput(url);
        return profile;
    }

private Q_SLOTS:
    void cleanup() { QFile::remove(file()); }

    void baseUrlFromUserInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("default") << "https://api.glance.co.il"
                                 << "https://api.glance.co.il";
        QTest::newRow("trailing slash") << "https://api.glance.co.il/"
                                        << "https://api.glance.co.il";
        QTest::newRow("no scheme") << "api.glance.app"
                                   << "https://api.glance.app";
        QTest::newRow("spaces around") << "  https://Api.Glance.co.il:443/ \n"
                                       << "https://api.glance.co.il";
        QTest::newRow("loopback port") << "http://127.0.0.1:8080"
                                       << "http://127.0.0.1:8080";
        QTest::newRow("path kept") << "https://example.com/glance/v1/"
                                   << "https://example.com/glance/v1";
        QTest::newRow("query dropped") << "https://example.com/?key=x#frag"
                                       << "https://example.com";
        QTest::newRow("user info dropped") << "https://user:secret@example.com"
                                           << "https://example.com";
        QTest::newRow("ftp") << "ftp://example.com"
                             << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("space inside") << "https://exa mple.com"
                                      << "";
    }

    void baseUrlFromUserInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QUrl url = BaseUrl::fromUserInput(input);
        if (expected.isEmpty())
            QVERIFY2(!url.isValid(), qPrintable(url.toString()));
        else
            QCOMPARE(url.toString(), expected);
    }

    void identity()
    {
        const Profile a = make(QStringLiteral("Acme"), QStringLiteral("https://api.glance.co.il/"));
        const Profile b =
                make(QStringLiteral(" Acme "), QStringLiteral("https://api.glance.co.il"));
        const Profile c = make(QStringLiteral("Acme"), QStringLiteral("https://other.example"));
        const Profile d = make(QStringLiteral("Beta"), QStringLiteral("https://api.glance.co.il"));
        QVERIFY(a == b);
        QVERIFY(!(a == c));
        QVERIFY(!(a == d));
        QCOMPARE(a.keychainAccount(), QStringLiteral("https://api.glance.co.il Acme"));
        QVERIFY(a.keychainAccount() != c.keychainAccount());
        QVERIFY(a.keychainAccount() != d.keychainAccount());
        QCOMPARE(a.displayName(), QStringLiteral("Acme"));
        QVERIFY(c.displayName().contains(QLatin1String("other.example")));
        QVERIFY(Profile::demoProfile().demo);
        QVERIFY(Profile::demoProfile().isValid());
        QVERIFY(Profile().isNull());
        QVERIFY(!make(QStringLiteral("  "), QStringLiteral("https://x.example")).isValid());
        QVERIFY(!make(QStringLiteral("X"), QStringLiteral("ftp://x.example")).isValid());
    }

    void addRemoveAndCurrent()
    {
        const Profile acme =
                make(QStringLiteral("Acme"), QStringLiteral("https://api.glance.co.il"));
        const Profile beta =
                make(QStringLiteral("בטא בע״מ"), QStringLiteral("https://api.glance.co.il"));
        {
            QSettings settings(file(), QSettings::IniFormat);
            ProfileStore store(&settings);
            QSignalSpy changed(&store, &ProfileStore::changed);
            QVERIFY(store.profiles().isEmpty());
            QVERIFY(store.current().isNull());
            store.add(acme);
            store.add(acme); // once only
            store.add(Profile()); // invalid: ignored
            store.setCurrent(beta); // adds it
            QCOMPARE(store.profiles(), (QList<Profile> {acme, beta}));
            QCOMPARE(store.current(), beta);
            QVERIFY(changed.count() >= 2);
        }
        {
            // Another instance (a restart) reads the same.
            QSettings settings(file(), QSettings::IniFormat);
            ProfileStore store(&settings);
            QCOMPARE(store.profiles(), (QList<Profile> {acme, beta}));
            QCOMPARE(store.current(), beta);
            QCOMPARE(store.current().name, QStringLiteral("בטא בע״מ"));
            store.remove(beta); // the current one: the choice is forgotten too
            QCOMPARE(store.profiles(), QList<Profile> {acme});
            QVERIFY(store.current().isNull());
            store.setCurrent(Profile::demoProfile());
            QVERIFY(store.current().demo);
            QCOMPARE(store.profiles(), (QList<Profile> {acme, Profile::demoProfile()}));
            store.setCurrent(Profile());
            QVERIFY(store.current().isNull());
        }
    }

    void storesOnlyNameAndAddress()
    {
        {
            QSettings settings(file(), QSettings::IniFormat);
            ProfileStore store(&settings);
            store.setCurrent(
                    make(QStringLiteral("Acme"), QStringLiteral("https://api.glance.co.il")));
        }
        QFile f(file());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("Acme"));
        QVERIFY(text.contains("https://api.glance.co.il"));
        QVERIFY(!text.contains("key")); // no key, no key-like entry
        QSettings settings(file(), QSettings::IniFormat);
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(QLatin1String("key"), Qt::CaseInsensitive), qPrintable(key));
    }

    void toleratesDamagedEntries()
    {
        {
            QSettings settings(file(), QSettings::IniFormat);
            settings.beginWriteArray(QStringLiteral("account/profiles"), 3);
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("name"), QStringLiteral("Good"));
            settings.setValue(QStringLiteral("baseUrl"), QStringLiteral("https://a.example"));
            settings.setArrayIndex(1);
            settings.setValue(QStringLiteral("name"), QStringLiteral("No address"));
            settings.setArrayIndex(2);
            settings.setValue(QStringLiteral("name"), QStringLiteral("Bad"));
            settings.setValue(QStringLiteral("baseUrl"), QStringLiteral("not a url at all"));
            settings.endArray();
            settings.setValue(QStringLiteral("account/currentName"), QString());
            settings.setValue(QStringLiteral("account/currentBaseUrl"), QStringLiteral("::"));
        }
        QSettings settings(file(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().first().name, QStringLiteral("Good"));
        QVERIFY(store.current().isNull());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_account_profilestore.moc"
