// Applying a stocktake against the real sandbox: sales made while counting and before
// applying are kept (the amounts are counted − the quantity at count time), the path is the
// AdjustmentSubmitter's (journal, requests of 100), and a large stocktake costs ceil(n/100)
// adjust requests plus the history pages — no read per product, no listing per request.
#include "../../models/countingnetwork.h"
#include "../adjust/sandboxstock.h"
#include "api/apiclient.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/submissionjournal.h"
#include "core/stocktake/costfetch.h"
#include "core/stocktake/expectedfetch.h"
#include "core/stocktake/stocktakeapplier.h"
#include "core/stocktake/stocktakecounter.h"
#include "core/stocktake/stocktakestore.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Glance;
using Glance::Test::sandboxAdjust;
using Glance::Test::SandboxFixture;
using Glance::Test::sandboxQuantity;

namespace {
const QString kProfile = QStringLiteral("sandbox|stocktake");
}

class TestStocktakeApply : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    Test::CountingNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalDatabase> m_db;
    std::unique_ptr<SubmissionJournal> m_journal;
    std::unique_ptr<StocktakeStore> m_store;

    qint64 newStocktake(qint64 warehouse, const QString &title, const StocktakeScope &scope = {})
    {
        Stocktake s;
        s.profile = kProfile;
        s.title = title;
        s.warehouseId = warehouse;
        s.scope = scope;
        s.warehouseName = QStringLiteral("מחסן ראשי");
        const qint64 id = m_store->create(s);
        ExpectedFetch fetch(m_client.get(), m_store.get(), *m_store->load(kProfile, id));
        QSignalSpy done(&fetch, &ExpectedFetch::finished);
        QSignalSpy failed(&fetch, &ExpectedFetch::failed);
        fetch.start();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 60000)
            || done.isEmpty())
            return 0;
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit"), QStringLiteral("--records"),
                                  QStringLiteral("3000"), QStringLiteral("--warehouses"),
                                  QStringLiteral("2")}),
                 qPrintable(m_sandbox.errorString()));
        QVERIFY(m_dir.isValid());
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        config.timeout = std::chrono::seconds(10);
        config.limits = {0, 0};
        m_client = std::make_unique<ApiClient>(&m_network, config);
        m_db = std::make_unique<LocalDatabase>(m_dir.filePath(QStringLiteral("drafts.sqlite")));
        QVERIFY(m_db->isOpen());
        m_journal = std::make_unique<SubmissionJournal>(m_db.get());
        m_store = std::make_unique<StocktakeStore>(m_db.get());
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    // Part of a warehouse: a few of its locations (as written in Glance, any case); only the
    // records there are in the stocktake, and the scope survives the store.
    void aScopeOfLocationsCountsOnlyThose()
    {
        const qint64 whole = newStocktake(1, QStringLiteral("whole"));
        QVERIFY(whole > 0);
        const QList<StocktakeItem> all = m_store->items(whole);
        QStringList picked = locationsOf(all).mid(0, 2);
        QCOMPARE(picked.size(), 2);
        const qsizetype there =
                std::count_if(all.cbegin(), all.cend(),
                              [&](const StocktakeItem &i) { return picked.contains(i.location); });
        QVERIFY(there > 0 && there < all.size());
        StocktakeScope scope;
        scope.kind = StocktakeScope::Kind::Locations;
        scope.locations = {picked.at(0).toUpper(),
                           QStringLiteral("  ") + picked.at(1) + QStringLiteral(" ")};
        const qint64 id = newStocktake(1, QStringLiteral("two shelves"), scope);
        QVERIFY(id > 0);
        const Stocktake loaded = *m_store->load(kProfile, id);
        QCOMPARE(loaded.scope.kind, StocktakeScope::Kind::Locations);
        QCOMPARE(loaded.scope.locations, scope.locations);
        const QList<StocktakeItem> items = m_store->items(id);
        QCOMPARE(items.size(), there);
        for (const StocktakeItem &item : items)
            QVERIFY2(picked.contains(item.location), qPrintable(item.location));
        // The other kinds keep their fields through the store's text too.
        for (const StocktakeScope::Kind kind :
             {StocktakeScope::Kind::Warehouse, StocktakeScope::Kind::Search,
              StocktakeScope::Kind::Skus, StocktakeScope::Kind::LowStock}) {
            StocktakeScope other;
            other.kind = kind;
            other.search = QStringLiteral("מדף");
            other.skus = {QStringLiteral("AB-120/3")};
            other.lowStockThreshold = 4;
            const StocktakeScope back = StocktakeScope::fromText(other.toText());
            QCOMPARE(back.kind, kind);
            QCOMPARE(back.search, kind == StocktakeScope::Kind::Search ? other.search : QString());
            QCOMPARE(back.skus, kind == StocktakeScope::Kind::Skus ? other.skus : QStringList());
        }
    }

    void salesWhileCountingAreKept()
    {
        const qint64 id = newStocktake(1, QStringLiteral("ספירה – מדף 4"));
        QVERIFY(id > 0);
        StocktakeCounter counter(m_store.get());
        QVERIFY(counter.load(kProfile, id));
        QVERIFY(counter.items().size() > 100);
        // Three products with stock: A sells before it is counted and after; B is found with
        // a surplus and sells after its count; C matches.
        QList<int> picked;
        for (int i = 0; i < counter.items().size() && picked.size() < 3; ++i) {
            if (counter.items().at(i).expected.value_or(0) >= 10)
                picked.append(i);
        }
        QCOMPARE(picked.size(), 3);
        const StocktakeItem a = counter.items().at(picked.at(0));
        const StocktakeItem b = counter.items().at(picked.at(1));
        const StocktakeItem c = counter.items().at(picked.at(2));
        // The clock-skew margin, small so that the waits that keep events apart (beyond it,
        // on one machine's clock) stay short.
        const std::chrono::milliseconds margin(150);

        QTest::qWait(250);
        QVERIFY(sandboxAdjust(m_sandbox, a.productId, 1, -2)); // between the fetch and the count
        QTest::qWait(250);
        for (int n = 0; n < 7; ++n)
            QCOMPARE(counter.scan(a.sku).outcome, StocktakeCounter::Outcome::Counted);
        QCOMPARE(counter.scan(QStringLiteral("%1*%2").arg(*b.expected + 3).arg(b.sku)).outcome,
                 StocktakeCounter::Outcome::Counted);
        QVERIFY(counter.setCount(picked.at(2), *c.expected));
        QTest::qWait(250); // beyond the margin
        QVERIFY(sandboxAdjust(m_sandbox, a.productId, 1, -1)); // after the count: kept
        QVERIFY(sandboxAdjust(m_sandbox, b.productId, 1, -4));
        QVERIFY(counter.finishCounting());

        StocktakeApplier applier(m_client.get(), m_journal.get(), m_store.get());
        applier.setMargin(margin);
        applier.setReason(QStringLiteral("Stocktake"));
        applier.setStocktake(counter.stocktake(), counter.items());
        QSignalSpy prepared(&applier, &StocktakeApplier::prepared);
        applier.prepare();
        QVERIFY(prepared.wait(20000));
        QCOMPARE(applier.deltas().size(), 3);
        const StocktakeDelta &da = applier.deltas().at(0);
        QCOMPARE(da.productId, a.productId);
        QCOMPARE(da.systemAtCount, std::optional<qint64>(*a.expected - 2));
        QCOMPARE(da.amount, std::optional<qint64>(7 - (*a.expected - 2)));
        QCOMPARE(da.movedSinceCount, -1);
        QVERIFY(!da.needsCheck());
        QCOMPARE(applier.deltas().at(1).amount, std::optional<qint64>(3));
        QCOMPARE(applier.deltas().at(2).amount, std::optional<qint64>(0));
        QCOMPARE(applier.linesToApply(StocktakeApplier::LinesToCheck::HoldBack).size(), 2);

        QSignalSpy applied(&applier, &StocktakeApplier::applied);
        QVERIFY(applier.apply(StocktakeApplier::LinesToCheck::HoldBack));
        QVERIFY(applied.wait(20000));
        QCOMPARE(m_store->load(kProfile, id)->state, StocktakeState::Applied);

        // The sales are kept: A ends at its count minus what sold after it was counted.
        QCOMPARE(sandboxQuantity(m_sandbox, a.productId, 1), std::optional<qint64>(7 - 1));
        QCOMPARE(sandboxQuantity(m_sandbox, b.productId, 1),
                 std::optional<qint64>(*b.expected + 3 - 4));
        QCOMPARE(sandboxQuantity(m_sandbox, c.productId, 1), c.expected);
        const std::optional<Submission> submission =
                m_journal->load(m_store->load(kProfile, id)->submissionId);
        QVERIFY(submission.has_value());
        QCOMPARE(submission->source, QStringLiteral("stocktake"));
        QCOMPARE(submission->lines.size(), 2);
        QCOMPARE(submission->lines.at(0).line.amount, 7 - (*a.expected - 2));
        QCOMPARE(submission->lines.at(0).line.reason, QStringLiteral("Stocktake"));
        QVERIFY(submission->lines.at(0).line.notes.startsWith(QStringLiteral("ספירה – מדף 4")));
        QCOMPARE(submission->lines.at(1).line.amount, 3);
        for (const SubmissionLine &line : submission->lines)
            QCOMPARE(line.status, LineStatus::Applied);
    }

    void largeStocktakeCostsOneRequestPerHundredLines()
    {
        const qint64 id = newStocktake(2, QStringLiteral("large"));
        QVERIFY(id > 0);
        StocktakeCounter counter(m_store.get());
        QVERIFY(counter.load(kProfile, id));
        const int n = int(counter.items().size());
        QVERIFY2(n >= 1000, qPrintable(QString::number(n)));
        QHash<int, QList<LocationCount>> counts;
        for (int i = 0; i < n; ++i)
            counts.insert(i, {{QString(), counter.items().at(i).expected.value_or(0) + 1 + i % 3}});
        QVERIFY(counter.importCounts(counts, true));
        QVERIFY(counter.finishCounting());

        m_network.clear();
        StocktakeApplier applier(m_client.get(), m_journal.get(), m_store.get());
        applier.setStocktake(counter.stocktake(), counter.items());
        QSignalSpy applied(&applier, &StocktakeApplier::applied);
        QVERIFY(applier.apply(StocktakeApplier::LinesToCheck::HoldBack));
        QVERIFY(applied.wait(120000));
        const int adjusts = m_network.requests(QStringLiteral("/inventory/adjust"));
        const int history = m_network.requests(QStringLiteral("/inventory/movements"));
        qInfo("%d lines: %d adjust requests, %d history pages, %d requests in all", n, adjusts,
              history, m_network.requests());
        QCOMPARE(adjusts, (n + 99) / 100);
        QCOMPARE(m_network.requests(QStringLiteral("/inventory")), 0);
        QCOMPARE(m_network.requests(), adjusts + history);
        QVERIFY(history >= 1 && history <= 3);
        QCOMPARE(sandboxQuantity(m_sandbox, counter.items().at(5).productId, 2),
                 totalOf(counts.value(5)));
    }

    void costsAreReadPageByPageAndKeptWithTheStocktake()
    {
        const qint64 id = newStocktake(1, QStringLiteral("costs"));
        QVERIFY(id > 0);
        const QList<StocktakeItem> items = m_store->items(id);
        QVERIFY(items.size() > 100);

        // A failing page: nothing stored, said why.
        QVERIFY(m_sandbox.setFaults({QStringLiteral("503@GET /products")}));
        {
            CostFetch fetch(m_client.get(), m_store.get(), id, items);
            QSignalSpy failed(&fetch, &CostFetch::failed);
            fetch.start();
            QVERIFY(failed.wait(30000));
            QVERIFY(!failed.first().at(0).toString().isEmpty());
        }
        QVERIFY(!m_store->load(kProfile, id)->costsAt.isValid());
        QVERIFY(!m_store->items(id).at(0).unitCost.has_value());
        QVERIFY(m_sandbox.clearFaults());

        m_network.clear();
        CostFetch fetch(m_client.get(), m_store.get(), id, items);
        QSignalSpy finished(&fetch, &CostFetch::finished);
        fetch.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toInt(), int(items.size())); // every seeded product
        QVERIFY(m_store->load(kProfile, id)->costsAt.isValid());
        // Pages of /products only, and no more than the catalogue has.
        const Test::HttpResult total = m_sandbox.get(QStringLiteral("/products?limit=1"));
        const qint64 products = total.json()
                                        .value(QStringLiteral("pagination"))
                                        .toObject()
                                        .value(QStringLiteral("total"))
                                        .toInteger();
        QVERIFY(products > 0);
        QCOMPARE(m_network.requests(), m_network.requests(QStringLiteral("/products")));
        QCOMPARE(m_network.requests(), fetch.requestCount());
        QVERIFY(fetch.requestCount() <= (products + 99) / 100);
        qInfo("costs of %d products: %d requests (catalogue of %lld products)", int(items.size()),
              fetch.requestCount(), products);
        // The costs are the sandbox's, product by product.
        const QList<StocktakeItem> stored = m_store->items(id);
        for (int i : {0, int(stored.size()) / 2, int(stored.size()) - 1}) {
            const Test::HttpResult product =
                    m_sandbox.get(QStringLiteral("/products/id/%1").arg(stored.at(i).productId));
            const double cost =
                    product.data().toObject().value(QStringLiteral("unitCost")).toDouble();
            QVERIFY(stored.at(i).unitCost.has_value());
            QCOMPARE(*stored.at(i).unitCost, cost);
        }
    }

    void batchOfManyLinesListsTheWarehouseOnce()
    {
        // The submitter's read before each request, without a stocktake: a listing of the
        // warehouse answers the following requests too.
        QList<AdjustmentLine> lines;
        for (qint64 product = 1; lines.size() < 500; ++product) {
            if (!sandboxQuantity(m_sandbox, product, 1))
                continue;
            AdjustmentLine line;
            line.productId = product;
            line.warehouseId = 1;
            line.amount = 1;
            line.reason = QStringLiteral("Received");
            lines.append(line);
        }
        m_network.clear();
        AdjustmentSubmitter submitter(m_client.get(), m_journal.get());
        QSignalSpy finished(&submitter, &AdjustmentSubmitter::finished);
        QVERIFY(submitter.submit(kProfile, QStringLiteral("adjust"), 0, QStringLiteral("many"),
                                 lines)
                > 0);
        QVERIFY(finished.wait(60000));
        const int adjusts = m_network.requests(QStringLiteral("/inventory/adjust"));
        const int listings = m_network.requests(QStringLiteral("/inventory"));
        qInfo("500 lines: %d adjust requests, %d listing pages, %d requests in all", adjusts,
              listings, m_network.requests());
        QCOMPARE(adjusts, 5);
        int perProduct = 0;
        for (const QUrl &url : m_network.urls())
            perProduct += url.path().startsWith(QStringLiteral("/inventory/product/"));
        QCOMPARE(perProduct, 0);
        // One listing of warehouse 1 (≈1,500 records: 15 pages), not one per request.
        QVERIFY2(listings <= 16, qPrintable(QString::number(listings)));
    }
};

QTEST_GUILESS_MAIN(TestStocktakeApply)
#include "tst_stocktakeapply.moc"
