#pragma once

#include <QComboBox>
#include <QPointer>

namespace Glance {

class CatalogLookup;

// Chooses a warehouse: the known ones (GET /warehouses, or those seen in inventory when the
// endpoint is missing), or an id typed in when none is known or the list lacks it.
class WarehouseCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit WarehouseCombo(QWidget *parent = nullptr);
    ~WarehouseCombo() override;

    // Fills the list from `catalog` (and keeps it current); asks it to load warehouses.
    void setCatalog(CatalogLookup *catalog);
    // The chosen warehouse's id: a listed one, or a typed id, a name or a code; 0 when the text
    // names none (see errorText()).
    qint64 warehouseId() const;
    void setWarehouseId(qint64 id);
    // The listed warehouse the text names (its label, with or without the isolates around the
    // name and code), or -1.
    int listedIndex() const;
    // Why the typed text is not a warehouse (empty when it is one, or when nothing is typed).
    QString errorText() const;

Q_SIGNALS:
    void warehouseChanged(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refill();

    QPointer<CatalogLookup> m_catalog;
    bool m_filling = false;
};

} // namespace Glance
