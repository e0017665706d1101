// The review window's files: the difference report as PDF and as CSV.
#include "api/apiclient.h"
#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftstore.h"
#include "core/adjust/submissionjournal.h"
#include "core/appsettings.h"
#include "core/stocktake/stocktakeapplier.h"
#include "core/stocktake/stocktakesheets.h"
#include "core/writeaccess.h"
#include "models/stocktake/reviewmodel.h"
#include "ui/stocktake/pdfexport.h"
#include "ui/stocktake/reviewwindow.h"

#include <QFile>
#include <QTemporaryFile>

namespace Glance {

void ReviewWindow::saveReport()
{
    if (!m_stocktake.showsExpected())
        return;
    QTemporaryFile temporary;
    if (!temporary.open()) {
        setStatus(temporary.errorString());
        return;
    }
    temporary.close();
    const ExportTable report = StocktakeSheets::differenceReport(m_stocktake, m_model->items(),
                                                                 m_applier->deltas(), locale());
    QString error;
    if (!PdfExport::write(report, temporary.fileName(), layoutDirection(), locale(), &error)) {
        setStatus(error);
        return;
    }
    QFile pdf(temporary.fileName());
    if (!pdf.open(QIODevice::ReadOnly)) {
        setStatus(pdf.errorString());
        return;
    }
    PdfExport::saveAs(this, tr("Save the Difference Report as PDF"), tr("differences.pdf"),
                      tr("PDF files (*.pdf)"), pdf.readAll(),
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
