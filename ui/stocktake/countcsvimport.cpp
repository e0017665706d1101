#include "ui/stocktake/countcsvimport.h"

#include "core/stocktake/countimport.h"
#include "core/stocktake/stocktakecounter.h"
#include "core/text/bidi.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

#include <algorithm>

namespace Glance {

namespace {
constexpr qint64 MaxCsvBytes = qint64(20) * 1024 * 1024;

QString problemLines(const QList<ImportProblem> &problems)
{
    QStringList lines;
    for (const ImportProblem &problem : problems)
        lines.append(CountCsvImport::tr("Line %1: %2")
                             .arg(Bidi::number(problem.lineNumber), problem.message));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

CountCsvImport::CountCsvImport(StocktakeCounter *counter, QWidget *window)
    : QObject(window)
    , m_counter(counter)
    , m_window(window)
{
}

void CountCsvImport::chooseFile()
{
    auto *dialog = new QFileDialog(m_window, tr("Import Counts from CSV"), QString(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (file.size() > MaxCsvBytes || !file.open(QIODevice::ReadOnly)) {
            //: %1 the file name
            Q_EMIT message(
                    tr("%1 could not be read (or is larger than 20 MB).").arg(Bidi::name(name)),
                    true);
            return;
        }
        import(file.readAll(), name);
    });
    dialog->open();
}

void CountCsvImport::import(const QByteArray &bytes, const QString &source)
{
    const CountImport::Result result = CountImport::parse(
            bytes, [this](const QString &sku) { return m_counter->indexOfCode(sku); });
    auto *box = new QMessageBox(m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("importCountsBox"));
    box->setIcon(result.unknown.isEmpty() && result.invalid.isEmpty() ? QMessageBox::Question
                                                                      : QMessageBox::Warning);
    box->setWindowTitle(tr("Import Counts"));
    //: %1 the file name
    QString text = tr("%1: counts of %n product(s).", nullptr, int(result.counts.size()))
                           .arg(Bidi::name(source));
    if (!result.duplicates.isEmpty())
        text += QLatin1Char(' ')
                + tr("%n SKU(s) appear more than once; their counts are added up.", nullptr,
                     int(result.duplicates.size()));
    if (!result.unknown.isEmpty())
        text += QLatin1Char(' ')
                + tr("%n line(s) name a SKU that is not in this stocktake and are left out.",
                     nullptr, int(result.unknown.size()));
    if (!result.invalid.isEmpty())
        text += QLatin1Char(' ')
                + tr("%n line(s) could not be read and are left out.", nullptr,
                     int(result.invalid.size()));
    // Counted twice at one location (two counters, or the same file again): the same result is
    // one count, a different one a recount.
    const QList<StocktakeCounter::ImportConflict> met = m_counter->importConflicts(result.counts);
    const int same =
            int(std::count_if(met.cbegin(), met.cend(),
                              [](const StocktakeCounter::ImportConflict &c) { return c.same(); }));
    const int differ = int(met.size()) - same;
    QSet<int> recountLines;
    for (const StocktakeCounter::ImportConflict &c : met) {
        if (!c.same())
            recountLines.insert(c.index);
    }
    const int recount = int(recountLines.size());
    if (same > 0)
        text += QLatin1Char(' ')
                + tr("Adding: %n count(s) match what was already counted at the same location "
                     "and are counted once, not twice.",
                     nullptr, same);
    if (differ > 0)
        text += QLatin1Char(' ')
                + tr("Adding: %n location(s) were already counted with a different result; "
                     "those lines are marked for recount.",
                     nullptr, differ);
    box->setText(text);
    QStringList conflictLines;
    for (const StocktakeCounter::ImportConflict &c : met) {
        if (c.same())
            continue;
        //: %1 a SKU, %2 a location, %3 the count already taken there, %4 the file's count
        conflictLines.append(tr("%1 at %2: counted %3, the file says %4.")
                                     .arg(Bidi::sku(m_counter->items().at(c.index).sku),
                                          Bidi::location(c.location),
                                          Bidi::quantity(c.counted, m_window->locale()),
                                          Bidi::quantity(c.imported, m_window->locale())));
    }
    const QString details =
            QString(conflictLines.join(QLatin1Char('\n')) + QLatin1Char('\n')
                    + problemLines(result.duplicates + result.unknown + result.invalid))
                    .trimmed();
    if (!details.isEmpty())
        box->setDetailedText(details);
    QPushButton *add = box->addButton(tr("Add to the Counts"), QMessageBox::AcceptRole);
    add->setObjectName(QStringLiteral("addCountsButton"));
    QPushButton *replace = box->addButton(tr("Replace the Counts"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceCountsButton"));
    box->addButton(QMessageBox::Cancel);
    add->setEnabled(!result.counts.isEmpty());
    replace->setEnabled(!result.counts.isEmpty());
    connect(box, &QMessageBox::buttonClicked, this,
            [this, box, add, replace, result, recount](QAbstractButton *button) {
                if (button != add && button != replace)
                    return;
                const bool adding = button == add;
                const bool imported = m_counter->importCounts(result.counts, !adding);
                if (imported) {
                    QString said = tr("Counts of %n product(s) imported.", nullptr,
                                      int(result.counts.size()));
                    if (adding && recount > 0)
                        said += QLatin1Char(' ')
                                + tr("%n line(s) marked for recount: their location was "
                                     "counted twice with different results.",
                                     nullptr, recount);
                    Q_EMIT message(said, false);
                }
                Q_EMIT countsChanged();
                box->close();
            });
    box->open();
}

} // namespace Glance
