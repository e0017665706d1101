#pragma once

#include "ui/adjust/adjustcontext.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Glance {

class CountingWindow;
class NewStocktakeDialog;
class ReviewWindow;
class StocktakeStore;
class StocktakesWindow;

// The stocktake's windows for InventoryActions: the new-stocktake dialog, the list, and one
// counting or review window per stocktake (opening one again raises it). Windows of another
// profile close when the profile changes.
class StocktakeWindows : public QObject
{
    Q_OBJECT

public:
    StocktakeWindows(QWidget *parentWindow, StocktakeStore *store, QObject *parent = nullptr);
    ~StocktakeWindows() override;

    void setContext(const AdjustContext &context);
    StocktakeStore *store() const { return m_store; }

    NewStocktakeDialog *openNewDialog();
    StocktakesWindow *openList();
    // Counting while it is open (or fetching), else the review.
    QWidget *openStocktake(qint64 stocktakeId);
    CountingWindow *openCounting(qint64 stocktakeId);
    ReviewWindow *openReview(qint64 stocktakeId);
    // The stocktake whose differences went out as this submission, or 0.
    qint64 stocktakeOfSubmission(qint64 submissionId) const;

Q_SIGNALS:
    void inventoryChanged();

private:
    QPointer<QWidget> m_parentWindow;
    StocktakeStore *m_store;
    AdjustContext m_context;
    QPointer<StocktakesWindow> m_list;
    QList<QPointer<CountingWindow>> m_counting;
    QList<QPointer<ReviewWindow>> m_reviews;
};

} // namespace Glance
