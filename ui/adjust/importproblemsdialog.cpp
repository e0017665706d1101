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
{
    m_ui->setupUi(this);
    const QLocale locale;
    const int bad = int(result.problems.size());
    const int good = int(result.rows.size());
    m_ui->summaryLabel->setText(
            tr("%n line(s) of %1 cannot be imported and are left out entirely:", nullptr, bad)
                    .arg(Bidi::name(source)));
    for (const ImportProblem &problem : result.problems)
        m_ui->problemList->addItem(
                tr("Line %1: %2", "line number: problem")
                        .arg(Bidi::isolateLtr(locale.toString(problem.lineNumber)),
                             problem.message));
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    if (good > 0) {
        ok->setText(tr("&Import the %n Good Row(s)", nullptr, good));
    } else {
        ok->hide();
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImportProblemsDialog::~ImportProblemsDialog() = default;

} // namespace Glance
