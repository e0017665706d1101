#include "ui/adjust/warehousecombo.h"

#include "core/adjust/cataloglookup.h"
#include "core/adjust/fieldcheck.h"

#include <QLineEdit>

namespace Glance {

WarehouseCombo::WarehouseCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    lineEdit()->setPlaceholderText(tr("Choose, or type an id"));
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
        for (const Warehouse &w : m_catalog->warehouses()) {
            QString label = w.name.isEmpty() ? tr("Warehouse %1").arg(w.id) : w.name;
            if (!w.code.isEmpty())
                label = tr("%1 (%2)", "warehouse name (code)").arg(label, w.code);
            addItem(label, w.id);
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

qint64 WarehouseCombo::warehouseId() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return 0;
    const int index = findText(currentText(), Qt::MatchExactly);
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
        setEditText(id > 0 ? QString::number(id) : QString());
}

QString WarehouseCombo::errorText() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return tr("Choose a warehouse.");
    if (warehouseId() > 0)
        return {};
    return tr("There is no warehouse “%1”. Choose one from the list or enter its id.").arg(text);
}

} // namespace Glance
