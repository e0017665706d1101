#include "ui/stocktake/newstocktakedialog.h"

#include "api/apiclient.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/submissionjournal.h"
#include "core/appsettings.h"
#include "core/stocktake/stocktakestore.h"
#include "core/text/bidi.h"
#include "core/writeaccess.h"
#include "ui/widgets/messagebanner.h"
#include "ui_newstocktakedialog.h"

#include <QPushButton>

namespace Glance {

NewStocktakeDialog::NewStocktakeDialog(StocktakeStore *store, CatalogLookup *catalog,
                                       const QString &profile, qint64 lowStockThreshold,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewStocktakeDialog>())
    , m_store(store)
    , m_catalog(catalog)
    , m_profile(profile)
    , m_lowStock(lowStockThreshold)
{
    m_ui->setupUi(this);
    m_ui->messageBanner->hide();
    m_ui->warehouseCombo->setCatalog(catalog);
    m_ui->titleEdit->setText(
            tr("Stocktake %1")
                    .arg(locale().toString(QDate::currentDate(), QStringLiteral("dd.MM.yyyy"))));
    m_ui->scopeEdit->setLayoutDirection(Qt::LeftToRight);
    for (QRadioButton *radio : {m_ui->wholeRadio, m_ui->searchRadio, m_ui->skusRadio,
                                m_ui->locationsRadio, m_ui->lowStockRadio})
        connect(radio, &QRadioButton::toggled, this, &NewStocktakeDialog::updateScope);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewStocktakeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateScope();
}

NewStocktakeDialog::~NewStocktakeDialog() = default;

void NewStocktakeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void NewStocktakeDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Start Counting"));
}

void NewStocktakeDialog::updateScope()
{
    m_ui->scopeEdit->setEnabled(m_ui->searchRadio->isChecked() || m_ui->skusRadio->isChecked()
                                || m_ui->locationsRadio->isChecked());
}

Stocktake NewStocktakeDialog::stocktake() const
{
    Stocktake s;
    s.profile = m_profile;
    s.title = m_ui->titleEdit->text().trimmed();
    s.warehouseId = m_ui->warehouseCombo->warehouseId();
    if (m_catalog) {
        for (const Warehouse &warehouse : m_catalog->warehouses()) {
            if (warehouse.id == s.warehouseId)
                s.warehouseName = warehouse.name;
        }
    }
    if (s.warehouseName.isEmpty())
        s.warehouseName = Bidi::stripFormatting(m_ui->warehouseCombo->currentText());
    s.blind = m_ui->blindCheck->isChecked();
    const QString text = m_ui->scopeEdit->toPlainText().trimmed();
    if (m_ui->searchRadio->isChecked()) {
        s.scope.kind = StocktakeScope::Kind::Search;
        s.scope.search = text;
    } else if (m_ui->skusRadio->isChecked()) {
        s.scope.kind = StocktakeScope::Kind::Skus;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                s.scope.skus.append(line.trimmed());
        }
    } else if (m_ui->locationsRadio->isChecked()) {
        s.scope.kind = StocktakeScope::Kind::Locations;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                s.scope.locations.append(line.trimmed());
        }
    } else if (m_ui->lowStockRadio->isChecked()) {
        s.scope.kind = StocktakeScope::Kind::LowStock;
        s.scope.lowStockThreshold = m_lowStock;
    }
    return s;
}

void NewStocktakeDialog::accept()
{
    const Stocktake s = stocktake();
    QString problem;
    if (s.title.isEmpty())
        problem = tr("Give the stocktake a title.");
    else if (s.warehouseId <= 0)
        problem = m_ui->warehouseCombo->errorText().isEmpty() ? tr("Choose a warehouse.")
                                                              : m_ui->warehouseCombo->errorText();
    else if ((s.scope.kind == StocktakeScope::Kind::Search && s.scope.search.isEmpty())
             || (s.scope.kind == StocktakeScope::Kind::Skus && s.scope.skus.isEmpty()))
        problem = tr("Type the search or the SKUs of the scope.");
    else if (s.scope.kind == StocktakeScope::Kind::Locations && s.scope.locations.isEmpty())
        problem = tr("Type the locations to count, one a line.");
    if (!problem.isEmpty()) {
        m_ui->messageBanner->showMessage(problem, MessageBanner::Error);
        return;
    }
    const qint64 id = m_store ? m_store->create(s) : 0;
    if (id == 0) {
        m_ui->messageBanner->showMessage(m_store ? m_store->errorString() : QString(),
                                         MessageBanner::Error);
        return;
    }
    Q_EMIT created(id);
    QDialog::accept();
}

} // namespace Glance
