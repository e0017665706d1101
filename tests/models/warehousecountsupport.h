#pragma once

// Shared by the warehouse-count tests (tst_warehousecounts, tst_warehousecounts_offline): the
// server's figures read page by page (not through the counts under test), a tested
// WarehouseListModel, the count requests seen at the wire.

#include "api/apiclient.h"
#include "models/warehouselistmodel.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <chrono>
#include <memory>

namespace Glance::Test {

// Warehouse id -> [records, quantity], read page by page from the server (not through the
// counts under test).
using Totals = QHash<qint64, QPair<qint64, qint64>>;

inline Totals serverTotals(const SandboxFixture &sandbox)
{
    Totals totals;
    for (int page = 1;; ++page) {
        const QJsonArray rows =
                sandbox.get(QStringLiteral("/inventory?page=%1&limit=100").arg(page))
                        .data()
                        .toArray();
        for (const auto &row : rows) {
            const QJsonObject record = row.toObject();
            const qint64 id = record.value(QStringLiteral("warehouse"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toInteger();
            totals[id].first += 1;
            totals[id].second += record.value(QStringLiteral("quantity")).toInteger();
        }
        if (rows.size() < 100)
            return totals;
    }
}

inline qint64 allRecords(const Totals &totals)
{
    qint64 sum = 0;
    for (const auto &entry : totals)
        sum += entry.first;
    return sum;
}

inline QVariant recordsAt(const WarehouseListModel &model, int row)
{
    return model.index(row, WarehouseListModel::RecordsColumn).data(WarehouseListModel::SortRole);
}

inline QString recordsTip(const WarehouseListModel &model, int row)
{
    return model.index(row, WarehouseListModel::RecordsColumn).data(Qt::ToolTipRole).toString();
}

// A client without limits (neither has the sandbox) and a 10 s timeout.
inline std::unique_ptr<ApiClient> countingClient(QNetworkAccessManager *network, const QUrl &url,
                                                 const QString &key)
{
    ClientConfig config;
    config.baseUrl = url;
    config.apiKey = key;
    config.timeout = std::chrono::seconds(10);
    config.limits = {0, 0}; // the sandboxes run without limits: so does the client
    return std::make_unique<ApiClient>(network, config);
}

inline std::unique_ptr<ApiClient> countingClient(QNetworkAccessManager *network,
                                                 const SandboxFixture &sandbox)
{
    return countingClient(network, sandbox.url(), sandbox.editorKey());
}

inline void addTester(QAbstractItemModel *model)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 model);
}

inline std::unique_ptr<WarehouseListModel> makeModel(ApiClient *client)
{
    auto model = std::make_unique<WarehouseListModel>(client);
    model->setLocale(QLocale(QLocale::English));
    addTester(model.get());
    return model;
}

// Every row's count is the server's; "All warehouses" is their sum.
inline void verifyCounts(const WarehouseListModel &model, const Totals &totals)
{
    QCOMPARE(recordsAt(model, 0).toLongLong(), allRecords(totals));
    for (int row = 1; row < model.rowCount(); ++row) {
        const qint64 id = *model.warehouseIdAt(row);
        QVERIFY2(recordsAt(model, row).isValid(), qPrintable(QString::number(id)));
        QCOMPARE(recordsAt(model, row).toLongLong(), totals.value(id).first);
        QCOMPARE(model.index(row, WarehouseListModel::RecordsColumn).data().toString(),
                 QLocale(QLocale::English).toString(totals.value(id).first));
        QVERIFY(recordsTip(model, row).isEmpty());
    }
}

// The count requests among `urls`: GET /inventory with limit=1, by warehouse ("" = all).
inline QStringList countedWarehouses(const QList<QUrl> &urls)
{
    QStringList warehouses;
    for (const QUrl &url : urls) {
        const QUrlQuery query(url);
        if (url.path() == QStringLiteral("/inventory")
            && query.queryItemValue(QStringLiteral("limit")) == QStringLiteral("1"))
            warehouses << query.queryItemValue(QStringLiteral("warehouseId"));
    }
    warehouses.sort();
    return warehouses;
}

inline QStringList expectedWarehouses(const WarehouseListModel &model)
{
    QStringList warehouses {QString()};
    for (int row = 1; row < model.rowCount(); ++row)
        warehouses << QString::number(*model.warehouseIdAt(row));
    warehouses.sort();
    return warehouses;
}

// An address where nothing listens: connection refused.
inline QUrl deadUrl()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

} // namespace Glance::Test

// verifyCounts() in a test: its first failure ends the test.
#define VERIFY_COUNTS(model, totals) \
    do { \
        verifyCounts(model, totals); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)
