#pragma once

#include "api/apitypes.h"
#include "ui/adjust/adjustcontext.h"
#include "ui/widgets/messagebanner.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QUndoStack;

namespace Ui {
class ApiClient;
class BatchAdjustWindow;
} // namespace Ui

namespace Glance {

class AdjustmentSubmitter;
class BatchAdjustModel;
class BatchItemDelegate;
class BatchRowsImport;
class BatchUndoSink;
class CsvImportDialog;
class HighlightProxyModel;
class SubmissionResultsPanel;
struct ImportResult;

// The batch-adjust editor: a document-like window over one draft. Rows come from the product
// picker, typed SKUs, a keyboard-wedge scanner (SKU + Enter: a new row or 1 more), pasted
// spreadsheet rows or a CSV file. Every edit is undoable and written to the local draft store
// at once. Submit checks the rows (errors block, warnings ask) and hands them to the
// AdjustmentSubmitter; the window then shows the results and the choices after a lost answer.
class BatchAdjustWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit BatchAdjustWindow(const AdjustContext &context, QWidget *parent = nullptr);
    ~BatchAdjustWindow() override;

    // A new, empty draft. False when the draft store cannot save it (the window still works,
    // in memory, and says so).
    bool newDocument();
    // The draft `documentId` of the context's profile; resumes its open submission, if any.
    bool openDocument(qint64 documentId);
    // An open submission without a draft (e.g. an adjustment from the record dialog).
    bool openSubmission(qint64 submissionId);
    qint64 documentId() const { return m_documentId; }

    // A row for this record's product and warehouse (the amount left to fill in).
    void addRecord(const InventoryRecord &record);
    // Rows from tab-separated text / CSV bytes; bad lines are listed and left out.
    void pasteRows(const QString &text);
    void importCsv(const QByteArray &bytes, const QString &source);
    // The import window for a CSV file: read off the UI thread, encoding detected or chosen
    // with a preview; its rows then go through importRows(). Deletes itself when closed.
    CsvImportDialog *openCsvFile(const QString &path);
    void importRows(const ImportResult &result, const QString &source);
    // Checks the rows; errors block, warnings ask (non-modal), then sends.
    void submit();
    // The API client to use from now on (after signing in again the old one is gone).
    void setClient(ApiClient *client);

    BatchAdjustModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    AdjustmentSubmitter *submitter() const { return m_submitter; }
    SubmissionResultsPanel *resultsPanel() const;
    // The banner's sentence while it shows (empty when hidden) and its kind.
    QString bannerText() const;
    MessageBanner::Type bannerType() const;
    bool isEditing() const;

Q_SIGNALS:
    // Something was applied on the server (the browser should refresh).
    void inventoryChanged();
    void submissionStarted(qint64 submissionId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createUndoActions();
    void nameTableShortcuts();
    void startSubmission();
    void onSubmitterLines();
    void onFinished();
    void returnRestToDraft();
    void setEditing(bool editing);
    void updateActions();
    void updateUndoActions();
    void updateStatus();
    void showBanner(const QString &text, MessageBanner::Type type);
    void applySettings();
    void saveMeta();
    void updateWindowTitle();

    std::unique_ptr<Ui::BatchAdjustWindow> m_ui;
    AdjustContext m_context;
    BatchAdjustModel *m_model;
    HighlightProxyModel *m_proxy;
    BatchItemDelegate *m_delegate;
    QUndoStack *m_undo;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    std::unique_ptr<BatchUndoSink> m_sink;
    AdjustmentSubmitter *m_submitter;
    BatchRowsImport *m_import = nullptr;
    qint64 m_documentId = 0;
    int m_appliedSeen = 0;
};

} // namespace Glance
