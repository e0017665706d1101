#include "models/adjust/batchrowcheck.h"

#include "core/adjust/fieldcheck.h"
#include "core/text/bidi.h"

#include <utility>

namespace Glance {

BatchRowCheck::BatchRowCheck(bool reasonRequired, QLocale locale)
    : m_reasonRequired(reasonRequired)
    , m_locale(std::move(locale))
{
}

QList<RowIssue> BatchRowCheck::issues(const DraftLine &line, const RowFacts &facts) const
{
    QList<RowIssue> errors;
    QList<RowIssue> warnings;
    auto error = [&](const QString &text) {
        errors.append({RowIssue::Error, text});
    };
    auto warning = [&](const QString &text) {
        warnings.append({RowIssue::Warning, text});
    };
    if (line.productId <= 0) {
        const QString sku = Bidi::sku(line.sku);
        const CatalogLookup::SkuState state = facts.skuState;
        if (line.sku.trimmed().isEmpty())
            error(tr("Enter a SKU or pick a product."));
        else if (state == CatalogLookup::SkuState::NotFound)
            error(tr("No product has the SKU “%1”.").arg(sku));
        else if (state == CatalogLookup::SkuState::Failed)
            error(tr("The SKU “%1” could not be looked up. Check the connection; it is looked up "
                     "again when you edit the row.")
                          .arg(sku));
        else
            error(tr("Looking up the SKU “%1”…").arg(sku));
    }
    if (line.warehouseId <= 0) {
        if (line.warehouseName.trimmed().isEmpty())
            error(tr("Choose a warehouse."));
        else
            error(tr("There is no warehouse “%1”. Choose one from the list or enter its id.")
                          .arg(Bidi::name(line.warehouseName)));
    }
    if (line.amount == 0)
        //: %1 and %2 are examples: 5 and −5
        error(tr("Enter an amount other than 0: how many to add (%1) or remove (%2).")
                      .arg(Bidi::quantity(5, m_locale), Bidi::signedAmount(-5, m_locale)));
    if (const QString e = FieldCheck::reasonError(line.reason, m_reasonRequired, m_locale);
        !e.isEmpty())
        error(e);
    if (const QString e = FieldCheck::notesError(line.notes, m_locale); !e.isEmpty())
        error(e);

    const int sign = facts.reasonSign;
    if (line.amount != 0 && sign != 0 && (line.amount > 0) != (sign > 0)) {
        // %2: how many, without a sign (the verb says which way).
        if (sign < 0)
            warning(tr("“%1” usually removes stock, but this row adds %2.")
                            .arg(Bidi::name(line.reason), Bidi::quantity(line.amount, m_locale)));
        else
            warning(tr("“%1” usually adds stock, but this row removes %2.")
                            .arg(Bidi::name(line.reason), Bidi::quantity(-line.amount, m_locale)));
    }
    if (const int other = facts.otherRowOfPair; other >= 0) {
        warning(tr("Same product and warehouse as row %1. Merge the duplicates, or keep both: "
                   "they are applied one after the other.")
                        .arg(Bidi::number(other + 1, m_locale)));
    }
    if (const std::optional<qint64> result = facts.resultingQuantity; result && *result < 0) {
        warning(tr("This would leave %1 in stock. Glance refuses the whole batch when a quantity "
                   "would go below zero.")
                        .arg(Bidi::quantity(*result, m_locale)));
    }
    return errors + warnings;
}

} // namespace Glance
