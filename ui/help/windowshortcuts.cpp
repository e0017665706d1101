#include "ui/help/windowshortcuts.h"

#include "ui/adjust/adjustcontext.h"
#include "ui/adjust/batchadjustwindow.h"
#include "ui/adjust/historywindow.h"
#include "ui/stocktake/countingwindow.h"
#include "ui/stocktake/reviewwindow.h"
#include "ui/stocktake/stocktakeswindow.h"

#include <QCoreApplication>

#include <memory>

namespace Glance {

namespace {

QString title(const char *text)
{
    return QCoreApplication::translate("Glance::ShortcutsDialog", text);
}

void add(QList<ShortcutGroup> *groups, const QString &window, const QWidget *instance)
{
    ShortcutGroup group {window, collectShortcuts(instance)};
    if (!group.entries.isEmpty())
        groups->append(group);
}

} // namespace

QList<ShortcutGroup> appShortcuts(const QWidget *mainWindow)
{
    QList<ShortcutGroup> groups;
    add(&groups, title(QT_TRANSLATE_NOOP("Glance::ShortcutsDialog", "Main window")), mainWindow);
    // No client, store or profile: nothing is read or sent; only the windows' actions count.
    const AdjustContext none;
    {
        const auto window = std::make_unique<BatchAdjustWindow>(none);
        add(&groups, title(QT_TRANSLATE_NOOP("Glance::ShortcutsDialog", "Batch adjustment")),
            window.get());
    }
    {
        const auto window = std::make_unique<HistoryWindow>(nullptr, QString());
        add(&groups, title(QT_TRANSLATE_NOOP("Glance::ShortcutsDialog", "Adjustment history")),
            window.get());
    }
    {
        const auto window = std::make_unique<CountingWindow>(none, nullptr, 0);
        add(&groups, title(QT_TRANSLATE_NOOP("Glance::ShortcutsDialog", "Stocktake: counting")),
            window.get());
    }
    {
        const auto window = std::make_unique<ReviewWindow>(none, nullptr, 0);
        add(&groups, title(QT_TRANSLATE_NOOP("Glance::ShortcutsDialog", "Stocktake: review")),
            window.get());
    }
    {
        const auto window = std::make_unique<StocktakesWindow>(nullptr, QString());
        add(&groups, title(QT_TRANSLATE_NOOP("Glance::ShortcutsDialog", "Stocktakes")),
            window.get());
    }
    return groups;
}

} // namespace Glance
