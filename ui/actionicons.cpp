#include "ui/actionicons.h"

#include "ui/i18n/directionalicon.h"

namespace Glance {

ActionIconSource actionIconSource(ActionIcon icon)
{
    const auto bundled = [](const char *name) {
        return QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(name));
    };
    switch (icon) {
    case ActionIcon::Refresh: // clockwise: not mirrored (like a clock)
        return {QStringLiteral("view-refresh"), bundled("refresh"), false};
    case ActionIcon::NewRecord:
        return {QStringLiteral("document-new"), bundled("new-record"), false};
    case ActionIcon::EditRecord: // a pencil: a tool, held the same way in both directions
        return {QStringLiteral("document-edit"), bundled("edit-record"), false};
    case ActionIcon::DeleteRecord:
        return {QStringLiteral("edit-delete"), bundled("delete-record"), false};
    case ActionIcon::BatchAdjust:
        return {QString(), bundled("batch-adjust"), false};
    case ActionIcon::NewStocktake:
        return {QString(), bundled("new-stocktake"), false};
    case ActionIcon::History: // a clock: time is not mirrored
        return {QStringLiteral("document-open-recent"), bundled("history"), false};
    case ActionIcon::Export: // an arrow out of the sheet, toward where the line ends
        return {QStringLiteral("document-export"), bundled("export"), true};
    case ActionIcon::Print:
        return {QStringLiteral("document-print"), bundled("print"), false};
    }
    return {};
}

QIcon actionIcon(ActionIcon icon)
{
    const ActionIconSource source = actionIconSource(icon);
    const QIcon own(source.bundledFile);
    const QIcon chosen = source.themeName.isEmpty() ? own : QIcon::fromTheme(source.themeName, own);
    return source.points ? directionalIcon(chosen) : chosen;
}

} // namespace Glance
