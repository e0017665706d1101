// BidiItemDelegate: the kind of every cell (model role, column setting, guess), the text it
// paints (isolated, never changing the model), number alignment in both directions, and
// left-to-right editors for codes and numbers.
#include "ui/i18n/bidiitemdelegate.h"

#include <QApplication>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Glance;
using CellKind = Bidi::CellKind;

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

    QStyleOptionViewItem optionFor(const QModelIndex &index) const
    {
        QStyleOptionViewItem option;
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

    void paintedText()
    {
        Inspector delegate;
        delegate.setColumnKind(SkuColumn, CellKind::Code);
        auto text = [&](int row, int column) {
            return delegate.optionFor(m_model.index(row, column)).text;
        };
        QCOMPARE(text(0, SkuColumn), LRI + QStringLiteral("AB-120/3") + PDI);
        QCOMPARE(text(1, SkuColumn), LRI + QStringLiteral("120-AB") + PDI);
        QCOMPARE(text(1, ChangeColumn), LRI + Bidi::formatSignedAmount(-5) + PDI);
        QCOMPARE(text(0, ChangeColumn), LRI + QStringLiteral("+12") + PDI);
        // Free text gets its own direction.
        QCOMPARE(text(1, NameColumn), FSI + QStringLiteral("Blue Mug (330ml)") + PDI);
        QCOMPARE(text(0, NameColumn), FSI + QStringLiteral("כוס קפה") + PDI);
        // Each line its own isolate (QStyledItemDelegate turns '\n' into U+2028).
        QCOMPARE(text(2, NameColumn),
                 FSI + QStringLiteral("שורה") + PDI + QChar(QChar::LineSeparator) + FSI
                         + QStringLiteral("שנייה") + PDI);
        // A date has no letters: it reads in the view's order.
        QCOMPARE(text(0, DateColumn), QStringLiteral("12.3.2024 14:05"));
        QCOMPARE(text(2, DateColumn), QString());
        // The model is untouched.
        QCOMPARE(m_model.index(0, SkuColumn).data().toString(), QStringLiteral("AB-120/3"));
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
            const QStyleOptionViewItem option = delegate->optionFor(m_model.index(1, column));
            // Right in both directions, so units line up under units.
            QCOMPARE(option.displayAlignment & Qt::AlignHorizontal_Mask,
                     Qt::AlignRight | Qt::AlignAbsolute);
            QCOMPARE(QStyle::visualAlignment(direction, option.displayAlignment)
                             & Qt::AlignHorizontal_Mask,
                     Qt::AlignRight | Qt::AlignAbsolute);
        }
        // The model's vertical alignment is kept.
        QCOMPARE(delegate->optionFor(m_model.index(1, ChangeColumn)).displayAlignment
                         & Qt::AlignVertical_Mask,
                 Qt::AlignVCenter);
        // Text keeps the view's leading edge.
        const QStyleOptionViewItem name = delegate->optionFor(m_model.index(0, NameColumn));
        QCOMPARE(QStyle::visualAlignment(direction, name.displayAlignment)
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
