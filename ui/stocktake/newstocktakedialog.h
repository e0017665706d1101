#pragma once

#include "core/stocktake/stocktake.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class NewStocktakeDialog;
}

namespace Glance {

class CatalogLookup;
class StocktakeStore;

// Inventory → New stocktake…: a title, one warehouse, the scope and whether the count is blind.
// OK ("Start counting") records the stocktake in the local store and emits created(); its
// window then fetches the expected quantities.
class NewStocktakeDialog : public QDialog
{
    Q_OBJECT

public:
    NewStocktakeDialog(StocktakeStore *store, CatalogLookup *catalog, const QString &profile,
                       qint64 lowStockThreshold, QWidget *parent = nullptr);
    ~NewStocktakeDialog() override;

    // What the dialog describes now (no id).
    Stocktake stocktake() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void created(qint64 stocktakeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateScope();

    std::unique_ptr<Ui::NewStocktakeDialog> m_ui;
    QPointer<StocktakeStore> m_store;
    QPointer<CatalogLookup> m_catalog;
    QString m_profile;
    qint64 m_lowStock = 0;
};

} // namespace Glance
