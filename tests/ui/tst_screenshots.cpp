// Renders the main window in English and Hebrew against the sandbox and writes PNGs for review
// (to $GLANCE_SCREENSHOT_DIR, default <build>/screenshots). It also checks what can be checked
// mechanically: the layout direction per language and that the table shows data.
#include "api/apiclient.h"
#include "models/inventorytablemodel.h"
#include "sandboxfixture.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Glance;
using Glance::Test::SandboxFixture;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        m_client = std::make_unique<ApiClient>(&m_network, config);
        QString dir = qEnvironmentVariable("GLANCE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = QStringLiteral(QT_TESTCASE_BUILDDIR "/../../screenshots");
        QVERIFY(QDir().mkpath(dir));
        m_dir = QDir(dir);
    }

    void cleanupTestCase() { installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void mainWindow_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << Qt::LeftToRight;
        QTest::newRow("he") << QLocale(QLocale::Hebrew, QLocale::Israel) << Qt::RightToLeft;
    }

    void mainWindow()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        MainWindow window;
        window.resize(1100, 640);
        window.setClient(m_client.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(window.inventoryModel()->rowCount(), 100, 15000);
        QCOMPARE(window.layoutDirection(), direction);
        QCOMPARE(QApplication::layoutDirection(), direction);
        const QString file = m_dir.filePath(QStringLiteral("mainwindow-%1.png")
                                                    .arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY2(window.grab().save(file), qPrintable(file));
        qInfo("wrote %s", qPrintable(QDir::toNativeSeparators(file)));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
