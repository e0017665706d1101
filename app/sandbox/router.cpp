#include "router.h"

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

void Router::add(const QByteArray &method, const QString &pattern, bool write, Handler handler)
{
    Route route;
    route.method = method;
    route.pattern = pattern.split(u'/', Qt::SkipEmptyParts);
    route.write = write;
    route.handler = std::move(handler);
    for (const QString &part : std::as_const(route.pattern)) {
        if (!part.startsWith(u':') && part != "*"_L1 && part != "**"_L1)
            ++route.literals;
    }
    m_routes.append(std::move(route));
}

bool Router::patternMatches(const QStringList &pattern, const QStringList &segments,
                            QStringList *params)
{
    QStringList captured;
    qsizetype i = 0;
    for (; i < pattern.size(); ++i) {
        const QString &part = pattern.at(i);
        if (part == "**"_L1 && i == pattern.size() - 1) {
            if (params)
                *params = captured;
            return true;
        }
        if (i >= segments.size())
            return false;
        if (part.startsWith(u':'))
            captured.append(segments.at(i));
        else if (part != "*"_L1 && part != segments.at(i))
            return false;
    }
    if (i != segments.size())
        return false;
    if (params)
        *params = captured;
    return true;
}

Router::Match Router::match(const QByteArray &method, const QStringList &segments) const
{
    Match result;
    int best = -1;
    for (const Route &route : m_routes) {
        QStringList params;
        if (!patternMatches(route.pattern, segments, &params))
            continue;
        if (route.literals > best) {
            best = route.literals;
            result = Match();
        } else if (route.literals < best) {
            continue;
        }
        if (route.method == method) {
            result.kind = Match::Found;
            result.route = &route;
            result.params = params;
        } else if (result.kind != Match::Found) {
            result.kind = Match::MethodNotAllowed;
            if (!result.allowed.contains(route.method))
                result.allowed.append(route.method);
        }
    }
    return result;
}

} // namespace Glance::Sandbox
