// What BidiItemDelegate costs when a table repaints: one full viewport (40 rows × 6 columns of
// SKUs, names, locations, quantities and signed amounts) painted by QStyledItemDelegate and by
// BidiItemDelegate, in a left-to-right and a right-to-left view. A benchmark, not a timed test:
// it prints figures (`build/ci/tests/bench_bididelegate -iterations 200`); the rules themselves
// are tested in tests/ui/i18n/tst_bidiitemdelegate.cpp.
#include "core/text/bidi.h"
#include "ui/i18n/bidiitemdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QPixmap>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace Glance;

namespace {

enum Column { SkuColumn, NameColumn, LocationColumn, QuantityColumn, ChangeColumn, NotesColumn };

std::unique_ptr<QStandardItemModel> makeModel(int rows)
{
    auto model = std::make_unique<QStandardItemModel>(rows, 6);
    const QLocale locale(QLocale::Hebrew, QLocale::Israel);
    for (int row = 0; row < rows; ++row) {
        const bool hebrew = row % 2 == 0;
        auto *sku = new QStandardItem(QStringLiteral("AB-%1/3").arg(row + 100));
        sku->setData(int(Bidi::CellKind::Code), Bidi::CellKindRole);
        model->setItem(row, SkuColumn, sku);
        model->setItem(row, NameColumn,
                       new QStandardItem(hebrew ? QStringLiteral("מברגה חשמלית %1").arg(row)
                                                : QStringLiteral("Cordless drill %1").arg(row)));
        model->setItem(row, LocationColumn,
                       new QStandardItem(hebrew ? QStringLiteral("מדף A%1").arg(row % 9)
                                                : QStringLiteral("Shelf A%1").arg(row % 9)));
        auto *quantity = new QStandardItem(Bidi::formatQuantity(row * 37 % 2000, locale));
        quantity->setData(int(Bidi::CellKind::Number), Bidi::CellKindRole);
        model->setItem(row, QuantityColumn, quantity);
        auto *change = new QStandardItem(Bidi::formatSignedAmount(row % 3 == 0 ? -5 : 12, locale));
        change->setData(int(Bidi::CellKind::Number), Bidi::CellKindRole);
        model->setItem(row, ChangeColumn, change);
        model->setItem(row, NotesColumn,
                       new QStandardItem(hebrew ? QStringLiteral("נספר שוב (2 ארגזים)")
                                                : QStringLiteral("Counted again (2 boxes)")));
    }
    return model;
}

} // namespace

class BenchBidiDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repaint_data()
    {
        QTest::addColumn<bool>("bidi");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("plain, en") << false << Qt::LeftToRight;
        QTest::newRow("bidi, en") << true << Qt::LeftToRight;
        QTest::newRow("plain, he") << false << Qt::RightToLeft;
        QTest::newRow("bidi, he") << true << Qt::RightToLeft;
    }

    void repaint()
    {
        QFETCH(bool, bidi);
        QFETCH(Qt::LayoutDirection, direction);
        const auto model = makeModel(40);
        QTableView view;
        view.setLayoutDirection(direction);
        view.setModel(model.get());
        if (bidi)
            BidiItemDelegate::install(&view);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
        view.resize(900, 40 * (view.fontMetrics().height() + 8) + 60);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QPixmap target(view.viewport()->size());
        QPainter painter(&target);
        QBENCHMARK
        {
            view.viewport()->render(&painter);
        }
    }
};

QTEST_MAIN(BenchBidiDelegate)
#include "bench_bididelegate.moc"
