#pragma once

// Shared by the inventory model tests: a client for a sandbox without limits, the server's
// records to compare with, and a tested model.

#include "api/apiclient.h"
#include "models/inventorytablemodel.h"
#include "sandboxfixture.h"
#include "tests/models/countingnetwork.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// QAbstractItemModelTester calls fetchMore() after every change, like a view scrolled to the end,
// so a tested model keeps loading until the last page.
#define WAIT_UNTIL_COMPLETE(model) \
    QTRY_VERIFY_WITH_TIMEOUT( \
            (model).hasLoadedOnce() && !(model).isLoading() && !(model).canFetchMore({}), 30000)

namespace Glance::Test {

inline std::unique_ptr<ApiClient> clientFor(QNetworkAccessManager *network,
                                            const SandboxFixture &sandbox)
{
    ClientConfig config;
    config.baseUrl = sandbox.url();
    config.apiKey = sandbox.editorKey();
    config.limits = {0, 0}; // the sandbox runs without limits: so does the client
    return std::make_unique<ApiClient>(network, config);
}

inline std::unique_ptr<InventoryTableModel> makeInventoryModel(ApiClient *client, bool tester)
{
    auto model = std::make_unique<InventoryTableModel>(client);
    model->setLocale(QLocale(QLocale::English));
    if (tester)
        new QAbstractItemModelTester(
                model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
    return model;
}

inline bool waitForPage(InventoryTableModel &model)
{
    QSignalSpy spy(&model, &InventoryTableModel::pageLoaded);
    return spy.wait(15000);
}

inline InventoryQuery warehouse(qint64 id, const QString &search = {})
{
    InventoryQuery query;
    query.warehouseId = id;
    query.search = search;
    return query;
}

inline QList<qint64> modelIds(const InventoryTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(InventoryTableModel::RecordIdRole).toLongLong());
    return ids;
}

// The ids of one server answer (an encoded path and query).
inline QList<qint64> idsAt(const SandboxFixture &sandbox, const QString &pathAndQuery)
{
    QList<qint64> ids;
    const QJsonArray rows = sandbox.get(pathAndQuery).data().toArray();
    for (const auto &row : rows)
        ids.append(row.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

// Every record the server lists for `query` (encoded, without page and limit).
inline QJsonArray allServerRows(const SandboxFixture &sandbox, const QString &query)
{
    QJsonArray rows;
    for (int page = 1;; ++page) {
        const QJsonArray pageRows =
                sandbox.get(QStringLiteral("/inventory?%1&page=%2&limit=100").arg(query).arg(page))
                        .data()
                        .toArray();
        for (const auto &row : pageRows)
            rows.append(row);
        if (pageRows.size() < 100)
            return rows;
    }
}

inline QList<qint64> serverIdsOf(const SandboxFixture &sandbox, const QString &query)
{
    QList<qint64> ids;
    const QJsonArray rows = allServerRows(sandbox, query);
    for (const auto &row : rows)
        ids.append(row.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

// The fixture of the InventoryTableModel tests: one sandbox without limits for the whole test
// program, a client counting its requests at the wire, and the server's view to compare with.
// A test class derives from it and calls startSandbox() from initTestCase() and
// resetSandbox() from init().
class InventoryModelTest : public QObject
{
protected:
    SandboxFixture m_sandbox;
    CountingNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;

    void startSandbox()
    {
        QVERIFY2(m_sandbox.start({QStringLiteral("--no-rate-limit")}),
                 qPrintable(m_sandbox.errorString()));
        m_client = clientFor(&m_network, m_sandbox);
    }
    // Seeded data again, no faults, no counted requests.
    void resetSandbox()
    {
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(m_sandbox.reset());
        m_network.clear();
    }

    std::unique_ptr<InventoryTableModel> makeModel(bool tester = true)
    {
        return makeInventoryModel(m_client.get(), tester);
    }
    QList<qint64> allServerIds(const QString &query) { return serverIdsOf(m_sandbox, query); }
    QList<qint64> serverIds(const QString &pathAndQuery) { return idsAt(m_sandbox, pathAndQuery); }
    QJsonArray serverRows(const QString &query) { return allServerRows(m_sandbox, query); }
};

} // namespace Glance::Test
