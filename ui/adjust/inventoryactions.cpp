#include "ui/adjust/inventoryactions.h"

#include "api/apiclient.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftstore.h"
#include "core/adjust/localdatabase.h"
#include "core/adjust/reversal.h"
#include "core/adjust/submissionjournal.h"
#include "core/appsettings.h"
#include "core/stocktake/stocktakestore.h"
#include "core/text/bidi.h"
#include "core/writeaccess.h"
#include "ui/adjust/batchadjustwindow.h"
#include "ui/adjust/createrecorddialog.h"
#include "ui/adjust/deleterecorddialog.h"
#include "ui/adjust/editrecorddialog.h"
#include "ui/adjust/historywindow.h"
#include "ui/stocktake/stocktakewindows.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace Glance {

InventoryActions::InventoryActions(QWidget *parentWindow, ApiClient *client, WriteAccess *access,
                                   AppSettings *settings, DraftStore *drafts, QObject *parent)
    : QObject(parent)
    , m_parentWindow(parentWindow)
    , m_catalog(new CatalogLookup(client, this))
    , m_journal(new SubmissionJournal(drafts ? drafts->database() : nullptr, this))
    , m_newRecord(new QAction(this))
    , m_editRecord(new QAction(this))
    , m_deleteRecord(new QAction(this))
    , m_adjustRecord(new QAction(this))
    , m_batchAdjust(new QAction(this))
    , m_history(new QAction(this))
    , m_checkAccess(new QAction(this))
    , m_newStocktake(new QAction(this))
    , m_stocktakes(new QAction(this))
    , m_draftsMenu(std::make_unique<QMenu>())
    , m_stocktakeStore(new StocktakeStore(drafts ? drafts->database() : nullptr, this))
    , m_stocktakeWindows(new StocktakeWindows(parentWindow, m_stocktakeStore, this))
{
    m_context.client = client;
    m_context.catalog = m_catalog;
    m_context.drafts = drafts;
    m_context.journal = m_journal;
    m_context.settings = settings;
    m_context.access = access;

    m_newRecord->setObjectName(QStringLiteral("newRecordAction"));
    m_editRecord->setObjectName(QStringLiteral("editRecordAction"));
    m_deleteRecord->setObjectName(QStringLiteral("deleteRecordAction"));
    m_adjustRecord->setObjectName(QStringLiteral("adjustRecordAction"));
    m_batchAdjust->setObjectName(QStringLiteral("batchAdjustAction"));
    m_history->setObjectName(QStringLiteral("adjustmentHistoryAction"));
    m_checkAccess->setObjectName(QStringLiteral("checkWriteAccessAction"));
    m_newStocktake->setObjectName(QStringLiteral("newStocktakeAction"));
    m_stocktakes->setObjectName(QStringLiteral("stocktakesAction"));
    m_draftsMenu->setObjectName(QStringLiteral("draftsMenu"));
    m_newRecord->setShortcut(QKeySequence::New);
    m_editRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_adjustRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    m_batchAdjust->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));

    connect(m_newRecord, &QAction::triggered, this, &InventoryActions::openCreateDialog);
    connect(m_editRecord, &QAction::triggered, this, [this] {
        if (m_current)
            openEditDialog(*m_current);
    });
    connect(m_deleteRecord, &QAction::triggered, this, [this] {
        if (m_current)
            openDeleteDialog(*m_current);
    });
    connect(m_adjustRecord, &QAction::triggered, this, [this] {
        if (m_current)
            openBatchEditor(m_current);
    });
    connect(m_batchAdjust, &QAction::triggered, this, [this] { openBatchEditor(); });
    connect(m_history, &QAction::triggered, this, &InventoryActions::openHistory);
    connect(m_checkAccess, &QAction::triggered, this, [this] {
        if (m_context.access)
            m_context.access->reset();
    });
    connect(m_newStocktake, &QAction::triggered, m_stocktakeWindows,
            &StocktakeWindows::openNewDialog);
    connect(m_stocktakes, &QAction::triggered, m_stocktakeWindows, &StocktakeWindows::openList);
    connect(m_stocktakeWindows, &StocktakeWindows::inventoryChanged, this,
            &InventoryActions::inventoryChanged);
    m_stocktakeWindows->setContext(m_context);
    connect(m_draftsMenu.get(), &QMenu::aboutToShow, this, &InventoryActions::fillDraftsMenu);
    if (access)
        connect(access, &WriteAccess::changed, this, &InventoryActions::updateActions);
    // The actions live in the window's menus: they follow its language when it changes.
    if (parentWindow)
        parentWindow->installEventFilter(this);
    retranslate();
}

void InventoryActions::retranslate()
{
    m_newRecord->setText(tr("&New Record…"));
    m_editRecord->setText(tr("&Edit Record…"));
    m_deleteRecord->setText(tr("&Delete Record…"));
    m_adjustRecord->setText(tr("&Adjust Record…"));
    m_batchAdjust->setText(tr("&Batch Adjustment…"));
    m_history->setText(tr("Adjustment &History"));
    m_checkAccess->setText(tr("Check &Write Access Again"));
    m_newStocktake->setText(tr("New Stoc&ktake…"));
    m_stocktakes->setText(tr("S&tocktakes"));
    m_draftsMenu->setTitle(tr("&Open Draft"));
    updateActions(); // the tooltips
}

bool InventoryActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parentWindow && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

InventoryActions::~InventoryActions()
{
    for (const QPointer<BatchAdjustWindow> &window : std::as_const(m_windows))
        delete window.data();
    delete m_historyWindow.data();
    delete m_stocktakeWindows; // its windows' submitters use the journal
}

QList<QAction *> InventoryActions::actions() const
{
    return {m_newRecord, m_editRecord,   m_deleteRecord, m_adjustRecord, m_batchAdjust,
            m_history,   m_newStocktake, m_stocktakes,   m_checkAccess};
}

void InventoryActions::setClient(ApiClient *client)
{
    m_context.client = client;
    m_catalog->setClient(client);
    m_stocktakeWindows->setContext(m_context);
    // Open windows carry on with the new client (a call in flight on the old one ended as
    // cancelled, and its rows are checked).
    for (const QPointer<BatchAdjustWindow> &window : std::as_const(m_windows)) {
        if (window)
            window->setClient(client);
    }
    updateActions();
}

void InventoryActions::setProfile(const QString &profileId)
{
    if (profileId != m_context.profile) {
        // Windows of the previous profile close (a window with a request in flight refuses
        // until the answer is there; it keeps its own profile).
        for (const QPointer<BatchAdjustWindow> &window : std::as_const(m_windows)) {
            if (window)
                window->close();
        }
    }
    m_context.profile = profileId;
    m_stocktakeWindows->setContext(m_context);
    if (m_historyWindow)
        m_historyWindow->setProfile(profileId);
    updateActions();
    if (profileId.isEmpty())
        return;
    // Submissions left open (the app stopped while sending, or undecided rows): reopen them so
    // their outcome is checked now.
    for (qint64 submissionId : m_journal->openSubmissions(profileId)) {
        const std::optional<Submission> submission = m_journal->load(submissionId);
        if (!submission)
            continue;
        // A stocktake's differences: its review window drives the submission.
        if (submission->source == DocumentKind::stocktake()) {
            if (const qint64 stocktake = m_stocktakeWindows->stocktakeOfSubmission(submissionId)) {
                m_stocktakeWindows->openReview(stocktake);
                continue;
            }
        }
        const bool hasDraft = submission->documentId > 0 && m_context.drafts
                && m_context.drafts->load(profileId, submission->documentId).has_value();
        if (hasDraft)
            openDraft(submission->documentId);
        else
            openSubmission(submissionId);
    }
}

void InventoryActions::setCurrentRecord(const std::optional<InventoryRecord> &record)
{
    m_current = record;
    if (record && record->warehouse.id > 0)
        m_catalog->noteWarehouse(record->warehouse);
    updateActions();
}

void InventoryActions::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    updateActions();
}

void InventoryActions::updateActions()
{
    const bool ready = m_context.client && !m_context.profile.isEmpty();
    const bool readOnly = m_context.access && !m_context.access->canWrite();
    const bool canWrite = ready && !readOnly;
    const QString reason = readOnly ? m_context.access->reason() : QString();
    const bool hasRecord = m_current.has_value();
    // What needs an answer from Glance at once; drafts wait for the connection instead.
    const bool needsServer = !readOnly && !m_online;
    const QString offline = tr("Needs a connection to Glance. You are offline.");

    m_newRecord->setEnabled(canWrite && m_online);
    m_editRecord->setEnabled(canWrite && m_online && hasRecord);
    m_deleteRecord->setEnabled(canWrite && m_online && hasRecord);
    m_adjustRecord->setEnabled(canWrite && hasRecord);
    m_batchAdjust->setEnabled(canWrite);
    m_history->setEnabled(!m_context.profile.isEmpty());
    m_newStocktake->setEnabled(canWrite && m_online);
    m_stocktakes->setEnabled(!m_context.profile.isEmpty());
    m_checkAccess->setVisible(readOnly);
    m_checkAccess->setEnabled(readOnly);

    m_newRecord->setToolTip(readOnly ? reason
                                    : needsServer
                                    ? offline
                                    : tr("Create a record of a product in a warehouse"));
    m_editRecord->setToolTip(readOnly              ? reason
                                     : needsServer ? offline
                                                   : tr("Change the quantity or location of the "
                                                        "selected record"));
    m_deleteRecord->setToolTip(readOnly              ? reason
                                       : needsServer ? offline
                                                     : tr("Delete the selected record"));
    // An action's empty tooltip is its text again.
    m_newStocktake->setToolTip(needsServer ? offline : QString());
    m_adjustRecord->setToolTip(readOnly ? reason
                                        : tr("Add or remove stock of the selected "
                                             "record in the batch editor"));
    m_batchAdjust->setToolTip(readOnly ? reason : tr("Adjust many quantities at once"));
    for (QAction *action :
         {m_newRecord, m_editRecord, m_deleteRecord, m_adjustRecord, m_batchAdjust, m_newStocktake})
        action->setStatusTip(action->toolTip());
}

QString InventoryActions::correctionReason() const
{
    if (!m_context.settings)
        return {};
    const QList<AdjustmentReason> reasons = m_context.settings->adjustmentReasons();
    const QString correction = AppSettings::defaultAdjustmentReasons().value(4).text;
    for (const AdjustmentReason &reason : reasons) {
        if (reason.text == correction)
            return reason.text;
    }
    for (const AdjustmentReason &reason : reasons) {
        if (reason.usualSign == 0)
            return reason.text;
    }
    return {};
}

CreateRecordDialog *InventoryActions::openCreateDialog()
{
    if (!m_newRecord->isEnabled())
        return nullptr;
    auto *dialog = new CreateRecordDialog(m_context.client, m_catalog, m_parentWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_current && m_current->warehouse.id > 0)
        dialog->setWarehouse(m_current->warehouse.id);
    connect(dialog, &CreateRecordDialog::recordCreated, this, &InventoryActions::inventoryChanged);
    connect(dialog, &CreateRecordDialog::editExistingRequested, this,
            [this](const InventoryRecord &record) { openEditDialog(record); });
    dialog->open();
    return dialog;
}

EditRecordDialog *InventoryActions::openEditDialog(const InventoryRecord &record)
{
    if (!m_newRecord->isEnabled())
        return nullptr;
    auto *dialog = new EditRecordDialog(record, m_context.client, m_catalog, m_parentWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAdjustSupport(m_journal, m_context.profile, correctionReason());
    connect(dialog, &EditRecordDialog::recordSaved, this, &InventoryActions::inventoryChanged);
    connect(dialog, &EditRecordDialog::adjusted, this, [this] { m_catalog->forgetStock(); });
    dialog->open();
    return dialog;
}

DeleteRecordDialog *InventoryActions::openDeleteDialog(const InventoryRecord &record)
{
    if (!m_newRecord->isEnabled())
        return nullptr;
    auto *dialog = new DeleteRecordDialog(record, m_context.client, m_parentWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteRecordDialog::recordDeleted, this, [this] {
        m_catalog->forgetStock();
        Q_EMIT inventoryChanged();
    });
    dialog->open();
    return dialog;
}

BatchAdjustWindow *InventoryActions::newWindow()
{
    auto *window = new BatchAdjustWindow(m_context, m_parentWindow);
    connect(window, &BatchAdjustWindow::inventoryChanged, this,
            &InventoryActions::inventoryChanged);
    m_windows.removeAll(nullptr);
    m_windows.append(window);
    return window;
}

BatchAdjustWindow *InventoryActions::windowForDocument(qint64 documentId) const
{
    for (const QPointer<BatchAdjustWindow> &window : m_windows) {
        if (window && documentId > 0 && window->documentId() == documentId)
            return window;
    }
    return nullptr;
}

BatchAdjustWindow *InventoryActions::windowForSubmission(qint64 submissionId) const
{
    for (const QPointer<BatchAdjustWindow> &window : m_windows) {
        if (window && window->submitter()->submissionId() == submissionId)
            return window;
    }
    return nullptr;
}

BatchAdjustWindow *InventoryActions::openBatchEditor(const std::optional<InventoryRecord> &prefill)
{
    if (m_context.profile.isEmpty())
        return nullptr;
    BatchAdjustWindow *window = newWindow();
    window->newDocument();
    if (prefill)
        window->addRecord(*prefill);
    window->show();
    window->activateWindow();
    return window;
}

BatchAdjustWindow *InventoryActions::openDraft(qint64 documentId)
{
    if (BatchAdjustWindow *existing = windowForDocument(documentId)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return existing;
    }
    BatchAdjustWindow *window = newWindow();
    if (!window->openDocument(documentId)) {
        delete window;
        return nullptr;
    }
    window->show();
    return window;
}

BatchAdjustWindow *InventoryActions::openReversal(qint64 submissionId, const QList<int> &positions)
{
    DraftStore *drafts = m_context.drafts;
    if (!drafts || !m_journal || m_context.profile.isEmpty())
        return nullptr;
    // A reversal of it that is still a draft: that one, never a second (the journal refuses a
    // second reversal submission anyway).
    if (const qint64 existing = drafts->findByMeta(m_context.profile, DocumentKind::batchAdjust(),
                                                   SubmissionJournal::reversesKey(), submissionId))
        return openDraft(existing);
    const std::optional<Submission> original = m_journal->load(submissionId);
    if (!original || original->open)
        return nullptr;
    const Reversal reversal = Reversal::of(*original, positions, AppSettings::reversalReason());
    if (reversal.lines.isEmpty())
        return nullptr;
    const QString title = original->title.trimmed().isEmpty()
            ? tr("Reversal")
            //: %1 the title of the batch it reverses
            : tr("Reversal: %1").arg(original->title);
    // The draft, its lines and what it reverses are written together.
    LocalDatabase *db = drafts->database();
    if (!db->begin())
        return nullptr;
    const qint64 id = drafts->createDocument(m_context.profile, DocumentKind::batchAdjust(), title);
    const bool saved =
            id > 0 && drafts->setMeta(id, reversal.meta) && drafts->saveLines(id, reversal.lines);
    if (!saved) {
        db->rollback();
        return nullptr;
    }
    if (!db->commit())
        return nullptr;
    return openDraft(id);
}

BatchAdjustWindow *InventoryActions::openSubmission(qint64 submissionId)
{
    if (BatchAdjustWindow *existing = windowForSubmission(submissionId)) {
        existing->show();
        existing->raise();
        return existing;
    }
    BatchAdjustWindow *window = newWindow();
    if (!window->openSubmission(submissionId)) {
        delete window;
        return nullptr;
    }
    window->show();
    return window;
}

HistoryWindow *InventoryActions::openHistory()
{
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow(m_journal, m_context.profile, m_parentWindow);
        connect(m_historyWindow, &HistoryWindow::resumeRequested, this,
                [this](qint64 submissionId, qint64 documentId) {
                    if (documentId > 0 && m_context.drafts
                        && m_context.drafts->load(m_context.profile, documentId))
                        openDraft(documentId);
                    else
                        openSubmission(submissionId);
                });
        connect(m_historyWindow, &HistoryWindow::reverseRequested, this,
                &InventoryActions::openReversal);
    }
    m_historyWindow->show();
    m_historyWindow->raise();
    return m_historyWindow;
}

void InventoryActions::fillDraftsMenu()
{
    m_draftsMenu->clear();
    const QList<DraftSummary> drafts = m_context.drafts && !m_context.profile.isEmpty()
            ? m_context.drafts->documents(m_context.profile, DocumentKind::batchAdjust())
            : QList<DraftSummary>();
    const QLocale locale;
    for (const DraftSummary &draft : drafts) {
        // The title is the user's text: an "&" in it is a character, not an accelerator.
        const QString title = draft.title.isEmpty()
                ? tr("Untitled draft")
                : QString(draft.title).replace(QLatin1Char('&'), QLatin1String("&&"));
        QAction *action = m_draftsMenu->addAction(
                tr("%1 — %n row(s), %2", nullptr, draft.lineCount)
                        .arg(Bidi::name(title),
                             locale.toString(draft.updatedAt.toLocalTime(), QLocale::ShortFormat)));
        const qint64 id = draft.id;
        connect(action, &QAction::triggered, this, [this, id] { openDraft(id); });
    }
    if (drafts.isEmpty())
        m_draftsMenu->addAction(tr("No saved drafts"))->setEnabled(false);
}

} // namespace Glance
