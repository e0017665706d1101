#include "ui/browser/loadprogresswidget.h"

#include "core/text/bidi.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include <climits>

namespace Glance {

LoadProgressWidget::LoadProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setObjectName(QStringLiteral("loadProgressBar"));
    m_cancel->setObjectName(QStringLiteral("cancelLoadButton"));
    m_bar->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 24);
    m_bar->setTextVisible(true);
    connect(m_cancel, &QToolButton::clicked, this, &LoadProgressWidget::cancelRequested);
    retranslate();
}

LoadProgressWidget::~LoadProgressWidget() = default;

void LoadProgressWidget::setProgress(qint64 loaded, std::optional<qint64> total)
{
    m_loaded = loaded;
    m_total = total;
    if (total && *total > 0) {
        // QProgressBar counts in int: scale when a count could ever exceed it.
        const qint64 scale = *total > INT_MAX ? *total / INT_MAX + 1 : 1;
        m_bar->setRange(0, int(*total / scale));
        m_bar->setValue(int(qMin(loaded, *total) / scale));
    } else {
        m_bar->setRange(0, 0); // busy
    }
    retranslate();
}

int LoadProgressWidget::value() const
{
    return m_bar->value();
}

int LoadProgressWidget::maximum() const
{
    return m_bar->maximum();
}

void LoadProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoadProgressWidget::retranslate()
{
    const QLocale loc = locale();
    m_bar->setFormat(
            m_total ? tr("%1 of %2", "records loaded of the total")
                              .arg(Bidi::quantity(m_loaded, loc), Bidi::quantity(*m_total, loc))
                    : Bidi::quantity(m_loaded, loc));
    m_bar->setAccessibleName(tr("Loading all records"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading; the records loaded so far stay"));
    m_cancel->setAccessibleName(tr("Cancel loading all records"));
}

} // namespace Glance
