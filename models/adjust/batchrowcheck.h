#pragma once

#include "core/adjust/cataloglookup.h"
#include "core/adjust/draftline.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace Glance {

// What a row's checks found, worst first.
struct RowIssue
{
    enum Severity { Warning, Error };
    Severity severity = Warning;
    QString text;
};

// The checks of one row of a batch before submit, as sentences: errors block the row (no
// product or warehouse yet, no amount, a reason or notes Glance would refuse), warnings ask
// first (a reason that usually goes the other way, another row of the same pair, stock that
// would go below zero). It reads nothing itself: the model hands it what it knows about the row
// (RowFacts), so each rule is tested on its own. Every value in a sentence is isolated (Bidi),
// so that a SKU, a typed name or a negative number keeps its order in right-to-left text.
class BatchRowCheck
{
    Q_DECLARE_TR_FUNCTIONS(BatchRowCheck)

public:
    struct RowFacts
    {
        // The catalog's look-up of the SKU of a row without a product.
        CatalogLookup::SkuState skuState = CatalogLookup::SkuState::Unknown;
        int reasonSign = 0; // the usual sign of the row's reason, 0 when unknown
        int otherRowOfPair = -1; // another row (0-based) of the same product and warehouse
        std::optional<qint64> resultingQuantity; // after this row and the pair's rows before it
    };

    BatchRowCheck(bool reasonRequired, QLocale locale);

    // Errors first, then warnings; empty for a row ready to send.
    QList<RowIssue> issues(const DraftLine &line, const RowFacts &facts) const;

private:
    bool m_reasonRequired;
    QLocale m_locale;
};

} // namespace Glance
