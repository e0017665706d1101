#pragma once

#include "core/text/bidi.h"

#include <QHash>
#include <QStyledItemDelegate>

class QAbstractItemView;

namespace Glance {

// The one place where table and list cells get their text direction, so a SKU, a quantity or a
// signed amount is never scrambled in a Hebrew table, and an English product name keeps its own
// order there:
//
// * Number (quantities, signed amounts): left to right, aligned right in both languages, so
//   units stay under units (digits are written left to right in Hebrew too).
// * Code (SKU, barcode, URL, API key): left to right, aligned like the view (the leading edge).
// * Text (names, reasons, free text): the direction of its first strong character, aligned like
//   the view. Text without letters (dates, times) follows the view.
//
// The direction is the painted paragraph's (QStyleOptionViewItem::direction, with the alignment
// made absolute so the text stays on the view's side). Cells with an icon or a check box, whose
// places follow that direction, and multi-line free text carry it in Unicode isolates around
// the painted text instead (Bidi::isolateLtr(), Bidi::isolate()). The model's data is never
// changed. Editors of Code and Number cells are left to right.
//
// A cell's kind: the model's Bidi::CellKindRole, else setColumnKind(), else a guess (numbers
// are a numeric DisplayRole or a right/trailing Qt::TextAlignmentRole; the rest is Text).
//
// Install it with install(view) or view->setItemDelegate(); a delegate that paints more
// (low stock, edits) derives from this class and calls BidiItemDelegate::initStyleOption() first.
class BidiItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using CellKind = Bidi::CellKind;

    explicit BidiItemDelegate(QObject *parent = nullptr);
    ~BidiItemDelegate() override;

    // Makes a new BidiItemDelegate, owned by `view`, its item delegate and returns it.
    static BidiItemDelegate *install(QAbstractItemView *view);

    void setColumnKind(int column, CellKind kind);
    CellKind columnKind(int column) const;
    // Never Auto.
    CellKind cellKind(const QModelIndex &index) const;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

    // The rules above for one cell whose option is already filled (text, alignment), for
    // delegates that cannot derive from this class.
    static void applyCellKind(QStyleOptionViewItem *option, CellKind kind);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    CellKind guess(const QModelIndex &index) const;

    QHash<int, CellKind> m_columnKinds;
};

} // namespace Glance
