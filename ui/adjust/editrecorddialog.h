#pragma once

#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/apitypes.h"
#include "ui/widgets/messagebanner.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class EditRecordDialog;
}

namespace Glance {

class AdjustmentSubmitter;
class ApiCall;
class ApiClient;
class CatalogLookup;
class SubmissionJournal;

// Edits a record's absolute quantity and location, showing the values as they were when the
// dialog opened. Saving re-reads the record first; if a field the user changed was also changed
// on the server meanwhile, it shows theirs vs yours and lets the user overwrite, take theirs or
// cancel. A lost answer is checked against the record (EditOutcome), never saved again
// blindly. "Adjust by ±N" sends the difference as an adjustment instead (through the
// AdjustmentSubmitter, so a lost answer is checked, never re-sent blindly). Opened with open().
class EditRecordDialog : public QDialog
{
    Q_OBJECT

public:
    EditRecordDialog(const InventoryRecord &record, ApiClient *client, CatalogLookup *catalog,
                     QWidget *parent = nullptr);
    ~EditRecordDialog() override;

    // For "Adjust by ±N": where the adjustment is recorded, and its reason.
    void setAdjustSupport(SubmissionJournal *journal, const QString &profile,
                          const QString &reason);

    const InventoryRecord &original() const { return m_original; }
    QStringList validationErrors() const;
    // Quantity typed minus the quantity when opened (0 when unchanged or invalid).
    qint64 difference() const;

public Q_SLOTS:
    void accept() override; // validates, re-reads, saves or shows the conflict
    void reject() override;

Q_SIGNALS:
    void recordSaved(const Glance::InventoryRecord &record);
    // An adjustment was sent and applied (the browser should refresh).
    void adjusted();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Values
    {
        std::optional<qint64> quantity;
        QString location;
    };
    Values yours() const;
    void retranslate();
    void showValues();
    void showMessage(const QString &text, MessageBanner::Type type);
    void setBusy(bool busy, const QString &text = {});
    void onReread(const ApiResult<InventoryRecord> &result);
    void showConflict(const InventoryRecord &theirs);
    void save();
    void finishSaved(const InventoryRecord &server, const EditRecordRequest &sent);
    void verifyAfterLostAnswer(const EditRecordRequest &sent, const ApiError &error);
    void takeTheirs();
    void startAdjust();
    void onAdjustState();
    void updateAdjustButtons();

    std::unique_ptr<Ui::EditRecordDialog> m_ui;
    QPushButton *m_saveButton = nullptr;
    QPointer<ApiClient> m_client;
    QPointer<CatalogLookup> m_catalog;
    QPointer<SubmissionJournal> m_journal;
    QString m_profile;
    QString m_reason;
    InventoryRecord m_original;
    std::optional<InventoryRecord> m_theirs;
    QPointer<ApiCall> m_call;
    QDateTime m_sentAt; // of the last save: a lost answer is decided from here
    AdjustmentSubmitter *m_submitter = nullptr;
    bool m_busy = false;
};

} // namespace Glance
