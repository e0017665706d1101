#pragma once

#include "core/adjustmentreason.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class ReasonsDialog;
}

namespace Glance {

class AppSettings;

// Edits the list of adjustment reasons (text and usual sign) and whether a reason is required;
// saves to AppSettings on OK. Opened with open().
class ReasonsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReasonsDialog(AppSettings *settings, QWidget *parent = nullptr);
    ~ReasonsDialog() override;

    QList<AdjustmentReason> reasons() const;

public Q_SLOTS:
    void accept() override;

private:
    void fill(const QList<AdjustmentReason> &reasons);
    void addRow(const AdjustmentReason &reason);

    std::unique_ptr<Ui::ReasonsDialog> m_ui;
    QPointer<AppSettings> m_settings;
};

} // namespace Glance
