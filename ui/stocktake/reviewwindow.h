#pragma once

#include "core/stocktake/stocktake.h"
#include "core/stocktake/stocktakeapplier.h"
#include "ui/adjust/adjustcontext.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class ReviewWindow;
}

namespace Glance {

class ReviewFilterModel;
class ReviewModel;
class CostFetch;
class StocktakeStore;
class SubmissionLinesModel;

// The review of a closed stocktake and its application: per line the quantity in the system,
// the count, the difference (drift-safe once the movements are read, which happens on opening
// and before applying), the movements since the count and flags, with a filter per flag; lines
// can be marked for recount (counting continues), products not counted are left alone or set
// to zero (with the number it changes); "Update Stock" applies through the
// AdjustmentSubmitter, the results show per line, failed lines can be sent again. A stocktake
// whose differences are all applied is read-only. "Read Costs" reads the products' unit costs
// (CostFetch) for the value of each difference and of them all, kept with the stocktake.
class ReviewWindow : public QWidget
{
    Q_OBJECT

public:
    ReviewWindow(const AdjustContext &context, StocktakeStore *store, qint64 stocktakeId,
                 QWidget *parent = nullptr);
    ~ReviewWindow() override;

    qint64 stocktakeId() const { return m_stocktakeId; }
    ReviewModel *model() const { return m_model; }
    ReviewFilterModel *filterModel() const { return m_filter; }
    StocktakeApplier *applier() const { return m_applier; }
    void setClient(ApiClient *client);

Q_SIGNALS:
    void continueCountingRequested(qint64 stocktakeId);
    void inventoryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void fillCombos();
    void updateState();
    void updateResults();
    void markRecount();
    void continueCounting();
    void apply();
    void startApplying(StocktakeApplier::LinesToCheck toCheck);
    QString appliedText() const;
    void saveReport();
    void exportCsv();
    void readCosts();
    void showSummary(const QList<StocktakeItem> &items);
    QString valueText() const;
    void setStatus(const QString &text);

    std::unique_ptr<Ui::ReviewWindow> m_ui;
    AdjustContext m_context;
    QPointer<StocktakeStore> m_store;
    qint64 m_stocktakeId;
    Stocktake m_stocktake;
    ReviewModel *m_model;
    ReviewFilterModel *m_filter;
    SubmissionLinesModel *m_results;
    StocktakeApplier *m_applier;
    QPointer<CostFetch> m_costFetch;
};

} // namespace Glance
