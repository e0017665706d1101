#include "core/adjust/submission.h"

namespace Glance {

QString lineStatusName(LineStatus status)
{
    switch (status) {
    case LineStatus::Pending:
        return QStringLiteral("pending");
    case LineStatus::Sending:
        return QStringLiteral("sending");
    case LineStatus::Applied:
        return QStringLiteral("applied");
    case LineStatus::NotApplied:
        return QStringLiteral("not-applied");
    case LineStatus::Unknown:
        return QStringLiteral("unknown");
    case LineStatus::Unclear:
        return QStringLiteral("unclear");
    }
    return QStringLiteral("unknown");
}

LineStatus lineStatusFromName(const QString &name)
{
    for (LineStatus status : {LineStatus::Pending, LineStatus::Sending, LineStatus::Applied,
                              LineStatus::NotApplied, LineStatus::Unknown, LineStatus::Unclear}) {
        if (lineStatusName(status) == name)
            return status;
    }
    // An unreadable status is never taken as "not applied" (that could send it twice).
    return LineStatus::Unknown;
}

QString resolutionName(Resolution resolution)
{
    switch (resolution) {
    case Resolution::None:
        return {};
    case Resolution::Server:
        return QStringLiteral("server");
    case Resolution::Check:
        return QStringLiteral("check");
    case Resolution::User:
        return QStringLiteral("user");
    }
    return {};
}

Resolution resolutionFromName(const QString &name)
{
    for (Resolution resolution : {Resolution::Server, Resolution::Check, Resolution::User}) {
        if (resolutionName(resolution) == name)
            return resolution;
    }
    return Resolution::None;
}

SubmissionCounts Submission::counts() const
{
    SubmissionCounts counts;
    counts.total = int(lines.size());
    for (const SubmissionLine &line : lines) {
        switch (line.status) {
        case LineStatus::Pending:
            ++counts.pending;
            break;
        case LineStatus::Sending:
            ++counts.sending;
            break;
        case LineStatus::Applied:
            ++counts.applied;
            break;
        case LineStatus::NotApplied:
            ++counts.notApplied;
            break;
        case LineStatus::Unknown:
            ++counts.unknown;
            break;
        case LineStatus::Unclear:
            ++counts.unclear;
            break;
        }
    }
    return counts;
}

} // namespace Glance
