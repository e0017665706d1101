#include "ui/stocktake/countingwindow.h"

#include "api/apiclient.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftstore.h"
#include "core/adjust/submissionjournal.h"
#include "core/appsettings.h"
#include "core/stocktake/expectedfetch.h"
#include "core/stocktake/stocktakesheets.h"
#include "core/stocktake/stocktakestore.h"
#include "core/text/bidi.h"
#include "core/writeaccess.h"
#include "models/celltext.h"
#include "models/stocktake/countingfiltermodel.h"
#include "models/stocktake/countingmodel.h"
#include "ui/browser/columnwidths.h"
#include "ui/i18n/bidiitemdelegate.h"
#include "ui/stocktake/countcsvimport.h"
#include "ui/stocktake/pdfexport.h"
#include "ui/stocktake/scanfeedback.h"
#include "ui_countingwindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTimer>

#include <algorithm>

namespace Glance {

CountingWindow::CountingWindow(const AdjustContext &context, StocktakeStore *store,
                               qint64 stocktakeId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::CountingWindow>())
    , m_context(context)
    , m_store(store)
    , m_stocktakeId(stocktakeId)
    , m_counter(new StocktakeCounter(store, this))
    , m_model(new CountingModel(m_counter, this))
    , m_filter(new CountingFilterModel(this))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_counter->load(context.profile, stocktakeId);
    m_model->setLocale(locale());
    m_filter->setSourceModel(m_model);
    m_ui->countsView->setModel(m_filter);
    BidiItemDelegate::install(m_ui->countsView);
    m_ui->countsView->verticalHeader()->hide();
    m_ui->countsView->horizontalHeader()->setStretchLastSection(true);
    // Codes are typed left to right in both languages.
    m_ui->scanEdit->setLayoutDirection(Qt::LeftToRight);
    m_ui->unknownList->setLayoutDirection(Qt::LeftToRight);
    m_ui->scanEdit->installEventFilter(this);
    m_feedback = std::make_unique<ScanFeedback>(m_ui->lastFrame, m_ui->lastLineLabel,
                                                m_ui->lastCountLabel, m_ui->signalLabel);

    auto *undoAction = new QAction(this);
    undoAction->setObjectName(QStringLiteral("undoScanAction"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    connect(undoAction, &QAction::triggered, this, &CountingWindow::undo);

    connect(m_ui->scanEdit, &QLineEdit::returnPressed, this, &CountingWindow::scan);
    connect(m_ui->undoButton, &QPushButton::clicked, this, &CountingWindow::undo);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &CountingWindow::assignUnknown);
    connect(m_ui->dropButton, &QPushButton::clicked, this, &CountingWindow::dropUnknown);
    connect(m_ui->finishButton, &QPushButton::clicked, this, &CountingWindow::finish);
    connect(m_ui->reviewButton, &QPushButton::clicked, this,
            [this] { Q_EMIT reviewRequested(m_stocktakeId); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->fetchButton, &QPushButton::clicked, this, &CountingWindow::startFetch);
    m_csvImport = new CountCsvImport(m_counter, this);
    connect(m_ui->importButton, &QPushButton::clicked, m_csvImport, &CountCsvImport::chooseFile);
    connect(m_csvImport, &CountCsvImport::message, this, &CountingWindow::showMessage);
    connect(m_csvImport, &CountCsvImport::countsChanged, this, [this] {
        m_countedElsewhere = anyCountedElsewhere(m_counter->items());
        updateState();
        returnFocus();
    });
    connect(m_ui->sheetButton, &QPushButton::clicked, this, &CountingWindow::saveCountSheet);
    connect(m_ui->findEdit, &QLineEdit::textChanged, m_filter, &CountingFilterModel::setSearch);
    connect(m_ui->findEdit, &QLineEdit::textChanged, this, &CountingWindow::updateState);
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, &CountingWindow::returnFocus);
    connect(m_ui->countsView->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            &CountingWindow::returnFocus);
    connect(m_counter, &StocktakeCounter::unknownScansChanged, this,
            &CountingWindow::refillUnknown);
    connect(m_counter, &StocktakeCounter::multiplierChanged, this,
            &CountingWindow::updateMultiplier);
    connect(m_counter, &StocktakeCounter::pendingChanged, this, &CountingWindow::updateMultiplier);
    if (m_context.settings) {
        m_ui->askQuantityCheck->setChecked(m_context.settings->scanAsksQuantity());
        m_counter->setAsksQuantity(m_ui->askQuantityCheck->isChecked());
    }
    connect(m_ui->askQuantityCheck, &QCheckBox::toggled, this, [this](bool ask) {
        m_counter->setAsksQuantity(ask);
        if (m_context.settings)
            m_context.settings->setScanAsksQuantity(ask);
        returnFocus();
    });
    connect(m_counter, &StocktakeCounter::stateChanged, this, &CountingWindow::updateState);
    connect(m_counter, &StocktakeCounter::failed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_ui->unknownList, &QListWidget::currentRowChanged, this, &CountingWindow::updateState);
    connect(m_ui->locationCombo, &QComboBox::activated, this, [this](int row) {
        m_counter->setCountingLocation(m_ui->locationCombo->itemData(row).toString());
        returnFocus();
    });
    connect(m_counter, &StocktakeCounter::countingLocationChanged, this,
            &CountingWindow::showCountingLocation);
    connect(m_counter, &StocktakeCounter::itemsReset, this, &CountingWindow::refillLocations);
    refillLocations();

    retranslate();
    refillUnknown();
    updateState();
    if (m_counter->stocktake().state == StocktakeState::Fetching)
        QTimer::singleShot(0, this, &CountingWindow::startFetch);
    m_ui->scanEdit->setFocus();
}

CountingWindow::~CountingWindow() = default;

void CountingWindow::setClient(ApiClient *client)
{
    m_context.client = client;
}

void CountingWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::LocaleChange) {
        m_model->setLocale(locale());
    }
    QWidget::changeEvent(event);
}

bool CountingWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Z in the scan field undoes the last scan, not the field's typing; Esc skips a code
    // that waits for its quantity.
    if (watched == m_ui->scanEdit
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && m_counter->pending()) {
            if (event->type() == QEvent::KeyPress)
                skipPending();
            event->accept();
            return true;
        }
        if (key->matches(QKeySequence::Undo)) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            undo();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CountingWindow::retranslate()
{
    const Stocktake &s = m_counter->stocktake();
    //: %1 the stocktake's title
    setWindowTitle(tr("Stocktake: %1").arg(Bidi::name(s.title)));
    QString header = tr("%1 — warehouse %2").arg(Bidi::name(s.title), Bidi::name(s.warehouseName));
    if (s.blind)
        header += QLatin1Char(' ')
                + tr("Blind count: the quantities in the system are not shown until counting is "
                     "finished.");
    m_ui->headerLabel->setText(header);
    refillLocations();
    // Named like its button (Help → Keyboard Shortcuts lists it).
    if (auto *undoAction = findChild<QAction *>(QStringLiteral("undoScanAction")))
        undoAction->setText(m_ui->undoButton->text());
    updateMultiplier();
    updateState();
}

void CountingWindow::refillLocations()
{
    QComboBox *combo = m_ui->locationCombo;
    combo->clear();
    combo->addItem(tr("Every location"), QString());
    for (const QString &location : m_counter->locations())
        combo->addItem(location, location);
    const bool any = !m_counter->locations().isEmpty();
    m_countedElsewhere = anyCountedElsewhere(m_counter->items());
    m_ui->locationLabel->setVisible(any);
    combo->setVisible(any);
    m_ui->locationProgressLabel->setVisible(any);
    showCountingLocation(m_counter->countingLocation());
}

void CountingWindow::showCountingLocation(const QString &location)
{
    const int row = m_ui->locationCombo->findData(location);
    m_ui->locationCombo->setCurrentIndex(qMax(0, row));
    m_filter->setLocation(location);
    updateState();
}

QString CountingWindow::locationProgress() const
{
    const QString &here = m_counter->countingLocation();
    if (here.isEmpty())
        return {};
    int lines = 0;
    int counted = 0;
    for (const StocktakeItem &item : m_counter->items()) {
        if (item.location == here) {
            ++lines;
            counted += item.counted ? 1 : 0;
        }
    }
    //: %1 lines counted, %2 lines at the location being counted
    return tr("%1 of %2 counted here")
            .arg(Bidi::number(counted, locale()), Bidi::number(lines, locale()));
}

void CountingWindow::returnFocus()
{
    if (m_ui->scanEdit->isEnabled())
        m_ui->scanEdit->setFocus();
}

void CountingWindow::updateMultiplier()
{
    if (const auto &pending = m_counter->pending()) {
        //: %1 the scanned code (SKU or barcode) that waits for its quantity
        m_ui->multiplierLabel->setText(tr("How many %1?").arg(Bidi::sku(pending->code)));
        m_ui->scanEdit->setPlaceholderText(tr("Quantity, then Enter (Esc skips)"));
        return;
    }
    m_ui->scanEdit->setPlaceholderText({});
    const qint64 n = m_counter->multiplier();
    m_ui->multiplierLabel->setText(
            n > 1 ? tr("Next scan counts %1").arg(Bidi::quantity(n, locale())) : QString());
}

void CountingWindow::showQuantityNeeded(const StocktakeCounter::Result &result)
{
    if (result.index < 0) {
        showUnknown(result.code, true);
        return;
    }
    const StocktakeItem &item = m_counter->items().at(result.index);
    m_lastIndex = result.index;
    m_feedback->showLine(Bidi::sku(item.sku) + QLatin1Char(' ') + Bidi::name(item.name),
                         QStringLiteral("?"), ScanFeedback::Look::Counted);
    showMessage(tr("Type the quantity and press Enter. Esc skips it."), false);
    selectLine(result.index);
}

void CountingWindow::skipPending()
{
    const auto &pending = m_counter->pending();
    if (!pending)
        return;
    const QString code = pending->code;
    m_counter->cancelPending();
    m_feedback->clearLine();
    showMessage(tr("Skipped: %1 was not counted.").arg(Bidi::sku(code)), false);
    updateState();
}

void CountingWindow::scan()
{
    const QString text = m_ui->scanEdit->text();
    m_ui->scanEdit->clear();
    const StocktakeCounter::Result result = m_counter->scan(text);
    switch (result.outcome) {
    case StocktakeCounter::Outcome::Counted:
        showCounted(result.index, result.quantity);
        break;
    case StocktakeCounter::Outcome::Unknown:
        showUnknown(result.code, false);
        break;
    case StocktakeCounter::Outcome::QuantityNeeded:
        showQuantityNeeded(result);
        break;
    case StocktakeCounter::Outcome::NotAQuantity:
        QApplication::beep();
        showMessage(tr("%1 is not a quantity. Type how many %2 (1 to %3), or press Esc to skip "
                       "it.")
                            .arg(Bidi::sku(text.trimmed()), Bidi::sku(result.code),
                                 Bidi::number(StocktakeCounter::MaxMultiplier, locale())),
                    true);
        break;
    case StocktakeCounter::Outcome::LocationChanged:
        m_feedback->showLine(Bidi::location(result.code), QString(), ScanFeedback::Look::None);
        //: %1 a location (shelf, bin) whose label was scanned
        showMessage(
                tr("Counting at %1 now (%2).").arg(Bidi::location(result.code), locationProgress()),
                false);
        break;
    case StocktakeCounter::Outcome::Multiplier:
    case StocktakeCounter::Outcome::Ignored:
    case StocktakeCounter::Outcome::Failed: // failed() showed why
        break;
    }
    updateState();
}

void CountingWindow::showCounted(int index, qint64 added)
{
    const StocktakeItem &item = m_counter->items().at(index);
    m_lastIndex = index;
    m_feedback->showLine(Bidi::sku(item.sku) + QLatin1Char(' ') + Bidi::name(item.name),
                         Bidi::quantity(item.counted.value_or(0), locale()),
                         ScanFeedback::Look::Counted);
    QString message = added == 1 ? tr("Saved.")
                                 : tr("Saved: %1 added.").arg(Bidi::signedAmount(added, locale()));
    const QString &here = m_counter->countingLocation();
    if (!here.isEmpty() && !item.location.isEmpty() && item.location != here)
        //: %1 the product's location in Glance, %2 where it was found and counted
        message += QLatin1Char(' ')
                + tr("Its location is %1; it was counted here, at %2.")
                          .arg(Bidi::location(item.location), Bidi::location(here));
    m_countedElsewhere = m_countedElsewhere || item.countedElsewhere();
    showMessage(message, false);
    selectLine(index);
}

void CountingWindow::selectLine(int index)
{
    // A line the search hides stays hidden: the last scan is shown above the table anyway.
    const QModelIndex cell =
            m_filter->mapFromSource(m_model->index(index, CountingModel::CountedColumn));
    if (!cell.isValid())
        return;
    m_ui->countsView->setCurrentIndex(cell);
    m_ui->countsView->scrollTo(cell);
}

void CountingWindow::showUnknown(const QString &code, bool quantityNeeded)
{
    m_lastIndex = -1;
    QApplication::beep();
    m_feedback->showLine(Bidi::sku(code), quantityNeeded ? QStringLiteral("?") : QString(),
                         ScanFeedback::Look::Unknown);
    showMessage(quantityNeeded
                        ? tr("No product with the barcode %1. Type the quantity to keep it "
                             "with the unknown codes, or press Esc to skip it.")
                                  .arg(Bidi::sku(code))
                        : tr("No product with the barcode %1. It was added to the unknown codes.")
                                  .arg(Bidi::sku(code)),
                true);
}

void CountingWindow::showMessage(const QString &text, bool alarm)
{
    m_feedback->showMessage(text, alarm);
}

void CountingWindow::undo()
{
    // A code that waits for its quantity is the last scan: it is skipped, nothing undone.
    if (m_counter->pending()) {
        skipPending();
        returnFocus();
        return;
    }
    if (!m_counter->canUndo())
        return;
    if (m_counter->undoLast()) {
        showMessage(tr("The last scan was undone."), false);
        m_feedback->clearLine();
    }
    updateState();
    returnFocus();
}

void CountingWindow::refillUnknown()
{
    m_ui->unknownList->clear();
    for (const UnknownScan &scan : m_counter->unknownScans()) {
        auto *entry =
                new QListWidgetItem(scan.quantity == 1 ? scan.code
                                                       : scan.code + QStringLiteral(" × ")
                                                    + Bidi::formatQuantity(scan.quantity, locale()),
                                    m_ui->unknownList);
        entry->setData(Qt::UserRole, scan.scanId);
    }
    m_ui->unknownGroup->setTitle(
            tr("Unknown codes (%1)").arg(Bidi::number(m_counter->unknownScans().size(), locale())));
    updateState();
}

void CountingWindow::assignUnknown()
{
    QListWidgetItem *entry = m_ui->unknownList->currentItem();
    const QModelIndex product = m_filter->mapToSource(m_ui->countsView->currentIndex());
    if (entry && product.isValid()
        && m_counter->assignUnknown(entry->data(Qt::UserRole).toLongLong(), product.row()))
        showMessage(tr("The code was counted for %1.")
                            .arg(Bidi::sku(m_counter->items().at(product.row()).sku)),
                    false);
    returnFocus();
}

void CountingWindow::dropUnknown()
{
    if (QListWidgetItem *entry = m_ui->unknownList->currentItem())
        m_counter->dropUnknown(entry->data(Qt::UserRole).toLongLong());
    returnFocus();
}

void CountingWindow::finish()
{
    if (const auto &pending = m_counter->pending()) {
        QApplication::beep();
        showMessage(tr("Type how many %1 first, or press Esc to skip it.")
                            .arg(Bidi::sku(pending->code)),
                    true);
        returnFocus();
        return;
    }
    if (m_counter->finishCounting())
        showMessage(tr("Counting is finished. Review the differences, then update the stock."),
                    false);
    updateState();
}

void CountingWindow::updateState()
{
    const Stocktake &s = m_counter->stocktake();
    const bool fetching = s.state == StocktakeState::Fetching;
    const bool counting = m_counter->isCounting();
    m_ui->fetchProgress->setVisible(fetching);
    m_ui->fetchButton->setVisible(fetching && !m_fetch);
    m_ui->scanEdit->setEnabled(counting);
    m_ui->undoButton->setEnabled(counting && (m_counter->canUndo() || m_counter->pending()));
    m_ui->askQuantityCheck->setEnabled(counting);
    m_ui->locationCombo->setEnabled(counting);
    m_ui->locationProgressLabel->setText(locationProgress());
    m_ui->importButton->setEnabled(counting);
    m_ui->sheetButton->setEnabled(!fetching);
    m_ui->finishButton->setEnabled(counting);
    m_ui->reviewButton->setEnabled(s.state == StocktakeState::Closed
                                   || s.state == StocktakeState::Applied);
    m_ui->assignButton->setEnabled(counting && m_ui->unknownList->currentItem()
                                   && m_ui->countsView->currentIndex().isValid());
    m_ui->dropButton->setEnabled(counting && m_ui->unknownList->currentItem());
    m_ui->countsView->setColumnHidden(CountingModel::ExpectedColumn, !m_model->showsExpected());
    // Where lines were counted: only once one was found away from its location.
    m_ui->countsView->setColumnHidden(CountingModel::CountedAtColumn, !m_countedElsewhere);
    if (fetching && !m_fetchError.isEmpty())
        showMessage(m_fetchError, true);
    else if (counting && m_feedback->message().isEmpty())
        showMessage(tr("Ready to scan: %1 of %2 products counted.")
                            .arg(Bidi::number(m_counter->countedItems(), locale()),
                                 Bidi::number(m_counter->items().size(), locale())),
                    false);
}

void CountingWindow::startFetch()
{
    if (m_fetch || !m_store)
        return;
    m_fetchError.clear();
    m_fetch = new ExpectedFetch(m_context.client, m_store, m_counter->stocktake(), this);
    m_ui->fetchProgress->setRange(0, 0);
    showMessage(tr("Fetching the quantities in the system…"), false);
    connect(m_fetch, &ExpectedFetch::progress, this,
            [this](qint64 loaded, std::optional<qint64> total) {
                if (total && *total > 0) {
                    m_ui->fetchProgress->setRange(0, int(qMin<qint64>(*total, INT_MAX)));
                    m_ui->fetchProgress->setValue(int(qMin<qint64>(loaded, INT_MAX)));
                }
            });
    connect(m_fetch, &ExpectedFetch::finished, this, [this](int items) {
        m_fetch->deleteLater();
        m_counter->load(m_context.profile, m_stocktakeId);
        m_feedback->clearMessage();
        showMessage(tr("%n product(s) to count. Ready to scan.", nullptr, items), false);
        updateState();
        retranslate();
        returnFocus();
    });
    connect(m_fetch, &ExpectedFetch::failed, this, [this](const QString &message) {
        m_fetch->deleteLater();
        m_fetch = nullptr;
        m_fetchError = tr("The quantities could not be fetched: %1").arg(message);
        updateState();
    });
    updateState();
    m_fetch->start();
}

// ---- Files: counts from CSV, the count sheet as PDF -------------------------------------------

void CountingWindow::importCsv(const QByteArray &bytes, const QString &source)
{
    m_csvImport->import(bytes, source);
}

void CountingWindow::saveCountSheet()
{
    QString error;
    const auto pdf = PdfExport::render(
            StocktakeSheets::countSheet(m_counter->stocktake(), m_counter->items(), locale()),
            layoutDirection(), locale(), &error);
    if (!pdf) {
        showMessage(error, true);
        return;
    }
    PdfExport::saveAs(this, tr("Save the Count Sheets as PDF"), tr("count-sheet.pdf"),
                      tr("PDF files (*.pdf)"), *pdf,
                      [this](const QString &message) { showMessage(message, false); });
}

} // namespace Glance
