#include "core/stocktake/countimport.h"

#include "core/text/bidi.h"

#include <QStringDecoder>

namespace Glance {

CountImport::Result CountImport::parse(const QByteArray &bytes,
                                       const std::function<int(const QString &)> &indexOf)
{
    Result result;
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    QStringDecoder decoder(bom.value_or(QStringConverter::Utf8));
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar delimiter = AdjustImport::detectDelimiter(text);
    const QList<AdjustImport::Record> records =
            AdjustImport::split(text, delimiter, &result.invalid);
    QHash<QPair<int, QString>, int> firstLine; // item index and location -> line
    const QLocale c = QLocale::c();
    for (int i = 0; i < records.size(); ++i) {
        const AdjustImport::Record &record = records.at(i);
        const QString sku = record.fields.value(0).trimmed();
        const QString quantityText = record.fields.value(1).trimmed();
        if (sku.isEmpty() && quantityText.isEmpty())
            continue;
        bool ok = false;
        const qint64 quantity = c.toLongLong(quantityText, &ok);
        if (!ok || quantity < 0) {
            if (i == 0)
                continue; // a header line
            result.invalid.append({record.lineNumber,
                                   tr("The quantity %1 is not a whole number of 0 or more.")
                                           .arg(Bidi::isolateLtr(quantityText))});
            continue;
        }
        const int index = indexOf(sku);
        if (index < 0) {
            result.unknown.append(
                    {record.lineNumber,
                     tr("No product with SKU %1 in this stocktake.").arg(Bidi::sku(sku))});
            result.unknownSkus.append(sku);
            continue;
        }
        ++result.lines;
        const QString location = record.fields.value(2).trimmed();
        const QPair<int, QString> key {index, location};
        if (firstLine.contains(key)) {
            //: %1 a SKU, %2 a line number
            result.duplicates.append(
                    {record.lineNumber,
                     tr("SKU %1 is also on line %2: the counts are added up.")
                             .arg(Bidi::sku(sku), Bidi::number(firstLine.value(key)))});
        } else {
            firstLine.insert(key, record.lineNumber);
        }
        result.counts[index] = applyCountChange(result.counts.value(index),
                                                {CountChange::Kind::Add, location, quantity});
    }
    return result;
}

} // namespace Glance
