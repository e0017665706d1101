#include "core/adjust/editoutcome.h"

namespace Glance {

bool EditOutcome::mayHaveApplied(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::OutcomeUnknown:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
    case ApiError::Kind::Decode:
    case ApiError::Kind::Cancelled:
        return true;
    case ApiError::Kind::Http:
        return error.httpStatus() >= 500;
    default:
        return false;
    }
}

EditOutcome::Decision EditOutcome::decide(const EditRecordRequest &sent,
                                          const std::optional<qint64> &oldQuantity,
                                          const QString &oldLocation, const InventoryRecord &now,
                                          bool settled)
{
    enum class Field { Ours, Old, Other };
    const auto quantity = [&] {
        if (now.quantity == sent.quantity)
            return Field::Ours;
        return now.quantity == oldQuantity ? Field::Old : Field::Other;
    };
    const auto location = [&] {
        const QString shown = now.location.trimmed();
        if (shown == sent.location->trimmed())
            return Field::Ours;
        return shown == oldLocation.trimmed() ? Field::Old : Field::Other;
    };
    bool ours = true;
    for (const Field field :
         {sent.quantity ? quantity() : Field::Ours, sent.location ? location() : Field::Ours}) {
        if (field == Field::Other)
            return Decision::ChangedElsewhere;
        if (field == Field::Old)
            ours = false;
    }
    if (ours)
        return Decision::Saved;
    return settled ? Decision::NotSaved : Decision::NotYet;
}

} // namespace Glance
