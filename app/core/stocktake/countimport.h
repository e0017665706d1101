#pragma once

#include "core/adjust/adjustimport.h"
#include "core/stocktake/stocktake.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace Glance {

// Counts from another counter or a handheld scanner's memory: a CSV file (UTF-8 with or
// without BOM, UTF-16 with BOM; comma, semicolon or tab) of SKU, quantity[, location], with
// or without a header line. Counts keep their location (a SKU on two lines with two locations
// was counted in two places). Nothing is lost: a SKU listed twice for the same location is added
// up and reported as a duplicate, a SKU not in the stocktake and a line that cannot be read are
// reported with their line numbers.
class CountImport
{
    Q_DECLARE_TR_FUNCTIONS(CountImport)

public:
    struct Result
    {
        QHash<int, QList<LocationCount>> counts; // by item index: where, how many
        // The count of an item (the sum of its places), or nullopt when the file has none.
        std::optional<qint64> total(int index) const { return totalOf(counts.value(index)); }
        int lines = 0; // lines with a count
        QList<ImportProblem> duplicates;
        QList<ImportProblem> unknown;
        QList<ImportProblem> invalid;
        QStringList unknownSkus;
    };
    // `indexOf`: the item index of a SKU, or −1.
    static Result parse(const QByteArray &bytes,
                        const std::function<int(const QString &)> &indexOf);
};

} // namespace Glance
