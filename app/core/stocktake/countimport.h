#pragma once

#include "core/adjust/adjustimport.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace Glance {

// Counts from another counter or a handheld scanner's memory: a CSV file (UTF-8 with or
// without BOM, UTF-16 with BOM; comma, semicolon or tab) of SKU, quantity[, location], with
// or without a header line. Nothing is lost: a SKU listed twice is added up and reported as a
// duplicate, a SKU not in the stocktake and a line that cannot be read are reported with their
// line numbers.
class CountImport
{
    Q_DECLARE_TR_FUNCTIONS(CountImport)

public:
    struct Result
    {
        QHash<int, qint64> quantities; // by item index
        int lines = 0; // lines with a count
        QList<ImportProblem> duplicates;
        QList<ImportProblem> unknown;
        QList<ImportProblem> invalid;
        QStringList unknownSkus;
    };
    // `indexOf`: the item index of a SKU, or −1.
    static Result parse(const QByteArray &bytes, const std::function<int(const QString &)> &indexOf);
};

} // namespace Glance
