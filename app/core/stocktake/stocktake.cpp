#include "core/stocktake/stocktake.h"

#include "core/text/bidi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Glance {

QString stocktakeStateName(StocktakeState state)
{
    switch (state) {
    case StocktakeState::Fetching:
        return QStringLiteral("fetching");
    case StocktakeState::Counting:
        return QStringLiteral("counting");
    case StocktakeState::Closed:
        return QStringLiteral("closed");
    case StocktakeState::Applied:
        return QStringLiteral("applied");
    }
    return QStringLiteral("counting");
}

StocktakeState stocktakeStateFromName(const QString &name)
{
    if (name == QLatin1String("fetching"))
        return StocktakeState::Fetching;
    if (name == QLatin1String("closed"))
        return StocktakeState::Closed;
    if (name == QLatin1String("applied"))
        return StocktakeState::Applied;
    return StocktakeState::Counting;
}

namespace {
// By StocktakeScope::Kind (persisted: append only).
const QLatin1String kKinds[] = {QLatin1String("warehouse"), QLatin1String("search"),
                                QLatin1String("skus"), QLatin1String("lowstock"),
                                QLatin1String("locations")};
} // namespace

QString StocktakeScope::toText() const
{
    QJsonObject object {{QStringLiteral("kind"), kKinds[int(kind)]}};
    if (kind == Kind::Search)
        object.insert(QStringLiteral("search"), search);
    if (kind == Kind::Skus)
        object.insert(QStringLiteral("skus"), QJsonArray::fromStringList(skus));
    if (kind == Kind::LowStock)
        object.insert(QStringLiteral("threshold"), lowStockThreshold);
    if (kind == Kind::Locations)
        object.insert(QStringLiteral("locations"), QJsonArray::fromStringList(locations));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StocktakeScope StocktakeScope::fromText(const QString &text)
{
    StocktakeScope scope;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString kind = object.value(QLatin1String("kind")).toString();
    for (int i = 0; i < int(std::size(kKinds)); ++i) {
        if (kind == kKinds[i])
            scope.kind = Kind(i);
    }
    scope.search = object.value(QLatin1String("search")).toString();
    for (const auto &sku : object.value(QLatin1String("skus")).toArray())
        scope.skus.append(sku.toString());
    scope.lowStockThreshold = object.value(QLatin1String("threshold")).toInteger();
    for (const auto &location : object.value(QLatin1String("locations")).toArray())
        scope.locations.append(location.toString());
    return scope;
}

std::optional<qint64> totalOf(const QList<LocationCount> &counts)
{
    if (counts.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    for (const LocationCount &place : counts)
        total += place.quantity;
    return total;
}

QList<LocationCount> applyCountChange(QList<LocationCount> counts, const CountChange &change)
{
    const auto place = [&counts](const QString &location) {
        return std::find_if(counts.begin(), counts.end(),
                            [&location](const LocationCount &c) { return c.location == location; });
    };
    qint64 add = change.quantity;
    switch (change.kind) {
    case CountChange::Kind::Clear:
        return {};
    case CountChange::Kind::Replace:
        return {{change.location, qMax<qint64>(0, change.quantity)}};
    case CountChange::Kind::Set: {
        const qint64 total = totalOf(counts).value_or(0);
        const auto here = place(change.location);
        const qint64 hereNow = here == counts.end() ? 0 : here->quantity;
        add = change.quantity - total;
        // Taken off more than was counted here: the edited total is what was counted, here.
        if (counts.isEmpty() || hereNow + add < 0)
            return {{change.location, qMax<qint64>(0, change.quantity)}};
        break;
    }
    case CountChange::Kind::Add:
        break;
    }
    const auto here = place(change.location);
    if (here == counts.end())
        counts.append({change.location, qMax<qint64>(0, add)});
    else
        here->quantity = qMax<qint64>(0, here->quantity + add);
    // Places with nothing counted go, unless nothing was found anywhere ("counted: 0").
    const bool anyFound = std::any_of(counts.cbegin(), counts.cend(),
                                      [](const LocationCount &c) { return c.quantity > 0; });
    if (anyFound)
        counts.removeIf([](const LocationCount &c) { return c.quantity <= 0; });
    else
        counts = {{change.location, 0}};
    std::sort(counts.begin(), counts.end(), [](const LocationCount &a, const LocationCount &b) {
        return a.location < b.location;
    });
    return counts;
}

QString countedElsewhereText(const StocktakeItem &item, const QLocale &locale)
{
    if (!item.countedElsewhere())
        return {};
    QStringList places;
    for (const LocationCount &place : item.countedAt) {
        const QString where = place.location.isEmpty()
                ? QCoreApplication::translate("Stocktake", "no location given")
                : Bidi::location(place.location);
        //: A place of a count: %1 a location, %2 how many were counted there
        places.append(QCoreApplication::translate("Stocktake", "%1: %2")
                              .arg(where, Bidi::quantity(place.quantity, locale)));
    }
    return places.join(QCoreApplication::translate("Stocktake", ", "));
}

bool anyCountedElsewhere(const QList<StocktakeItem> &items)
{
    return std::any_of(items.cbegin(), items.cend(),
                       [](const StocktakeItem &item) { return item.countedElsewhere(); });
}

QStringList locationsOf(const QList<StocktakeItem> &items)
{
    QSet<QString> seen;
    QStringList result;
    for (const StocktakeItem &item : items) {
        if (!item.location.isEmpty() && !seen.contains(item.location)) {
            seen.insert(item.location);
            result.append(item.location);
        }
    }
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return result;
}

} // namespace Glance
