#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class SubmissionResultsPanel;
}

namespace Glance {

class AdjustmentSubmitter;
class HighlightProxyModel;
class SubmissionLinesModel;

// Shows a submission while it is sent and afterwards: overall and per-part status, every row
// with previous -> new (highlighted where stock moved meanwhile), and the user's choices: check
// again, decide unclear rows, send again only the rows that were not applied, send the rest,
// or return what was not applied to the draft. Drives an AdjustmentSubmitter (not owned); used
// by the batch editor and meant for the stocktake.
class SubmissionResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SubmissionResultsPanel(QWidget *parent = nullptr);
    ~SubmissionResultsPanel() override;

    void setSubmitter(AdjustmentSubmitter *submitter);
    SubmissionLinesModel *linesModel() const { return m_model; }
    // "Part 1: applied (100 rows) …" for the current submission.
    QString partsSummary() const;

Q_SIGNALS:
    void returnToDraftRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QList<int> selectedRows() const;

    std::unique_ptr<Ui::SubmissionResultsPanel> m_ui;
    QPointer<AdjustmentSubmitter> m_submitter;
    SubmissionLinesModel *m_model;
    HighlightProxyModel *m_proxy;
};

} // namespace Glance
