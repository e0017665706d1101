#pragma once

#include "core/stocktake/stocktakecounter.h"
#include "ui/adjust/adjustcontext.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class CountingWindow;
}

namespace Glance {

class CountCsvImport;
class CountingFilterModel;
class CountingModel;
class ExpectedFetch;
class ScanFeedback;
class StocktakeStore;

// The counting window, built for a keyboard-wedge scanner (it types the code and Enter): the
// scan field always gets the focus back; "12*" before a scan counts 12; the last scanned line
// is shown large and highlighted with its running count; an unknown code turns the signal red,
// beeps and goes to the unknown codes (assign to the selected product, or drop); Ctrl+Z undoes
// the last scan; a count can be edited in the table. "Ask for the quantity after each scan"
// (remembered in the settings) makes a scan wait for its quantity: the next Enter with a number
// counts it, Esc (or Ctrl+Z) skips it. "Look up a product" narrows the table (SKU, name,
// location) to find the product an unknown code belongs to; Enter there goes back to scanning.
// When the scope has locations, "Counting at" (or a scanned location label) says where the
// scans are counted and shows that location's lines with its progress. Every scan is
// committed to the local store before it is shown. While the stocktake is still fetching its
// quantities the window shows the progress (and fetches again after a restart).
class CountingWindow : public QWidget
{
    Q_OBJECT

public:
    CountingWindow(const AdjustContext &context, StocktakeStore *store, qint64 stocktakeId,
                   QWidget *parent = nullptr);
    ~CountingWindow() override;

    qint64 stocktakeId() const { return m_stocktakeId; }
    StocktakeCounter *counter() const { return m_counter; }
    CountingModel *model() const { return m_model; }
    void setClient(ApiClient *client);
    // Imports counts from CSV bytes (asks whether to add them up or replace).
    void importCsv(const QByteArray &bytes, const QString &source);

Q_SIGNALS:
    void reviewRequested(qint64 stocktakeId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scan();
    void showCounted(int index, qint64 added);
    void showUnknown(const QString &code, bool quantityNeeded);
    void showQuantityNeeded(const StocktakeCounter::Result &result);
    void selectLine(int index);
    void skipPending();
    void showMessage(const QString &text, bool alarm);
    void undo();
    void assignUnknown();
    void dropUnknown();
    void finish();
    void refillUnknown();
    void updateState();
    void updateMultiplier();
    void refillLocations();
    void showCountingLocation(const QString &location);
    QString locationProgress() const;
    void startFetch();
    void saveCountSheet();
    void retranslate();
    void returnFocus();

    std::unique_ptr<Ui::CountingWindow> m_ui;
    AdjustContext m_context;
    QPointer<StocktakeStore> m_store;
    qint64 m_stocktakeId;
    StocktakeCounter *m_counter;
    CountingModel *m_model;
    CountingFilterModel *m_filter;
    QPointer<ExpectedFetch> m_fetch;
    int m_lastIndex = -1;
    std::unique_ptr<ScanFeedback> m_feedback;
    QString m_fetchError;
    bool m_countedElsewhere = false; // some line was counted away from its location
    CountCsvImport *m_csvImport = nullptr;
};

} // namespace Glance
