#pragma once

#include "apiresponse.h"

#include <QByteArrayList>
#include <QList>
#include <QStringList>

#include <functional>

namespace Glance::Sandbox {

struct ApiRequest;

/*!
    Method + path-pattern routing over decoded path segments ("/inventory/:id/edit").
    Among the patterns that match a path, the one with the most literal segments wins, so
    "/inventory/movements" is never taken as "/inventory/:id"; when it exists only for other
    methods the answer is 405 with those methods.
*/
class Router
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &, const QStringList &params)>;

    struct Route
    {
        QByteArray method;
        QStringList pattern;
        bool write = false; // needs a key that may write (editor)
        Handler handler;
        int literals = 0;
    };

    struct Match
    {
        enum Kind { Found, NotFound, MethodNotAllowed };
        Kind kind = NotFound;
        const Route *route = nullptr;
        QStringList params;
        QByteArrayList allowed;
    };

    void add(const QByteArray &method, const QString &pattern, bool write, Handler handler);
    Match match(const QByteArray &method, const QStringList &segments) const;

    /*! Does the pattern ("/inventory/:id", "*" and "**" wildcards allowed) match? */
    static bool patternMatches(const QStringList &pattern, const QStringList &segments,
                               QStringList *params = nullptr);

private:
    QList<Route> m_routes;
};

} // namespace Glance::Sandbox
