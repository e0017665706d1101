#pragma once

#include "core/adjust/adjustimport.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ImportProblemsDialog;
}

namespace Glance {

// Lists the lines of a paste or CSV file that cannot be imported (with their line numbers) and
// asks whether to import the good rows; nothing of a bad line is imported. Opened with open().
class ImportProblemsDialog : public QDialog
{
    Q_OBJECT

public:
    ImportProblemsDialog(const ImportResult &result, const QString &source,
                         QWidget *parent = nullptr);
    ~ImportProblemsDialog() override;

    const ImportResult &result() const { return m_result; }
    // Where the lines come from (a file name, or words for pasted text) in the summary.
    void setSource(const QString &source);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::ImportProblemsDialog> m_ui;
    ImportResult m_result;
    QString m_source;
    // Our own buttons, not standard ones: the button box would give a standard button its
    // standard text back on a language change.
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Glance
