#include "core/stocktake/stocktakesheets.h"

#include "core/export/csvwriter.h"
#include "core/text/bidi.h"

#include <QDateTime>

#include <algorithm>
#include <numeric>

namespace Glance {

namespace {

// The lines every page of a stocktake's paper starts with.
QStringList context(const Stocktake &stocktake, const QLocale &locale)
{
    return {StocktakeSheets::tr("Stocktake: %1").arg(Bidi::name(stocktake.title)),
            StocktakeSheets::tr("Warehouse %1, as of %2")
                    .arg(Bidi::name(stocktake.warehouseName),
                         Bidi::isolateLtr(locale.toString(QDateTime::currentDateTime(),
                                                          QStringLiteral("dd.MM.yyyy HH:mm"))))};
}

ExportCell text(const QString &value)
{
    return {value, std::nullopt};
}

ExportCell quantity(const std::optional<qint64> &value, const QLocale &locale)
{
    if (!value)
        return {};
    return {Bidi::formatQuantity(*value, locale), *value};
}

QList<int> byLocation(const QList<StocktakeItem> &items)
{
    QList<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&items](int a, int b) {
        const int byPlace = QString::compare(items.at(a).location, items.at(b).location);
        return byPlace != 0 ? byPlace < 0 : items.at(a).sku < items.at(b).sku;
    });
    return order;
}

} // namespace

std::optional<qint64> StocktakeSheets::difference(int index, const StocktakeItem &item,
                                                  const QList<StocktakeDelta> &deltas)
{
    if (!deltas.isEmpty()) {
        for (const StocktakeDelta &delta : deltas) {
            if (delta.index == index)
                return delta.amount;
        }
        return std::nullopt;
    }
    if (!item.counted || !item.expected)
        return std::nullopt;
    return *item.counted - *item.expected;
}

ExportTable StocktakeSheets::countSheet(const Stocktake &stocktake,
                                        const QList<StocktakeItem> &items, const QLocale &locale)
{
    using Kind = Bidi::CellKind;
    const bool expected = stocktake.showsExpected();
    ExportTable table;
    table.title = tr("Count Sheet");
    table.context = context(stocktake, locale);
    if (stocktake.blind)
        table.context.append(tr("Blind count."));
    table.columns = {
            {tr("SKU"), Kind::Code}, {tr("Product"), Kind::Text}, {tr("Location"), Kind::Text}};
    if (expected)
        table.columns.append({tr("In system"), Kind::Number});
    table.columns.append({tr("Counted"), Kind::Number});
    for (int index : byLocation(items)) {
        const StocktakeItem &item = items.at(index);
        QList<ExportCell> row {text(item.sku), text(item.name), text(item.location)};
        if (expected)
            row.append(quantity(item.expected, locale));
        row.append(ExportCell()); // written in by hand
        table.rows.append(row);
    }
    return table;
}

ExportTable StocktakeSheets::differenceReport(const Stocktake &stocktake,
                                              const QList<StocktakeItem> &items,
                                              const QList<StocktakeDelta> &deltas,
                                              const QLocale &locale)
{
    using Kind = Bidi::CellKind;
    if (!stocktake.showsExpected())
        return {};
    ExportTable table;
    table.title = tr("Difference Report");
    table.context = context(stocktake, locale);
    table.columns = {{tr("SKU"), Kind::Code},
                     {tr("Product"), Kind::Text},
                     {tr("In system"), Kind::Number},
                     {tr("Counted"), Kind::Number},
                     {tr("Difference"), Kind::Number}};
    // The value at cost once the costs were read (Read Costs in the review).
    const bool costs = stocktake.costsAt.isValid();
    if (costs)
        table.columns.append({tr("Value at cost"), Kind::Number});
    // Where lines were counted, when any was found away from its location.
    const bool elsewhere = anyCountedElsewhere(items);
    if (elsewhere)
        table.columns.append({tr("Counted At"), Kind::Text});
    qint64 surplus = 0;
    qint64 shortage = 0;
    double total = 0;
    int withoutCost = 0;
    for (int index : byLocation(items)) {
        const StocktakeItem &item = items.at(index);
        const std::optional<qint64> diff = difference(index, item, deltas);
        if (!diff || *diff == 0)
            continue;
        (*diff > 0 ? surplus : shortage) += *diff;
        QList<ExportCell> row {text(item.sku),
                               text(item.name),
                               quantity(item.expected, locale),
                               quantity(item.counted, locale),
                               {Bidi::formatSignedAmount(*diff, locale), *diff}};
        if (costs) {
            const std::optional<double> value = valueAtCost(diff, item);
            total += value.value_or(0);
            withoutCost += value ? 0 : 1;
            row.append(text(value ? Bidi::formatSignedMoney(*value, locale) : QString()));
        }
        if (elsewhere)
            row.append(text(countedElsewhereText(item, locale)));
        table.rows.append(row);
    }
    table.notes = {tr("Total surplus: %1").arg(Bidi::signedAmount(surplus, locale)),
                   tr("Total shortage: %1").arg(Bidi::signedAmount(shortage, locale))};
    if (costs) {
        table.notes.append(
                tr("Value of the differences at cost: %1").arg(Bidi::signedMoney(total, locale)));
        if (withoutCost > 0)
            table.notes.append(tr("%n line(s) with a difference have no cost in Glance.", nullptr,
                                  withoutCost));
    }
    return table;
}

QByteArray StocktakeSheets::differenceReportCsv(const Stocktake &stocktake,
                                                const QList<StocktakeItem> &items,
                                                const QList<StocktakeDelta> &deltas)
{
    if (!stocktake.showsExpected())
        return {};
    CsvWriter csv;
    const bool costs = stocktake.costsAt.isValid();
    QStringList titles {tr("SKU"),       tr("Product"), tr("Location"),
                        tr("In system"), tr("Counted"), tr("Difference")};
    if (costs)
        titles += {tr("Unit cost"), tr("Value at cost")};
    const bool elsewhere = anyCountedElsewhere(items);
    if (elsewhere)
        titles += tr("Counted At");
    csv.addRow(titles);
    for (int index = 0; index < items.size(); ++index) {
        const StocktakeItem &item = items.at(index);
        const std::optional<qint64> diff = difference(index, item, deltas);
        QStringList cells {item.sku,
                           item.name,
                           item.location,
                           item.expected ? CsvWriter::number(*item.expected) : QString(),
                           item.counted ? CsvWriter::number(*item.counted) : QString(),
                           diff ? CsvWriter::number(*diff) : QString()};
        if (costs) {
            // Raw numbers, a point for the decimals (what a spreadsheet reads in any locale).
            const std::optional<double> value = valueAtCost(diff, item);
            cells += {item.unitCost ? QString::number(*item.unitCost, 'f', 2) : QString(),
                      value ? QString::number(*value, 'f', 2) : QString()};
        }
        // Plain text for a spreadsheet: "Shelf A3: 5, Bin 7: 2", no direction marks.
        if (elsewhere)
            cells += Bidi::stripFormatting(countedElsewhereText(item, QLocale::c()));
        csv.addRow(cells);
    }
    return csv.bytes();
}

} // namespace Glance
