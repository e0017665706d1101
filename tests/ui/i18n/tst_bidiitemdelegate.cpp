// BidiItemDelegate: the kind of every cell (model role, column setting, guess), the text it
// paints (its direction and side in both view directions, never changing the model), number
// alignment in both directions, and left-to-right editors for codes and numbers.
#include "ui/i18n/bidiitemdelegate.h"
#include "visualorder.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTest>

#include <tuple>

using namespace Glance;
using CellKind = Bidi::CellKind;
using Glance::Test::readsLeftToRight;

namespace {

const QChar LRI(Bidi::LeftToRightIsolate);
const QChar FSI(Bidi::FirstStrongIsolate);
const QChar PDI(Bidi::PopDirectionalIsolate);

enum Column { NameColumn, SkuColumn, QuantityColumn, ChangeColumn, DateColumn, CountColumn };

// Exposes the option the delegate paints with.
class Inspector : public BidiItemDelegate
{
public:
    using BidiItemDelegate::BidiItemDelegate;

    // As a view hands it over: in the view's direction.
    QStyleOptionViewItem optionFor(const QModelIndex &index,
                                   Qt::LayoutDirection view = Qt::LeftToRight) const
    {
        QStyleOptionViewItem option;
        option.direction = view;
        initStyleOption(&option, index);
        return option;
    }
};

} // namespace

class TestBidiItemDelegate : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_model {0, CountColumn};

    void addRow(const QString &name, const QString &sku, const QVariant &quantity,
                const QString &change, const QString &date)
    {
        auto *quantityItem = new QStandardItem;
        quantityItem->setData(quantity, Qt::DisplayRole);
        auto *changeItem = new QStandardItem(change);
        // How our models mark number columns.
        changeItem->setData(QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter),
                            Qt::TextAlignmentRole);
        auto *skuItem = new QStandardItem(sku);
        m_model.appendRow({new QStandardItem(name), skuItem, quantityItem, changeItem,
                           new QStandardItem(date)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        addRow(QStringLiteral("כוס קפה"), QStringLiteral("AB-120/3"), 12, QStringLiteral("+12"),
               QStringLiteral("12.3.2024 14:05"));
        addRow(QStringLiteral("Blue Mug (330ml)"), QStringLiteral("120-AB"), -5,
               Bidi::formatSignedAmount(-5), QStringLiteral("1.1.2024"));
        addRow(QStringLiteral("שורה\nשנייה"), QStringLiteral("X-"), 0, QStringLiteral("0"),
               QString());
    }

    void kinds()
    {
        Inspector delegate;
        delegate.setColumnKind(SkuColumn, CellKind::Code);
        QCOMPARE(delegate.cellKind(m_model.index(0, NameColumn)), CellKind::Text);
        QCOMPARE(delegate.cellKind(m_model.index(0, SkuColumn)), CellKind::Code);
        // A numeric value.
        QCOMPARE(delegate.cellKind(m_model.index(0, QuantityColumn)), CellKind::Number);
        // A string the model aligns to the trailing edge.
        QCOMPARE(delegate.cellKind(m_model.index(0, ChangeColumn)), CellKind::Number);
        QCOMPARE(delegate.cellKind(m_model.index(0, DateColumn)), CellKind::Text);

        // The model's own word wins over the column's.
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QStringLiteral("AB-1"));
        model.setData(model.index(0, 0), int(CellKind::Code), Bidi::CellKindRole);
        delegate.setColumnKind(0, CellKind::Number);
        QCOMPARE(delegate.cellKind(model.index(0, 0)), CellKind::Code);
        // Garbage in the role is ignored.
        model.setData(model.index(0, 0), 99, Bidi::CellKindRole);
        QCOMPARE(delegate.cellKind(model.index(0, 0)), CellKind::Number);
        delegate.setColumnKind(0, CellKind::Auto);
        QCOMPARE(delegate.columnKind(0), CellKind::Auto);
        QCOMPARE(delegate.cellKind(model.index(0, 0)), CellKind::Text);
    }

    // What QCommonStyle lays out: option.text as a paragraph in option.direction. Every value
    // must read as written in both directions of the view, on the side its kind says.
    void paintedText_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("view");
        QTest::newRow("ltr view") << Qt::LeftToRight;
        QTest::newRow("rtl view") << Qt::RightToLeft;
    }

    void paintedText()
    {
        QFETCH(Qt::LayoutDirection, view);
        Inspector delegate;
        delegate.setColumnKind(SkuColumn, CellKind::Code);
        const auto option = [&](int row, int column) {
            return delegate.optionFor(m_model.index(row, column), view);
        };
        const auto side = [](const QStyleOptionViewItem &o) {
            return QStyle::visualAlignment(o.direction, o.displayAlignment)
                    & (Qt::AlignLeft | Qt::AlignRight | Qt::AlignHCenter);
        };
        const Qt::Alignment leading = view == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
        QString why;
        // Codes and signed amounts read left to right, the Hebrew around the table unchanged.
        for (const auto &[row, column, value] :
             {std::tuple {0, int(SkuColumn), QStringLiteral("AB-120/3")},
              std::tuple {1, int(SkuColumn), QStringLiteral("120-AB")},
              std::tuple {2, int(SkuColumn), QStringLiteral("X-")},
              std::tuple {1, int(ChangeColumn), Bidi::formatSignedAmount(-5)},
              std::tuple {0, int(ChangeColumn), QStringLiteral("+12")}}) {
            const QStyleOptionViewItem o = option(row, column);
            QVERIFY2(readsLeftToRight(o.text, value, o.direction, &why),
                     qPrintable(value + QStringLiteral(": ") + why));
            QCOMPARE(side(o), column == ChangeColumn ? Qt::AlignRight : leading);
        }
        // Free text in its own direction, aligned like the view: "(330ml)" stays at the end.
        const QStyleOptionViewItem english = option(1, NameColumn);
        QVERIFY2(readsLeftToRight(english.text, QStringLiteral("Blue Mug (330ml)"),
                                  english.direction, &why),
                 qPrintable(why));
        QCOMPARE(side(english), leading);
        const QStyleOptionViewItem hebrew = option(0, NameColumn);
        QCOMPARE(hebrew.direction, Qt::RightToLeft);
        QCOMPARE(side(hebrew), leading);
        // A date has no letters: it reads in the view's order.
        QCOMPARE(option(0, DateColumn).text, QStringLiteral("12.3.2024 14:05"));
        QCOMPARE(option(0, DateColumn).direction, view);
        QCOMPARE(option(2, DateColumn).text, QString());
        // The model is untouched.
        QCOMPARE(m_model.index(0, SkuColumn).data().toString(), QStringLiteral("AB-120/3"));
    }

    // Single-line cells without an icon get the direction of their paragraph, not isolates:
    // isolates split the text into more runs and cost about half as much again to paint
    // (tests/benchmarks/bench_bididelegate).
    void plainCellsCarryNoIsolates()
    {
        Inspector delegate;
        delegate.setColumnKind(SkuColumn, CellKind::Code);
        for (int row = 0; row < 2; ++row) {
            for (int column : {int(SkuColumn), int(ChangeColumn), int(NameColumn)}) {
                for (Qt::LayoutDirection view : {Qt::LeftToRight, Qt::RightToLeft}) {
                    const QStyleOptionViewItem o =
                            delegate.optionFor(m_model.index(row, column), view);
                    QCOMPARE(o.text, m_model.index(row, column).data().toString());
                }
            }
        }
        QCOMPARE(delegate.optionFor(m_model.index(0, SkuColumn), Qt::RightToLeft).direction,
                 Qt::LeftToRight);
    }

    // An icon or a check box is placed by option.direction, so those cells keep the view's
    // direction and carry isolates; so do the lines of multi-line free text.
    void iconsAndLinesKeepTheViewsDirection()
    {
        QStandardItemModel model(1, 2);
        auto *sku = new QStandardItem(QStringLiteral("AB-120/3"));
        sku->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        sku->setData(int(CellKind::Code), Bidi::CellKindRole);
        model.setItem(0, 0, sku);
        auto *checked = new QStandardItem(Bidi::formatSignedAmount(-5));
        checked->setCheckable(true);
        checked->setData(int(CellKind::Number), Bidi::CellKindRole);
        model.setItem(0, 1, checked);
        Inspector delegate;
        QString why;
        for (int column : {0, 1}) {
            const QStyleOptionViewItem o =
                    delegate.optionFor(model.index(0, column), Qt::RightToLeft);
            QCOMPARE(o.direction, Qt::RightToLeft);
            QVERIFY(o.text.startsWith(LRI));
            QVERIFY2(readsLeftToRight(o.text, Bidi::stripFormatting(o.text), o.direction, &why),
                     qPrintable(why));
        }
        // Each line of free text gets its own isolate (QStyledItemDelegate turns '\n' into
        // U+2028), so each line takes its own direction.
        QCOMPARE(delegate.optionFor(m_model.index(2, NameColumn), Qt::LeftToRight).text,
                 FSI + QStringLiteral("שורה") + PDI + QChar(QChar::LineSeparator) + FSI
                         + QStringLiteral("שנייה") + PDI);
    }

    // The real painting path (window → view → delegate → style), grabbed like the screenshots:
    // a number or a code cell looks the same, pixel for pixel, in a right-to-left window as in a
    // left-to-right one.
    void paintsTheSameInBothDirections_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("+12") << QStringLiteral("+12") << int(CellKind::Number);
        QTest::newRow("−1,250") << Bidi::formatSignedAmount(-1250) << int(CellKind::Number);
        QTest::newRow("AB-120/3") << QStringLiteral("AB-120/3") << int(CellKind::Code);
        QTest::newRow("120-AB") << QStringLiteral("120-AB") << int(CellKind::Code);
    }

    void paintsTheSameInBothDirections()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        const auto render = [&](Qt::LayoutDirection direction) {
            QStandardItemModel model(1, 1);
            auto *item = new QStandardItem(text);
            item->setData(kind, Bidi::CellKindRole);
            // Right-aligned in both, so the same pixels are expected.
            item->setData(
                    QVariant::fromValue(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter),
                    Qt::TextAlignmentRole);
            model.setItem(0, 0, item);
            QWidget window;
            window.setLayoutDirection(direction);
            auto *view = new QTableView(&window);
            view->setModel(&model);
            BidiItemDelegate::install(view);
            view->horizontalHeader()->hide();
            view->verticalHeader()->hide();
            view->setShowGrid(false);
            view->setFocusPolicy(Qt::NoFocus);
            view->setSelectionMode(QAbstractItemView::NoSelection);
            view->setColumnWidth(0, 200);
            view->setGeometry(0, 0, 240, 80);
            window.resize(240, 80);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return QImage();
            const QRect cell = view->visualRect(model.index(0, 0));
            return window.grab().toImage().copy(
                    QRect(view->viewport()->mapTo(&window, cell.topLeft()), cell.size()));
        };
        const QImage ltr = render(Qt::LeftToRight);
        const QImage rtl = render(Qt::RightToLeft);
        QVERIFY(!ltr.isNull());
        QCOMPARE(rtl.size(), ltr.size());
        QVERIFY2(rtl == ltr, "the cell is drawn differently in a right-to-left window");
    }

    void numberAlignment_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("ltr") << Qt::LeftToRight;
        QTest::newRow("rtl") << Qt::RightToLeft;
    }

    void numberAlignment()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QTableView view;
        view.setLayoutDirection(direction);
        view.setModel(&m_model);
        auto *delegate = new Inspector(&view);
        view.setItemDelegate(delegate);
        for (int column : {QuantityColumn, ChangeColumn}) {
            const QStyleOptionViewItem option =
                    delegate->optionFor(m_model.index(1, column), direction);
            // Right in both directions, so units line up under units.
            QCOMPARE(option.displayAlignment & Qt::AlignHorizontal_Mask,
                     Qt::AlignRight | Qt::AlignAbsolute);
            QCOMPARE(QStyle::visualAlignment(option.direction, option.displayAlignment)
                             & Qt::AlignHorizontal_Mask,
                     Qt::AlignRight | Qt::AlignAbsolute);
        }
        // The model's vertical alignment is kept.
        QCOMPARE(delegate->optionFor(m_model.index(1, ChangeColumn), direction).displayAlignment
                         & Qt::AlignVertical_Mask,
                 Qt::AlignVCenter);
        // Text keeps the view's leading edge.
        const QStyleOptionViewItem name =
                delegate->optionFor(m_model.index(0, NameColumn), direction);
        QCOMPARE(QStyle::visualAlignment(name.direction, name.displayAlignment)
                         & Qt::AlignHorizontal_Mask,
                 (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft)
                         | Qt::AlignAbsolute);
    }

    void install()
    {
        QTableView view;
        view.setModel(&m_model);
        BidiItemDelegate *delegate = BidiItemDelegate::install(&view);
        QCOMPARE(view.itemDelegate(), delegate);
        QCOMPARE(delegate->parent(), &view);
    }

    void editors()
    {
        QTableView view;
        view.setLayoutDirection(Qt::RightToLeft);
        QStandardItemModel model(1, 3);
        model.setData(model.index(0, 0), QStringLiteral("AB-1"));
        model.setData(model.index(0, 1), 5);
        model.setData(model.index(0, 2), QStringLiteral("שם"));
        view.setModel(&model);
        BidiItemDelegate *delegate = BidiItemDelegate::install(&view);
        delegate->setColumnKind(0, CellKind::Code);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        view.edit(model.index(0, 0));
        auto *sku = view.findChild<QLineEdit *>();
        QVERIFY(sku);
        QCOMPARE(sku->layoutDirection(), Qt::LeftToRight);

        QStyleOptionViewItem option;
        QWidget *number = delegate->createEditor(view.viewport(), option, model.index(0, 1));
        QVERIFY(number);
        QCOMPARE(number->layoutDirection(), Qt::LeftToRight);
        auto *spin = qobject_cast<QSpinBox *>(number);
        QVERIFY(spin);
        QCOMPARE(spin->alignment() & Qt::AlignHorizontal_Mask, Qt::AlignRight);
        delete number;

        QWidget *text = delegate->createEditor(view.viewport(), option, model.index(0, 2));
        QVERIFY(text);
        QCOMPARE(text->layoutDirection(), Qt::RightToLeft); // follows the view
        delete text;
    }
};

QTEST_MAIN(TestBidiItemDelegate)
#include "tst_bidiitemdelegate.moc"
