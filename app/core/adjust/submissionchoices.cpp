#include "core/adjust/submissionchoices.h"

#include <algorithm>

namespace Glance::SubmissionChoices {

QList<int> openLines(const Submission &submission)
{
    QList<int> open;
    for (int i = 0; i < submission.lines.size(); ++i) {
        const LineStatus status = submission.lines.at(i).status;
        if (status == LineStatus::Unknown || status == LineStatus::Sending)
            open.append(i);
    }
    return open;
}

bool settled(const Submission &submission)
{
    return std::none_of(
            submission.lines.cbegin(), submission.lines.cend(), [](const SubmissionLine &line) {
                return line.status == LineStatus::Sending || line.status == LineStatus::Unknown
                        || line.status == LineStatus::Unclear;
            });
}

QList<int> decide(Submission &submission, const QList<int> &positions, LineStatus outcome,
                  const QDateTime &now)
{
    QList<int> changed;
    if (outcome != LineStatus::Applied && outcome != LineStatus::NotApplied)
        return changed; // the user says applied or not, nothing else
    for (int position : positions) {
        if (position < 0 || position >= submission.lines.size())
            continue;
        SubmissionLine &line = submission.lines[position];
        if (line.status != LineStatus::Unclear)
            continue;
        line.status = outcome;
        line.resolution = Resolution::User;
        line.decidedAt = now;
        changed.append(position);
    }
    return changed;
}

Resend sendNotApplied(Submission &submission)
{
    Resend out;
    for (int i = 0; i < submission.lines.size(); ++i) {
        SubmissionLine &line = submission.lines[i];
        if (line.status != LineStatus::NotApplied)
            continue;
        if (line.resolution != Resolution::Server) {
            out.recheck.append(i);
            continue;
        }
        line.status = LineStatus::Pending;
        line.resolution = Resolution::None;
        line.message.clear();
        line.hint.clear();
        out.resend.append(i);
    }
    return out;
}

Rest returnRest(Submission &submission, const QString &message, const QDateTime &now)
{
    Rest out;
    for (int i = 0; i < submission.lines.size(); ++i) {
        SubmissionLine &line = submission.lines[i];
        if (line.status == LineStatus::Pending) {
            line.status = LineStatus::NotApplied;
            line.resolution = Resolution::User;
            line.message = message;
            line.decidedAt = now;
            out.changed.append(i);
        }
        if (line.status == LineStatus::NotApplied)
            out.rest.append(line);
    }
    return out;
}

} // namespace Glance::SubmissionChoices
