// MovementsModel: a record's movement history from the sandbox, signed per warehouse, and the
// graceful "not offered" state when the endpoint answers 404.
#include "api/apiclient.h"
#include "models/movementsmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Glance;
using Glance::Test::SandboxFixture;

class TestMovementsModel : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;

    std::unique_ptr<MovementsModel> makeModel(ApiClient *client)
    {
        auto model = std::make_unique<MovementsModel>(client);
        model->setLocale(QLocale(QLocale::English));
        new QAbstractItemModelTester(
                model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
        return model;
    }

    void adjust(qint64 product, qint64 warehouse, qint64 amount)
    {
        const QJsonObject action {{QStringLiteral("productId"), product},
                                  {QStringLiteral("warehouseId"), warehouse},
                                  {QStringLiteral("amount"), amount},
                                  {QStringLiteral("reason"), QStringLiteral("Counted")}};
        QCOMPARE(m_sandbox
                         .post(QStringLiteral("/inventory/adjust"),
                               {{QStringLiteral("actions"), QJsonArray {action}}})
                         .status,
                 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = m_sandbox.editorKey();
        config.limits = {0, 0}; // the sandbox runs without limits: so does the client
        m_client = std::make_unique<ApiClient>(&m_network, config);
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(m_sandbox.reset());
    }

    void historyOfOneRecord()
    {
        adjust(1, 1, 7);
        adjust(1, 1, -2);
        adjust(1, 2, 5); // another warehouse: not in this history
        auto model = makeModel(m_client.get());
        QSignalSpy loaded(model.get(), &MovementsModel::loaded);
        model->setFilter(1, 1);
        QVERIFY(loaded.wait(15000));
        const QJsonArray server =
                m_sandbox.get(QStringLiteral("/inventory/movements?productId=1&warehouseId=1"))
                        .data()
                        .toArray();
        QCOMPARE(model->rowCount(), int(server.size()));
        QVERIFY(model->rowCount() >= 2);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, 0).data(MovementsModel::MovementIdRole).toLongLong(),
                     server.at(row).toObject().value(QStringLiteral("id")).toInteger());
        // Newest first: the removal of 2, then the addition of 7.
        QCOMPARE(model->index(0, MovementsModel::ChangeColumn)
                         .data(MovementsModel::SortRole)
                         .toLongLong(),
                 -2);
        QCOMPARE(model->index(1, MovementsModel::ChangeColumn)
                         .data(MovementsModel::SortRole)
                         .toLongLong(),
                 7);
        QCOMPARE(model->index(1, MovementsModel::ChangeColumn).data().toString(),
                 QStringLiteral("+7"));
        QCOMPARE(model->index(0, MovementsModel::ReasonColumn).data().toString(),
                 QStringLiteral("Counted"));
        QVERIFY(!model->index(0, MovementsModel::TypeColumn).data().toString().isEmpty());
        QVERIFY(!model->index(0, MovementsModel::DateColumn).data().toString().isEmpty());
        QVERIFY(model->isAvailable());
    }

    void dateToolTipHasNoLatinTimeZone()
    {
        // QLocale::LongFormat for a date and time ends in the zone's Latin abbreviation ("UTC"),
        // which would sit inside a Hebrew tooltip.
        adjust(1, 1, 3);
        auto model = makeModel(m_client.get());
        QSignalSpy loaded(model.get(), &MovementsModel::loaded);
        model->setFilter(1, 1);
        QVERIFY(loaded.wait(15000));
        QVERIFY(model->rowCount() >= 1);
        const QLocale hebrew(QLocale::Hebrew, QLocale::Israel);
        model->setLocale(hebrew);
        const QModelIndex date = model->index(0, MovementsModel::DateColumn);
        const QString tip = date.data(Qt::ToolTipRole).toString();
        QVERIFY(!tip.isEmpty());
        for (const QChar c : tip)
            QVERIFY2(!(c.isLetter() && c.script() == QChar::Script_Latin), qPrintable(tip));
        // The long date (weekday and month in words) and the time to the minute.
        const QDateTime when = date.data(MovementsModel::SortRole).toDateTime().toLocalTime();
        QVERIFY(when.isValid());
        QVERIFY2(tip.startsWith(hebrew.toString(when.date(), QLocale::LongFormat)),
                 qPrintable(tip));
        QVERIFY2(tip.endsWith(hebrew.toString(when.time(), QLocale::ShortFormat)), qPrintable(tip));

        model->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString english = date.data(Qt::ToolTipRole).toString();
        if (!when.timeZoneAbbreviation().isEmpty())
            QVERIFY2(!english.contains(when.timeZoneAbbreviation()), qPrintable(english));
        QVERIFY2(english.contains(QLocale(QLocale::English, QLocale::UnitedStates)
                                          .toString(when.date(), QLocale::LongFormat)),
                 qPrintable(english));
    }

    void hiddenWhenTheServerHasNoHistory()
    {
        // Every path under this base answers 404, as a server without the endpoint would.
        ClientConfig config;
        config.baseUrl = QUrl(m_sandbox.url().toString() + QStringLiteral("/no-history"));
        config.apiKey = m_sandbox.editorKey();
        config.limits = {0, 0};
        ApiClient client(&m_network, config);
        auto model = makeModel(&client);
        QSignalSpy availability(model.get(), &MovementsModel::availabilityChanged);
        QSignalSpy errors(model.get(), &MovementsModel::errorOccurred);
        model->setFilter(1, 1);
        QVERIFY(availability.wait(15000));
        QCOMPARE(availability.at(0).at(0).toBool(), false);
        QVERIFY(!model->isAvailable());
        QCOMPARE(errors.count(), 0);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!model->canFetchMore({}));
    }

    void serverErrorIsAnError()
    {
        QVERIFY(m_sandbox.setFaults({QStringLiteral("500@GET /inventory/movements")}));
        auto model = makeModel(m_client.get());
        QSignalSpy errors(model.get(), &MovementsModel::errorOccurred);
        model->setFilter(1, 1);
        QVERIFY(errors.wait(15000));
        QVERIFY(model->isAvailable());
        QCOMPARE(model->lastError().httpStatus(), 500);
    }
};

QTEST_GUILESS_MAIN(TestMovementsModel)
#include "tst_movementsmodel.moc"
