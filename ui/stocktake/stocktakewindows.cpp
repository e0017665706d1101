#include "ui/stocktake/stocktakewindows.h"

#include "api/apiclient.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftstore.h"
#include "core/adjust/submissionjournal.h"
#include "core/appsettings.h"
#include "core/stocktake/stocktakestore.h"
#include "core/writeaccess.h"
#include "ui/stocktake/countingwindow.h"
#include "ui/stocktake/newstocktakedialog.h"
#include "ui/stocktake/reviewwindow.h"
#include "ui/stocktake/stocktakeswindow.h"

namespace Glance {

namespace {
template<typename Window>
Window *find(const QList<QPointer<Window>> &windows, qint64 id)
{
    for (const QPointer<Window> &window : windows) {
        if (window && window->stocktakeId() == id)
            return window;
    }
    return nullptr;
}

void raise(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}
} // namespace

StocktakeWindows::StocktakeWindows(QWidget *parentWindow, StocktakeStore *store, QObject *parent)
    : QObject(parent)
    , m_parentWindow(parentWindow)
    , m_store(store)
{
}

StocktakeWindows::~StocktakeWindows()
{
    for (const QPointer<CountingWindow> &window : std::as_const(m_counting))
        delete window.data();
    for (const QPointer<ReviewWindow> &window : std::as_const(m_reviews))
        delete window.data();
    delete m_list.data();
}

void StocktakeWindows::setContext(const AdjustContext &context)
{
    const bool otherProfile = context.profile != m_context.profile;
    m_context = context;
    if (otherProfile) {
        for (const QPointer<CountingWindow> &window : std::as_const(m_counting))
            delete window.data();
        for (const QPointer<ReviewWindow> &window : std::as_const(m_reviews))
            delete window.data();
        m_counting.clear();
        m_reviews.clear();
        if (m_list)
            m_list->setProfile(context.profile);
        return;
    }
    for (const QPointer<CountingWindow> &window : std::as_const(m_counting)) {
        if (window)
            window->setClient(context.client);
    }
    for (const QPointer<ReviewWindow> &window : std::as_const(m_reviews)) {
        if (window)
            window->setClient(context.client);
    }
}

NewStocktakeDialog *StocktakeWindows::openNewDialog()
{
    const qint64 lowStock = m_context.settings ? m_context.settings->lowStockThreshold() : 0;
    auto *dialog = new NewStocktakeDialog(m_store, m_context.catalog, m_context.profile, lowStock,
                                          m_parentWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewStocktakeDialog::created, this, [this](qint64 id) { openCounting(id); });
    dialog->open();
    return dialog;
}

StocktakesWindow *StocktakeWindows::openList()
{
    if (!m_list) {
        m_list = new StocktakesWindow(m_store, m_context.profile, m_parentWindow);
        connect(m_list, &StocktakesWindow::openRequested, this, &StocktakeWindows::openStocktake);
        connect(m_list, &StocktakesWindow::newRequested, this, &StocktakeWindows::openNewDialog);
    }
    raise(m_list);
    return m_list;
}

QWidget *StocktakeWindows::openStocktake(qint64 stocktakeId)
{
    const std::optional<Stocktake> stocktake = m_store->load(m_context.profile, stocktakeId);
    if (!stocktake)
        return nullptr;
    if (stocktake->state == StocktakeState::Fetching
        || stocktake->state == StocktakeState::Counting)
        return openCounting(stocktakeId);
    return openReview(stocktakeId);
}

CountingWindow *StocktakeWindows::openCounting(qint64 stocktakeId)
{
    m_counting.removeAll(nullptr);
    CountingWindow *window = find(m_counting, stocktakeId);
    if (!window) {
        window = new CountingWindow(m_context, m_store, stocktakeId, m_parentWindow);
        connect(window, &CountingWindow::reviewRequested, this, [this, window](qint64 id) {
            openReview(id);
            window->close();
        });
        m_counting.append(window);
    }
    raise(window);
    return window;
}

ReviewWindow *StocktakeWindows::openReview(qint64 stocktakeId)
{
    m_reviews.removeAll(nullptr);
    ReviewWindow *window = find(m_reviews, stocktakeId);
    if (!window) {
        window = new ReviewWindow(m_context, m_store, stocktakeId, m_parentWindow);
        connect(window, &ReviewWindow::continueCountingRequested, this,
                &StocktakeWindows::openCounting);
        connect(window, &ReviewWindow::inventoryChanged, this, &StocktakeWindows::inventoryChanged);
        m_reviews.append(window);
    }
    raise(window);
    return window;
}

qint64 StocktakeWindows::stocktakeOfSubmission(qint64 submissionId) const
{
    for (const Stocktake &stocktake : m_store->list(m_context.profile)) {
        if (stocktake.submissionId == submissionId)
            return stocktake.id;
    }
    return 0;
}

} // namespace Glance
