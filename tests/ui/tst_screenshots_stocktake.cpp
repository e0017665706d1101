// Renders the stocktake's windows in English and Hebrew against the sandbox and writes PNGs next
// to tst_screenshots' ($GLANCE_SCREENSHOT_DIR, default <build>/screenshots): the new-stocktake
// dialog, the counting window after scans and an unknown code, the review with its differences
// once the movements are read, and the list of stocktakes. Every window is checked like in
// tst_screenshots: its layout direction, and no English words in Hebrew once values are out.
#include "core/stocktake/stocktakeapplier.h"
#include "core/stocktake/stocktakestore.h"
#include "models/stocktake/reviewmodel.h"
#include "tests/ui/adjust/uitestsupport.h"
#include "tests/ui/screenshotsupport.h"
#include "ui/stocktake/countingwindow.h"
#include "ui/stocktake/newstocktakedialog.h"
#include "ui/stocktake/reviewwindow.h"
#include "ui/stocktake/stocktakeswindow.h"
#include "ui/translations.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Glance;
using Glance::Test::addLanguageRows;
using Glance::Test::isHebrewRow;
using Glance::Test::shoot;

class TestScreenshotsStocktake : public QObject
{
    Q_OBJECT

private:
    Test::AdjustUiFixture m_fx;
    std::unique_ptr<StocktakeStore> m_store;
    QStringList m_values;

    static QString profile()
    {
        return QStringLiteral("screens|%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    }
    static QString title()
    {
        return isHebrewRow() ? QStringLiteral("ספירה שנתית 2026") : QStringLiteral("Year end 2026");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_fx.start(), qPrintable(m_fx.sandbox.errorString()));
        m_store = std::make_unique<StocktakeStore>(m_fx.db.get());
        m_values = Test::sandboxValues(m_fx.sandbox);
        m_values << QStringLiteral("ספירה שנתית 2026") << QStringLiteral("Year end 2026")
                 << QStringLiteral("7290000000017") << QStringLiteral("PDF")
                 << QStringLiteral("CSV");
    }

    void cleanupTestCase()
    {
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void stocktakeWindows_data() { addLanguageRows(); }

    void stocktakeWindows()
    {
        QFETCH(QLocale, locale);
        QFETCH(Qt::LayoutDirection, direction);
        installTranslations(locale);
        QVERIFY(m_fx.sandbox.reset());

        NewStocktakeDialog dialog(m_store.get(), m_fx.catalog.get(), profile(), 5);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(title());
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.catalog->warehousesLoaded(), 10000);
        QString problems = shoot(&dialog, QStringLiteral("stocktake-new"), direction, m_values);

        Stocktake s;
        s.profile = profile();
        s.title = title();
        s.warehouseId = 1;
        s.warehouseName = QStringLiteral("מחסן ראשי");
        const qint64 id = m_store->create(s);
        CountingWindow counting(m_fx.context(profile()), m_store.get(), id);
        counting.setAttribute(Qt::WA_DeleteOnClose, false);
        counting.show();
        QVERIFY(QTest::qWaitForWindowExposed(&counting));
        QTRY_VERIFY_WITH_TIMEOUT(counting.counter()->isCounting(), 20000);
        StocktakeCounter *counter = counting.counter();
        auto *scan = counting.findChild<QLineEdit *>(QStringLiteral("scanEdit"));
        for (int i : {0, 1, 1, 2, 3, 5, 8}) {
            scan->setText(counter->items().at(i).sku);
            Q_EMIT scan->returnPressed();
        }
        scan->setText(QStringLiteral("7290000000017"));
        Q_EMIT scan->returnPressed();
        scan->setText(QStringLiteral("12*%1").arg(counter->items().at(2).sku));
        Q_EMIT scan->returnPressed();
        problems += shoot(&counting, QStringLiteral("stocktake-counting"), direction, m_values);

        QVERIFY(counter->dropUnknown(counter->unknownScans().first().scanId));
        QVERIFY(counter->finishCounting());
        // Beyond the clock-skew margin of the count (the review window's default, 2 s, which it
        // reads as it opens: the picture shows the sale as moved since the count).
        QTest::qWait(2100);
        QVERIFY(m_fx.adjustDirectly(counter->items().at(1).productId, 1, -1)); // a sale
        ReviewWindow review(m_fx.context(profile()), m_store.get(), id);
        review.setAttribute(Qt::WA_DeleteOnClose, false);
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        QSignalSpy prepared(review.applier(), &StocktakeApplier::prepared);
        QVERIFY(prepared.wait(10000));
        problems += shoot(&review, QStringLiteral("stocktake-review"), direction, m_values);

        QSignalSpy applied(review.applier(), &StocktakeApplier::applied);
        review.findChild<QPushButton *>(QStringLiteral("applyButton"))->click();
        QVERIFY(applied.wait(20000));
        problems += shoot(&review, QStringLiteral("stocktake-applied"), direction, m_values);

        StocktakesWindow list(m_store.get(), profile());
        list.setAttribute(Qt::WA_DeleteOnClose, false);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        problems += shoot(&list, QStringLiteral("stocktakes"), direction, m_values);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_MAIN(TestScreenshotsStocktake)
#include "tst_screenshots_stocktake.moc"
