#include "ui/adjust/batchadjustwindow.h"

#include "api/apiclient.h"
#include "core/adjust/adjustimport.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftstore.h"
#include "core/adjust/lineconversion.h"
#include "core/adjust/submissionjournal.h"
#include "core/appsettings.h"
#include "core/text/bidi.h"
#include "core/writeaccess.h"
#include "models/adjust/batchadjustmodel.h"
#include "ui/adjust/batchitemdelegate.h"
#include "ui/adjust/batchrowsimport.h"
#include "ui/adjust/batchundosink.h"
#include "ui/adjust/highlightproxymodel.h"
#include "ui/adjust/importproblemsdialog.h"
#include "ui/adjust/reasonsdialog.h"
#include "ui_batchadjustwindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QUndoStack>

namespace Glance {

BatchAdjustWindow::BatchAdjustWindow(const AdjustContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::BatchAdjustWindow>())
    , m_context(context)
    , m_model(new BatchAdjustModel(context.catalog, this))
    , m_proxy(new HighlightProxyModel(BatchAdjustModel::SeverityRole, -1, -1, this))
    , m_delegate(new BatchItemDelegate(context.catalog, this))
    , m_undo(new QUndoStack(this))
    , m_submitter(new AdjustmentSubmitter(context.client, context.journal, this))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_sink = std::make_unique<BatchUndoSink>(m_model, m_undo);
    m_model->setEditSink(m_sink.get());
    m_proxy->setSourceModel(m_model);
    m_ui->linesView->setModel(m_proxy);
    m_ui->linesView->setItemDelegate(m_delegate);
    m_ui->linesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->linesView->setColumnWidth(BatchAdjustModel::ProductColumn, 220);
    m_ui->linesView->setColumnWidth(BatchAdjustModel::NotesColumn, 180);
    m_ui->resultsPanel->setSubmitter(m_submitter);
    m_ui->pages->setCurrentWidget(m_ui->editorPage);
    m_ui->banner->hide();
    m_import = new BatchRowsImport(m_model, this, [this] { return isEditing(); });
    connect(m_import, &BatchRowsImport::message, this, &BatchAdjustWindow::showBanner);

    m_ui->scanEdit->setClient(context.client);
    m_ui->scanEdit->setCatalog(context.catalog);
    m_ui->scanEdit->setEnterMode(ProductPicker::EnterMode::EmitSku);
    m_ui->defaultWarehouseCombo->setCatalog(context.catalog);
    m_model->setLocale(locale());

    createUndoActions();
    // The stack enables its actions by itself; these run after it, so the results view (a draft
    // already sent) keeps them off.
    connect(m_undo, &QUndoStack::canUndoChanged, this, &BatchAdjustWindow::updateUndoActions);
    connect(m_undo, &QUndoStack::canRedoChanged, this, &BatchAdjustWindow::updateUndoActions);

    auto *pasteInTable = new QShortcut(QKeySequence::Paste, m_ui->linesView);
    pasteInTable->setObjectName(QStringLiteral("pasteInTableShortcut"));
    pasteInTable->setContext(Qt::WidgetShortcut);
    connect(pasteInTable, &QShortcut::activated, this,
            [this] { pasteRows(QGuiApplication::clipboard()->text()); });
    auto *deleteInTable = new QShortcut(QKeySequence::Delete, m_ui->linesView);
    deleteInTable->setObjectName(QStringLiteral("deleteInTableShortcut"));
    deleteInTable->setContext(Qt::WidgetShortcut);
    nameTableShortcuts();
    connect(deleteInTable, &QShortcut::activated, m_ui->actionDeleteRows, &QAction::trigger);

    connect(m_ui->actionAddRow, &QAction::triggered, this, [this] {
        DraftLine line;
        line.warehouseId = m_model->defaultWarehouse();
        const int row = m_model->rowCount();
        m_model->addLines(row, {line}, tr("Add row"));
        const QModelIndex index = m_proxy->index(row, BatchAdjustModel::SkuColumn);
        m_ui->linesView->setCurrentIndex(index);
        m_ui->linesView->edit(index);
    });
    connect(m_ui->actionDeleteRows, &QAction::triggered, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_ui->linesView->selectionModel()->selectedIndexes())
            rows.append(m_proxy->mapToSource(index).row());
        if (rows.isEmpty() && m_ui->linesView->currentIndex().isValid())
            rows.append(m_ui->linesView->currentIndex().row());
        m_model->deleteRows(rows);
    });
    connect(m_ui->actionPaste, &QAction::triggered, this,
            [this] { pasteRows(QGuiApplication::clipboard()->text()); });
    connect(m_ui->actionImport, &QAction::triggered, m_import, &BatchRowsImport::chooseCsvFile);
    connect(m_ui->actionMerge, &QAction::triggered, this, [this] {
        const int merged = m_model->mergeDuplicates();
        if (merged > 0)
            showBanner(tr("Merged %n duplicate row(s).", nullptr, merged), MessageBanner::Positive);
        else
            showBanner(tr("No rows to merge. Rows of the same product and warehouse with "
                          "different reasons stay separate."),
                       MessageBanner::Information);
    });
    connect(m_ui->actionRefresh, &QAction::triggered, m_model, &BatchAdjustModel::refreshStock);
    connect(m_ui->actionReasons, &QAction::triggered, this, [this] {
        auto *dialog = new ReasonsDialog(m_context.settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionSubmit, &QAction::triggered, this, &BatchAdjustWindow::submit);

    connect(m_ui->scanEdit, &ProductPicker::skuEntered, this, [this](const QString &sku) {
        const int row = m_model->scanSku(sku);
        m_ui->scanEdit->clear();
        if (row >= 0)
            m_ui->linesView->scrollTo(m_proxy->index(row, 0));
    });
    connect(m_ui->scanEdit, &ProductPicker::productChosen, this, [this](const ProductRef &product) {
        const int row = m_model->addProduct(product);
        m_ui->scanEdit->clear();
        m_ui->scanEdit->clearChoice();
        if (row >= 0) {
            const QModelIndex amount = m_proxy->index(row, BatchAdjustModel::AmountColumn);
            m_ui->linesView->setCurrentIndex(amount);
            m_ui->linesView->edit(amount);
        }
    });
    connect(m_ui->scanEdit, &ProductPicker::searchFailed, this, [this](const ApiError &error) {
        showBanner(error.userMessage(), MessageBanner::Error);
    });
    connect(m_ui->defaultWarehouseCombo, &WarehouseCombo::warehouseChanged, this,
            [this](qint64 id) {
                m_model->setDefaultWarehouse(id);
                saveMeta();
            });
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this](const QString &title) {
        if (m_context.drafts && m_documentId > 0
            && !m_context.drafts->setTitle(m_documentId, title))
            showBanner(m_context.drafts->errorString(), // the title stays in the window
                       MessageBanner::Error);
        updateWindowTitle();
    });

    connect(m_model, &BatchAdjustModel::inputRejected, this,
            [this](const QString &why) { showBanner(why, MessageBanner::Warning); });
    connect(m_model, &BatchAdjustModel::saveFailed, this,
            [this](const QString &why) { showBanner(why, MessageBanner::Error); });
    connect(m_model, &BatchAdjustModel::checksChanged, this, &BatchAdjustWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BatchAdjustWindow::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BatchAdjustWindow::updateActions);

    connect(m_submitter, &AdjustmentSubmitter::linesChanged, this,
            &BatchAdjustWindow::onSubmitterLines);
    connect(m_submitter, &AdjustmentSubmitter::stateChanged, this,
            &BatchAdjustWindow::updateActions);
    connect(m_submitter, &AdjustmentSubmitter::finished, this, &BatchAdjustWindow::onFinished);
    connect(m_ui->resultsPanel, &SubmissionResultsPanel::returnToDraftRequested, this,
            &BatchAdjustWindow::returnRestToDraft);
    connect(m_ui->resultsPanel, &SubmissionResultsPanel::closeRequested, this, &QWidget::close);

    if (m_context.settings)
        connect(m_context.settings, &AppSettings::changed, this, &BatchAdjustWindow::applySettings);
    if (m_context.access)
        connect(m_context.access, &WriteAccess::changed, this, &BatchAdjustWindow::updateActions);
    applySettings();
    updateActions();
    updateStatus();
    updateWindowTitle();
}

BatchAdjustWindow::~BatchAdjustWindow()
{
    // QWidget deletes the children (the stack among them) after this destructor has run.
    disconnect(m_undo, nullptr, this, nullptr);
    m_model->setEditSink(nullptr);
}

// The stack keeps the "&Undo"/"&Redo" prefix inside the actions it makes, so a new language
// needs new actions, in the same place.
void BatchAdjustWindow::createUndoActions()
{
    delete m_undoAction;
    delete m_redoAction;
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    // First in the tool bar, then a separator (still there when they are made again).
    QAction *before = m_ui->toolBar->actions().constFirst();
    m_ui->toolBar->insertAction(before, m_undoAction);
    m_ui->toolBar->insertAction(before, m_redoAction);
    if (before == m_ui->actionAddRow)
        m_ui->toolBar->insertSeparator(before);
    addAction(m_undoAction);
    addAction(m_redoAction);
}

// The table's own keys do what the actions do; Help → Keyboard Shortcuts lists them by the
// actions' names (QShortcut::whatsThis).
void BatchAdjustWindow::nameTableShortcuts()
{
    const QList<std::pair<const char *, QAction *>> shortcuts {
            {"pasteInTableShortcut", m_ui->actionPaste},
            {"deleteInTableShortcut", m_ui->actionDeleteRows}};
    for (const auto &[name, action] : shortcuts) {
        if (auto *shortcut = m_ui->linesView->findChild<QShortcut *>(QLatin1String(name)))
            shortcut->setWhatsThis(action->text());
    }
}

SubmissionResultsPanel *BatchAdjustWindow::resultsPanel() const
{
    return m_ui->resultsPanel;
}

QString BatchAdjustWindow::bannerText() const
{
    return m_ui->banner->isVisibleTo(this) ? m_ui->banner->text() : QString();
}

bool BatchAdjustWindow::isEditing() const
{
    return m_ui->pages->currentWidget() == m_ui->editorPage;
}

MessageBanner::Type BatchAdjustWindow::bannerType() const
{
    return m_ui->banner->messageType();
}

void BatchAdjustWindow::showBanner(const QString &text, MessageBanner::Type type)
{
    m_ui->banner->showMessage(text, type);
}

void BatchAdjustWindow::applySettings()
{
    if (!m_context.settings)
        return;
    const QList<AdjustmentReason> reasons = m_context.settings->adjustmentReasons();
    m_model->setReasons(reasons);
    m_model->setReasonRequired(m_context.settings->reasonRequired());
    m_delegate->setReasons(reasons);
}

void BatchAdjustWindow::updateWindowTitle()
{
    const QString title = m_ui->titleEdit->text().trimmed();
    setWindowTitle(title.isEmpty()
                           ? tr("Batch Adjustment")
                           : tr("%1 — Batch Adjustment", "draft title").arg(Bidi::name(title)));
}

bool BatchAdjustWindow::newDocument()
{
    m_documentId = m_context.drafts
            ? m_context.drafts->createDocument(m_context.profile, DocumentKind::batchAdjust())
            : 0;
    m_model->setDocument(m_context.drafts, m_documentId, {});
    m_undo->clear();
    setEditing(true);
    if (m_documentId == 0) {
        showBanner(m_context.drafts ? m_context.drafts->errorString()
                                    : tr("Drafts cannot be saved on this computer."),
                   MessageBanner::Error);
        return false;
    }
    saveMeta();
    return true;
}

bool BatchAdjustWindow::openDocument(qint64 documentId)
{
    if (!m_context.drafts)
        return false;
    const std::optional<DraftDocument> document =
            m_context.drafts->load(m_context.profile, documentId);
    if (!document)
        return false;
    m_documentId = documentId;
    m_ui->titleEdit->setText(document->title);
    updateWindowTitle();
    const QJsonObject meta = QJsonDocument::fromJson(document->meta.toUtf8()).object();
    const qint64 warehouse = meta.value(QLatin1String("defaultWarehouse")).toInteger();
    m_model->setDocument(m_context.drafts, documentId, document->lines);
    m_undo->clear();
    if (warehouse > 0) {
        m_ui->defaultWarehouseCombo->setWarehouseId(warehouse);
        m_model->setDefaultWarehouse(warehouse);
    }
    if (document->submissionId > 0 && m_context.journal) {
        const std::optional<Submission> submission =
                m_context.journal->load(document->submissionId);
        if (submission && submission->open) {
            // Driven by another window or instance: shown, never driven twice.
            if (!m_submitter->resume(document->submissionId)) {
                m_submitter->view(document->submissionId);
                showBanner(m_submitter->lockHolder(), MessageBanner::Warning);
            }
            setEditing(false);
            return true;
        }
        // Closed meanwhile: the draft holds what was given back, if anything. Not written:
        // the link is cleared again the next time the draft opens.
        if (!m_context.drafts->setSubmission(documentId, 0))
            showBanner(m_context.drafts->errorString(), MessageBanner::Error);
    }
    setEditing(true);
    return true;
}

bool BatchAdjustWindow::openSubmission(qint64 submissionId)
{
    if (!m_submitter->resume(submissionId)) {
        // Driven by another window or instance (or closed): shown read-only.
        if (!m_submitter->view(submissionId))
            return false;
        if (!m_submitter->lockHolder().isEmpty())
            showBanner(m_submitter->lockHolder(), MessageBanner::Warning);
    }
    m_documentId = 0;
    const Submission &submission = m_submitter->submission();
    m_ui->titleEdit->setText(submission.title);
    updateWindowTitle();
    setEditing(false);
    return true;
}

void BatchAdjustWindow::saveMeta()
{
    if (!m_context.drafts || m_documentId <= 0)
        return;
    // One key of the meta: the others (a reversal's "reverses") are not this window's to drop.
    if (!m_context.drafts->setMetaValue(m_documentId, QStringLiteral("defaultWarehouse"),
                                        m_model->defaultWarehouse()))
        showBanner(m_context.drafts->errorString(), MessageBanner::Error);
}

void BatchAdjustWindow::addRecord(const InventoryRecord &record)
{
    if (m_context.catalog) {
        m_context.catalog->noteRecord(record);
        m_context.catalog->addProduct(record.product);
    }
    const DraftLine line = draftFromRecord(record);
    const int row = m_model->rowCount();
    m_model->addLines(row, {line}, tr("Add %1").arg(Bidi::sku(record.product.sku)));
    const QModelIndex amount = m_proxy->index(row, BatchAdjustModel::AmountColumn);
    m_ui->linesView->setCurrentIndex(amount);
}

void BatchAdjustWindow::setEditing(bool editing)
{
    m_model->setReadOnly(!editing);
    m_ui->pages->setCurrentWidget(editing ? m_ui->editorPage
                                          : static_cast<QWidget *>(m_ui->resultsPanel));
    updateActions();
}

void BatchAdjustWindow::updateActions()
{
    const bool editing = isEditing();
    const bool canWrite = !m_context.access || m_context.access->canWrite();
    const bool hasRows = m_model->rowCount() > 0;
    for (QAction *action :
         {m_ui->actionAddRow, m_ui->actionDeleteRows, m_ui->actionPaste, m_ui->actionImport,
          m_ui->actionMerge, m_ui->actionRefresh, m_ui->actionReasons})
        action->setEnabled(editing);
    m_ui->actionDeleteRows->setEnabled(editing && hasRows);
    m_ui->actionMerge->setEnabled(editing && hasRows);
    m_ui->actionSubmit->setEnabled(editing && hasRows && canWrite);
    m_ui->actionSubmit->setToolTip(canWrite ? tr("Check the rows and send them to Glance")
                                            : m_context.access->reason());
    m_ui->scanEdit->setEnabled(editing);
    m_ui->defaultWarehouseCombo->setEnabled(editing);
    m_ui->titleEdit->setEnabled(editing);
    updateUndoActions();
    updateStatus();
}

void BatchAdjustWindow::updateUndoActions()
{
    // Undo on the results view would edit a draft that was already sent.
    if (!m_undoAction)
        return;
    const bool editing = isEditing();
    m_undoAction->setEnabled(editing && m_undo->canUndo());
    m_redoAction->setEnabled(editing && m_undo->canRedo());
}

void BatchAdjustWindow::updateStatus()
{
    const QLocale locale;
    QStringList parts;
    parts.append(tr("%n row(s)", nullptr, m_model->rowCount()));
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    if (errors > 0)
        parts.append(tr("%n with problems", nullptr, errors));
    if (warnings > 0)
        parts.append(tr("%n with warnings", nullptr, warnings));
    if (m_documentId > 0)
        parts.append(tr("saved on this computer"));
    m_ui->statusBar->showMessage(parts.join(QStringLiteral(" · ")));
}

void BatchAdjustWindow::closeEvent(QCloseEvent *event)
{
    if (m_submitter->isBusy()) {
        showBanner(tr("Wait until the answer to the current request arrives; the draft is "
                      "saved."),
                   MessageBanner::Warning);
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void BatchAdjustWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        createUndoActions();
        nameTableShortcuts();
        updateWindowTitle();
        updateActions(); // the undo actions' state, the Submit tooltip and the status line
        m_import->retranslate();
    } else if (event->type() == QEvent::LocaleChange) {
        m_model->setLocale(locale());
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

// ---- Rows from the clipboard and from CSV files (BatchRowsImport)
// --------------------------------

void BatchAdjustWindow::pasteRows(const QString &text)
{
    m_import->paste(text);
}

void BatchAdjustWindow::importCsv(const QByteArray &bytes, const QString &source)
{
    m_import->importCsv(bytes, source);
}

CsvImportDialog *BatchAdjustWindow::openCsvFile(const QString &path)
{
    return m_import->openCsvFile(path);
}

void BatchAdjustWindow::importRows(const ImportResult &result, const QString &source)
{
    m_import->importRows(result, source);
}

} // namespace Glance
