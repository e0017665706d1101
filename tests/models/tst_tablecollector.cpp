// TableCollector reads what a view shows into an ExportTable: the proxy's rows (filter and sort
// as shown), the given columns in the given order, titles from headerData(), each column's kind
// from the model's CellKindRole, texts without direction marks, plain numbers from the raw role
// for number columns; in slices on the event loop; starts again when rows change meanwhile;
// fails when the model goes away.
#include "models/tablecollector.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>

using namespace Glance;

namespace {

constexpr int RawRole = Qt::UserRole + 1;

enum Column { Name, Sku, Quantity };

// A model as the app's are: display texts through the locale, a raw role, the cell kinds.
std::unique_ptr<QStandardItemModel> makeModel(int rows)
{
    auto model = std::make_unique<QStandardItemModel>(rows, 3);
    model->setHorizontalHeaderLabels(
            {QStringLiteral("Product"), QStringLiteral("SKU"), QStringLiteral("Quantity")});
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    for (int row = 0; row < rows; ++row) {
        const qint64 quantity = (row % 7 == 0 ? -1 : 1) * qint64(row) * 1000;
        auto *name = new QStandardItem(QStringLiteral("\u2068מוצר %1\u2069").arg(row));
        name->setData(int(Bidi::CellKind::Text), Bidi::CellKindRole);
        auto *sku = new QStandardItem(QStringLiteral("SKU-%1").arg(row, 5, 10, QLatin1Char('0')));
        sku->setData(int(Bidi::CellKind::Code), Bidi::CellKindRole);
        sku->setData(sku->text(), RawRole);
        auto *amount = new QStandardItem(Bidi::formatQuantity(quantity, locale));
        amount->setData(quantity, RawRole);
        amount->setData(int(Bidi::CellKind::Number), Bidi::CellKindRole);
        model->setItem(row, Name, name);
        model->setItem(row, Sku, sku);
        model->setItem(row, Quantity, amount);
    }
    return model;
}

} // namespace

class TestTableCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsRowsKindsAndNumbers()
    {
        const auto model = makeModel(30);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Shown: quantity first, then the SKU; the name hidden; sorted by SKU descending, only
        // the negative quantities.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(model.get());
        proxy.setSortRole(RawRole);
        proxy.setFilterRole(RawRole);
        proxy.setFilterKeyColumn(Quantity);
        proxy.setFilterRegularExpression(QStringLiteral("^-"));
        proxy.sort(Sku, Qt::DescendingOrder);
        QAbstractItemModelTester proxyTester(
                &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TableCollector collector(&proxy, {Quantity, Sku}, {}, RawRole);
        const ExportTable table = collector.collectNow();
        QCOMPARE(table.columns.size(), 2);
        QCOMPARE(table.columns.at(0).title, QStringLiteral("Quantity"));
        QCOMPARE(table.columns.at(0).kind, Bidi::CellKind::Number);
        QCOMPARE(table.columns.at(1).title, QStringLiteral("SKU"));
        QCOMPARE(table.columns.at(1).kind, Bidi::CellKind::Code);
        // Rows 28, 21, 14, 7 (0 is not negative): SKU descending.
        QCOMPARE(table.rows.size(), 4);
        QCOMPARE(table.rows.at(0).at(1).text, QStringLiteral("SKU-00028"));
        QCOMPARE(table.rows.at(3).at(1).text, QStringLiteral("SKU-00007"));
        QCOMPARE(table.rows.at(0).at(0).number, std::optional<qint64>(-28000));
        QCOMPARE(table.rows.at(0).at(0).text, QStringLiteral("\u221228,000"));
        QVERIFY(!table.rows.at(0).at(1).number); // a code is text, even when it looks numeric

        // A text column: no isolates left; a given kind overrides the model's.
        TableCollector names(model.get(), {Name}, {Bidi::CellKind::Code}, RawRole);
        const ExportTable named = names.collectNow();
        QCOMPARE(named.rows.at(3).at(0).text, QStringLiteral("מוצר 3"));
        QCOMPARE(named.columns.at(0).kind, Bidi::CellKind::Code);
    }

    void slicesOnTheEventLoop()
    {
        const int rows = TableCollector::SliceRows * 2 + 5;
        const auto model = makeModel(rows);
        TableCollector collector(model.get(), {Sku, Quantity}, {}, RawRole);
        QSignalSpy progress(&collector, &TableCollector::progress);
        QSignalSpy finished(&collector, &TableCollector::finished);
        collector.start();
        QVERIFY(collector.isRunning());
        QCOMPARE(progress.size(), 0); // nothing read inside start()
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(0).value<qsizetype>(), qsizetype(rows));
        const ExportTable table = collector.takeTable();
        QCOMPARE(table.rows.size(), rows);
        QCOMPARE(table.rows.last().at(0).text,
                 QStringLiteral("SKU-%1").arg(rows - 1, 5, 10, QLatin1Char('0')));
    }

    void startsAgainWhenRowsChange()
    {
        const int rows = TableCollector::SliceRows * 2;
        const auto model = makeModel(rows);
        TableCollector collector(model.get(), {Sku}, {}, RawRole);
        QSignalSpy finished(&collector, &TableCollector::finished);
        bool removed = false;
        connect(&collector, &TableCollector::progress, this, [&](qsizetype done) {
            if (!removed && done == TableCollector::SliceRows) {
                removed = true;
                model->removeRows(0, 10); // rows move under the reader
            }
        });
        collector.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(collector.restarts(), 1);
        const ExportTable table = collector.takeTable();
        QCOMPARE(table.rows.size(), rows - 10); // each row once, none twice
        QCOMPARE(table.rows.first().at(0).text, QStringLiteral("SKU-00010"));
    }

    void cancelAndAModelThatGoes()
    {
        auto model = makeModel(TableCollector::SliceRows * 3);
        TableCollector collector(model.get(), {Sku}, {}, RawRole);
        QSignalSpy finished(&collector, &TableCollector::finished);
        collector.start();
        collector.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(!collector.isRunning());

        TableCollector orphan(model.get(), {Sku}, {}, RawRole);
        QSignalSpy orphaned(&orphan, &TableCollector::finished);
        orphan.start();
        model.reset();
        QVERIFY(orphaned.wait(10000));
        QVERIFY(!orphaned.first().first().toBool());
    }
};

QTEST_GUILESS_MAIN(TestTableCollector)
#include "tst_tablecollector.moc"
