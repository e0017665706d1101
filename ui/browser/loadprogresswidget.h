#pragma once

#include <QWidget>

#include <optional>

class QProgressBar;
class QToolButton;

namespace Glance {

// "Load all" progress for the status bar: a bar with "N of TOTAL" and a Cancel button.
class LoadProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LoadProgressWidget(QWidget *parent = nullptr);
    ~LoadProgressWidget() override;

    void setProgress(qint64 loaded, std::optional<qint64> total);
    int value() const;
    int maximum() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QProgressBar *m_bar;
    QToolButton *m_cancel;
    qint64 m_loaded = 0;
    std::optional<qint64> m_total;
};

} // namespace Glance
