#include "ui/aboutbox.h"

#include "core/text/bidi.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Glance {

void showAboutBox(QWidget *parent)
{
    auto *box = new QMessageBox(
            QMessageBox::Information,
            QCoreApplication::translate("Glance::MainWindow", "About Glance Inventory"),
            QCoreApplication::translate("Glance::MainWindow",
                                        "Glance Inventory %1\nStock, adjustments and stocktakes "
                                        "for Glance.")
                    .arg(Bidi::isolateLtr(QStringLiteral(GLANCE_VERSION))),
            QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Glance
