#pragma once

#include "core/adjustmentreason.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Glance {

class AppSettings;

// The preferences: language (system, Hebrew, English), low-stock threshold, request timeout,
// automatic refresh, the adjustment reasons (text and usual sign) and whether a reason is
// required. OK writes them to AppSettings, whose changed() signal applies them at once.
// Open it with open().
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum ReasonColumn { ReasonTextColumn, ReasonSignColumn, ReasonColumnCount };

    // `settings` is not owned.
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Fills the fields from the settings again.
    void load();
    // Writes the fields to the settings (what OK does).
    void save();

    // The reasons as the table holds them now (empty texts dropped).
    QList<AdjustmentReason> reasons() const;
    void setReasons(const QList<AdjustmentReason> &reasons);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void appendReasonRow(const AdjustmentReason &reason);
    void addReason();
    void removeReason();
    void moveReason(int delta);
    void updateReasonButtons();
    void fillSignCombo(int row, int sign);
    int signAt(int row) const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings *m_settings;
};

} // namespace Glance
