#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QLineEdit;

namespace Glance {

// The browser's search box: typing asks for a new query after a pause (clearing it at once), and
// Enter asks at once and remembers the text as scanned. A barcode scanner types a SKU and Enter,
// so when the answer to that query turns out to be exactly that SKU the window shows the
// product (takeScannedSku()).
class SearchField : public QObject
{
    Q_OBJECT

public:
    // `edit` is not owned and must outlive this object (both belong to the same window).
    explicit SearchField(QLineEdit *edit, QObject *parent = nullptr);
    ~SearchField() override;

    // What the user searches for, trimmed.
    QString text() const;
    // Shows `text` without asking for a query (the caller applies it).
    void setTextQuietly(const QString &text);
    // The pending query request, if any, is no longer needed.
    void cancelPending() { m_debounce.stop(); }
    // The text confirmed with Enter, once, if `shownSearch` (the search the data shown answers)
    // is that text; else an empty string, the scan still pending.
    QString takeScannedSku(const QString &shownSearch);

Q_SIGNALS:
    void queryRequested();
    // After queryRequested(), when the user (or a scanner) pressed Enter.
    void confirmed();

private:
    void onEdited(const QString &text);
    void onReturn();

    QLineEdit *m_edit;
    QTimer m_debounce;
    QString m_scanned;
};

} // namespace Glance
