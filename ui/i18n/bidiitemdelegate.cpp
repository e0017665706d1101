#include "ui/i18n/bidiitemdelegate.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QStyle>

#include <algorithm>

namespace Glance {

namespace {

// Each line of a multi-line cell gets its own isolate, so each line takes its own direction.
// QStyledItemDelegate has already turned '\n' into U+2028 LINE SEPARATOR.
QString isolateLines(const QString &text, QString (*isolate)(QStringView))
{
    const auto isBreak = [](QChar c) {
        return c == u'\n' || c == QChar::LineSeparator;
    };
    if (std::none_of(text.cbegin(), text.cend(), isBreak))
        return isolate(text);
    QString out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isBreak(text.at(i)))
            continue;
        const QStringView line = QStringView(text).sliced(start, i - start);
        if (!line.isEmpty())
            out += isolate(line);
        if (i < text.size())
            out += text.at(i);
        start = i + 1;
    }
    return out;
}

bool isNumeric(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

// Models give Qt::TextAlignmentRole as Qt::Alignment, Qt::AlignmentFlag or int.
int horizontalAlignment(const QVariant &value)
{
    int flags = 0;
    if (value.metaType() == QMetaType::fromType<Qt::Alignment>())
        flags = int(value.value<Qt::Alignment>());
    else if (value.metaType() == QMetaType::fromType<Qt::AlignmentFlag>())
        flags = int(value.value<Qt::AlignmentFlag>());
    else
        flags = value.toInt();
    return flags & Qt::AlignHorizontal_Mask;
}

} // namespace

BidiItemDelegate::BidiItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

BidiItemDelegate::~BidiItemDelegate() = default;

BidiItemDelegate *BidiItemDelegate::install(QAbstractItemView *view)
{
    auto *delegate = new BidiItemDelegate(view);
    view->setItemDelegate(delegate);
    return delegate;
}

void BidiItemDelegate::setColumnKind(int column, CellKind kind)
{
    if (kind == CellKind::Auto)
        m_columnKinds.remove(column);
    else
        m_columnKinds.insert(column, kind);
}

BidiItemDelegate::CellKind BidiItemDelegate::columnKind(int column) const
{
    return m_columnKinds.value(column, CellKind::Auto);
}

BidiItemDelegate::CellKind BidiItemDelegate::cellKind(const QModelIndex &index) const
{
    const QVariant fromModel = index.data(Bidi::CellKindRole);
    if (fromModel.isValid()) {
        const int value = fromModel.toInt();
        if (value >= int(CellKind::Text) && value <= int(CellKind::Number))
            return CellKind(value);
    }
    const CellKind fromColumn = columnKind(index.column());
    return fromColumn != CellKind::Auto ? fromColumn : guess(index);
}

BidiItemDelegate::CellKind BidiItemDelegate::guess(const QModelIndex &index) const
{
    if (isNumeric(index.data(Qt::DisplayRole)))
        return CellKind::Number;
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    if (alignment.isValid()) {
        // Qt::AlignTrailing is Qt::AlignRight: how our models mark number columns.
        if (horizontalAlignment(alignment) & Qt::AlignRight)
            return CellKind::Number;
    }
    return CellKind::Text;
}

void BidiItemDelegate::applyCellKind(QStyleOptionViewItem *option, CellKind kind)
{
    const Qt::LayoutDirection view = option->direction;
    // The paragraph direction the text needs; the view's own means nothing to change.
    Qt::LayoutDirection wanted = view;
    switch (kind) {
    case CellKind::Number:
        option->displayAlignment = (option->displayAlignment & ~Qt::AlignHorizontal_Mask)
                | Qt::AlignRight | Qt::AlignAbsolute;
        wanted = Qt::LeftToRight;
        break;
    case CellKind::Code:
        wanted = Qt::LeftToRight;
        break;
    case CellKind::Text:
    case CellKind::Auto:
        // Without a letter the text follows the view (a date reads in the view's order).
        if (const Qt::LayoutDirection own = Bidi::firstStrongDirection(option->text);
            own != Qt::LayoutDirectionAuto)
            wanted = own;
        break;
    }
    if (option->text.isEmpty() || wanted == view)
        return;

    const bool lineBreaks = std::any_of(option->text.cbegin(), option->text.cend(), [](QChar c) {
        return c == u'\n' || c == QChar::LineSeparator;
    });
    const bool iconOrCheck = option->features
            & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator);
    if (!iconOrCheck && (kind != CellKind::Text || !lineBreaks)) {
        // The cheap way: the cell's paragraph direction. QCommonStyle lays the text out in
        // option->direction, which places nothing else in a cell without an icon or check box;
        // the alignment is made absolute first so it stays on the view's side. Isolates would
        // split the text into more runs to shape: about 1.5 times the painting cost
        // (tests/benchmarks/bench_bididelegate).
        option->displayAlignment = QStyle::visualAlignment(view, option->displayAlignment);
        option->direction = wanted;
        return;
    }
    // An icon or a check box keeps its side of the view, so the text carries its direction
    // itself; so does each line of multi-line free text (lines may differ).
    option->text = isolateLines(
            option->text,
            kind == CellKind::Text || kind == CellKind::Auto ? &Bidi::isolate : &Bidi::isolateLtr);
}

void BidiItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    applyCellKind(option, cellKind(index));
}

QWidget *BidiItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (!editor)
        return editor;
    const CellKind kind = cellKind(index);
    if (kind == CellKind::Code || kind == CellKind::Number)
        editor->setLayoutDirection(Qt::LeftToRight);
    if (kind == CellKind::Number) {
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
            spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return editor;
}

} // namespace Glance
