#include "ui/adjust/warehousecombo.h"

#include "core/adjust/cataloglookup.h"
#include "core/adjust/fieldcheck.h"
#include "core/text/bidi.h"

#include <QCompleter>
#include <QEvent>
#include <QLineEdit>

namespace Glance {

namespace {

// Each item's label without isolates ("Main (MN)"): what typing completes to and what a typed
// label is matched against. The labels carry isolates around the name and the code (in Hebrew
// through the translation too), so a typed prefix would never match them.
constexpr int PlainLabelRole = Qt::UserRole + 1;

// An id to edit: digits of the locale, no group separators (FieldCheck reads it back).
QString plainNumber(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

} // namespace

WarehouseCombo::WarehouseCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    lineEdit()->setPlaceholderText(tr("Choose, or type an id"));
    if (QCompleter *typing = completer())
        typing->setCompletionRole(PlainLabelRole);
    connect(this, &QComboBox::currentTextChanged, this, [this] {
        if (!m_filling)
            Q_EMIT warehouseChanged(warehouseId());
    });
}

WarehouseCombo::~WarehouseCombo() = default;

void WarehouseCombo::setCatalog(CatalogLookup *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog) {
        connect(catalog, &CatalogLookup::warehousesChanged, this, &WarehouseCombo::refill);
        catalog->loadWarehouses();
    }
    refill();
}

void WarehouseCombo::refill()
{
    const qint64 current = warehouseId();
    const QString typed = currentText();
    m_filling = true;
    clear();
    if (m_catalog) {
        const QLocale locale;
        const QChar directionMark = layoutDirection() == Qt::RightToLeft
                ? QChar(Bidi::RightToLeftMark)
                : QChar(Bidi::LeftToRightMark);
        for (const Warehouse &w : m_catalog->warehouses()) {
            QString label =
                    w.name.isEmpty() ? tr("Warehouse %1").arg(Bidi::number(w.id, locale)) : w.name;
            if (!w.code.isEmpty())
                label = tr("%1 (%2)", "warehouse name (code)")
                                .arg(Bidi::name(label), Bidi::isolateLtr(w.code));
            // The label is all isolates (FSI name PDI, LRI code PDI), which leaves the line
            // edit no strong letter to take its direction from: it would lay a Hebrew label out
            // left to right, aligned left. A leading mark (RLM or LRM, invisible) gives it the
            // window's direction; no isolate around it, the label is not a value in a sentence.
            addItem(directionMark + label, w.id);
            setItemData(count() - 1, Bidi::stripFormatting(label), PlainLabelRole);
        }
    }
    const int index = current > 0 ? findData(current) : -1;
    if (index >= 0) {
        setCurrentIndex(index);
    } else {
        setCurrentIndex(-1);
        setEditText(typed);
    }
    m_filling = false;
    if (warehouseId() != current)
        Q_EMIT warehouseChanged(warehouseId());
}

void WarehouseCombo::changeEvent(QEvent *event)
{
    // The labels follow the language (their words) and the layout direction (their mark).
    if (event->type() == QEvent::LanguageChange && lineEdit())
        lineEdit()->setPlaceholderText(tr("Choose, or type an id"));
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        refill();
    QComboBox::changeEvent(event);
}

qint64 WarehouseCombo::warehouseId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int index = listedIndex();
    if (index >= 0)
        return itemData(index).toLongLong();
    if (m_catalog) {
        if (const std::optional<Warehouse> w = m_catalog->resolveWarehouse(text))
            return w->id;
    }
    const NumberCheck id = FieldCheck::id(text);
    return id.ok() ? *id.value : 0;
}

void WarehouseCombo::setWarehouseId(qint64 id)
{
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(id > 0 ? plainNumber(id) : QString());
}

int WarehouseCombo::listedIndex() const
{
    const QString text = currentText();
    const int index = findText(text, Qt::MatchExactly);
    return index >= 0 ? index : findData(Bidi::stripFormatting(text), PlainLabelRole);
}

QString WarehouseCombo::errorText() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return tr("Choose a warehouse.");
    if (warehouseId() > 0)
        return {};
    return tr("There is no warehouse “%1”. Choose one from the list or enter its id.")
            .arg(Bidi::name(text));
}

} // namespace Glance
