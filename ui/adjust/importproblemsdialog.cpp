#include "ui/adjust/importproblemsdialog.h"

#include "core/text/bidi.h"
#include "ui_importproblemsdialog.h"

#include <QPushButton>

namespace Glance {

ImportProblemsDialog::ImportProblemsDialog(const ImportResult &result, const QString &source,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportProblemsDialog>())
    , m_result(result)
    , m_source(source)
{
    m_ui->setupUi(this);
    for (int i = 0; i < int(result.problems.size()); ++i)
        m_ui->problemList->addItem(QString());
    if (!result.rows.isEmpty()) {
        m_importButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
        m_ui->buttonBox->addButton(QDialogButtonBox::Cancel);
    } else {
        m_closeButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::RejectRole);
    }
    retranslate();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportProblemsDialog::setSource(const QString &source)
{
    m_source = source;
    retranslate();
}

void ImportProblemsDialog::retranslate()
{
    const QLocale locale;
    m_ui->summaryLabel->setText(tr("%n line(s) of %1 cannot be imported and are left out entirely:",
                                   nullptr, int(m_result.problems.size()))
                                        .arg(Bidi::name(m_source)));
    for (int i = 0; i < int(m_result.problems.size()); ++i) {
        const ImportProblem &problem = m_result.problems.at(i);
        m_ui->problemList->item(i)->setText(
                tr("Line %1: %2", "line number: problem")
                        .arg(Bidi::number(problem.lineNumber, locale), problem.message));
    }
    if (m_importButton)
        m_importButton->setText(
                tr("&Import the %n Good Row(s)", nullptr, int(m_result.rows.size())));
    if (m_closeButton)
        m_closeButton->setText(tr("&Close"));
}

void ImportProblemsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    } else if (event->type() == QEvent::LocaleChange) {
        retranslate(); // the line numbers
    }
    QDialog::changeEvent(event);
}

ImportProblemsDialog::~ImportProblemsDialog() = default;

} // namespace Glance
