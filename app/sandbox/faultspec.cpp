#include "faultspec.h"

#include "apirequest.h"
#include "router.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Glance::Sandbox {

namespace {

std::optional<int> parseDurationMs(const QString &text)
{
    static const QRegularExpression pattern(u"^([0-9]+(?:\\.[0-9]+)?)(ms|s)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    double value = match.captured(1).toDouble();
    if (match.captured(2) == "s"_L1)
        value *= 1000.0;
    if (value > 3600000.0)
        return std::nullopt;
    return int(value);
}

} // namespace

QString FaultSpec::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Latency:
        return u"latency"_s;
    case Kind::Error500:
        return u"500"_s;
    case Kind::Html502:
        return u"502-html"_s;
    case Kind::Error503:
        return u"503"_s;
    case Kind::Burst429:
        return u"429-burst"_s;
    case Kind::DropBefore:
        return u"drop-before"_s;
    case Kind::DropAfterCommit:
        return u"drop-after-commit"_s;
    case Kind::TruncatedJson:
        return u"truncated-json"_s;
    case Kind::MalformedJson:
        return u"malformed-json"_s;
    case Kind::Hang:
        return u"hang"_s;
    case Kind::LateCommit:
        return u"late-commit"_s;
    case Kind::Error500AfterCommit:
        return u"500-after-commit"_s;
    }
    return {};
}

std::optional<FaultSpec> FaultSpec::parse(const QString &input, QString *error)
{
    FaultSpec spec;
    spec.text = input.trimmed();
    QString head = spec.text;
    QString endpoint;
    const qsizetype at = head.indexOf(u'@');
    if (at >= 0) {
        endpoint = head.mid(at + 1).trimmed();
        head = head.left(at).trimmed();
    }

    const qsizetype colon = head.indexOf(u':');
    if (colon >= 0) {
        bool ok = false;
        spec.rate = head.mid(colon + 1).trimmed().toDouble(&ok);
        if (!ok || spec.rate < 0.0 || spec.rate > 1.0) {
            *error = u"Invalid fault rate in \"%1\" (expected 0..1)"_s.arg(input);
            return std::nullopt;
        }
        head = head.left(colon).trimmed();
    }

    QString kind = head;
    QString value;
    const qsizetype equals = head.indexOf(u'=');
    if (equals >= 0) {
        kind = head.left(equals).trimmed();
        value = head.mid(equals + 1).trimmed();
    }
    kind = kind.toLower();
    static const QList<std::pair<QString, Kind>> kinds {
            {u"latency"_s, Kind::Latency},
            {u"500"_s, Kind::Error500},
            {u"502-html"_s, Kind::Html502},
            {u"503"_s, Kind::Error503},
            {u"429-burst"_s, Kind::Burst429},
            {u"drop-before"_s, Kind::DropBefore},
            {u"drop-after-commit"_s, Kind::DropAfterCommit},
            {u"truncated-json"_s, Kind::TruncatedJson},
            {u"malformed-json"_s, Kind::MalformedJson},
            {u"hang"_s, Kind::Hang},
            {u"late-commit"_s, Kind::LateCommit},
            {u"500-after-commit"_s, Kind::Error500AfterCommit}};
    bool known = false;
    for (const auto &entry : kinds) {
        if (entry.first == kind) {
            spec.kind = entry.second;
            known = true;
        }
    }
    if (!known) {
        *error = u"Unknown fault kind \"%1\" in \"%2\""_s.arg(kind, input);
        return std::nullopt;
    }
    if (spec.kind == Kind::Latency || spec.kind == Kind::LateCommit) {
        const auto ms = parseDurationMs(value);
        if (!ms) {
            *error = u"%1 needs a duration, e.g. %1=200ms (got \"%2\")"_s.arg(kindName(spec.kind),
                                                                              input);
            return std::nullopt;
        }
        spec.value = *ms;
    } else if (spec.kind == Kind::Burst429) {
        spec.value = 3;
        if (!value.isEmpty()) {
            bool ok = false;
            spec.value = value.toInt(&ok);
            if (!ok || spec.value < 1 || spec.value > 100000) {
                *error = u"429-burst=N needs a count >= 1 (got \"%1\")"_s.arg(input);
                return std::nullopt;
            }
        }
    } else if (!value.isEmpty()) {
        *error = u"Fault \"%1\" takes no value"_s.arg(input);
        return std::nullopt;
    }

    if (!endpoint.isEmpty() && endpoint != "*"_L1) {
        QString path = endpoint;
        const qsizetype space = endpoint.indexOf(u' ');
        if (!endpoint.startsWith(u'/')) {
            const QString method = space >= 0 ? endpoint.left(space) : endpoint;
            if (method != "*"_L1)
                spec.method = method.toUpper().toLatin1();
            path = space >= 0 ? endpoint.mid(space + 1).trimmed() : QString();
        }
        const qsizetype question = path.indexOf(u'?');
        if (question >= 0) {
            spec.queryItems = ApiRequest::parseQuery(path.mid(question + 1).toUtf8());
            path = path.left(question);
            if (spec.queryItems.isEmpty()) {
                *error =
                        u"Invalid fault endpoint \"%1\" (expected \"?name=value\")"_s.arg(endpoint);
                return std::nullopt;
            }
        }
        if (!path.isEmpty() && path != "*"_L1) {
            if (!path.startsWith(u'/')) {
                *error = u"Invalid fault endpoint \"%1\" (expected \"METHOD /path\")"_s.arg(
                        endpoint);
                return std::nullopt;
            }
            spec.anyPath = false;
            spec.pathPattern = path.split(u'/', Qt::SkipEmptyParts);
        }
    }
    return spec;
}

bool FaultSpec::matches(const QByteArray &requestMethod, const QStringList &segments,
                        const QList<QPair<QString, QString>> &query) const
{
    if (!method.isEmpty() && method != requestMethod)
        return false;
    for (const auto &item : queryItems) {
        if (!query.contains(item))
            return false;
    }
    return anyPath || Router::patternMatches(pathPattern, segments);
}

} // namespace Glance::Sandbox
