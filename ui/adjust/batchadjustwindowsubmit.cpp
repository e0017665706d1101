// BatchAdjustWindow: sending the rows to Glance, following the submission, and what goes back
// to the draft.
#include "api/apiclient.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftstore.h"
#include "core/adjust/lineconversion.h"
#include "core/adjust/submissionjournal.h"
#include "core/appsettings.h"
#include "core/text/bidi.h"
#include "core/writeaccess.h"
#include "models/adjust/batchadjustmodel.h"
#include "ui/adjust/batchadjustwindow.h"
#include "ui/adjust/highlightproxymodel.h"
#include "ui/adjust/submissionresultspanel.h"
#include "ui_batchadjustwindow.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace Glance {

void BatchAdjustWindow::submit()
{
    if (!isEditing() || m_submitter->isBusy())
        return;
    if (m_context.access && !m_context.access->canWrite()) {
        showBanner(m_context.access->reason(), MessageBanner::Warning);
        return;
    }
    if (m_model->rowCount() == 0) {
        showBanner(tr("Add rows first: scan, type a SKU, paste or import them."),
                   MessageBanner::Warning);
        return;
    }
    const int errors = m_model->errorCount();
    if (errors > 0) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data(BatchAdjustModel::SeverityRole).toInt()
                == RowIssue::Error) {
                m_ui->linesView->setCurrentIndex(
                        m_proxy->index(row, BatchAdjustModel::CheckColumn));
                m_ui->linesView->scrollTo(m_proxy->index(row, 0));
                break;
            }
        }
        showBanner(tr("%n row(s) have problems (red); see the Check column. Fix them before "
                      "submitting.",
                      nullptr, errors),
                   MessageBanner::Error);
        return;
    }
    const int warnings = m_model->warningCount();
    if (warnings == 0) {
        startSubmission();
        return;
    }
    QStringList details;
    const QLocale locale;
    for (int row = 0; row < m_model->rowCount() && details.size() < 20; ++row) {
        for (const RowIssue &issue : m_model->issues(row))
            details.append(tr("Row %1: %2").arg(Bidi::number(row + 1, locale), issue.text));
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Submit with Warnings?"),
                                tr("%n row(s) have warnings. Submit anyway?", nullptr, warnings),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(details.join(QLatin1Char('\n')));
    QPushButton *go = box->addButton(tr("&Submit Anyway"), QMessageBox::AcceptRole);
    box->setObjectName(QStringLiteral("submitWarningsBox"));
    connect(box, &QMessageBox::buttonClicked, this, [this, go](QAbstractButton *button) {
        if (button == go)
            startSubmission();
    });
    box->open();
}

void BatchAdjustWindow::setClient(ApiClient *client)
{
    m_context.client = client;
    m_submitter->setClient(client);
    updateActions();
}

void BatchAdjustWindow::startSubmission()
{
    const QList<AdjustmentLine> lines = m_model->adjustmentLines();
    if (lines.isEmpty() || m_submitter->isBusy())
        return;
    m_appliedSeen = 0;
    const qint64 id = m_submitter->submit(m_context.profile, DocumentKind::batchAdjust(),
                                          m_documentId, m_ui->titleEdit->text().trimmed(), lines);
    if (id == 0) {
        if (!m_submitter->lockHolder().isEmpty())
            showBanner(tr("Nothing was sent. %1").arg(m_submitter->lockHolder()),
                       MessageBanner::Warning);
        else
            showBanner(tr("Nothing was sent: the submission could not be recorded on this "
                          "computer first. %1")
                               .arg(m_submitter->journalError()),
                       MessageBanner::Error);
        return;
    }
    // The journal linked the draft to the submission in the same transaction.
    m_ui->banner->hide();
    setEditing(false);
    Q_EMIT submissionStarted(id);
}

void BatchAdjustWindow::onSubmitterLines()
{
    const int applied = m_submitter->counts().applied;
    if (applied > m_appliedSeen) {
        m_appliedSeen = applied;
        if (m_context.catalog)
            m_context.catalog->forgetStock();
        Q_EMIT inventoryChanged();
    }
    updateActions();
}

void BatchAdjustWindow::onFinished()
{
    // Everything applied: the draft is done; the history keeps the submission.
    // A draft that cannot be removed stays in Drafts; its submission is closed, so opening it
    // shows what was applied, never sends it again.
    if (m_context.drafts && m_documentId > 0 && !m_context.drafts->remove(m_documentId))
        showBanner(m_context.drafts->errorString(), MessageBanner::Error);
    m_documentId = 0;
    m_model->setDocument(nullptr, 0, m_model->lines()); // still shown, no longer a draft
    m_model->setReadOnly(true);
    m_undo->clear();
    updateActions();
}

void BatchAdjustWindow::returnRestToDraft()
{
    QList<DraftLine> lines;
    const qint64 documentBefore = m_documentId;
    // The rest goes into the draft in the same transaction as the journal's close: a crash in
    // between can neither lose the rows nor leave them both in the draft and open to resend.
    const auto keepRest = [this, &lines](const QList<SubmissionLine> &rest) {
        for (const SubmissionLine &returned : rest)
            lines.append(draftFromAdjustment(returned.line));
        if (!m_context.drafts)
            return true;
        if (m_documentId <= 0)
            m_documentId =
                    m_context.drafts->createDocument(m_context.profile, DocumentKind::batchAdjust(),
                                                     m_ui->titleEdit->text().trimmed());
        return m_documentId > 0 && m_context.drafts->saveLines(m_documentId, lines)
                && m_context.drafts->setSubmission(m_documentId, 0);
    };
    m_submitter->closeReturningRest(keepRest);
    if (m_submitter->state() != AdjustmentSubmitter::State::Finished) {
        m_documentId = documentBefore; // a draft made inside the transaction was rolled back
        showBanner(m_submitter->journalError(), MessageBanner::Error);
        return;
    }
    m_model->setDocument(m_context.drafts, m_documentId, lines);
    m_undo->clear();
    setEditing(true);
    showBanner(tr("%n row(s) that were not applied are back in the draft. Fix them and submit "
                  "again.",
                  nullptr, int(lines.size())),
               MessageBanner::Information);
}

} // namespace Glance
