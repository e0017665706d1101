#include "ui/stocktake/stocktakeswindow.h"

#include "models/stocktake/stocktakelistmodel.h"
#include "ui/i18n/bidiitemdelegate.h"
#include "ui_stocktakeswindow.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace Glance {

StocktakesWindow::StocktakesWindow(StocktakeStore *store, const QString &profile, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::StocktakesWindow>())
    , m_model(new StocktakeListModel(store, this))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_model->setLocale(locale());
    m_ui->stocktakesView->setModel(m_model);
    BidiItemDelegate::install(m_ui->stocktakesView);
    m_ui->stocktakesView->verticalHeader()->hide();
    m_ui->stocktakesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->stocktakesView->horizontalHeader()->resizeSection(StocktakeListModel::TitleColumn, 260);
    connect(m_ui->newButton, &QPushButton::clicked, this, &StocktakesWindow::newRequested);
    connect(m_ui->openButton, &QPushButton::clicked, this, &StocktakesWindow::openSelected);
    connect(m_ui->stocktakesView, &QAbstractItemView::activated, this,
            &StocktakesWindow::openSelected);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StocktakesWindow::updateButtons);
    setProfile(profile);
}

StocktakesWindow::~StocktakesWindow() = default;

void StocktakesWindow::setProfile(const QString &profile)
{
    m_model->setProfile(profile);
    if (m_model->rowCount() > 0)
        m_ui->stocktakesView->setCurrentIndex(m_model->index(0, 0));
    updateButtons();
}

void StocktakesWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    else if (event->type() == QEvent::LocaleChange)
        m_model->setLocale(locale());
    QWidget::changeEvent(event);
}

void StocktakesWindow::updateButtons()
{
    m_ui->openButton->setEnabled(m_model->rowCount() > 0);
}

void StocktakesWindow::openSelected()
{
    const QModelIndex current = m_ui->stocktakesView->currentIndex();
    if (current.isValid())
        Q_EMIT openRequested(m_model->stocktake(current.row()).id);
}

} // namespace Glance
