#pragma once

#include <QObject>
#include <QString>

class QLabel;
class QLocale;
class QStatusBar;

namespace Glance {

class InventoryProxyModel;
class InventoryTableModel;
class LoadProgressWidget;

// The browser's part of the status bar: "N of TOTAL records", the low-stock count when
// filtered, Load-all progress with Cancel, the time of the last refresh, online/offline. Also
// the sentence of the notice bar over a partly loaded, sorted or filtered view.
class BrowserStatusBar : public QObject
{
    Q_OBJECT

public:
    explicit BrowserStatusBar(QStatusBar *statusBar);
    ~BrowserStatusBar() override;

    LoadProgressWidget *progress() const { return m_progress; }

    void update(const InventoryTableModel *model, const InventoryProxyModel *proxy, bool online);
    // Hides the progress and says for a few seconds how Load all ended (`complete`: every
    // record is loaded; else stopped, and nothing is said when `failed`: the error banner says it).
    void loadAllFinished(bool complete, bool failed, int loadedRows);

    // Empty when the view is complete or neither sorted nor filtered.
    static QString noticeText(const InventoryTableModel &model, const InventoryProxyModel &proxy,
                              const QLocale &locale);

private:
    QStatusBar *m_statusBar;
    QLabel *m_countLabel;
    QLabel *m_filterLabel;
    LoadProgressWidget *m_progress;
    QLabel *m_refreshedLabel;
    QLabel *m_onlineLabel;
};

} // namespace Glance
