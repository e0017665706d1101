#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Glance {

class StocktakeCounter;

// Counts from a CSV file into a stocktake being counted (the counting window's Import…): the
// file is chosen (at most 20 MB) and read (CountImport), then a question says what it holds —
// counts of how many products, SKUs that appear twice (added up), lines with a SKU not in this
// stocktake or that could not be read (left out), locations already counted with the same result
// (counted once) or another one (marked for recount) — and offers Add to the Counts, Replace
// the Counts or Cancel. Never a nested event loop: the dialogs are opened, not exec'd.
class CountCsvImport : public QObject
{
    Q_OBJECT

public:
    CountCsvImport(StocktakeCounter *counter, QWidget *window);

    // File → a file dialog, then import().
    void chooseFile();
    // Asks what to do with the counts in `bytes` (read from `source`, a name for the user).
    void import(const QByteArray &bytes, const QString &source);

Q_SIGNALS:
    // A sentence for the window's feedback line (`alarm`: something went wrong).
    void message(const QString &text, bool alarm);
    // The user chose to add or replace: the counts may have changed.
    void countsChanged();

private:
    StocktakeCounter *m_counter;
    QWidget *m_window;
};

} // namespace Glance
