#include "ui/stocktake/pdfexport.h"

#include "core/text/bidi.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>

#include <functional>

namespace Glance {

bool PdfExport::write(const QString &html, const QString &path, Qt::LayoutDirection direction,
                      QString *error)
{
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4))) {
        if (error)
            *error = tr("The page size could not be set.");
        return false;
    }
    writer.setResolution(300);
    writer.setCreator(QCoreApplication::applicationName());
    QTextDocument document;
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(direction);
    document.setDefaultTextOption(option);
    document.setHtml(html);
    document.setPageSize(QSizeF(writer.width(), writer.height()));
    document.print(&writer);
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0) {
        if (error)
            *error = tr("The PDF file could not be written.");
        return false;
    }
    return true;
}

void PdfExport::saveAs(QWidget *parent, const QString &caption, const QString &suggestedName,
                       const QString &filter, const QByteArray &bytes,
                       const std::function<void(const QString &)> &done)
{
    auto *dialog = new QFileDialog(parent, caption, suggestedName, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [bytes, done](const QString &path) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            //: %1 the file name, %2 why (a sentence from the system)
            done(tr("%1 could not be written: %2").arg(Bidi::name(name), file.errorString()));
            return;
        }
        done(tr("Saved as %1.").arg(Bidi::name(name)));
    });
    dialog->open();
}

} // namespace Glance
