#include "ui/adjust/submissionresultspanel.h"

#include "core/adjust/adjustmentsubmitter.h"
#include "core/text/bidi.h"
#include "models/adjust/submissionlinesmodel.h"
#include "ui/adjust/highlightproxymodel.h"
#include "ui/i18n/bidiitemdelegate.h"
#include "ui_submissionresultspanel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMap>

namespace Glance {

SubmissionResultsPanel::SubmissionResultsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SubmissionResultsPanel>())
    , m_model(new SubmissionLinesModel(this))
    , m_proxy(new HighlightProxyModel(-1, SubmissionLinesModel::HighlightRole,
                                      SubmissionLinesModel::NeedsDecisionRole, this))
{
    m_ui->setupUi(this);
    m_model->setLocale(locale());
    m_proxy->setSourceModel(m_model);
    m_ui->linesView->setModel(m_proxy);
    BidiItemDelegate::install(m_ui->linesView);
    m_ui->linesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->linesView->verticalHeader()->hide();

    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, [this] {
        if (m_submitter)
            m_submitter->checkAgain();
    });
    connect(m_ui->appliedButton, &QPushButton::clicked, this, [this] {
        if (m_submitter)
            m_submitter->decide(selectedRows(), LineStatus::Applied);
    });
    connect(m_ui->notAppliedButton, &QPushButton::clicked, this, [this] {
        if (m_submitter)
            m_submitter->decide(selectedRows(), LineStatus::NotApplied);
    });
    connect(m_ui->sendAgainButton, &QPushButton::clicked, this, [this] {
        if (m_submitter)
            m_submitter->sendNotApplied();
    });
    connect(m_ui->continueButton, &QPushButton::clicked, this, [this] {
        if (m_submitter)
            m_submitter->continueSending();
    });
    connect(m_ui->returnButton, &QPushButton::clicked, this,
            &SubmissionResultsPanel::returnToDraftRequested);
    connect(m_ui->closeButton, &QPushButton::clicked, this,
            &SubmissionResultsPanel::closeRequested);
    connect(m_ui->linesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SubmissionResultsPanel::refresh);
    refresh();
}

SubmissionResultsPanel::~SubmissionResultsPanel() = default;

void SubmissionResultsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh(); // the status, the parts and the button texts with counts
    } else if (event->type() == QEvent::LocaleChange) {
        m_model->setLocale(locale());
        refresh();
    }
    QWidget::changeEvent(event);
}

void SubmissionResultsPanel::setSubmitter(AdjustmentSubmitter *submitter)
{
    if (m_submitter)
        disconnect(m_submitter, nullptr, this, nullptr);
    m_submitter = submitter;
    if (submitter) {
        connect(submitter, &AdjustmentSubmitter::linesChanged, this,
                &SubmissionResultsPanel::refresh);
        connect(submitter, &AdjustmentSubmitter::stateChanged, this,
                &SubmissionResultsPanel::refresh);
        connect(submitter, &AdjustmentSubmitter::journalFailed, this,
                &SubmissionResultsPanel::refresh);
    }
    refresh();
}

QList<int> SubmissionResultsPanel::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->linesView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

QString SubmissionResultsPanel::partsSummary() const
{
    if (!m_submitter)
        return {};
    QMap<int, QList<const SubmissionLine *>> parts;
    int notSent = 0;
    for (const SubmissionLine &line : m_submitter->submission().lines) {
        if (line.chunk == 0)
            ++notSent;
        else
            parts[line.chunk].append(&line);
    }
    if (parts.size() <= 1 && notSent == 0)
        return {};
    QStringList texts;
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        int applied = 0;
        int notApplied = 0;
        int open = 0;
        for (const SubmissionLine *line : it.value()) {
            if (line->status == LineStatus::Applied) {
                ++applied;
            } else if (line->status == LineStatus::NotApplied
                       || line->status == LineStatus::Pending) {
                ++notApplied;
            } else {
                ++open;
            }
        }
        const QString part = Bidi::number(it.key());
        if (open > 0)
            texts.append(tr("Part %1: %n row(s) still open.", nullptr, open).arg(part));
        else if (notApplied == 0)
            texts.append(tr("Part %1: %n row(s) applied.", nullptr, applied).arg(part));
        else if (applied == 0)
            // Why is said once, in the status line above and in each row's details.
            texts.append(tr("Part %1: %n row(s) not applied.", nullptr, notApplied).arg(part));
        else
            texts.append(tr("Part %1: %2 applied, %3 not applied.")
                                 .arg(part, Bidi::number(applied), Bidi::number(notApplied)));
    }
    if (notSent > 0)
        texts.append(tr("Not sent yet: %n row(s).", nullptr, notSent));
    return texts.join(QLatin1Char('\n'));
}

void SubmissionResultsPanel::refresh()
{
    if (!m_submitter) {
        m_model->clear();
        for (QWidget *button : {m_ui->checkAgainButton, m_ui->appliedButton, m_ui->notAppliedButton,
                                m_ui->sendAgainButton, m_ui->continueButton, m_ui->returnButton})
            button->hide();
        m_ui->statusLabel->clear();
        m_ui->partsLabel->clear();
        return;
    }
    m_model->setSubmission(m_submitter->submission());
    const SubmissionCounts counts = m_submitter->counts();
    const bool busy = m_submitter->isBusy();
    const bool open = m_submitter->submission().open;

    QString status;
    switch (m_submitter->state()) {
    case AdjustmentSubmitter::State::Reading:
        status = tr("Reading current quantities before sending part %1 of %2…")
                         .arg(Bidi::number(m_submitter->currentPart()),
                              Bidi::number(m_submitter->partCount()));
        break;
    case AdjustmentSubmitter::State::Sending:
        status = tr("Sending part %1 of %2…")
                         .arg(Bidi::number(m_submitter->currentPart()),
                              Bidi::number(m_submitter->partCount()));
        break;
    case AdjustmentSubmitter::State::Checking:
        status = tr("The answer was lost. Checking the records and Glance's history to see what "
                    "was applied…");
        break;
    case AdjustmentSubmitter::State::Waiting:
        //: %1 a time
        status = tr("The answer was lost and Glance may still apply the request. %n row(s) are "
                    "checked again at %1; nothing is sent again before that.",
                    nullptr, counts.unknown + counts.sending)
                         .arg(QLocale().toString(m_submitter->settlesAt().toLocalTime().time(),
                                                 QLocale::LongFormat));
        break;
    case AdjustmentSubmitter::State::Finished:
        if (counts.applied == counts.total)
            status = tr("Done: all %n row(s) applied.", nullptr, counts.total);
        else
            //: %1 is how many rows were applied, %n how many the submission has
            status = tr("Closed: %1 of %Ln row(s) applied; the rest went back to the draft.",
                        nullptr, counts.total)
                             .arg(Bidi::number(counts.applied));
        break;
    case AdjustmentSubmitter::State::Paused:
    case AdjustmentSubmitter::State::Idle: {
        QStringList parts;
        if (m_submitter->lastError().isError())
            parts.append(m_submitter->lastError().userMessage());
        if (!m_submitter->journalError().isEmpty())
            parts.append(m_submitter->journalError());
        if (counts.unknown + counts.sending > 0)
            parts.append(tr("%n row(s) could not be checked yet. Check again when the connection "
                            "is back; nothing is sent again until then.",
                            nullptr, counts.unknown + counts.sending));
        if (counts.unclear > 0)
            parts.append(tr("For %n row(s) it cannot be told whether they were applied. Point "
                            "at a row to see what was found, then select it and say whether it "
                            "was applied.",
                            nullptr, counts.unclear));
        if (counts.notApplied > 0)
            parts.append(tr("%n row(s) were not applied. Send only those again, or return them "
                            "to the draft.",
                            nullptr, counts.notApplied));
        if (counts.pending > 0)
            parts.append(tr("%n row(s) are not sent yet.", nullptr, counts.pending));
        status = parts.join(QLatin1Char('\n'));
        break;
    }
    }
    m_ui->statusLabel->setText(status);
    m_ui->partsLabel->setText(partsSummary());
    m_ui->partsLabel->setVisible(!m_ui->partsLabel->text().isEmpty());

    bool unclearSelected = false;
    for (int row : selectedRows()) {
        if (row < counts.total
            && m_submitter->submission().lines.at(row).status == LineStatus::Unclear)
            unclearSelected = true;
    }
    const bool paused = open && !busy && !m_submitter->isReadOnly()
            && m_submitter->state() != AdjustmentSubmitter::State::Waiting;
    m_ui->checkAgainButton->setVisible(paused && counts.unknown + counts.sending > 0);
    m_ui->appliedButton->setVisible(paused && counts.unclear > 0);
    m_ui->notAppliedButton->setVisible(paused && counts.unclear > 0);
    m_ui->appliedButton->setEnabled(unclearSelected);
    m_ui->notAppliedButton->setEnabled(unclearSelected);
    m_ui->sendAgainButton->setText(
            tr("Send the %n Not Applied Row(s) &Again", nullptr, counts.notApplied));
    m_ui->sendAgainButton->setVisible(paused && counts.notApplied > 0);
    m_ui->sendAgainButton->setEnabled(counts.unknown + counts.sending + counts.unclear == 0);
    m_ui->continueButton->setText(tr("Send the &Remaining %n Row(s)", nullptr, counts.pending));
    m_ui->continueButton->setVisible(paused && counts.pending > 0 && counts.notApplied == 0);
    m_ui->continueButton->setEnabled(counts.unknown + counts.sending + counts.unclear == 0);
    m_ui->returnButton->setVisible(paused && counts.notApplied + counts.pending > 0);
    m_ui->returnButton->setEnabled(m_submitter->canClose());
    m_ui->closeButton->setEnabled(!busy);
}

} // namespace Glance
