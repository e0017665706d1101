#pragma once

#include "api/apitypes.h"
#include "ui/adjust/adjustcontext.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Glance {

class BatchAdjustWindow;
class CreateRecordDialog;
class DeleteRecordDialog;
class EditRecordDialog;
class HistoryWindow;
class StocktakeStore;
class StocktakeWindows;

// The one entry point of record dialogs, the batch-adjust editor and the adjustment history for
// the main window. It owns the actions (put them in menus and toolbars), follows the selected
// record, turns writing off with WriteAccess::reason() as the tooltip after the first 403, and
// emits inventoryChanged() after every successful write so the browser can refresh.
//
// Dialogs and windows open without blocking (open()/show()); several batch windows may be open,
// one per draft. Drafts and submissions live in `drafts`' SQLite file and are scoped by the
// profile id given to setProfile() (e.g. base URL + profile name).
class InventoryActions : public QObject
{
    Q_OBJECT

public:
    // None of the pointers is owned; all must outlive this object (except the client, which
    // may change: setClient()).
    InventoryActions(QWidget *parentWindow, ApiClient *client, WriteAccess *access,
                     AppSettings *settings, DraftStore *drafts, QObject *parent = nullptr);
    ~InventoryActions() override;

    void setClient(ApiClient *client);
    // Switches the profile whose drafts and history are shown. Open submissions of the profile
    // (the app stopped while sending) are reopened at once, so their outcome gets checked.
    void setProfile(const QString &profileId);
    QString profile() const { return m_context.profile; }
    // Offline, what needs Glance at once (record dialogs, a new stocktake's fetch) is disabled
    // with the reason; batch drafts, stocktakes and the history stay (they wait for the
    // connection to send).
    void setOnline(bool online);

    QAction *newRecordAction() const { return m_newRecord; }
    QAction *editRecordAction() const { return m_editRecord; }
    QAction *deleteRecordAction() const { return m_deleteRecord; }
    QAction *adjustRecordAction() const { return m_adjustRecord; } // batch editor with the record
    QAction *batchAdjustAction() const { return m_batchAdjust; }
    QAction *historyAction() const { return m_history; }
    QAction *checkWriteAccessAction() const { return m_checkAccess; } // visible when read-only
    QAction *newStocktakeAction() const { return m_newStocktake; }
    QAction *stocktakesAction() const { return m_stocktakes; }
    // "Open Draft" submenu: the saved drafts of the profile (filled when shown).
    QMenu *draftsMenu() const { return m_draftsMenu.get(); }
    QList<QAction *> actions() const;
    // Sets the actions' texts in the current language (done on the parent window's
    // QEvent::LanguageChange).
    void retranslate();

    CatalogLookup *catalog() const { return m_catalog; }
    SubmissionJournal *journal() const { return m_journal; }
    StocktakeWindows *stocktakeWindows() const { return m_stocktakeWindows; }

public Q_SLOTS:
    void setCurrentRecord(const std::optional<Glance::InventoryRecord> &record);

    CreateRecordDialog *openCreateDialog();
    EditRecordDialog *openEditDialog(const Glance::InventoryRecord &record);
    DeleteRecordDialog *openDeleteDialog(const Glance::InventoryRecord &record);
    // A new batch draft, pre-filled with a row for `prefill` when given.
    BatchAdjustWindow *openBatchEditor(const std::optional<Glance::InventoryRecord> &prefill = {});
    BatchAdjustWindow *openDraft(qint64 documentId);
    BatchAdjustWindow *openSubmission(qint64 submissionId);
    // A new batch draft with the opposite of the applied lines of a closed submission (at
    // `positions`; empty: all), reason "Reversal", opened to be reviewed and sent. An unsent
    // reversal draft of the same submission is opened instead of a second one.
    BatchAdjustWindow *openReversal(qint64 submissionId, const QList<int> &positions = {});
    HistoryWindow *openHistory();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // A record was created, edited, deleted or adjusted on the server.
    void inventoryChanged();

private:
    void updateActions();
    void fillDraftsMenu();
    BatchAdjustWindow *newWindow();
    BatchAdjustWindow *windowForDocument(qint64 documentId) const;
    BatchAdjustWindow *windowForSubmission(qint64 submissionId) const;
    QString correctionReason() const;

    QPointer<QWidget> m_parentWindow;
    AdjustContext m_context;
    CatalogLookup *m_catalog;
    SubmissionJournal *m_journal;
    std::optional<InventoryRecord> m_current;
    bool m_online = true;
    QList<QPointer<BatchAdjustWindow>> m_windows;
    QPointer<HistoryWindow> m_historyWindow;

    QAction *m_newRecord;
    QAction *m_editRecord;
    QAction *m_deleteRecord;
    QAction *m_adjustRecord;
    QAction *m_batchAdjust;
    QAction *m_history;
    QAction *m_checkAccess;
    QAction *m_newStocktake;
    QAction *m_stocktakes;
    std::unique_ptr<QMenu> m_draftsMenu;
    StocktakeStore *m_stocktakeStore;
    StocktakeWindows *m_stocktakeWindows;
};

} // namespace Glance
