#pragma once

#include "ui/print/viewexporter.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class HistoryWindow;
}

namespace Glance {

class HighlightProxyModel;
class SubmissionHistoryModel;
class SubmissionJournal;
class SubmissionLinesModel;

// The local history of submitted adjustments of one profile: each submission (when, what,
// outcome) and its rows (previous -> new). Open submissions can be opened to be finished. The
// rows of the selected one can be exported (CSV) or printed as shown (ViewExporter).
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    HistoryWindow(SubmissionJournal *journal, const QString &profile, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    void setProfile(const QString &profile);
    SubmissionHistoryModel *historyModel() const { return m_history; }
    SubmissionLinesModel *linesModel() const { return m_lines; }
    ViewExporter *exporter() const { return m_exporter; }
    void selectSubmission(qint64 submissionId);

Q_SIGNALS:
    void resumeRequested(qint64 submissionId, qint64 documentId);
    // Reverse the applied lines at these positions of a submission (empty: all of them).
    void reverseRequested(qint64 submissionId, const QList<int> &positions);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelected();
    void updateReverse();
    void requestReverse();
    QList<int> selectedPositions() const;
    void sizeColumns();
    void exportRows(ViewExporter::Action action);

    std::unique_ptr<Ui::HistoryWindow> m_ui;
    QPointer<SubmissionJournal> m_journal;
    SubmissionHistoryModel *m_history;
    SubmissionLinesModel *m_lines;
    HighlightProxyModel *m_proxy;
    ViewExporter *m_exporter;
    qint64 m_selectedId = 0;
    qint64 m_reversedBy = 0; // of the shown submission
};

} // namespace Glance
