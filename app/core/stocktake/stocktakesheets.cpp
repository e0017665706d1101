#include "core/stocktake/stocktakesheets.h"

#include "core/export/csvwriter.h"
#include "core/text/bidi.h"

#include <algorithm>
#include <numeric>

namespace Glance {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString header(const Stocktake &stocktake, const QString &what, Qt::LayoutDirection direction,
               const QLocale &locale)
{
    const QString dir = direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString html = QStringLiteral("<html><body dir=\"%1\"><div dir=\"%1\">").arg(dir);
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(what));
    html += QStringLiteral("<p>%1<br/>%2</p>")
                    .arg(escaped(StocktakeSheets::tr("Stocktake: %1")
                                         .arg(Bidi::name(stocktake.title))),
                         escaped(StocktakeSheets::tr("Warehouse %1, as of %2")
                                         .arg(Bidi::name(stocktake.warehouseName),
                                              Bidi::isolateLtr(locale.toString(
                                                      QDateTime::currentDateTime(),
                                                      QStringLiteral("dd.MM.yyyy HH:mm"))))));
    return html;
}

QString cells(const QStringList &values, const QString &tag, const QList<bool> &ltr)
{
    QString row = QStringLiteral("<tr>");
    for (int i = 0; i < values.size(); ++i) {
        const bool code = ltr.value(i);
        row += QStringLiteral("<%1%2>%3</%1>")
                       .arg(tag, code ? QStringLiteral(" align=\"right\"") : QString(),
                            escaped(code ? Bidi::isolateLtr(values.at(i)) : values.at(i)));
    }
    return row + QStringLiteral("</tr>");
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

QString StocktakeSheets::countSheetHtml(const Stocktake &stocktake,
                                        const QList<StocktakeItem> &items,
                                        Qt::LayoutDirection direction, const QLocale &locale)
{
    const bool expected = stocktake.showsExpected();
    QString html = header(stocktake, tr("Count Sheet"), direction, locale);
    if (stocktake.blind)
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Blind count.")));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    QStringList head {tr("SKU"), tr("Product"), tr("Location")};
    if (expected)
        head.append(tr("In system"));
    head.append(tr("Counted"));
    html += cells(head, QStringLiteral("th"), {});
    for (int index : byLocation(items)) {
        const StocktakeItem &item = items.at(index);
        QStringList row {item.sku, item.name, item.location};
        QList<bool> ltr {true, false, false};
        if (expected) {
            row.append(item.expected ? Bidi::formatQuantity(*item.expected, locale) : QString());
            ltr.append(true);
        }
        row.append(QString());
        html += cells(row, QStringLiteral("td"), ltr);
    }
    html += QStringLiteral("</table></div></body></html>");
    return html;
}

QString StocktakeSheets::differenceReportHtml(const Stocktake &stocktake,
                                              const QList<StocktakeItem> &items,
                                              const QList<StocktakeDelta> &deltas,
                                              Qt::LayoutDirection direction,
                                              const QLocale &locale)
{
    if (!stocktake.showsExpected())
        return {};
    QString html = header(stocktake, tr("Difference Report"), direction, locale);
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    html += cells({tr("SKU"), tr("Product"), tr("In system"), tr("Counted"), tr("Difference")},
                  QStringLiteral("th"), {});
    qint64 surplus = 0;
    qint64 shortage = 0;
    for (int index : byLocation(items)) {
        const StocktakeItem &item = items.at(index);
        const std::optional<qint64> diff = difference(index, item, deltas);
        if (!diff || *diff == 0)
            continue;
        (*diff > 0 ? surplus : shortage) += *diff;
        html += cells({item.sku, item.name,
                       item.expected ? Bidi::formatQuantity(*item.expected, locale) : QString(),
                       item.counted ? Bidi::formatQuantity(*item.counted, locale) : QString(),
                       Bidi::formatSignedAmount(*diff, locale)},
                      QStringLiteral("td"), {true, false, true, true, true});
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1<br/>%2</p>")
                    .arg(escaped(tr("Total surplus: %1")
                                         .arg(Bidi::signedAmount(surplus, locale))),
                         escaped(tr("Total shortage: %1")
                                         .arg(Bidi::signedAmount(shortage, locale))));
    html += QStringLiteral("</div></body></html>");
    return html;
}

QByteArray StocktakeSheets::differenceReportCsv(const Stocktake &stocktake,
                                                const QList<StocktakeItem> &items,
                                                const QList<StocktakeDelta> &deltas)
{
    if (!stocktake.showsExpected())
        return {};
    CsvWriter csv;
    csv.addRow({tr("SKU"), tr("Product"), tr("Location"), tr("In system"), tr("Counted"),
                tr("Difference")});
    for (int index = 0; index < items.size(); ++index) {
        const StocktakeItem &item = items.at(index);
        const std::optional<qint64> diff = difference(index, item, deltas);
        csv.addRow({item.sku, item.name, item.location,
                    item.expected ? CsvWriter::number(*item.expected) : QString(),
                    item.counted ? CsvWriter::number(*item.counted) : QString(),
                    diff ? CsvWriter::number(*diff) : QString()});
    }
    return csv.bytes();
}

} // namespace Glance
