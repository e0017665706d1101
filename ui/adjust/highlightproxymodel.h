#pragma once

#include <QIdentityProxyModel>

namespace Glance {

// Colours rows from the Qt-Core-only models: an error/warning severity (batch editor) or a
// highlight flag (results: stock moved meanwhile; rows waiting for a decision).
class HighlightProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    // `severityRole`: int -1 none, 0 warning, 1 error. `highlightRole`, `decisionRole`: bool.
    // Pass -1 for roles the source lacks.
    HighlightProxyModel(int severityRole, int highlightRole, int decisionRole,
                        QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_severityRole;
    int m_highlightRole;
    int m_decisionRole;
};

} // namespace Glance
