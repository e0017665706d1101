// InventoryTableModel on the scripted in-process network (FakeNetworkAccessManager): paging
// through canFetchMore()/fetchMore(), a stale query's reply, and error pages in every shape the
// API sends, each turning into the model's error with a translated sentence. No process, no
// socket, no fixed waits: the beside-it tst_inventorytablemodel runs the same model against
// glance-sandbox.
#include "api/apiclient.h"
#include "fakenetwork.h"
#include "fakestock.h"
#include "models/inventorytablemodel.h"
#include "sourcetranslator.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Glance;
using namespace Glance::Test;

namespace {

constexpr int kRecords = 250; // 125 products × 2 warehouses: pages of 100, 100 and 50

QList<qint64> modelIds(const InventoryTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(InventoryTableModel::RecordIdRole).toLongLong());
    return ids;
}

QList<qint64> stockIds(const FakeStock &stock, qsizetype count = -1)
{
    QList<qint64> ids;
    for (const FakeStock::Record &record : stock.records()) {
        if (count >= 0 && ids.size() == count)
            break;
        ids.append(record.id);
    }
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(Glance::Test::FakeResponse)

class TestInventoryTableModelUnit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeNetworkAccessManager> m_network;
    std::unique_ptr<FakeStock> m_stock;
    std::unique_ptr<ApiClient> m_client;

    std::unique_ptr<InventoryTableModel> makeModel(bool tester)
    {
        auto model = std::make_unique<InventoryTableModel>(m_client.get());
        model->setLocale(QLocale(QLocale::English));
        if (tester)
            new QAbstractItemModelTester(model.get(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest,
                                         model.get());
        return model;
    }

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<FakeNetworkAccessManager>();
        m_stock = std::make_unique<FakeStock>(kRecords / 2, 2);
        m_stock->install(*m_network);
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("https://api.glance.test"));
        config.apiKey = QStringLiteral("glnc_sk_unit");
        config.limits = {0, 0}; // no client-side pacing: these tests are about the model
        m_client = std::make_unique<ApiClient>(m_network.get(), config);
    }

    void cleanup()
    {
        m_client.reset();
        m_stock.reset();
        m_network.reset();
    }

    void pagesComeOneAtATimeWhenAsked()
    {
        // Every answer carries the rate-limit headers; the client reports them.
        int answered = 0;
        m_network->on("GET", QStringLiteral("/inventory"), [&](FakeReply *reply) {
            ++answered;
            reply->respond(m_stock->handle(reply->fakeRequest())
                                   .withRateLimit(100, 100 - answered, 1'900'000'000));
        });
        QSignalSpy limits(m_client.get(), &ApiClient::rateLimitUpdated);
        auto model = makeModel(false); // no tester: it would fetch every page at once
        QSignalSpy pages(model.get(), &InventoryTableModel::pageLoaded);
        model->setQuery({});
        QVERIFY(!model->canFetchMore({})); // nothing loaded yet, nothing to append to
        QVERIFY(pages.wait(5000));
        QCOMPARE(model->rowCount(), InventoryTableModel::PageSize);
        QCOMPARE(modelIds(*model), stockIds(*m_stock, 100));
        QCOMPARE(*model->totalCount(), kRecords);
        QVERIFY(model->canFetchMore({}));
        // Nothing more is asked for until a view asks: no request queued or in flight.
        QCoreApplication::processEvents();
        QCOMPARE(m_client->pendingCalls(), 0);
        QCOMPARE(m_network->count("GET", QStringLiteral("/inventory")), 1);
        const FakeRequest first = m_network->requests().constFirst();
        QCOMPARE(first.query(QStringLiteral("page")), QStringLiteral("1"));
        QCOMPARE(first.query(QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(first.header("Authorization"), QByteArray("Bearer glnc_sk_unit"));
        QVERIFY(!limits.isEmpty());
        QCOMPARE(limits.last().at(0).toInt(), 100);
        QCOMPARE(limits.last().at(1).toInt(), 99);

        int loaded = 1;
        while (model->canFetchMore({})) {
            model->fetchMore({});
            model->fetchMore({}); // a second call while in flight must not duplicate the page
            model->setQuery({}); // nor the same query again
            QVERIFY(pages.wait(5000));
            ++loaded;
            QCOMPARE(m_network->count("GET", QStringLiteral("/inventory")), loaded);
            QCOMPARE(m_network->requests().constLast().query(QStringLiteral("page")),
                     QString::number(loaded));
        }
        QCOMPARE(loaded, 3);
        QCOMPARE(model->rowCount(), kRecords);
        QCOMPARE(modelIds(*model), stockIds(*m_stock));
        QVERIFY(model->isComplete());
        QCOMPARE(model->requestCount(), 3);
        QCOMPARE(limits.last().at(1).toInt(), 97);
    }

    void testerLoadsEveryRecordExactlyOnce()
    {
        auto model = makeModel(true); // the tester calls fetchMore() after every change
        model->setQuery({});
        QTRY_VERIFY_WITH_TIMEOUT(
                model->hasLoadedOnce() && !model->isLoading() && !model->canFetchMore({}), 5000);
        const QList<qint64> ids = modelIds(*model);
        QCOMPARE(ids, stockIds(*m_stock));
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), kRecords);
        QCOMPARE(m_network->count("GET", QStringLiteral("/inventory")), 3);
        // The displayed values are the records', through the model's roles.
        const FakeStock::Record &record = m_stock->records().at(4);
        QCOMPARE(model->index(4, InventoryTableModel::SkuColumn).data().toString(),
                 FakeStock::sku(record.productId));
        QCOMPARE(model->index(4, InventoryTableModel::WarehouseColumn).data().toString(),
                 FakeStock::warehouseName(record.warehouseId));
        QCOMPARE(model->index(4, InventoryTableModel::QuantityColumn)
                         .data(InventoryTableModel::SortRole)
                         .toLongLong(),
                 record.quantity);
    }

    void newQueryDropsTheHeldReply()
    {
        // The first query's page never comes while the second one is answered: the model asks
        // the client to drop it (the reply is aborted) and shows only the second query's rows.
        m_network->hold("GET", QStringLiteral("/inventory"),
                        {{QStringLiteral("search"), QStringLiteral("a")}});
        QList<QNetworkReply::NetworkError> staleErrors;
        connect(m_network.get(), &FakeNetworkAccessManager::requestArrived, this,
                [&](FakeReply *reply) {
                    if (reply->fakeRequest().query(QStringLiteral("search")) == QLatin1String("a"))
                        connect(reply, &QNetworkReply::errorOccurred, this,
                                [&](QNetworkReply::NetworkError code) {
                                    staleErrors.append(code);
                                });
                });
        auto model = makeModel(true);
        QSignalSpy pages(model.get(), &InventoryTableModel::pageLoaded);
        InventoryQuery stale;
        stale.search = QStringLiteral("a");
        model->setQuery(stale);
        QTRY_COMPARE_WITH_TIMEOUT(m_network->heldReplies().size(), 1, 5000);
        InventoryQuery fresh;
        fresh.search = QStringLiteral("shelf 3");
        model->setQuery(fresh);
        QTRY_VERIFY_WITH_TIMEOUT(
                model->hasLoadedOnce() && !model->isLoading() && !model->canFetchMore({}), 5000);
        QCOMPARE(staleErrors,
                 QList<QNetworkReply::NetworkError>({QNetworkReply::OperationCanceledError}));
        QVERIFY(m_network->heldReplies().isEmpty());
        QCOMPARE(model->query().search, QStringLiteral("shelf 3"));
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->record(row).location.startsWith(QStringLiteral("Shelf 3")));
    }

    void errorPageBecomesTheModelsError_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        // The sentence's source text (tr()), and what the translator makes of it: the error
        // shows the translation, so the sentence went through tr().
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("translation");
        QTest::addColumn<QString>("serverSaid");

        const QString trouble = QStringLiteral(
                "Glance is having trouble right now (error %1). Try again in a few minutes.");
        const QString troubleHe =
                QStringLiteral("לגלאנס יש כרגע תקלה (שגיאה %1). נסו שוב בעוד כמה דקות.");
        const QString unreadable =
                QStringLiteral("Glance sent an answer this app could not read. Try again; if it "
                               "keeps happening, the app may need an update.");
        const QString unreadableHe =
                QStringLiteral("גלאנס שלחה תשובה שהיישום לא הצליח לקרוא. נסו שוב.");

        QTest::newRow("SDK shape, 500") << FakeResponse::sdkError(
                500, QStringLiteral("UNKNOWN_ERROR"), QStringLiteral("Database unavailable"))
                                        << int(ApiError::Kind::Http) << 500 << trouble << troubleHe
                                        << QStringLiteral("Database unavailable");
        QTest::newRow("docs shape, 401")
                << FakeResponse::docsError(401, QStringLiteral("Unauthorized"),
                                           QStringLiteral("Invalid or missing API key"))
                << int(ApiError::Kind::Http) << 401
                << QStringLiteral("The API key was not accepted. Check that it was not revoked "
                                  "in Glance, or sign in again with a valid key (Account → Add "
                                  "an account…).")
                << QStringLiteral("מפתח ה-API לא התקבל.")
                << QStringLiteral("Invalid or missing API key");
        QTest::newRow("HTML from a proxy, 502")
                << FakeResponse::raw(502, "text/html",
                                     "<html><head><title>502 Bad Gateway</title></head><body>"
                                     "<h1>Bad Gateway</h1></body></html>")
                << int(ApiError::Kind::Http) << 502 << trouble << troubleHe << QString();
        QTest::newRow("truncated JSON, 200")
                << FakeResponse::raw(200, "application/json",
                                     R"({"success":true,"data":[{"id":1,"product":{"id")")
                << int(ApiError::Kind::Decode) << 200 << unreadable << unreadableHe << QString();
        QTest::newRow("connection closed mid-body, 200")
                << FakeResponse::page({QJsonObject {{QStringLiteral("id"), 1}},
                                       QJsonObject {{QStringLiteral("id"), 2}}},
                                      2, 1, 100)
                           .cutOffAfter(20)
                << int(ApiError::Kind::Decode) << 200 << unreadable << unreadableHe << QString();
    }

    void errorPageBecomesTheModelsError()
    {
        QFETCH(FakeResponse, response);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, source);
        QFETCH(QString, translation);
        QFETCH(QString, serverSaid);

        auto model = makeModel(true);
        model->setQuery({});
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoadedOnce() && !model->isLoading(), 5000);
        const QList<qint64> before = modelIds(*model);
        QCOMPARE(before.size(), kRecords);

        SourceTranslator translator({{source, translation}});
        QVERIFY(QCoreApplication::installTranslator(&translator));
        m_network->answer("GET", QStringLiteral("/inventory"), response);
        QSignalSpy errors(model.get(), &InventoryTableModel::errorOccurred);
        model->refresh();
        QVERIFY(errors.wait(5000));
        QCOMPARE(errors.count(), 1);
        const auto error = errors.at(0).at(0).value<ApiError>();
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(int(model->lastError().kind()), kind);
        QVERIFY(!model->isLoading());
        QCOMPARE(modelIds(*model), before); // a failed refresh keeps the rows

        const QString message = error.userMessage();
        QCoreApplication::removeTranslator(&translator);
        const QString translated = translation.section(QStringLiteral("%1"), 0, 0);
        QVERIFY2(message.startsWith(translated), qPrintable(message));
        if (translation.contains(QStringLiteral("%1")))
            QVERIFY2(message.contains(QString::number(status)), qPrintable(message));
        if (!serverSaid.isEmpty())
            QVERIFY2(message.contains(serverSaid), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('<')), qPrintable(message)); // no HTML shown
        QVERIFY2(!message.contains(QStringLiteral("unknown"), Qt::CaseInsensitive),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestInventoryTableModelUnit)
#include "tst_inventorytablemodel_unit.moc"
