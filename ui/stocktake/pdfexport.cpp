#include "ui/stocktake/pdfexport.h"

#include "core/text/bidi.h"
#include "ui/print/tableprinter.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QTemporaryFile>

#include <functional>

namespace Glance {

bool PdfExport::write(const ExportTable &table, const QString &path, Qt::LayoutDirection direction,
                      const QLocale &locale, QString *error)
{
    const FileWriteResult result = TablePrinter::writePdf(table, path, direction, locale);
    if (!result.ok && error)
        *error = result.errorString;
    return result.ok;
}

std::optional<QByteArray> PdfExport::render(const ExportTable &table, Qt::LayoutDirection direction,
                                            const QLocale &locale, QString *error)
{
    QTemporaryFile temporary;
    if (!temporary.open()) {
        *error = temporary.errorString();
        return std::nullopt;
    }
    temporary.close();
    if (!write(table, temporary.fileName(), direction, locale, error))
        return std::nullopt;
    QFile pdf(temporary.fileName());
    if (!pdf.open(QIODevice::ReadOnly)) {
        *error = pdf.errorString();
        return std::nullopt;
    }
    return pdf.readAll();
}

void PdfExport::saveAs(QWidget *parent, const QString &caption, const QString &suggestedName,
                       const QString &filter, const QByteArray &bytes,
                       const std::function<void(const QString &)> &done)
{
    auto *dialog = new QFileDialog(parent, caption, suggestedName, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    QObject::connect(
            dialog, &QFileDialog::fileSelected, dialog, [bytes, done](const QString &path) {
                QFile file(path);
                const QString name = QFileInfo(path).fileName();
                if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                    //: %1 the file name, %2 why (a sentence from the system)
                    done(tr("%1 could not be written: %2")
                                 .arg(Bidi::name(name), file.errorString()));
                    return;
                }
                done(tr("Saved as %1.").arg(Bidi::name(name)));
            });
    dialog->open();
}

} // namespace Glance
