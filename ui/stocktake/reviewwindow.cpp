#include "ui/stocktake/reviewwindow.h"

#include "api/apiclient.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftstore.h"
#include "core/adjust/submissionjournal.h"
#include "core/appsettings.h"
#include "core/stocktake/costfetch.h"
#include "core/stocktake/stocktakeapplier.h"
#include "core/stocktake/stocktakesheets.h"
#include "core/stocktake/stocktakestore.h"
#include "core/text/bidi.h"
#include "core/writeaccess.h"
#include "models/adjust/submissionlinesmodel.h"
#include "models/stocktake/reviewfiltermodel.h"
#include "models/stocktake/reviewmodel.h"
#include "ui/i18n/bidiitemdelegate.h"
#include "ui/stocktake/pdfexport.h"
#include "ui_reviewwindow.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>

namespace Glance {

ReviewWindow::ReviewWindow(const AdjustContext &context, StocktakeStore *store, qint64 stocktakeId,
                           QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::ReviewWindow>())
    , m_context(context)
    , m_store(store)
    , m_stocktakeId(stocktakeId)
    , m_model(new ReviewModel(this))
    , m_filter(new ReviewFilterModel(this))
    , m_results(new SubmissionLinesModel(this))
    , m_applier(new StocktakeApplier(context.client, context.journal, store, this))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_model->setLocale(locale());
    m_results->setLocale(locale());
    m_filter->setSourceModel(m_model);
    m_ui->reviewView->setModel(m_filter);
    BidiItemDelegate::install(m_ui->reviewView);
    m_ui->reviewView->verticalHeader()->hide();
    m_ui->reviewView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultsView->setModel(m_results);
    BidiItemDelegate::install(m_ui->resultsView);
    m_ui->resultsView->verticalHeader()->hide();
    m_ui->resultsView->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setFlag(m_ui->filterCombo->currentData().toInt()); });
    connect(m_ui->largeSpin, &QSpinBox::valueChanged, this, [this](int value) {
        m_model->setLargeDifference(value);
        updateState();
    });
    connect(m_ui->uncountedCombo, &QComboBox::currentIndexChanged, this, [this] {
        const bool zero = m_ui->uncountedCombo->currentData().toBool();
        if (zero == m_stocktake.zeroUncounted || m_stocktake.isReadOnly()
            || m_stocktake.submissionId > 0)
            return;
        // Not saved: said, and the choice goes back to what is saved (reload).
        if (m_store && !m_store->setZeroUncounted(m_stocktakeId, zero))
            setStatus(m_store->errorString());
        reload();
    });
    connect(m_ui->recountButton, &QPushButton::clicked, this, &ReviewWindow::markRecount);
    connect(m_ui->continueButton, &QPushButton::clicked, this, &ReviewWindow::continueCounting);
    connect(m_ui->refreshButton, &QPushButton::clicked, m_applier, &StocktakeApplier::prepare);
    connect(m_ui->refreshButton, &QPushButton::clicked, this,
            [this] { setStatus(tr("Reading the movements since the stocktake started…")); });
    connect(m_ui->applyButton, &QPushButton::clicked, this, &ReviewWindow::apply);
    connect(m_ui->reapplyButton, &QPushButton::clicked, m_applier->submitter(),
            &AdjustmentSubmitter::sendNotApplied);
    connect(m_ui->reportButton, &QPushButton::clicked, this, &ReviewWindow::saveReport);
    connect(m_ui->csvButton, &QPushButton::clicked, this, &ReviewWindow::exportCsv);
    connect(m_ui->costsButton, &QPushButton::clicked, this, &ReviewWindow::readCosts);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->reviewView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewWindow::updateState);

    connect(m_applier, &StocktakeApplier::prepared, this, [this] {
        m_model->setDeltas(m_applier->deltas());
        showSummary(m_model->items()); // the value follows the drift-safe differences
        const int moved = m_model->countWith(ReviewModel::MovedSinceCount);
        const int check = m_model->countWith(ReviewModel::Check);
        setStatus(tr("Movements read. %1 line(s) moved since they were counted; %2 to check.")
                          .arg(Bidi::number(moved, locale()), Bidi::number(check, locale())));
        updateState();
    });
    connect(m_applier, &StocktakeApplier::prepareFailed, this, [this](const QString &message) {
        setStatus(tr("The movements could not be read: %1").arg(message));
        updateState();
    });
    connect(m_applier, &StocktakeApplier::failed, this, [this](const QString &message) {
        setStatus(message);
        updateState();
    });
    connect(m_applier, &StocktakeApplier::submitted, this, [this] {
        m_stocktake.submissionId = m_applier->stocktake().submissionId;
        m_stocktake.heldBack = m_applier->stocktake().heldBack;
        updateResults();
    });
    connect(m_applier, &StocktakeApplier::applied, this, [this] {
        Q_EMIT inventoryChanged();
        reload();
        setStatus(appliedText());
    });
    AdjustmentSubmitter *submitter = m_applier->submitter();
    connect(submitter, &AdjustmentSubmitter::linesChanged, this, &ReviewWindow::updateResults);
    connect(submitter, &AdjustmentSubmitter::stateChanged, this, &ReviewWindow::updateResults);
    connect(submitter, &AdjustmentSubmitter::errorOccurred, this,
            [this](const ApiError &error) { setStatus(error.userMessage()); });
    connect(submitter, &AdjustmentSubmitter::journalFailed, this, &ReviewWindow::setStatus);

    fillCombos();
    retranslate();
    reload();
    if (m_stocktake.submissionId > 0) {
        m_applier->resume();
        updateResults();
    }
}

ReviewWindow::~ReviewWindow() = default;

void ReviewWindow::setClient(ApiClient *client)
{
    m_context.client = client;
    m_applier->setClient(client);
}

void ReviewWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        retranslate();
        updateState();
    } else if (event->type() == QEvent::LocaleChange) {
        m_model->setLocale(locale());
        m_results->setLocale(locale());
    }
    QWidget::changeEvent(event);
}

void ReviewWindow::retranslate()
{
    //: %1 the stocktake's title
    setWindowTitle(tr("Review Differences: %1").arg(Bidi::name(m_stocktake.title)));
}

void ReviewWindow::fillCombos()
{
    const int flag = m_ui->filterCombo->currentData().toInt();
    m_ui->filterCombo->blockSignals(true);
    m_ui->filterCombo->clear();
    m_ui->filterCombo->addItem(tr("All lines"), 0);
    m_ui->filterCombo->addItem(tr("Differences"), int(ReviewModel::Difference));
    m_ui->filterCombo->addItem(tr("Not counted"), int(ReviewModel::NotCounted));
    m_ui->filterCombo->addItem(tr("Large differences"), int(ReviewModel::LargeDifference));
    m_ui->filterCombo->addItem(tr("For recount"), int(ReviewModel::Recount));
    m_ui->filterCombo->addItem(tr("To check"), int(ReviewModel::Check));
    m_ui->filterCombo->addItem(tr("Moved since counted"), int(ReviewModel::MovedSinceCount));
    m_ui->filterCombo->addItem(tr("Counted away from their location"),
                               int(ReviewModel::CountedElsewhere));
    m_ui->filterCombo->setCurrentIndex(qMax(0, m_ui->filterCombo->findData(flag)));
    m_ui->filterCombo->blockSignals(false);

    m_ui->uncountedCombo->blockSignals(true);
    m_ui->uncountedCombo->clear();
    m_ui->uncountedCombo->addItem(tr("Leave them alone"), false);
    m_ui->uncountedCombo->addItem(tr("Set them to zero"), true);
    m_ui->uncountedCombo->setCurrentIndex(m_stocktake.zeroUncounted ? 1 : 0);
    m_ui->uncountedCombo->blockSignals(false);

    const QString reason = m_ui->reasonCombo->currentText();
    m_ui->reasonCombo->clear();
    if (m_context.settings) {
        for (const AdjustmentReason &r : m_context.settings->adjustmentReasons())
            m_ui->reasonCombo->addItem(r.text);
    }
    const QString stocktake =
            QCoreApplication::translate("Glance::AppSettings", "Stocktake", "adjustment reason");
    if (m_ui->reasonCombo->findText(stocktake) < 0)
        m_ui->reasonCombo->addItem(stocktake);
    m_ui->reasonCombo->setCurrentText(reason.isEmpty() ? stocktake : reason);
}

void ReviewWindow::reload()
{
    if (!m_store)
        return;
    const std::optional<Stocktake> stocktake = m_store->load(m_context.profile, m_stocktakeId);
    if (!stocktake)
        return;
    m_stocktake = *stocktake;
    const QList<StocktakeItem> items =
            m_stocktake.showsExpected() ? m_store->items(m_stocktakeId) : QList<StocktakeItem>();
    m_model->setItems(items);
    const bool submitted = m_stocktake.submissionId > 0;
    if (!submitted)
        m_applier->setStocktake(m_stocktake, items);
    else if (m_applier->stocktake().id != m_stocktake.id)
        m_applier->setStocktake(m_stocktake, items);
    else if (m_applier->isPrepared())
        m_model->setDeltas(m_applier->deltas()); // what was applied
    m_ui->uncountedCombo->blockSignals(true);
    m_ui->uncountedCombo->setCurrentIndex(m_stocktake.zeroUncounted ? 1 : 0);
    m_ui->uncountedCombo->blockSignals(false);

    showSummary(items);
    m_ui->reviewView->setColumnHidden(ReviewModel::ValueColumn, !m_stocktake.costsAt.isValid());
    retranslate();
    // The differences are taken from the movements read now (again after every change).
    if (m_stocktake.state == StocktakeState::Closed && !submitted && m_context.client) {
        setStatus(tr("Reading the movements since the stocktake started…"));
        m_applier->prepare();
    }
    updateState();
}

void ReviewWindow::updateState()
{
    const bool readOnly = m_stocktake.isReadOnly();
    const bool submitted = m_stocktake.submissionId > 0;
    const bool editable = m_stocktake.state == StocktakeState::Closed && !submitted;
    const bool selection = m_ui->reviewView->selectionModel()->hasSelection();
    const AdjustmentSubmitter *submitter = m_applier->submitter();
    m_ui->recountButton->setEnabled(editable && selection);
    m_ui->continueButton->setEnabled(editable);
    m_ui->uncountedCombo->setEnabled(editable);
    m_ui->reasonCombo->setEnabled(editable);
    m_ui->includeCheckedCheck->setEnabled(editable);
    m_ui->refreshButton->setEnabled(editable && m_context.client && !m_applier->isPreparing());
    m_ui->applyButton->setEnabled(editable && m_context.client && !m_applier->isPreparing()
                                  && (!m_context.access || m_context.access->canWrite()));
    m_ui->reapplyButton->setVisible(submitted && !readOnly);
    m_ui->reapplyButton->setEnabled(submitter->state() == AdjustmentSubmitter::State::Paused
                                    && submitter->counts().notApplied > 0
                                    && !submitter->isReadOnly());
    m_ui->resultsView->setVisible(submitted);
    m_ui->reportButton->setEnabled(m_stocktake.showsExpected());
    m_ui->csvButton->setEnabled(m_stocktake.showsExpected());
    m_ui->costsButton->setEnabled(m_stocktake.showsExpected() && m_context.client && !m_costFetch);
}

void ReviewWindow::showSummary(const QList<StocktakeItem> &items)
{
    int uncounted = 0;
    int changes = 0;
    qint64 surplus = 0;
    qint64 shortage = 0;
    for (const StocktakeItem &item : items) {
        if (!item.counted) {
            ++uncounted;
            changes += item.expected.value_or(0) != 0 ? 1 : 0;
        } else if (item.expected) {
            const qint64 diff = *item.counted - *item.expected;
            (diff > 0 ? surplus : shortage) += diff;
        }
    }
    m_ui->uncountedCountLabel->setText(
            tr("%1 not counted; setting them to zero changes %n of them.", nullptr, changes)
                    .arg(Bidi::number(uncounted, locale())));
    m_ui->summaryLabel->setText(
            tr("%1, warehouse %2: %3 of %4 products counted. Total surplus %5, total shortage %6.")
                    .arg(Bidi::name(m_stocktake.title), Bidi::name(m_stocktake.warehouseName),
                         Bidi::number(items.size() - uncounted, locale()),
                         Bidi::number(items.size(), locale()),
                         Bidi::signedAmount(surplus, locale()),
                         Bidi::signedAmount(shortage, locale()))
            + valueText());
}

QString ReviewWindow::valueText() const
{
    if (!m_stocktake.costsAt.isValid())
        return {};
    QString text = QLatin1Char(' ')
            + tr("Value of the differences at cost: %1.")
                      .arg(Bidi::signedMoney(m_model->totalValue(), locale()));
    if (const int without = m_model->differencesWithoutCost())
        text += QLatin1Char(' ')
                + tr("%n line(s) with a difference have no cost in Glance.", nullptr, without);
    return text;
}

void ReviewWindow::readCosts()
{
    if (m_costFetch || !m_store || !m_context.client)
        return;
    m_costFetch = new CostFetch(m_context.client, m_store, m_stocktakeId, m_model->items(), this);
    connect(m_costFetch, &CostFetch::progress, this, [this](int found, int wanted) {
        setStatus(tr("Reading the costs… %1 of %2 products.")
                          .arg(Bidi::number(found, locale()), Bidi::number(wanted, locale())));
    });
    connect(m_costFetch, &CostFetch::finished, this, [this](int withCost) {
        m_costFetch->deleteLater();
        m_costFetch = nullptr;
        // The costs change no difference: the items again, the movements already read kept.
        if (m_store) {
            if (const std::optional<Stocktake> s = m_store->load(m_context.profile, m_stocktakeId))
                m_stocktake.costsAt = s->costsAt;
            const QList<StocktakeItem> items = m_store->items(m_stocktakeId);
            m_model->setItems(items);
            if (m_applier->isPrepared())
                m_model->setDeltas(m_applier->deltas());
            showSummary(items);
        }
        m_ui->reviewView->setColumnHidden(ReviewModel::ValueColumn, !m_stocktake.costsAt.isValid());
        setStatus(tr("Costs read: %n product(s) have a cost.", nullptr, withCost));
        updateState();
    });
    connect(m_costFetch, &CostFetch::failed, this, [this](const QString &message) {
        m_costFetch->deleteLater();
        m_costFetch = nullptr;
        setStatus(tr("The costs could not be read: %1").arg(message));
        updateState();
    });
    setStatus(tr("Reading the costs…"));
    m_costFetch->start();
    updateState();
}

void ReviewWindow::updateResults()
{
    const AdjustmentSubmitter *submitter = m_applier->submitter();
    if (submitter->submissionId() > 0) {
        m_results->setSubmission(submitter->submission());
        const SubmissionCounts counts = submitter->counts();
        if (submitter->state() == AdjustmentSubmitter::State::Finished)
            setStatus(appliedText());
        else if (submitter->isBusy())
            setStatus(tr("Updating the stock… %1 of %2 lines applied.")
                              .arg(Bidi::number(counts.applied, locale()),
                                   Bidi::number(counts.total, locale())));
        else if (counts.notApplied > 0)
            setStatus(tr("%1 of %2 lines applied; %n not applied (see each line).", nullptr,
                         counts.notApplied)
                              .arg(Bidi::number(counts.applied, locale()),
                                   Bidi::number(counts.total, locale())));
    }
    updateState();
}

QString ReviewWindow::appliedText() const
{
    if (m_stocktake.heldBack <= 0)
        return tr("Stock updated.");
    return tr("Stock updated. %n line(s) to check were left unchanged, as chosen when applying.",
              nullptr, m_stocktake.heldBack);
}

void ReviewWindow::setStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
}

void ReviewWindow::markRecount()
{
    QList<qint64> products;
    for (const QModelIndex &index : m_ui->reviewView->selectionModel()->selectedRows())
        products.append(index.data(ReviewModel::ProductIdRole).toLongLong());
    if (products.isEmpty() || !m_store)
        return;
    if (!m_store->setRecount(m_stocktakeId, products, true)) {
        setStatus(m_store->errorString());
        return;
    }
    setStatus(tr("%n line(s) marked for recount: continue counting to count them again.", nullptr,
                 int(products.size())));
    reload();
}

void ReviewWindow::continueCounting()
{
    if (!m_store || m_stocktake.submissionId > 0
        || !m_store->setState(m_stocktakeId, StocktakeState::Counting))
        return;
    Q_EMIT continueCountingRequested(m_stocktakeId);
    close();
}

void ReviewWindow::apply()
{
    if (!m_context.client) {
        setStatus(tr("Waiting for the connection…"));
        return;
    }
    const auto toCheck = m_ui->includeCheckedCheck->isChecked()
            ? StocktakeApplier::LinesToCheck::Apply
            : StocktakeApplier::LinesToCheck::HoldBack;
    const int heldBack = m_applier->heldBackCount(toCheck);
    if (heldBack == 0) {
        startApplying(toCheck);
        return;
    }
    // Lines to check are never left out silently: once applied, the stocktake is history.
    auto *box = new QMessageBox(
            QMessageBox::Question, tr("Leave Lines to Check Unchanged?"),
            tr("%n line(s) to check will be left unchanged: their stock moved close to the time "
               "they were counted, so the difference cannot be computed with certainty. Mark "
               "them for recount and count them again, or tick \"Also apply the lines marked to "
               "check\" to apply them as computed.",
               nullptr, heldBack),
            QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = box->addButton(tr("&Apply the Others"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, go](QAbstractButton *button) {
        if (button == go)
            startApplying(StocktakeApplier::LinesToCheck::HoldBack);
    });
    box->open();
}

void ReviewWindow::startApplying(StocktakeApplier::LinesToCheck toCheck)
{
    m_applier->setReason(m_ui->reasonCombo->currentText().trimmed());
    if (m_applier->apply(toCheck))
        setStatus(tr("Updating the stock…"));
    else
        setStatus(m_applier->errorString());
    updateState();
}

// ---- The difference report as PDF and as CSV ---------------------------------------------------

void ReviewWindow::saveReport()
{
    if (!m_stocktake.showsExpected())
        return;
    const ExportTable report = StocktakeSheets::differenceReport(m_stocktake, m_model->items(),
                                                                 m_applier->deltas(), locale());
    QString error;
    const auto pdf = PdfExport::render(report, layoutDirection(), locale(), &error);
    if (!pdf) {
        setStatus(error);
        return;
    }
    PdfExport::saveAs(this, tr("Save the Difference Report as PDF"), tr("differences.pdf"),
                      tr("PDF files (*.pdf)"), *pdf,
                      [this](const QString &message) { setStatus(message); });
}

void ReviewWindow::exportCsv()
{
    const QByteArray csv = StocktakeSheets::differenceReportCsv(m_stocktake, m_model->items(),
                                                                m_applier->deltas());
    if (csv.isEmpty())
        return;
    PdfExport::saveAs(this, tr("Export Differences (CSV)"), tr("differences.csv"),
                      tr("CSV files (*.csv)"), csv,
                      [this](const QString &message) { setStatus(message); });
}

} // namespace Glance
