#include "ui/adjust/historywindow.h"

#include "core/adjust/submissionjournal.h"
#include "core/text/bidi.h"
#include "models/adjust/submissionhistorymodel.h"
#include "models/adjust/submissionlinesmodel.h"
#include "ui/adjust/highlightproxymodel.h"
#include "ui/browser/columnwidths.h"
#include "ui/i18n/bidiitemdelegate.h"
#include "ui/print/viewexporter.h"
#include "ui_historywindow.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace Glance {

HistoryWindow::HistoryWindow(SubmissionJournal *journal, const QString &profile, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::HistoryWindow>())
    , m_journal(journal)
    , m_history(new SubmissionHistoryModel(journal, this))
    , m_lines(new SubmissionLinesModel(this))
    , m_proxy(new HighlightProxyModel(-1, SubmissionLinesModel::HighlightRole,
                                      SubmissionLinesModel::NeedsDecisionRole, this))
    , m_exporter(new ViewExporter(this))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_history->setLocale(locale());
    m_lines->setLocale(locale());
    m_ui->submissionsView->setModel(m_history);
    BidiItemDelegate::install(m_ui->submissionsView);
    m_ui->submissionsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->submissionsView->verticalHeader()->hide();
    m_proxy->setSourceModel(m_lines);
    m_ui->linesView->setModel(m_proxy);
    BidiItemDelegate::install(m_ui->linesView);
    m_ui->linesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->linesView->verticalHeader()->hide();
    sizeColumns();
    connect(m_ui->submissionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryWindow::showSelected);
    // The journal changed: keep the same submission selected.
    connect(m_history, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_ui->submissionsView->currentIndex();
        m_selectedId = current.isValid() ? m_history->summary(current.row()).id : 0;
    });
    connect(m_history, &QAbstractItemModel::modelReset, this,
            [this] { selectSubmission(m_selectedId); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        const Submission &submission = m_lines->submission();
        if (submission.id > 0 && submission.open)
            Q_EMIT resumeRequested(submission.id, submission.documentId);
    });
    connect(m_ui->reverseButton, &QPushButton::clicked, this, &HistoryWindow::requestReverse);
    connect(m_ui->linesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::updateReverse);
    connect(m_ui->exportButton, &QPushButton::clicked, this,
            [this] { exportRows(ViewExporter::Action::Csv); });
    connect(m_ui->printButton, &QPushButton::clicked, this,
            [this] { exportRows(ViewExporter::Action::Preview); });
    connect(m_exporter, &ViewExporter::finished, this, [this](bool ok, const QString &message) {
        if (!ok)
            ViewExporter::reportFailure(this, message);
    });
    setProfile(profile);
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::exportRows(ViewExporter::Action action)
{
    const QModelIndex current = m_ui->submissionsView->currentIndex();
    if (!current.isValid() || m_exporter->isBusy())
        return;
    const auto text = [this, &current](int column) {
        return current.siblingAtColumn(column).data().toString();
    };
    ViewExporter::Heading heading;
    heading.title = tr("Adjustment: %1").arg(Bidi::name(text(SubmissionHistoryModel::TitleColumn)));
    heading.context = {
            tr("Sent %1 from %2")
                    .arg(Bidi::isolate(text(SubmissionHistoryModel::WhenColumn)),
                         Bidi::name(text(SubmissionHistoryModel::SourceColumn))),
            tr("Outcome: %1").arg(Bidi::name(text(SubmissionHistoryModel::OutcomeColumn)))};
    //: a file name suggested for an export (no extension)
    heading.fileName = tr("adjustment");
    m_exporter->run(action, m_ui->linesView, heading);
}

void HistoryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateReverse(); // its tooltip says why
        sizeColumns(); // the headers and statuses have other widths in the other language
    } else if (event->type() == QEvent::LocaleChange) {
        m_history->setLocale(locale());
        m_lines->setLocale(locale());
        sizeColumns();
    }
    QWidget::changeEvent(event);
}

void HistoryWindow::sizeColumns()
{
    // Names get room, numbers only their own width; the last column takes the rest.
    using namespace ColumnWidths;
    using H = SubmissionHistoryModel;
    const QTableView *submissions = m_ui->submissionsView;
    QHeaderView *header = m_ui->submissionsView->horizontalHeader();
    header->resizeSection(H::WhenColumn, forText(submissions, H::WhenColumn, 13));
    header->resizeSection(H::TitleColumn, forText(submissions, H::TitleColumn, 20));
    header->resizeSection(H::SourceColumn, forText(submissions, H::SourceColumn, 13));
    header->resizeSection(H::LinesColumn, forQuantities(submissions, H::LinesColumn));

    using L = SubmissionLinesModel;
    const QTableView *lines = m_ui->linesView;
    const QLocale locale = lines->locale();
    header = m_ui->linesView->horizontalHeader();
    header->resizeSection(L::StatusColumn, forText(lines, L::StatusColumn, 9));
    header->resizeSection(L::SkuColumn, forText(lines, L::SkuColumn, 8));
    header->resizeSection(L::ProductColumn, forText(lines, L::ProductColumn, 18));
    header->resizeSection(L::WarehouseColumn, forText(lines, L::WarehouseColumn, 13));
    header->resizeSection(L::AmountColumn, forSignedAmounts(lines, L::AmountColumn));
    for (int column : {L::ShownColumn, L::PreviousColumn, L::NewColumn})
        header->resizeSection(column, forQuantities(lines, column));
    header->resizeSection(L::PartColumn,
                          forNumbers(lines, L::PartColumn, Bidi::formatQuantity(888, locale)));
}

void HistoryWindow::setProfile(const QString &profile)
{
    m_history->setProfile(profile);
    if (m_history->rowCount() > 0)
        m_ui->submissionsView->setCurrentIndex(m_history->index(0, 0));
    showSelected();
}

void HistoryWindow::selectSubmission(qint64 submissionId)
{
    for (int row = 0; row < m_history->rowCount(); ++row) {
        if (m_history->summary(row).id == submissionId) {
            m_ui->submissionsView->setCurrentIndex(m_history->index(row, 0));
            break;
        }
    }
    showSelected();
}

void HistoryWindow::showSelected()
{
    const QModelIndex current = m_ui->submissionsView->currentIndex();
    std::optional<Submission> submission;
    if (current.isValid() && m_journal)
        submission = m_journal->load(m_history->summary(current.row()).id);
    if (submission)
        m_lines->setSubmission(*submission);
    else
        m_lines->clear();
    m_ui->resumeButton->setEnabled(submission && submission->open);
    m_ui->exportButton->setEnabled(submission.has_value());
    m_ui->printButton->setEnabled(submission.has_value());
    m_reversedBy = current.isValid() ? m_history->summary(current.row()).reversedBy : 0;
    updateReverse();
}

QList<int> HistoryWindow::selectedPositions() const
{
    QList<int> positions;
    const Submission &submission = m_lines->submission();
    for (const QModelIndex &index : m_ui->linesView->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && row < submission.lines.size())
            positions.append(submission.lines.at(row).position);
    }
    return positions;
}

void HistoryWindow::updateReverse()
{
    // Only what was applied can be reversed, once the submission is closed, and only once: a
    // reversal that is open or applied something makes the original "reversed".
    const Submission &submission = m_lines->submission();
    const QList<int> positions = selectedPositions();
    int applied = 0;
    for (const SubmissionLine &line : submission.lines) {
        if (line.status == LineStatus::Applied
            && (positions.isEmpty() || positions.contains(line.position)))
            ++applied;
    }
    const bool can = submission.id > 0 && !submission.open && applied > 0 && m_reversedBy == 0;
    m_ui->reverseButton->setEnabled(can);
    QString tip;
    if (m_reversedBy > 0)
        tip = tr("Reversed already: the reversal is in the list.");
    else if (submission.open)
        tip = tr("Finish this submission first: only what was applied can be reversed.");
    else if (submission.id > 0 && applied == 0)
        tip = tr("Nothing to reverse: none of these rows was applied.");
    else if (!positions.isEmpty())
        tip = tr("Prepare the opposite of the %n selected applied row(s) as a new batch to "
                 "review and send",
                 nullptr, applied);
    else
        tip = tr("Prepare the opposite of the %n applied row(s) as a new batch to review and "
                 "send",
                 nullptr, applied);
    m_ui->reverseButton->setToolTip(tip);
    m_ui->reverseButton->setStatusTip(tip);
}

void HistoryWindow::requestReverse()
{
    const Submission &submission = m_lines->submission();
    if (m_ui->reverseButton->isEnabled() && submission.id > 0)
        Q_EMIT reverseRequested(submission.id, selectedPositions());
}

} // namespace Glance
