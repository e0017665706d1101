#include "core/appsettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;
using namespace std::chrono_literals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void cleanup() { QFile::remove(file()); }

    void defaults()
    {
        AppSettings settings(file());
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.lowStockThreshold(), 5);
        QCOMPARE(settings.requestTimeout(), 30s);
        QCOMPARE(settings.autoRefreshInterval(), 0min);
        QCOMPARE(settings.adjustmentReasons(), AppSettings::defaultAdjustmentReasons());
        QVERIFY(settings.adjustmentReasons().size() >= 7);
        QVERIFY(!settings.reasonRequired());
    }

    // The default reasons in English are values Glance stores with every adjustment and reports
    // on: a translator's comment may change, these texts and their usual directions may not.
    void defaultReasonsSentInEnglishNeverChange()
    {
        const QList<AdjustmentReason> expected {
                {QStringLiteral("Received"), +1},       {QStringLiteral("Damaged"), -1},
                {QStringLiteral("Lost or stolen"), -1}, {QStringLiteral("Returned"), +1},
                {QStringLiteral("Correction"), 0},      {QStringLiteral("Stocktake"), 0},
                {QStringLiteral("Transfer"), 0},
        };
        QCOMPARE(AppSettings::defaultAdjustmentReasons(), expected);
    }

    void roundTripAndSignal()
    {
        {
            AppSettings settings(file());
            QSignalSpy changed(&settings, &AppSettings::changed);
            settings.setLanguage(QStringLiteral("he"));
            settings.setLowStockThreshold(12);
            settings.setRequestTimeout(45s);
            settings.setAutoRefreshInterval(10min);
            settings.setReasonRequired(true);
            settings.setAdjustmentReasons({{QStringLiteral("נתקבל"), 1},
                                           {QStringLiteral("Damaged | broken"), -1},
                                           {QStringLiteral("  "), 0}});
            QCOMPARE(changed.count(), 6);
            settings.setLowStockThreshold(12); // unchanged: no signal
            QCOMPARE(changed.count(), 6);
        }
        AppSettings settings(file());
        QCOMPARE(settings.language(), QStringLiteral("he"));
        QCOMPARE(settings.lowStockThreshold(), 12);
        QCOMPARE(settings.requestTimeout(), 45s);
        QCOMPARE(settings.autoRefreshInterval(), 10min);
        QVERIFY(settings.reasonRequired());
        const QList<AdjustmentReason> expected {{QStringLiteral("נתקבל"), 1},
                                                {QStringLiteral("Damaged | broken"), -1}};
        QCOMPARE(settings.adjustmentReasons(), expected);
    }

    void badValuesFallBack()
    {
        {
            QSettings raw(file(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("inventory/lowStockThreshold"), QStringLiteral("lots"));
            raw.setValue(QStringLiteral("network/requestTimeoutSeconds"), 100000);
            raw.setValue(QStringLiteral("inventory/autoRefreshMinutes"), -3);
            raw.setValue(QStringLiteral("adjust/reasons"), QStringList {QStringLiteral("garbage")});
        }
        AppSettings settings(file());
        QCOMPARE(settings.lowStockThreshold(), 5);
        QCOMPARE(settings.requestTimeout(), 30s);
        QCOMPARE(settings.autoRefreshInterval(), 0min);
        QCOMPARE(settings.adjustmentReasons(), AppSettings::defaultAdjustmentReasons());
        settings.setRequestTimeout(1s);
        QCOMPARE(settings.requestTimeout(), 5s);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
