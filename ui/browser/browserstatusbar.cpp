#include "ui/browser/browserstatusbar.h"

#include "core/text/bidi.h"
#include "models/inventoryproxymodel.h"
#include "models/inventorytablemodel.h"
#include "ui/browser/loadprogresswidget.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

#include <climits>

namespace Glance {

namespace {

int clampToInt(qint64 value)
{
    return int(qBound(qint64(0), value, qint64(INT_MAX)));
}

QLabel *makeLabel(QStatusBar *bar, const QString &name)
{
    auto *label = new QLabel(bar);
    label->setObjectName(name);
    bar->addPermanentWidget(label);
    return label;
}

} // namespace

BrowserStatusBar::BrowserStatusBar(QStatusBar *statusBar)
    : QObject(statusBar)
    , m_statusBar(statusBar)
    , m_countLabel(makeLabel(statusBar, QStringLiteral("countLabel")))
    , m_filterLabel(makeLabel(statusBar, QStringLiteral("filterLabel")))
    , m_progress(new LoadProgressWidget(statusBar))
    , m_refreshedLabel(nullptr)
    , m_onlineLabel(nullptr)
{
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    statusBar->addPermanentWidget(m_progress);
    m_refreshedLabel = makeLabel(statusBar, QStringLiteral("refreshedLabel"));
    m_onlineLabel = makeLabel(statusBar, QStringLiteral("onlineLabel"));
    m_filterLabel->hide();
    m_progress->hide();
}

BrowserStatusBar::~BrowserStatusBar() = default;

void BrowserStatusBar::loadAllFinished(bool complete, bool failed, int loadedRows)
{
    m_progress->hide();
    if (complete)
        m_statusBar->showMessage(tr("All %Ln record(s) loaded.", nullptr, loadedRows), 5000);
    else if (!failed)
        m_statusBar->showMessage(
                tr("Stopped. The %Ln record(s) loaded so far stay.", nullptr, loadedRows), 5000);
}

void BrowserStatusBar::update(const InventoryTableModel *model, const InventoryProxyModel *proxy,
                              bool online)
{
    const QLocale loc = m_statusBar->locale();
    if (!model) {
        m_countLabel->clear();
    } else if (const auto total = model->totalCount()) {
        //: %1 is the number of records loaded, %Ln the number the server has
        m_countLabel->setText(tr("%1 of %Ln record(s)", nullptr, clampToInt(*total))
                                      .arg(Bidi::quantity(model->rowCount(), loc)));
    } else {
        m_countLabel->setText(tr("%Ln record(s)", nullptr, model->rowCount()));
    }
    const bool filtered = proxy && proxy->lowStockOnly();
    m_filterLabel->setVisible(filtered);
    if (filtered)
        m_filterLabel->setText(tr("%Ln low-stock record(s) shown", nullptr, proxy->rowCount()));
    const QDateTime refreshed = model ? model->lastRefreshed() : QDateTime();
    if (model && model->isShowingCachedRows() && refreshed.isValid()) {
        // Rows from the local cache: their age, until they have been read again.
        const QString when = refreshed.date() == QDate::currentDate()
                ? loc.toString(refreshed.time(), QLocale::ShortFormat)
                : loc.toString(refreshed, QLocale::ShortFormat);
        //: %1 is the date and time the cached records were read from Glance
        m_refreshedLabel->setText(tr("As of %1").arg(Bidi::isolate(when)));
        m_refreshedLabel->setToolTip(
                tr("Records saved on this computer. They are read again from Glance as soon "
                   "as it can be reached."));
    } else if (model && model->isLoading())
        m_refreshedLabel->setText(tr("Loading…"));
    else if (refreshed.isValid())
        //: %1 is the time the shown records were last read from Glance
        m_refreshedLabel->setText(
                tr("Updated %1").arg(loc.toString(refreshed.time(), QLocale::ShortFormat)));
    else
        m_refreshedLabel->clear();
    if (!(model && model->isShowingCachedRows()))
        m_refreshedLabel->setToolTip({});
    m_onlineLabel->setText(online ? tr("Online") : tr("Offline"));
}

QString BrowserStatusBar::noticeText(const InventoryTableModel &model,
                                     const InventoryProxyModel &proxy, const QLocale &locale)
{
    const bool sorted = proxy.isSorted();
    const bool filtered = proxy.lowStockOnly();
    const bool pending = proxy.isPartial() || (model.isLoadingAll() && (sorted || filtered));
    if (!pending)
        return {};
    const QString loaded = Bidi::quantity(model.rowCount(), locale);
    const auto total = model.totalCount();
    if (sorted && filtered) {
        return total ? tr("Only the %1 loaded records of %2 are sorted and filtered.")
                               .arg(loaded, Bidi::quantity(*total, locale))
                     : tr("Only the %1 loaded records are sorted and filtered.").arg(loaded);
    }
    if (sorted) {
        return total ? tr("Only the %1 loaded records of %2 are sorted.")
                               .arg(loaded, Bidi::quantity(*total, locale))
                     : tr("Only the %1 loaded records are sorted.").arg(loaded);
    }
    return total ? tr("Low stock among the %1 loaded records of %2 only.")
                           .arg(loaded, Bidi::quantity(*total, locale))
                 : tr("Low stock among the %1 loaded records only.").arg(loaded);
}

} // namespace Glance
