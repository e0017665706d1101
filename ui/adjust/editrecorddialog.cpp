#include "ui/adjust/editrecorddialog.h"

#include "api/apiclient.h"
#include "core/adjust/adjustmentsubmitter.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftdocument.h"
#include "core/adjust/editoutcome.h"
#include "core/adjust/fieldcheck.h"
#include "core/adjust/lineconversion.h"
#include "core/adjust/settlewindow.h"
#include "core/adjust/submissionjournal.h"
#include "core/text/bidi.h"
#include "models/adjust/submissionlinesmodel.h"
#include "ui_editrecorddialog.h"

#include <QEvent>
#include <QPushButton>
#include <QTimer>

namespace Glance {

namespace {

QString plainNumber(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

// A value on its own (the conflict page) or inside a sentence: isolated either way.
QString quantityText(const std::optional<qint64> &quantity)
{
    return quantity ? Bidi::quantity(*quantity) : EditRecordDialog::tr("unknown", "quantity");
}

QString locationText(const QString &location)
{
    return location.isEmpty() ? EditRecordDialog::tr("(none)", "no location")
                              : EditRecordDialog::tr("“%1”").arg(Bidi::location(location));
}

} // namespace

EditRecordDialog::EditRecordDialog(const InventoryRecord &record, ApiClient *client,
                                   CatalogLookup *catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditRecordDialog>())
    , m_client(client)
    , m_catalog(catalog)
    , m_original(record)
{
    m_ui->setupUi(this);
    // Our own "Save", not Qt's standard one: Qt's Hebrew says "שמור" where the glossary says
    // "שמירה", and a button box would put Qt's text back on every language change.
    m_saveButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_ui->pages->setCurrentWidget(m_ui->formPage);
    m_ui->adjustStatusFrame->hide();
    m_ui->messageBanner->hide();
    m_ui->progressLabel->hide();
    m_ui->adjustButton->hide();
    m_ui->adjustHint->hide();
    m_ui->conflictAdjustButton->hide();
    m_ui->quantityEdit->setText(record.quantity ? plainNumber(*record.quantity) : QString());
    m_ui->locationEdit->setText(record.location);
    retranslate();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EditRecordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EditRecordDialog::reject);
    connect(m_ui->quantityEdit, &QLineEdit::textEdited, this,
            &EditRecordDialog::updateAdjustButtons);
    connect(m_ui->overwriteButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->takeTheirsButton, &QPushButton::clicked, this, &EditRecordDialog::takeTheirs);
    connect(m_ui->adjustButton, &QPushButton::clicked, this, &EditRecordDialog::startAdjust);
    connect(m_ui->conflictAdjustButton, &QPushButton::clicked, this,
            &EditRecordDialog::startAdjust);
}

EditRecordDialog::~EditRecordDialog() = default;

void EditRecordDialog::setAdjustSupport(SubmissionJournal *journal, const QString &profile,
                                        const QString &reason)
{
    m_journal = journal;
    m_profile = profile;
    m_reason = reason;
    updateAdjustButtons();
}

void EditRecordDialog::retranslate()
{
    m_saveButton->setText(tr("&Save"));
    //: %1 is the product name, %2 its SKU, %3 the warehouse
    m_ui->recordLabel->setText(tr("%1 (SKU %2) in %3")
                                       .arg(Bidi::name(m_original.product.name),
                                            Bidi::sku(m_original.product.sku),
                                            Bidi::name(m_original.warehouse.name)));
    showValues();
}

void EditRecordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateAdjustButtons();
    }
    QDialog::changeEvent(event);
}

void EditRecordDialog::showValues()
{
    m_ui->openedLabel->setText(
            tr("When opened: quantity %1, location %2.")
                    .arg(quantityText(m_original.quantity), locationText(m_original.location)));
}

void EditRecordDialog::showMessage(const QString &text, MessageBanner::Type type)
{
    m_ui->messageBanner->showMessage(text, type);
}

void EditRecordDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_ui->progressLabel->setText(text);
    m_ui->progressLabel->setVisible(busy && !text.isEmpty());
    m_saveButton->setEnabled(!busy);
    m_ui->pages->setEnabled(!busy);
}

EditRecordDialog::Values EditRecordDialog::yours() const
{
    Values values;
    values.quantity = FieldCheck::quantity(m_ui->quantityEdit->text()).value;
    values.location = m_ui->locationEdit->text().trimmed();
    return values;
}

QStringList EditRecordDialog::validationErrors() const
{
    QStringList errors;
    const NumberCheck quantity = FieldCheck::quantity(m_ui->quantityEdit->text());
    if (!quantity.ok())
        errors.append(quantity.error);
    if (const QString e = FieldCheck::locationError(m_ui->locationEdit->text().trimmed());
        !e.isEmpty())
        errors.append(e);
    return errors;
}

qint64 EditRecordDialog::difference() const
{
    const std::optional<qint64> quantity = yours().quantity;
    if (!quantity || !m_original.quantity)
        return 0;
    return *quantity - *m_original.quantity;
}

void EditRecordDialog::updateAdjustButtons()
{
    const qint64 n = difference();
    const bool possible = m_journal && n != 0;
    //: %1 is the signed amount: +4, −3
    const QString text = tr("&Adjust by %1 Instead").arg(Bidi::signedAmount(n));
    m_ui->adjustButton->setText(text);
    m_ui->conflictAdjustButton->setText(text);
    m_ui->adjustButton->setVisible(possible);
    m_ui->adjustHint->setVisible(possible);
    m_ui->conflictAdjustButton->setVisible(possible);
}

void EditRecordDialog::accept()
{
    if (m_busy || (m_submitter && m_submitter->isBusy()))
        return;
    const QStringList errors = validationErrors();
    showMessage(errors.join(QLatin1Char('\n')), MessageBanner::Error);
    if (!errors.isEmpty())
        return;
    const Values values = yours();
    if (values.quantity == m_original.quantity && values.location == m_original.location) {
        QDialog::accept(); // nothing changed
        return;
    }
    if (!m_client)
        return;
    setBusy(true, tr("Checking the record on the server…"));
    m_call = m_client->getInventory(
            m_original.id, this,
            [this](const ApiResult<InventoryRecord> &result) { onReread(result); });
}

void EditRecordDialog::onReread(const ApiResult<InventoryRecord> &result)
{
    setBusy(false);
    if (!result.ok()) {
        showMessage(result.error().userMessage(), MessageBanner::Error);
        if (result.error().isNotFound())
            m_saveButton->setEnabled(false);
        return;
    }
    const InventoryRecord &theirs = result.value();
    const Values values = yours();
    const bool quantityChanged = values.quantity != m_original.quantity;
    const bool locationChanged = values.location != m_original.location;
    const bool conflict = (quantityChanged && theirs.quantity != m_original.quantity)
            || (locationChanged && theirs.location != m_original.location);
    if (conflict) {
        showConflict(theirs);
        return;
    }
    save();
}

void EditRecordDialog::showConflict(const InventoryRecord &theirs)
{
    m_theirs = theirs;
    const Values values = yours();
    m_ui->openedQuantity->setText(quantityText(m_original.quantity));
    m_ui->theirsQuantity->setText(quantityText(theirs.quantity));
    m_ui->yoursQuantity->setText(quantityText(values.quantity));
    m_ui->openedLocation->setText(locationText(m_original.location));
    m_ui->theirsLocation->setText(locationText(theirs.location));
    m_ui->yoursLocation->setText(locationText(values.location));
    m_ui->pages->setCurrentWidget(m_ui->conflictPage);
    m_saveButton->setEnabled(false);
    m_ui->messageBanner->hide();
    updateAdjustButtons();
}

// Save and Overwrite Theirs both send only the fields the user changed.
void EditRecordDialog::save()
{
    const Values values = yours();
    EditRecordRequest request;
    if (values.quantity != m_original.quantity)
        request.quantity = values.quantity;
    if (values.location != m_original.location)
        request.location = values.location;
    if (!request.quantity && !request.location) {
        QDialog::accept();
        return;
    }
    setBusy(true, tr("Saving…"));
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_call = m_client->editInventory(m_original.id, request, this,
                                     [this, request](const ApiResult<InventoryRecord> &result) {
                                         setBusy(false);
                                         if (!result.ok()) {
                                             m_ui->pages->setCurrentWidget(m_ui->formPage);
                                             if (EditOutcome::mayHaveApplied(result.error())) {
                                                 verifyAfterLostAnswer(request, result.error());
                                                 return;
                                             }
                                             showMessage(result.error().userMessage(),
                                                         MessageBanner::Error);
                                             return;
                                         }
                                         finishSaved(result.value(), request);
                                     });
}

void EditRecordDialog::finishSaved(const InventoryRecord &server, const EditRecordRequest &sent)
{
    InventoryRecord saved = m_original;
    saved.quantity = server.quantity ? server.quantity : sent.quantity;
    saved.location = server.location;
    if (m_catalog)
        m_catalog->noteRecord(saved);
    Q_EMIT recordSaved(saved);
    QDialog::accept();
}

void EditRecordDialog::verifyAfterLostAnswer(const EditRecordRequest &sent, const ApiError &error)
{
    // The change may have been saved although its answer was lost. Saving it again blindly could
    // overwrite a sale made after a late save of ours: decide from the record as it is now.
    setBusy(true, tr("The answer was lost; checking whether the change was saved…"));
    m_call = m_client->getInventory(
            m_original.id, this, [this, sent, error](const ApiResult<InventoryRecord> &result) {
                setBusy(false);
                if (!result.ok()) {
                    showMessage(error.userMessage() + QLatin1Char('\n')
                                        + result.error().userMessage(),
                                MessageBanner::Error);
                    return;
                }
                const QDateTime settles =
                        m_sentAt.addMSecs(settleWindowFor(m_client->config().timeout).count());
                const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(settles);
                switch (EditOutcome::decide(sent, m_original.quantity, m_original.location,
                                            result.value(), wait <= 0)) {
                case EditOutcome::Decision::Saved:
                    finishSaved(result.value(), sent);
                    return;
                case EditOutcome::Decision::ChangedElsewhere:
                    showConflict(result.value());
                    return;
                case EditOutcome::Decision::NotSaved:
                    showMessage(tr("The answer was lost, and checking shows the change was not "
                                   "saved. You can save again."),
                                MessageBanner::Warning);
                    return;
                case EditOutcome::Decision::NotYet:
                    //: %1 a time
                    setBusy(true,
                            tr("The answer was lost and the record does not show the "
                               "change yet. Glance may still save it; checking again at "
                               "%1…")
                                    .arg(QLocale().toString(settles.toLocalTime().time(),
                                                            QLocale::LongFormat)));
                    QTimer::singleShot(wait + 200, this, [this, sent, error] {
                        if (m_client)
                            verifyAfterLostAnswer(sent, error);
                    });
                    return;
                }
            });
}

void EditRecordDialog::takeTheirs()
{
    if (!m_theirs)
        return;
    const InventoryRecord theirs = *m_theirs;
    m_original.quantity = theirs.quantity;
    m_original.location = theirs.location;
    m_ui->quantityEdit->setText(theirs.quantity ? plainNumber(*theirs.quantity) : QString());
    m_ui->locationEdit->setText(theirs.location);
    showValues();
    m_ui->pages->setCurrentWidget(m_ui->formPage);
    m_saveButton->setEnabled(true);
    showMessage(tr("Showing the values on the server now. Change them again, or close."),
                MessageBanner::Information);
    updateAdjustButtons();
}

void EditRecordDialog::startAdjust()
{
    const qint64 n = difference();
    if (n == 0 || !m_journal || !m_client || m_busy)
        return;
    if (!validationErrors().isEmpty())
        return;
    if (!m_submitter) {
        m_submitter = new AdjustmentSubmitter(m_client, m_journal, this);
        connect(m_submitter, &AdjustmentSubmitter::stateChanged, this,
                &EditRecordDialog::onAdjustState);
        connect(m_submitter, &AdjustmentSubmitter::linesChanged, this,
                &EditRecordDialog::onAdjustState);
    }
    AdjustmentLine line = adjustmentFromRecord(m_original, n);
    line.reason = m_reason;
    m_ui->pages->setCurrentWidget(m_ui->formPage);
    m_ui->pages->setEnabled(false);
    m_saveButton->setEnabled(false);
    if (m_submitter->submit(m_profile, DocumentKind::batchAdjust(), 0,
                            tr("Adjust %1").arg(Bidi::sku(m_original.product.sku)), {line})
        == 0)
        showMessage(m_submitter->journalError(), MessageBanner::Error);
}

void EditRecordDialog::onAdjustState()
{
    if (!m_submitter || m_submitter->submission().lines.isEmpty())
        return;
    const SubmissionLine &line = m_submitter->submission().lines.first();
    const AdjustmentSubmitter::State state = m_submitter->state();
    disconnect(m_ui->adjustPrimaryButton, &QPushButton::clicked, nullptr, nullptr);
    disconnect(m_ui->adjustSecondaryButton, &QPushButton::clicked, nullptr, nullptr);
    m_ui->adjustSecondaryButton->hide();
    m_ui->adjustPrimaryButton->hide();
    if (m_submitter->isBusy()) {
        m_ui->progressLabel->setText(state == AdjustmentSubmitter::State::Checking
                                             ? tr("The answer was lost; checking the record…")
                                             : tr("Adjusting…"));
        m_ui->progressLabel->show();
        m_ui->adjustStatusFrame->hide();
        return;
    }
    m_ui->progressLabel->hide();
    if (state == AdjustmentSubmitter::State::Finished) {
        if (line.status != LineStatus::Applied) {
            QDialog::reject();
            return;
        }
        m_ui->adjustStatusFrame->hide();
        InventoryRecord saved = m_original;
        saved.quantity = line.serverNew ? line.serverNew : line.expectedAfter;
        Q_EMIT adjusted();
        const QString location = m_ui->locationEdit->text().trimmed();
        if (location != m_original.location && m_client) {
            // The location is an absolute value: saving it again is harmless.
            EditRecordRequest request;
            request.location = location;
            setBusy(true, tr("Saving the location…"));
            m_call = m_client->editInventory(
                    m_original.id, request, this,
                    [this, saved](const ApiResult<InventoryRecord> &result) mutable {
                        setBusy(false);
                        if (!result.ok()) {
                            showMessage(result.error().userMessage(), MessageBanner::Error);
                            return;
                        }
                        saved.location = result.value().location;
                        if (m_catalog)
                            m_catalog->noteRecord(saved);
                        Q_EMIT recordSaved(saved);
                        QDialog::accept();
                    });
            return;
        }
        if (m_catalog)
            m_catalog->noteRecord(saved);
        Q_EMIT recordSaved(saved);
        QDialog::accept();
        return;
    }
    // Paused: show where the adjustment stands and what the user can do.
    m_ui->adjustStatusFrame->show();
    QString text = SubmissionLinesModel::statusText(line);
    if (!line.message.isEmpty())
        text += QLatin1Char('\n') + line.message;
    if (!line.hint.isEmpty())
        text += QLatin1Char('\n') + line.hint;
    m_ui->adjustStatusLabel->setText(text);
    switch (line.status) {
    case LineStatus::NotApplied:
        m_ui->adjustPrimaryButton->setText(tr("Se&nd Again"));
        connect(m_ui->adjustPrimaryButton, &QPushButton::clicked, m_submitter,
                &AdjustmentSubmitter::sendNotApplied);
        m_ui->adjustPrimaryButton->show();
        break;
    case LineStatus::Unknown:
    case LineStatus::Sending:
        m_ui->adjustPrimaryButton->setText(tr("Check A&gain"));
        connect(m_ui->adjustPrimaryButton, &QPushButton::clicked, m_submitter,
                &AdjustmentSubmitter::checkAgain);
        m_ui->adjustPrimaryButton->show();
        break;
    case LineStatus::Unclear:
        m_ui->adjustPrimaryButton->setText(tr("It &Was Applied"));
        connect(m_ui->adjustPrimaryButton, &QPushButton::clicked, this,
                [this] { m_submitter->decide({0}, LineStatus::Applied); });
        m_ui->adjustSecondaryButton->setText(tr("Send &It Again"));
        connect(m_ui->adjustSecondaryButton, &QPushButton::clicked, this, [this] {
            m_submitter->decide({0}, LineStatus::NotApplied);
            m_submitter->sendNotApplied();
        });
        m_ui->adjustPrimaryButton->show();
        m_ui->adjustSecondaryButton->show();
        break;
    case LineStatus::Pending:
        m_ui->adjustPrimaryButton->setText(tr("Se&nd Again"));
        connect(m_ui->adjustPrimaryButton, &QPushButton::clicked, m_submitter,
                &AdjustmentSubmitter::continueSending);
        m_ui->adjustPrimaryButton->show();
        break;
    case LineStatus::Applied:
        break;
    }
}

void EditRecordDialog::reject()
{
    if (m_submitter && m_submitter->isBusy()) {
        showMessage(tr("Wait until the adjustment’s answer arrives."), MessageBanner::Warning);
        return;
    }
    // A refused adjustment ends as "not applied" in the history; an open outcome stays open
    // there (History) until it is checked.
    if (m_submitter && m_submitter->canClose())
        m_submitter->closeReturningRest();
    QDialog::reject();
}

} // namespace Glance
