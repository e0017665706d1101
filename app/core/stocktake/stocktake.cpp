#include "core/stocktake/stocktake.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
const QLatin1String kKinds[] = {QLatin1String("warehouse"), QLatin1String("search"),
                                QLatin1String("skus"), QLatin1String("lowstock")};
}

QString StocktakeScope::toText() const
{
    QJsonObject object {{QStringLiteral("kind"), kKinds[int(kind)]}};
    if (kind == Kind::Search)
        object.insert(QStringLiteral("search"), search);
    if (kind == Kind::Skus)
        object.insert(QStringLiteral("skus"), QJsonArray::fromStringList(skus));
    if (kind == Kind::LowStock)
        object.insert(QStringLiteral("threshold"), lowStockThreshold);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StocktakeScope StocktakeScope::fromText(const QString &text)
{
    StocktakeScope scope;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString kind = object.value(QLatin1String("kind")).toString();
    for (int i = 0; i < 4; ++i) {
        if (kind == kKinds[i])
            scope.kind = Kind(i);
    }
    scope.search = object.value(QLatin1String("search")).toString();
    for (const QJsonValue &sku : object.value(QLatin1String("skus")).toArray())
        scope.skus.append(sku.toString());
    scope.lowStockThreshold = object.value(QLatin1String("threshold")).toInteger();
    return scope;
}

} // namespace Glance
