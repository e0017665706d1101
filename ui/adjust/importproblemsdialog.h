#pragma once

#include "core/adjust/adjustimport.h"

#include <QDialog>

#include <memory>

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

private:
    std::unique_ptr<Ui::ImportProblemsDialog> m_ui;
    ImportResult m_result;
};

} // namespace Glance
